/**
 * The content script's state for one document: the latest pass, the user's settings, and whether highlights
 * are on. Features share one Session; only `refresh` starts a pass, and passes never overlap: a refresh
 * asked for during a pass runs once after it.
 */
import { browser, type ContentScriptContext } from '#imports';
import type { Analysis } from '../../lib/index.ts';
import { clearHighlights } from '../../page/highlight.ts';
import type { AnalysisUpdated } from '../../protocol/messages.ts';
import { DEFAULT_SETTINGS, isActiveOnSite, siteKey, type Settings } from '../../protocol/settings-data.ts';
import { reportOnce } from './errors.ts';
import { draw, emptyPass, runPass, type DrawOptions, type PassResult } from './page-pass.ts';

/** The note of a page where the user switched whosaid off. */
export const OFF_NOTE = 'whosaid is switched off for this site';

export interface Session {
  readonly doc: Document;
  /** The latest finished pass, or null before the first one. */
  readonly result: PassResult | null;
  /** Whether highlights are drawn (the popup's switch for this tab). */
  readonly enabled: boolean;
  readonly settings: Settings;
  /** Resolves once the stored settings are known (or could not be read). */
  readonly ready: Promise<void>;
  /** Whether whosaid may read this page under the settings. */
  isActive(): boolean;
  /** The latest pass; runs one first when none has finished, waits for the one running. */
  ensure(): Promise<PassResult>;
  /** Starts a new pass (the page changed); resolves with it. */
  refresh(): Promise<PassResult>;
  /** Draws or removes the highlights of the latest pass. Returns the new state. */
  setEnabled(enabled: boolean): boolean;
  /** New settings: redraws with them (no new analysis), or removes everything when now off here. */
  configure(settings: Settings): void;
  /** Calls `listener` after every pass; returns the function that stops it. */
  onPass(listener: (result: PassResult) => void): () => void;
  /**
   * The content script's start-up on this page, in ms: its modules' initialisation and the features' set-up, not the script's compilation. Paid on every page, article or not; not part of a
   * pass. Set by index.ts.
   */
  startupMs: number;
}

export function createSession(ctx: ContentScriptContext, doc: Document): Session {
  let result: PassResult | null = null;
  let running: Promise<PassResult> | null = null;
  let queued: Promise<PassResult> | null = null;
  let enabled = true;
  let settings = DEFAULT_SETTINGS;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const listeners = new Set<(result: PassResult) => void>();
  const cache = new Map<string, Analysis>();

  // The page's site key, parsed again only when the URL changes: every pass asks (twice before drawing).
  let site = { href: '', key: '' };
  const isActive = () => {
    const href = doc.location?.href ?? '';
    if (href !== site.href) site = { href, key: siteKey(href) };
    return isActiveOnSite(settings, site.key);
  };
  const drawOptions = (): DrawOptions =>
    enabled && isActive()
      ? {
          quotes: settings.highlights.quotes,
          people: settings.highlights.people,
          tintBySpeaker: settings.highlights.bySpeaker,
          colors: settings.colors,
        }
      : null;

  const yieldToPage = (): Promise<void> => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => ctx.setTimeout(resolve, 0));
  };

  const pass = async (): Promise<PassResult> => {
    const next = isActive()
      ? await runPass(doc, { draw: drawOptions, yieldToPage, cache })
      : emptyPass(doc, OFF_NOTE);
    if (!isActive()) clearHighlights(doc);
    const later = result !== null;
    result = next;
    // The badge was set from the first pass's reply; a later pass (the page changed, a single-page
    // navigation, a settings re-read) tells the background its new count.
    if (later) announce(doc, next.reply.analysis.statements.length);
    for (const listener of listeners) {
      try {
        listener(next);
      } catch (error) {
        reportOnce('session-listener', error);
      }
    }
    return next;
  };

  const redraw = () => {
    if (!result) {
      if (!drawOptions()) clearHighlights(doc);
      return;
    }
    const current = result;
    current.drawn = draw(
      doc,
      current.page,
      current.reply.analysis,
      drawOptions(),
      (plan) => (current.plan = plan),
    );
  };

  const session: Session = {
    doc,
    ready,
    get result() {
      return result;
    },
    get enabled() {
      return enabled;
    },
    get settings() {
      return settings;
    },
    isActive,
    ensure() {
      if (running) return running;
      return result ? Promise.resolve(result) : session.refresh();
    },
    refresh() {
      if (!running) {
        running = ready.then(pass).finally(() => (running = null));
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
      redraw();
      return enabled;
    },
    configure(next) {
      const wasActive = isActive();
      settings = next;
      markReady();
      if (wasActive !== isActive() && result) void session.refresh();
      else redraw();
    },
    onPass(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    startupMs: 0,
  };
  return session;
}

/**
 * Tells the background (the toolbar badge) how many statements a later pass found. Only the top frame's pass
 * is the page's analysis. Never fails: with no listener, or the extension reloaded under us (context
 * invalidated), the notice is dropped.
 */
function announce(doc: Document, statements: number): void {
  const win = doc.defaultView;
  if (!win || win !== win.top) return;
  const notice: AnalysisUpdated = { type: 'whosaid/analysis-updated', statements };
  try {
    browser.runtime.sendMessage(notice).catch(() => {});
  } catch {
    // The extension context is gone: nobody to tell.
  }
}
