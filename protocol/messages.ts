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
   * Milliseconds. `totalMs` is the whole page pass: reading the page, analyzing, highlighting. The content
   * script also gives its stages `readMs`, `analyzeMs`, `highlightMs` (their sum is `totalMs`), `wallMs` (start
   * to end, with the page's own tasks run in between) and `longestTaskMs` (the longest stretch it held the
   * main thread). Readers must not require more than `totalMs`.
   */
  timings: { totalMs: number; [stage: string]: number };
  /** Extensions to the contract; readers must not require them. */
  metadata?: PageMetadata;
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
