/**
 * Statement -> text for the clipboard. Pure functions of the statement, no DOM.
 */
import type { Statement, StatementKind } from '../lib/types.ts';
import type { AnalysisReply } from './messages.ts';
import type { CopyFormat } from './settings.ts';

/** Shown for statements the parser could not attribute. */
export const UNKNOWN_SPEAKER = 'Unattributed';

/** The speaker's name, or `UNKNOWN_SPEAKER`. */
export function speakerName(statement: Statement): string {
  const name = statement.speaker?.name.trim();
  return name ? name : UNKNOWN_SPEAKER;
}

/**
 * The key statements are grouped and filtered by: the speaker name in lower case, so "The report" and
 * "the report" are one speaker.
 */
export function speakerKey(statement: Statement): string {
  return speakerName(statement).toLowerCase();
}

/** Human words for each kind, for labels and exports. */
export const KIND_LABEL: Record<StatementKind, string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  indirect: 'Reported speech',
};

/**
 * The words as they should appear between our own “…”: inner double quotes become single ones
 * (“He said “no” twice” -> “He said ‘no’ twice”), and whitespace runs (line breaks of multi-paragraph quotes)
 * become one space.
 */
export function quoteBody(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replace(/"/g, '’');
}

/**
 * The statement's words read as one quotation. A quote split around its cue (“We will win,” she said. “We
 * always do.”) has a span per part; the parts are joined as the speaker said them: a part that ends without
 * punctuation before a part that starts a new sentence gets a period (“We will win. We always do.”), a part that
 * goes on in lower case is joined with a space. One span, or spans without text: `statement.text`.
 */
export function statementWords(statement: Statement): string {
  const parts = statement.spans.map((span) => span.text.trim()).filter(Boolean);
  if (parts.length < 2) return quoteBody(statement.text);
  let words = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    const newSentence = /^[“‘"'(]?\p{Lu}/u.test(part);
    if (newSentence && !/[.?!…:;—–-]["”’)]?$/.test(words)) words = words.replace(/,$/, '') + '.';
    words += ` ${part}`;
  }
  return quoteBody(words);
}

/**
 * The words as a quotation standing on its own: a whole utterance cut before its cue ends with a period instead
 * of the comma that led into the cue (“We will win,” she said -> “We will win.”); a fragment loses it.
 */
export function standaloneBody(statement: Statement): string {
  const body = statementWords(statement);
  if (!/[,;:]$/.test(body)) return body;
  return statement.kind === 'partial' ? body.slice(0, -1) : `${body.slice(0, -1)}.`;
}

/**
 * The statement with its speaker: `“We will win.” — Dana Ortiz`. Reported speech is not the speaker's own words,
 * so it gets no quote marks: `The plan is dead — Dana Ortiz (reported)`. Unattributed quotes end without a name.
 */
export function plainAttribution(statement: Statement): string {
  const body = standaloneBody(statement);
  const name = statement.speaker?.name.trim();
  if (statement.kind === 'indirect') return name ? `${body} — ${name} (reported)` : `${body} (reported)`;
  return name ? `“${body}” — ${name}` : `“${body}”`;
}

/** Where the statements were read: the page's metadata, with the reply's own title and URL as fallbacks. */
export interface Source {
  title: string;
  url: string;
  /** The publication's name, or the URL's hostname without `www.`; '' when neither is known. */
  site: string;
  /** The article's author(s), without a leading "By". */
  byline?: string;
  /** The publication date in words ("March 14, 2026"), when the page gives one. */
  date?: string;
}

/** The Source for a reply: `metadata` fields first, then `reply.title`/`reply.url`. */
export function sourceOf(reply: Pick<AnalysisReply, 'title' | 'url' | 'metadata'>): Source {
  const meta = reply.metadata ?? {};
  const url = clean(meta.url) || reply.url;
  const byline = clean(meta.byline)?.replace(/^by\s+/i, '');
  const date = formatDate(meta.published);
  return {
    title: clean(meta.title) || clean(reply.title) || url,
    url,
    site: clean(meta.siteName) || hostOf(url),
    ...(byline ? { byline } : {}),
    ...(date ? { date } : {}),
  };
}

function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO 8601 date or date-time as "March 14, 2026", using the date the page wrote (no time-zone shift).
 * Returns undefined for missing or unreadable dates.
 */
export function formatDate(published: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published?.trim() ?? '');
  if (!match) return undefined;
  const month = MONTHS[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!month || day < 1 || day > 31) return undefined;
  return `${month} ${day}, ${match[1]}`;
}

/** "via The Harbor Ledger, March 14, 2026": the site and date for a plain attribution; '' when both are unknown. */
function viaLine(source: Source): string {
  return [source.site && `via ${source.site}`, source.date].filter(Boolean).join(', ');
}

/** Escapes the characters that would turn page text into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A URL safe inside Markdown's `(...)`. */
function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

/**
 * Plain text with the source: `“We will win.” — Dana Ortiz, via The Harbor Ledger, March 14, 2026`.
 */
export function plainWithSource(statement: Statement, source: Source): string {
  const via = viaLine(source);
  return via ? `${plainAttribution(statement)}, ${via}` : plainAttribution(statement);
}

/**
 * Markdown: a blockquote of the words, then the speaker and a link to the article.
 * Reported speech is not quoted words, so it is a plain paragraph marked "(reported)".
 */
export function markdownAttribution(statement: Statement, source: Source): string {
  const body = escapeMarkdown(standaloneBody(statement));
  const name = statement.speaker?.name.trim();
  const link = `[${escapeMarkdown(source.title)}](${markdownUrl(source.url)})`;
  const extra = [source.site, source.date].filter(Boolean).join(', ');
  const where = `${link}${extra ? ` (${escapeMarkdown(extra)})` : ''}`;
  const who = name ? escapeMarkdown(name) : UNKNOWN_SPEAKER;
  if (statement.kind === 'indirect') return `${body} — ${who} (reported), in ${where}`;
  return `> ${body}\n>\n> — ${who}, in ${where}`;
}

/**
 * A citation line: `“We will win.” Dana Ortiz, quoted in Sam Reyes, “Council passes…,” The Harbor Ledger,
 * March 14, 2026, https://…`. Reported speech reads "as reported in" and has no quote marks.
 */
export function citation(statement: Statement, source: Source): string {
  const body = standaloneBody(statement);
  const name = statement.speaker?.name.trim();
  const words = statement.kind === 'indirect' ? body : `“${body}”`;
  const verb = statement.kind === 'indirect' ? 'as reported in' : 'quoted in';
  const who = name ? `${name}, ${verb}` : verb.charAt(0).toUpperCase() + verb.slice(1);
  const rest = [source.site, source.date, source.url].filter(Boolean).join(', ');
  // The title's closing mark takes the comma that leads to the rest: “Council passes the budget,” The Ledger
  const title = rest
    ? /[.?!]$/.test(source.title)
      ? `“${source.title}” ${rest}`
      : `“${source.title},” ${rest}`
    : `“${source.title}”`;
  const cited = source.byline ? `${source.byline}, ${title}` : title;
  return `${words} ${who} ${cited}${/[.?!]$/.test(cited) ? '' : '.'}`;
}

/** Formats one statement for the clipboard. */
export function formatStatement(statement: Statement, source: Source, format: CopyFormat): string {
  switch (format) {
    case 'plain':
      return plainWithSource(statement, source);
    case 'markdown':
      return markdownAttribution(statement, source);
    case 'citation':
      return citation(statement, source);
    default:
      throw new Error(`popup: unknown copy format ${JSON.stringify(format satisfies never)}`);
  }
}

/** Formats several statements, one block each, separated by a blank line. */
export function formatStatements(statements: Statement[], source: Source, format: CopyFormat): string {
  return statements.map((s) => formatStatement(s, source, format)).join('\n\n');
}

/** Names for the copy formats, for menus. */
export const COPY_FORMAT_LABEL: Record<CopyFormat, string> = {
  plain: 'Plain text',
  markdown: 'Markdown',
  citation: 'Citation',
};
