/**
 * One page pass: read the article (page/extract.ts), analyze it (lib), draw it (page/highlight.ts), and
 * time each stage. No listeners here; the features decide when a pass runs.
 */
import { analyze, type Analysis } from '../../lib/index.ts';
import { readArticle, type PageText } from '../../page/extract.ts';
import {
  clearHighlights,
  paintHighlights,
  planHighlights,
  type HighlightPlan,
} from '../../page/highlight.ts';
import { readMetadata } from '../../page/metadata.ts';
import type { AnalysisReply } from '../../protocol/messages.ts';
import { reportOnce } from './errors.ts';

/** Page text beyond this many characters is not read (a note says so): analyze() is linear, but a
 * 2 MB page would still hold the main thread for too long. */
export const MAX_PAGE_CHARS = 300_000;

export interface PassResult {
  reply: AnalysisReply;
  page: PageText;
  plan: HighlightPlan;
  /** Ranges drawn; 0 when highlights are off or the API is missing. */
  drawn: number;
}

export interface PassOptions {
  /** Draw the highlights (false: analysis only, and any old highlights are removed). */
  paint: boolean;
  tintBySpeaker?: boolean;
  maxChars?: number;
}

const EMPTY: Analysis = { people: [], statements: [] };

/** Runs the whole pass on `doc`. Never throws: a failing stage is reported and the reply says so in `note`. */
export function runPass(doc: Document, options: PassOptions): PassResult {
  const t0 = performance.now();
  const notes: string[] = [];
  let page: PageText = { text: '', runs: [], root: null };
  try {
    page = readArticle(doc, { maxChars: options.maxChars ?? MAX_PAGE_CHARS });
    if (page.note) notes.push(page.note);
  } catch (error) {
    reportOnce('read-article', error);
    notes.push('the page could not be read');
  }
  const t1 = performance.now();
  let analysis = EMPTY;
  if (page.text) {
    try {
      analysis = analyze(page.text);
    } catch (error) {
      reportOnce('analyze', error);
      notes.push('the analysis failed');
    }
  }
  const t2 = performance.now();
  let plan: HighlightPlan = new Map();
  let drawn = 0;
  try {
    plan = planHighlights(page, analysis, { tintBySpeaker: options.tintBySpeaker ?? true });
    if (options.paint) drawn = paintHighlights(doc, plan);
    else clearHighlights(doc);
  } catch (error) {
    reportOnce('highlight', error);
    notes.push('highlights could not be drawn');
  }
  const t3 = performance.now();
  const metadata = safeMetadata(doc);
  const reply: AnalysisReply = {
    url: doc.location?.href ?? '',
    title: doc.title.trim() || metadata.title || '',
    analysis,
    timings: {
      totalMs: round(t3 - t0),
      readMs: round(t1 - t0),
      analyzeMs: round(t2 - t1),
      highlightMs: round(t3 - t2),
    },
    metadata,
  };
  if (notes.length) reply.note = notes.join('; ');
  return { reply, page, plan, drawn };
}

function safeMetadata(doc: Document): AnalysisReply['metadata'] & object {
  try {
    return readMetadata(doc, doc.location?.href);
  } catch (error) {
    reportOnce('metadata', error);
    return {};
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
