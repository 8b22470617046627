/**
 * One page pass: read the article (page/extract.ts), have it analyzed, draw it (page/highlight.ts), and time
 * each stage. The analysis runs in the extension's background (`whosaid/analyze`,
 * entrypoints/background/analyzer.ts), where the parser stays compiled across pages, while the page's thread is
 * free. The content script does not hold the parser: loading it cost every page ~20 ms of module set-up, article
 * or not (measured with page/bench-pages.ts), for a fallback that served only a background that does not answer
 * (the extension reloaded under an open page, whose popup can no longer reach it anyway). When the background
 * does not answer (the message fails, or no answer within BACKGROUND_TIMEOUT_MS), the reply says so in `note`
 * and nothing is drawn. Reading and drawing yield to the page between slices.
 * No listeners here; the features decide when a pass runs.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '../../lib/types.ts';
import { readArticleSteps, type PageText } from '../../page/extract.ts';
import {
  clearHighlights,
  ensureStyles,
  hasHighlights,
  paintHighlights,
  restyle,
  planHighlights,
  type HighlightColors,
  type HighlightPlan,
  type PlanOptions,
} from '../../page/highlight.ts';
import { readMetadata } from '../../page/metadata.ts';
import {
  asAnalyzeResult,
  MAX_PAGE_CHARS,
  type AnalysisReply,
  type AnalyzeRequest,
  type AnalyzeResult,
} from '../../protocol/messages.ts';
import { reportOnce } from './errors.ts';

/** Page text beyond this many characters is not read (a note says so). */
export { MAX_PAGE_CHARS };
/** Reading the page pauses for the page after this much work (ms). */
const READ_SLICE_MS = 15;
/**
 * The pass gives up on the background's answer after this long (ms). A service worker woken from sleep starts in
 * well under a second, and analyzes the longest text (MAX_PAGE_CHARS) in well under a second warm.
 */
export const BACKGROUND_TIMEOUT_MS = 4_000;

export interface PassResult {
  reply: AnalysisReply;
  page: PageText;
  plan: HighlightPlan;
  /** Ranges drawn; 0 when highlights are off or the API is missing. */
  drawn: number;
}

/** What to draw and in which colours; null: draw nothing (and remove what is drawn). */
export type DrawOptions = (PlanOptions & { colors?: HighlightColors }) | null;

export interface PassOptions {
  /** Asked when the pass is ready to draw (the user may have switched highlights off meanwhile). */
  draw: () => DrawOptions;
  maxChars?: number;
  /** Lets the page run between tasks; resolves when we may go on. */
  yieldToPage: () => Promise<void>;
  /**
   * The previous pass's analysis, keyed by the page text it analyzed: a pass over unchanged text (a settings
   * re-read, a change outside the article) sends nothing to the background. The pass replaces its content.
   */
  cache?: Map<string, Analysis>;
  /**
   * Has the text analyzed off the page: resolves with the answer, checked by the pass (asAnalyzeResult), or
   * null (or rejects) when there is none (the reply then notes the failure). Default: the background
   * (`whosaid/analyze`, askBackground), within BACKGROUND_TIMEOUT_MS.
   */
  analyzeElsewhere?: (text: string) => Promise<unknown>;
}

const EMPTY: Analysis = { people: [], statements: [] };

/**
 * Runs the whole pass on `doc`. Never rejects: a failing stage is reported and the reply says so in `note`.
 * `timings` (protocol/messages.ts, AnalysisReply): `totalMs` is the whole pass (read + message + analyze +
 * highlight, the analysis timed where it ran), `pageMs` our part of it on the page's main thread, `wallMs` the
 * time from start to end with the page's own tasks in between, `longestTaskMs` the longest stretch we held the
 * main thread. `restyleMs` is the part of `highlightMs` the browser spent restyling the page for our stylesheet
 * (first pass only). `analyzedIn` says where the analysis ran.
 */
