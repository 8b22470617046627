/** Plain-text tables for the terminal: display widths, word folding, and column layout. */

// Characters that would move the cursor, ring the bell, start an escape sequence or reorder the line if
// printed raw; page text can hold any of them. Tabs and line breaks are folded to spaces by `clean`.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const WHITESPACE_RUN = /\s+/g;
const ZERO_WIDTH = /^(?:\p{Mn}|\p{Me}|[\u200B-\u200D]|\p{Variation_Selector})$/u;

/** `text` on one line: control characters as U+FFFD, runs of whitespace as one space, trimmed. */
export function clean(text: string): string {
  return text.replace(CONTROL, '\uFFFD').replace(WHITESPACE_RUN, ' ').trim();
}

/** Terminal columns `text` takes: combining marks 0, East Asian wide and fullwidth characters 2, others 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/**
 * `text` (one line, see `clean`) folded into lines of at most `width` columns, breaking at spaces; a word
 * longer than a line is cut. Gives [''] for empty text.
 */
export function fold(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const wordWidth = displayWidth(word);
    if (lineWidth > 0 && lineWidth + 1 + wordWidth <= width) {
      line += ' ' + word;
      lineWidth += 1 + wordWidth;
      continue;
    }
    if (lineWidth > 0) lines.push(line);
    if (wordWidth <= width) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = cut(word, width);
    line = pieces.pop() ?? '';
    lineWidth = displayWidth(line);
    lines.push(...pieces);
  }
  if (lineWidth > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** `word` in pieces of at most `width` columns (at least one character each), in one pass. */
function cut(word: string, width: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let end = 0;
  let used = 0;
  for (const char of word) {
    const w = charWidth(char);
    if (used + w > width && end > start) {
      pieces.push(word.slice(start, end));
      start = end;
      used = 0;
    }
    used += w;
    end += char.length;
  }
  pieces.push(word.slice(start, end));
  return pieces;
}

/** A column: its header, and the fewest and most columns it may take (the last column takes the rest). */
export interface Column {
  header: string;
  min: number;
  max: number;
}

const GAP = '  ';

/**
 * Rows laid out under `columns` in `width` terminal columns: cells folded to their column, columns
 * separated by two spaces, the last column taking what is left. When that is less than the last column's
 * `min`, the widest other columns shrink toward their own `min` first. Lines have no trailing spaces.
 */
export function renderTable(columns: readonly Column[], rows: readonly string[][], width: number): string[] {
  const widths = columns.map((column, i) => {
    const longest = Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[i] ?? '')));
    return Math.max(column.min, Math.min(column.max, longest));
  });
  const last = widths.length - 1;
  const room = () => width - GAP.length * last - widths.slice(0, last).reduce((a, b) => a + b, 0);
  const lastColumn = columns[last];
  if (lastColumn) {
    // Shrink the widest shrinkable column, one step at a time, until the last column has its minimum.
    while (room() < lastColumn.min) {
      let widest = -1;
      for (let i = 0; i < last; i++) {
        const w = widths[i] ?? 0;
        if (w > (columns[i]?.min ?? 0) && (widest === -1 || w > (widths[widest] ?? 0))) widest = i;
      }
      if (widest === -1) break;
      widths[widest] = (widths[widest] ?? 1) - 1;
    }
    widths[last] = Math.max(lastColumn.min, room());
  }
  const lines: string[] = [];
  for (const row of [columns.map((column) => column.header), ...rows]) {
    const cells = widths.map((w, i) => fold(row[i] ?? '', w));
    const height = Math.max(...cells.map((cell) => cell.length));
    for (let y = 0; y < height; y++) {
      const parts = cells.map((cell, i) => pad(cell[y] ?? '', widths[i] ?? 0));
      lines.push(parts.join(GAP).trimEnd());
    }
  }
  return lines;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
