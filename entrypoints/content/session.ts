/**
 * The content script's state for one document: the latest pass and whether highlights are on. Features share
 * one Session; only `refresh` runs a pass, so the page is read at most once per change.
 */
import { clearHighlights, paintHighlights } from '../../page/highlight.ts';
import { reportOnce } from './errors.ts';
import { runPass, type PassResult } from './page-pass.ts';

export interface Session {
  readonly doc: Document;
  /** The latest pass, or null before the first one. */
  readonly result: PassResult | null;
  /** Whether highlights are drawn (the popup's switch). */
  readonly enabled: boolean;
  /** The latest pass, running one first when there is none. */
  ensure(): PassResult;
  /** Runs a new pass now (the page changed) and tells the listeners. */
  refresh(): PassResult;
  /** Draws or removes the highlights of the latest pass. Returns the new state. */
  setEnabled(enabled: boolean): boolean;
  /** Calls `listener` after every pass; returns the function that stops it. */
  onPass(listener: (result: PassResult) => void): () => void;
}

export function createSession(doc: Document): Session {
  let result: PassResult | null = null;
  let enabled = true;
  const listeners = new Set<(result: PassResult) => void>();
  const session: Session = {
    doc,
    get result() {
      return result;
    },
    get enabled() {
      return enabled;
    },
    ensure() {
      return result ?? session.refresh();
    },
    refresh() {
      result = runPass(doc, { paint: enabled });
      for (const listener of listeners) {
        try {
          listener(result);
        } catch (error) {
          reportOnce('session-listener', error);
        }
      }
      return result;
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
