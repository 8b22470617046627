import type { Person, Statement } from '../lib/index.ts';
import type { FileResult } from './source.ts';
import { clean, fold, renderTable, type Column } from './table.ts';

/** Shown for a statement whose speaker or cue was not found. */
export const UNKNOWN = '?';

const COLUMNS: readonly Column[] = [
  { header: 'ID', min: 2, max: 6 },
  { header: 'KIND', min: 8, max: 8 },
  { header: 'SPEAKER', min: 8, max: 24 },
  { header: 'CUE', min: 4, max: 14 },
  { header: 'STATEMENT', min: 24, max: Infinity },
];

/** Below this many columns the table would squeeze the statements; each is then a heading and its words. */
const TABLE_MIN_WIDTH = 64;
const INDENT = '    ';

/**
 * A readable report of each result, `width` columns wide: a heading with the file name, a table of who
 * said what (quotes in “ ” marks, indirect speech as is, the statement folded to the width; on narrow
 * terminals a stacked list instead) and the people found. Page text is cleaned of control characters
 * before it reaches the terminal.
 */
export function formatText(results: readonly FileResult[], width: number): string {
  const blocks = results.map((result) => {
    const { people, statements } = result.analysis;
    const source = result.fromHtml ? `, article text of ${result.text.length} characters read from HTML` : '';
    const name = clean(result.file === '-' ? 'standard input' : result.file);
    const counts = `${count(statements.length, 'statement')}, ${count(people.length, 'person', 'people')}`;
    const lines = [...fold(`== ${name}: ${counts}${source}`, width), ''];
    if (statements.length > 0) {
      const rows = statements.map((s) => [
        s.id,
        s.kind,
        speakerName(s),
        s.cue ? clean(s.cue.text) : UNKNOWN,
        quoted(s),
      ]);
      lines.push(
        ...(width >= TABLE_MIN_WIDTH ? renderTable(COLUMNS, rows, width) : stacked(rows, width)),
        '',
      );
    } else {
      lines.push('No statements found.', '');
    }
    if (people.length > 0) {
      lines.push(...fold(`People: ${people.map(describePerson).join('; ')}`, width), '');
    }
    return lines.join('\n');
  });
  return blocks.join('\n');
}

/** Rows of [id, kind, speaker, cue, statement] as "s1 direct: Ann Lee (said)" over the indented words. */
function stacked(rows: readonly string[][], width: number): string[] {
  return rows.flatMap(([id, kind, speaker, cue, words]) => [
    ...fold(`${id} ${kind}: ${speaker} (${cue})`, width),
    ...fold(words ?? '', width - INDENT.length).map((line) => INDENT + line),
  ]);
}

/** "Kim Kardashian (female, 3 mentions)". */
export function describePerson(person: Person): string {
  const facts = [person.gender, count(person.mentions.length, 'mention')].filter(Boolean);
  return `${clean(person.name)} (${facts.join(', ')})`;
}

/** The statement's words, in curly quotes unless it is indirect speech. */
export function quoted(statement: Statement): string {
  const words = clean(statement.text);
  switch (statement.kind) {
    case 'direct':
    case 'partial':
      return `“${words}”`;
    case 'indirect':
      return words;
    default:
      throw new Error(`unknown statement kind ${(statement as { kind: string }).kind}`);
  }
}

/** The speaker's name, or UNKNOWN. */
export function speakerName(statement: Statement): string {
  return statement.speaker ? clean(statement.speaker.name) : UNKNOWN;
}

/** "1 statement", "2 statements"; "1 person", "3 people". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
