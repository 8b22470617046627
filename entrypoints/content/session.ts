/**
 * The content script's state for one document: the latest pass and whether highlights are on. Features share
 * one Session; only `refresh` starts a pass, and passes never overlap: a refresh asked for during a pass
 * runs once after it.
 */
import type { ContentScriptContext } from '#imports';
import type { Analysis } from '../../lib/index.ts';
import { clearHighlights, paintHighlights } from '../../page/highlight.ts';
import { reportOnce } from './errors.ts';
import { runPass, type PassResult } from './page-pass.ts';

export interface Session {
  readonly doc: Document;
  /** The latest finished pass, or null before the first one. */
  readonly result: PassResult | null;
  /** Whether highlights are drawn (the popup's switch). */
  readonly enabled: boolean;
  /** The latest pass; runs one first when none has finished, waits for the one running. */
  ensure(): Promise<PassResult>;
  /** Starts a new pass (the page changed); resolves with it. */
  refresh(): Promise<PassResult>;
  /** Draws or removes the highlights of the latest pass. Returns the new state. */
  setEnabled(enabled: boolean): boolean;
  /** Calls `listener` after every pass; returns the function that stops it. */
  onPass(listener: (result: PassResult) => void): () => void;
}

export function createSession(ctx: ContentScriptContext, doc: Document): Session {
  let result: PassResult | null = null;
  let running: Promise<PassResult> | null = null;
  let queued: Promise<PassResult> | null = null;
  let enabled = true;
  const listeners = new Set<(result: PassResult) => void>();
  const cache = new Map<string, Analysis>();

  const yieldToPage = (): Promise<void> => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => ctx.setTimeout(resolve, 0));
  };

  const pass = async (): Promise<PassResult> => {
    const next = await runPass(doc, { paint: () => enabled, yieldToPage, cache });
    result = next;
    for (const listener of listeners) {
      try {
        listener(next);
      } catch (error) {
        reportOnce('session-listener', error);
      }
    }
    return next;
  };

  const session: Session = {
    doc,
    get result() {
      return result;
    },
    get enabled() {
      return enabled;
    },
    ensure() {
      if (running) return running;
      return result ? Promise.resolve(result) : session.refresh();
    },
    refresh() {
      if (!running) {
        running = pass().finally(() => (running = null));
        return running;
      }
      // One more pass after the running one, shared by every refresh asked for meanwhile.
      queued ??= running.then(() => {
        queued = null;
        return session.refresh();
      });
      return queued;
    },
    setEnabled(next) {
      enabled = next;
      if (!enabled) clearHighlights(doc);
      else if (result) paintHighlights(doc, result.plan);
      return enabled;
    },
    onPass(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return session;
}
