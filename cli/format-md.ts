import type { FileResult } from './source.ts';
import { count, describePerson, quoted, speakerName, UNKNOWN } from './format-text.ts';
import { clean } from './table.ts';

// Characters that Markdown would read as markup in a table cell or list item.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~]/g;

/** `text` safe in a Markdown table cell or list item: one line, markup characters escaped. */
export function escapeMarkdown(text: string): string {
  return clean(text).replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * Markdown for each result: a "## file" heading, a table of statements (id, kind, speaker, cue, statement)
 * and a list of the people found.
 */
export function formatMarkdown(results: readonly FileResult[]): string {
  const blocks = results.map((result) => {
    const { people, statements } = result.analysis;
    const lines = [
      `## ${escapeMarkdown(result.file === '-' ? 'standard input' : result.file)}`,
      '',
      `${count(statements.length, 'statement')}, ${count(people.length, 'person', 'people')}.`,
      '',
    ];
    if (statements.length > 0) {
      lines.push('| ID | Kind | Speaker | Cue | Statement |', '| --- | --- | --- | --- | --- |');
      for (const s of statements) {
        const cells = [s.id, s.kind, speakerName(s), s.cue ? s.cue.text : UNKNOWN, quoted(s)];
        lines.push(`| ${cells.map(escapeMarkdown).join(' | ')} |`);
      }
      lines.push('');
    }
    if (people.length > 0) {
      lines.push('People:', '', ...people.map((p) => `- ${escapeMarkdown(describePerson(p))}`), '');
    }
    return lines.join('\n');
  });
  return blocks.join('\n');
}
