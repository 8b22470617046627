/**
 * Which statements the list shows: by speaker, by kind, and by a search over words, speaker and cue.
 * Pure functions, no DOM.
 */
import type { Statement, StatementKind } from '../../lib/types.ts';
import { speakerKey, speakerName } from '../../protocol/attribution.ts';

export interface Filter {
  /** A speaker as `speakerKey` gives it ("unattributed" for none); null: every speaker. */
  speaker: string | null;
  kind: StatementKind | null;
  /** Free text; empty matches everything. */
  query: string;
}

export const NO_FILTER: Filter = { speaker: null, kind: null, query: '' };

/** Lower case, without accents, with every quote mark and dash made plain, so “Café” finds "cafe". */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ');
}

/** True when the statement passes the filter. Every word of the query must occur in its words, speaker or cue. */
export function matchesFilter(statement: Statement, filter: Filter): boolean {
  if (filter.kind && statement.kind !== filter.kind) return false;
  if (filter.speaker !== null && speakerKey(statement) !== filter.speaker) return false;
  const words = searchKey(filter.query).trim().split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchKey(`${statement.text} ${speakerName(statement)} ${statement.cue?.text ?? ''}`);
  return words.every((word) => haystack.includes(word));
}

export function isFiltered(filter: Filter): boolean {
  return filter.speaker !== null || filter.kind !== null || filter.query.trim() !== '';
}

/** Counts per key, in first-seen order. */
export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
