/**
 * Messages between the popup/background and the content script. Plain JSON, tagged by `type`.
 * Messages come from other extension pages only; the content script still validates every field it reads.
 */
import type { Analysis } from '../lib/types.ts';

/** Metadata read from the page (meta tags, JSON-LD), for attribution lines. Absent fields are unknown. */
export interface PageMetadata {
  title?: string;
  siteName?: string;
  byline?: string;
  /** ISO 8601 date or date-time, as the page gives it. */
  published?: string;
  /** The canonical URL when the page declares one, else the page URL. */
  url?: string;
}

/** The content script's answer to `whosaid/get-analysis` (DESIGN.md). */
export interface AnalysisReply {
  url: string;
  title: string;
  analysis: Analysis;
  /**
   * Milliseconds. `totalMs` is the whole page pass: reading the page, analyzing, highlighting, wherever each
   * ran. The content script also gives:
   * - `readMs`, `messageMs`, `analyzeMs`, `highlightMs`: the stages; their sum is `totalMs`. `messageMs` is the
   *   page's side of having the text analyzed elsewhere (sending the text, checking the answer; not the
   *   browser's encoding and decoding of the messages, which are not timed). `analyzeMs` is measured where the
   *   analysis ran: in the extension's background (`analyzedIn: 'background'`, the page's thread was free
   *   meanwhile; `'page'` was the content script's own fallback, which it no longer has: the value stays valid);
   * - `restyleMs`: the part of `highlightMs` the browser spent restyling the page for our stylesheet;
   * - `pageMs`: our time on the page's main thread: reading, `messageMs` and highlighting;
   * - `wallMs`: start to end, with the page's own tasks (and the wait for the background) in between;
   * - `longestTaskMs`: the longest stretch the pass held the page's main thread;
   * - `startupMs`: the content script's start-up on this page (its modules' initialisation), NOT in `totalMs`.
   * Readers must not require more than `totalMs`.
   */
  timings: { totalMs: number; [stage: string]: number };
  /** Extensions to the contract; readers must not require them. */
  metadata?: PageMetadata;
  /** Where `analyze()` ran for this reply's analysis (an extension too; absent when nothing was analyzed). */
  analyzedIn?: 'background' | 'page';
  /** Why nothing was analyzed, or what was skipped ("not an article", "page text cut at 2 MB"). */
  note?: string;
}

export type Request =
  | { type: 'whosaid/get-analysis' }
  /** Scroll to a statement's first span and flash it. Answers `{ ok: boolean }`. */
  | { type: 'whosaid/reveal'; statementId: string }
  /** Switch every highlight of this tab on or off (omitted: toggle). Answers `{ enabled: boolean }`. */
  | { type: 'whosaid/set-highlights'; enabled?: boolean }
  /** The statement whose words contain the current selection, if any. Answers `{ statementId: string | null }`. */
  | { type: 'whosaid/statement-at-selection' };

export const MESSAGE_TYPES = [
  'whosaid/get-analysis',
  'whosaid/reveal',
  'whosaid/set-highlights',
  'whosaid/statement-at-selection',
] as const;

/**
 * What the content script tells the background on its own: a pass after the first one (the page changed, the
 * user re-read it) found `statements` statements, so the toolbar badge can follow. Sent by the top frame only.
 */
export interface AnalysisUpdated {
  type: 'whosaid/analysis-updated';
  statements: number;
}

/** Narrows an unknown message to an AnalysisUpdated notice, or null. */
export function asAnalysisUpdated(message: unknown): AnalysisUpdated | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  return m.type === 'whosaid/analysis-updated' &&
    typeof m.statements === 'number' &&
    Number.isInteger(m.statements) &&
    m.statements >= 0
    ? { type: m.type, statements: m.statements }
    : null;
}

/** Narrows an unknown message to a Request, or null when it is not one of ours. */
export function asRequest(message: unknown): Request | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'whosaid/get-analysis':
    case 'whosaid/statement-at-selection':
      return { type: m.type };
    case 'whosaid/reveal':
      return typeof m.statementId === 'string' ? { type: m.type, statementId: m.statementId } : null;
    case 'whosaid/set-highlights':
      return {
        type: m.type,
        ...(typeof m.enabled === 'boolean' ? { enabled: m.enabled } : {}),
      };
    default:
      return null;
  }
}

/**
 * The longest page text the content script reads (UTF-16 code units), and so the longest text the background
 * analyzes for it (`whosaid/analyze`).
 */
export const MAX_PAGE_CHARS = 200_000;

/**
 * The content script asks the background to analyze its page text, so that the parser runs where it stays
 * compiled across pages and the page's main thread stays free. Answers an AnalyzeResult. Only our own content
 * scripts may send it (the background checks the sender).
 */
export interface AnalyzeRequest {
  type: 'whosaid/analyze';
  /** The page text, at most MAX_PAGE_CHARS long. */
  text: string;
}

/** The background's answer to `whosaid/analyze`: `analyze(text)`, and how long it took there (ms). */
export interface AnalyzeResult {
  analysis: Analysis;
  analyzeMs: number;
}

/** Narrows an unknown message to an AnalyzeRequest, or null (not one, or a text longer than MAX_PAGE_CHARS). */
export function asAnalyzeRequest(message: unknown): AnalyzeRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  return m.type === 'whosaid/analyze' && typeof m.text === 'string' && m.text.length <= MAX_PAGE_CHARS
    ? { type: m.type, text: m.text }
    : null;
}

/**
 * Narrows the background's answer to an AnalyzeResult, or null when it is none (no answer, an old background).
 * Checks the shape (arrays of people and statements, a finite non-negative time), not every span.
 */
export function asAnalyzeResult(answer: unknown): AnalyzeResult | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const a = answer as Record<string, unknown>;
  const analysis = a.analysis as Record<string, unknown> | null | undefined;
  if (typeof analysis !== 'object' || analysis === null) return null;
  if (!Array.isArray(analysis.people) || !Array.isArray(analysis.statements)) return null;
  if (typeof a.analyzeMs !== 'number' || !Number.isFinite(a.analyzeMs) || a.analyzeMs < 0) return null;
  return { analysis: a.analysis as Analysis, analyzeMs: a.analyzeMs };
}