export async function runPass(doc: Document, options: PassOptions): Promise<PassResult> {
  const start = performance.now();
  const notes: string[] = [];
  let longest = 0;
  /** Runs one synchronous slice of work and returns its duration in ms. */
  const task = (work: () => void): number => {
    const t = performance.now();
    work();
    const ms = performance.now() - t;
    longest = Math.max(longest, ms);
    return ms;
  };

  let page: PageText = { text: '', runs: [], root: null };
  let readMs = 0;
  try {
    // In slices of READ_SLICE_MS. A page that changes meanwhile is read again by the page watcher's pass.
    const steps = readArticleSteps(doc, { maxChars: options.maxChars ?? MAX_PAGE_CHARS });
    for (let done = false; !done;) {
      readMs += task(() => {
        const sliceEnd = performance.now() + READ_SLICE_MS;
        while (performance.now() < sliceEnd) {
          const next = steps.next();
          if (next.done) {
            page = next.value;
            done = true;
            return;
          }
        }
      });
      if (!done) await options.yieldToPage();
    }
    if (page.note) notes.push(page.note);
  } catch (error) {
    reportOnce('read-article', error);
    notes.push('the page could not be read');
  }

  let analysis = EMPTY;
  let analyzeMs = 0;
  /** Our time on the page's thread handling the background's message: sending the text, checking the answer. */
  let messageMs = 0;
  let analyzedIn: AnalysisReply['analyzedIn'];
  if (page.text) {
    const text = page.text;
    const known = options.cache?.get(text);
    // (Typed by a cast: it is set inside a task, which TypeScript's narrowing does not follow.)
    let remote = null as AnalyzeResult | null;
    if (!known) {
      let answer: Promise<unknown> = Promise.resolve(null);
      messageMs += task(() => {
        try {
          answer = (options.analyzeElsewhere ?? askBackground)(text);
        } catch {
          // No answer (below).
        }
      });
      // Any failure (no background, a reloaded extension, no answer in time): nothing to draw, and a note.
      const received = await answer.catch(() => null);
      // Checked once, here. (The browser decoded the answer before we got it, in a task that is not timed.)
      if (received) messageMs += task(() => (remote = asAnalyzeResult(received)));
    }
    if (known || remote) {
      analysis = known ?? remote!.analysis;
      analyzeMs = remote?.analyzeMs ?? 0;
      // The cache holds only the background's analyses: the page analyzes nothing itself.
      analyzedIn = 'background';
      if (options.cache) {
        options.cache.clear();
        options.cache.set(text, analysis);
      }
    } else {
      notes.push('the analysis failed: the extension did not answer (reload the page)');
    }
    await options.yieldToPage();
  }

  let plan: HighlightPlan = new Map();
  let drawn = 0;
  let highlightMs = 0;
  let restyleMs = 0;
  let drawOptions: DrawOptions = null;
  let restyled = false;
  // The stylesheet first: adopting one (a user's own colours) restyles the whole page (ensureStyles), which
  // is then done in a task of its own before the one that draws. The default colours adopt nothing (the
  // content script's CSS has them): one task.
  const styles = () => {
    drawOptions = options.draw();
    if (!drawOptions || analysis.statements.length + analysis.people.length === 0) return;
    try {
      if (!ensureStyles(doc, drawOptions.colors)) return;
      const t = performance.now();
      restyle(doc);
      restyleMs = performance.now() - t;
      restyled = true;
    } catch (error) {
      reportOnce('highlight', error);
    }
  };
  const paint = () => {
    try {
      drawn = draw(doc, page, analysis, drawOptions, (p) => (plan = p));
    } catch (error) {
      reportOnce('highlight', error);
      notes.push('highlights could not be drawn');
    }
  };
  // Nothing to draw (no statement, no person) where nothing of ours is drawn: the stage has nothing to do. Most
  // pages that are not articles, and articles without quotes or names, end here; on a fresh page the stage's
  // code alone (compiling it, reaching the highlight registry) cost ~0.5 ms.
  const nothing = analysis.statements.length + analysis.people.length === 0 && !hasHighlights(doc);
  if (!nothing)
    highlightMs += task(() => {
      styles();
      if (!restyled) paint();
    });
  if (restyled) {
    await options.yieldToPage();
    highlightMs += task(() => {
      // The user may have switched highlights off meanwhile.
      drawOptions = options.draw();
      paint();
    });
  }

  const reply: AnalysisReply = {
    url: doc.location?.href ?? '',
    title: doc.title.trim(),
    analysis,
    timings: {
      totalMs: round(readMs + messageMs + analyzeMs + highlightMs),
      readMs: round(readMs),
      analyzeMs: round(analyzeMs),
      highlightMs: round(highlightMs),
      restyleMs: round(restyleMs),
      pageMs: round(readMs + messageMs + highlightMs),
      messageMs: round(messageMs),
      wallMs: round(performance.now() - start),
      longestTaskMs: round(longest),
    },
  };
  if (analyzedIn) reply.analyzedIn = analyzedIn;
  if (notes.length) reply.note = notes.join('; ');
  return { reply, page, plan, drawn };
}

