import type { FileResult } from './source.ts';

/** The CSV header; one row per statement follows. */
export const CSV_HEADER = ['file', 'id', 'kind', 'speaker', 'cue', 'text', 'start', 'end'] as const;

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV of every statement of every result, CRLF line ends, header first. `speaker` and `cue` are
 * empty when unknown; `start` is the first span's start and `end` the last span's end (UTF-16 offsets into
 * the analyzed text).
 */
export function formatCsv(results: readonly FileResult[]): string {
  const rows: (string | number)[][] = [[...CSV_HEADER]];
  for (const result of results) {
    for (const s of result.analysis.statements) {
      const start = s.spans[0]?.start ?? '';
      const end = s.spans.at(-1)?.end ?? '';
      rows.push([result.file, s.id, s.kind, s.speaker?.name ?? '', s.cue?.text ?? '', s.text, start, end]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
