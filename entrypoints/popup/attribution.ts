/**
 * Statement -> text for the clipboard. Pure functions of the statement, no DOM.
 */
import type { Statement, StatementKind } from '../../lib/types.ts';

/** Shown for statements the parser could not attribute. */
export const UNKNOWN_SPEAKER = 'Unattributed';

/** The speaker's name, or `UNKNOWN_SPEAKER`. */
export function speakerName(statement: Statement): string {
  const name = statement.speaker?.name.trim();
  return name ? name : UNKNOWN_SPEAKER;
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
 * The words as a quotation standing on its own: a whole utterance cut before its cue ends with a period instead
 * of the comma that led into the cue (“We will win,” she said -> “We will win.”); a fragment loses it.
 */
export function standaloneBody(statement: Statement): string {
  const body = quoteBody(statement.text);
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