/**
 * Asks the background to analyze `text` (`whosaid/analyze`). Resolves with its answer as it came, unchecked
 * (the pass checks it: asAnalyzeResult), or null when there is none in BACKGROUND_TIMEOUT_MS; rejects when the
 * message cannot be sent (the extension was reloaded: "Extension context invalidated").
 */
export function askBackground(text: string): Promise<unknown> {
  const request: AnalyzeRequest = { type: 'whosaid/analyze', text };
  return new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), BACKGROUND_TIMEOUT_MS);
    const settle = (answer: unknown) => {
      clearTimeout(timer);
      resolve(answer);
    };
    try {
      browser.runtime.sendMessage(request).then(settle, (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    } catch (error) {
      clearTimeout(timer);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Plans and paints (or clears) the highlights of an analysis; hands the plan to `keep`. Returns the number
 * of ranges drawn. Throws what painting throws (the API missing).
 */
export function draw(
  doc: Document,
  page: PageText,
  analysis: Analysis,
  options: DrawOptions,
  keep: (plan: HighlightPlan) => void = () => {},
): number {
  const plan = planHighlights(page, analysis, options ?? {});
  keep(plan);
  if (!options) {
    clearHighlights(doc);
    return 0;
  }
  return paintHighlights(doc, plan, options.colors);
}

/** A pass that read nothing: the reply says why (`note`). */
export function emptyPass(doc: Document, note: string): PassResult {
  return {
    reply: {
      url: doc.location?.href ?? '',
      title: doc.title.trim(),
      analysis: EMPTY,
      timings: { totalMs: 0 },
      note,
    },
    page: { text: '', runs: [], root: null },
    plan: new Map(),
    drawn: 0,
  };
}

/**
 * The reply as the popup gets it: with the page's metadata (and its title when the document has none), read
 * when asked for, since only the popup and the copy formats need it, not the page pass (read once per reply);
 * and with the content script's start-up time (`timings.startupMs`, not part of `totalMs`).
 */
export function completeReply(doc: Document, reply: AnalysisReply, startupMs: number): AnalysisReply {
  let full = completed.get(reply);
  if (!full) {
    const metadata = safeMetadata(doc);
    full = {
      ...reply,
      title: reply.title || metadata.title || '',
      timings: { ...reply.timings, startupMs: round(startupMs) },
      metadata,
    };
    completed.set(reply, full);
  }
  return full;
}

const completed = new WeakMap<AnalysisReply, AnalysisReply>();

function safeMetadata(doc: Document): NonNullable<AnalysisReply['metadata']> {
  try {
    return readMetadata(doc, doc.location?.href);
  } catch (error) {
    reportOnce('metadata', error);
    return {};
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
