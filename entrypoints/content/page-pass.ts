/**
 * One page pass: read the article (page/extract.ts), analyze it in chunks (lib, page/chunks.ts), draw it
 * (page/highlight.ts), and time each stage. Between stages and chunks it yields to the page, so that no
 * single task of ours is long (the budget is 50 ms; the first chunk, CHUNK_CHARS, runs the parser cold in
 * about 10-25 ms; most articles are one chunk). There is no separate warm-up of the parser: it cost more
 * (a third of the first pass's analysis) than it saved the first chunk.
 * No listeners here; the features decide when a pass runs.
 */
import { analyze, type Analysis } from '../../lib/index.ts';
import { mergeAnalyses, splitText, type Chunk } from '../../page/chunks.ts';
import { readArticleSteps, type PageText } from '../../page/extract.ts';
import {
  clearHighlights,
  ensureStyles,
  paintHighlights,
  restyle,
  planHighlights,
  type HighlightColors,
  type HighlightPlan,
  type PlanOptions,
} from '../../page/highlight.ts';
import { readMetadata } from '../../page/metadata.ts';
import type { AnalysisReply } from '../../protocol/messages.ts';
import { reportOnce } from './errors.ts';

/** Page text beyond this many characters is not read (a note says so). */
export const MAX_PAGE_CHARS = 200_000;
/**
 * Characters analyzed per task: the first chunk runs the parser's code cold (not yet compiled: about three
 * times slower), the later ones warm, so they may be larger.
 */
export const CHUNK_CHARS = 8_000;
export const LATER_CHUNK_CHARS = 16_000;
/** Text before a chunk analyzed with it, for speakers named just before a cut (page/chunks.ts). */
const CONTEXT_CHARS = 1_500;
/** Reading the page pauses for the page after this much work (ms). */
const READ_SLICE_MS = 15;

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
   * Analyses of chunk texts from the previous pass. Chunk cuts depend only on the text before them, so a
   * page that grew at its end (infinite scroll) or changed in one place finds most chunks here. The pass
   * replaces its content with this pass's chunks.
   */
  cache?: Map<string, Analysis>;
}

const EMPTY: Analysis = { people: [], statements: [] };

/**
 * Runs the whole pass on `doc`. Never rejects: a failing stage is reported and the reply says so in `note`.
 * `timings`: `totalMs` is our work (read + analyze + highlight), `wallMs` the time from start to end with
 * the page's own tasks in between, `longestTaskMs` the longest stretch we held the main thread. `restyleMs`
 * is the part of `highlightMs` the browser spent restyling the page for our stylesheet (first pass only).
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
  if (page.text) {
    const text = page.text;
    const parts: { chunk: Chunk; analysis: Analysis }[] = [];
    try {
      const fresh = new Map<string, Analysis>();
      for (const chunk of splitText(text, CHUNK_CHARS, CONTEXT_CHARS, LATER_CHUNK_CHARS)) {
        const slice = text.slice(chunk.context, chunk.end);
        const known = options.cache?.get(slice);
        if (!known) await options.yieldToPage();
        analyzeMs += task(() => {
          const result = known ?? analyze(slice);
          fresh.set(slice, result);
          parts.push({ chunk, analysis: result });
        });
      }
      analysis = mergeAnalyses(text, parts);
      if (options.cache) {
        options.cache.clear();
        for (const [slice, result] of fresh) options.cache.set(slice, result);
      }
    } catch (error) {
      reportOnce('analyze', error);
      notes.push('the analysis failed');
    }
    await options.yieldToPage();
  }

  let plan: HighlightPlan = new Map();
  let drawn = 0;
  let highlightMs = 0;
  let restyleMs = 0;
  const first = options.draw();
  if (first && analysis.statements.length + analysis.people.length > 0) {
    // The stylesheet first, in a task of its own: adopting it restyles the whole page (ensureStyles).
    highlightMs += task(() => {
      try {
        if (!ensureStyles(doc, first.colors)) return;
        const t = performance.now();
        restyle(doc);
        restyleMs = performance.now() - t;
      } catch (error) {
        reportOnce('highlight', error);
      }
    });
    await options.yieldToPage();
  }
  highlightMs += task(() => {
    try {
      drawn = draw(doc, page, analysis, options.draw(), (p) => (plan = p));
    } catch (error) {
      reportOnce('highlight', error);
      notes.push('highlights could not be drawn');
    }
  });

  const reply: AnalysisReply = {
    url: doc.location?.href ?? '',
    title: doc.title.trim(),
    analysis,
    timings: {
      totalMs: round(readMs + analyzeMs + highlightMs),
      readMs: round(readMs),
      analyzeMs: round(analyzeMs),
      highlightMs: round(highlightMs),
      restyleMs: round(restyleMs),
      wallMs: round(performance.now() - start),
      longestTaskMs: round(longest),
    },
  };
  if (notes.length) reply.note = notes.join('; ');
  return { reply, page, plan, drawn };
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
