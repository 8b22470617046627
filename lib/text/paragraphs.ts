import { isSpaceCode } from './chars.ts';

/** A paragraph: the text between line breaks, trimmed. Offsets are UTF-16 units, `[start, end)`. */
export interface Paragraph {
  start: number;
  end: number;
}

const LINE = /[^\r\n]+/g;

/**
 * Splits text into paragraphs at every line break; blank and white-space-only lines are dropped, and each
 * paragraph is trimmed of surrounding white space.
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
