/**
 * The whole list as a file: Markdown for reading, CSV for spreadsheets, JSON (the Analysis plus page metadata)
 * for programs. Pure functions of the reply, no DOM.
 */
import type { Analysis, Statement } from '../../lib/types.ts';
import type { AnalysisReply, PageMetadata } from '../../protocol/messages.ts';
import {
  KIND_LABEL,
  escapeMarkdown,
  statementWords,
  speakerKey,
  speakerName,
  type Source,
} from '../../protocol/attribution.ts';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'csv', 'json'];

/** File name extension and MIME type for each export. */
export const EXPORT_FILE: Record<ExportFormat, { extension: string; type: string; label: string }> = {
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8', label: 'Markdown' },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8', label: 'CSV' },
  json: { extension: 'json', type: 'application/json;charset=utf-8', label: 'JSON' },
};

/** People who are named on the page but are the speaker of no statement. */
export function peopleNotQuoted(analysis: Analysis): Analysis['people'] {
  const speakers = new Set<string>();
  for (const s of analysis.statements) {
    if (s.speaker?.personId) speakers.add(s.speaker.personId);
    if (s.speaker?.name) speakers.add(`name:${s.speaker.name}`);
  }
  return analysis.people.filter((p) => !speakers.has(p.id) && !speakers.has(`name:${p.name}`));
}

/**
 * Markdown: a heading with the article, a line with its source, then every statement grouped by speaker in page
 * order, and the people named but not quoted.
 */
export function toMarkdown(reply: AnalysisReply, source: Source): string {
  const lines = [`# Statements in “${escapeMarkdown(source.title)}”`, ''];
  const about = [source.byline && `By ${source.byline}`, source.site, source.date].filter(Boolean);
  lines.push(
    `${about.map((s) => escapeMarkdown(String(s))).join(' · ')}${about.length ? ' · ' : ''}<${source.url}>`,
  );
  lines.push('');
  const { statements } = reply.analysis;
  if (statements.length === 0) lines.push('No statements found.', '');
  for (const [speaker, group] of groupBySpeaker(statements)) {
    lines.push(`## ${escapeMarkdown(speaker)} (${group.length})`, '');
    for (const s of group) {
      const body = escapeMarkdown(statementWords(s));
      const words = s.kind === 'indirect' ? body : `“${body}”`;
      const cue = s.cue ? `, ${escapeMarkdown(s.cue.text)}` : '';
      lines.push(`- ${words} (${KIND_LABEL[s.kind].toLowerCase()}${cue})`);
    }
    lines.push('');
  }
  const others = peopleNotQuoted(reply.analysis);
  if (others.length) {
    lines.push('## Named but not quoted', '');
    for (const p of others) lines.push(`- ${escapeMarkdown(p.name)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Statements grouped by speaker (`speakerKey`), each group under the first spelling of the name, groups in order
 * of first statement; unattributed last.
 */
export function groupBySpeaker(statements: Statement[]): Map<string, Statement[]> {
  const groups = new Map<string, { label: string; statements: Statement[] }>();
  const unknown: Statement[] = [];
  for (const s of statements) {
    if (!s.speaker?.name.trim()) {
      unknown.push(s);
      continue;
    }
    const group = groups.get(speakerKey(s));
    if (group) group.statements.push(s);
    else groups.set(speakerKey(s), { label: speakerName(s), statements: [s] });
  }
  const byLabel = new Map([...groups.values()].map((g) => [g.label, g.statements]));
  if (unknown.length) byLabel.set(speakerName(unknown[0] as Statement), unknown);
  return byLabel;
}

export const CSV_COLUMNS = ['id', 'kind', 'speaker', 'cue', 'text', 'start', 'end', 'title', 'url'] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that a spreadsheet would run as
 * a formula (=, +, -, @, tab, CR at its start) gets a leading apostrophe: page text is never trusted.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV, one row per statement, CRLF line ends, header first. `start`/`end` are the first span's offsets. */
export function toCsv(reply: AnalysisReply, source: Source): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const s of reply.analysis.statements) {
    const first = s.spans[0];
    rows.push(
      [
        s.id,
        s.kind,
        s.speaker?.name ?? '',
        s.cue?.text ?? '',
        s.text,
        first?.start ?? '',
        first?.end ?? '',
        source.title,
        source.url,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}

/** The JSON export: the Analysis as the content script gave it, plus where it came from. */
export interface JsonExport {
  whosaid: 1;
  url: string;
  title: string;
  metadata: PageMetadata;
  analysis: Analysis;
}

export function toJson(reply: AnalysisReply): string {
  const data: JsonExport = {
    whosaid: 1,
    url: reply.url,
    title: reply.title,
    metadata: reply.metadata ?? {},
    analysis: reply.analysis,
  };
  return JSON.stringify(data, null, 2) + '\n';
}

/** The export in `format`. */
export function exportAs(format: ExportFormat, reply: AnalysisReply, source: Source): string {
  switch (format) {
    case 'markdown':
      return toMarkdown(reply, source);
    case 'csv':
      return toCsv(reply, source);
    case 'json':
      return toJson(reply);
    default:
      throw new Error(`popup: unknown export format ${JSON.stringify(format satisfies never)}`);
  }
}

/** A file name from the article title: `whosaid-council-passes-the-harbor-budget.md`. */
export function exportFileName(source: Source, format: ExportFormat): string {
  const slug = source.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `whosaid-${slug || 'page'}.${EXPORT_FILE[format].extension}`;
}
