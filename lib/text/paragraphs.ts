import { isSpaceCode } from './chars.ts';

/** A paragraph: the text between line breaks, trimmed. Offsets are UTF-16 units, `[start, end)`. */
export interface Paragraph {
  start: number;
  end: number;
}

/**
 * Splits text into paragraphs at every line break; blank and white-space-only lines are dropped, and each
 * paragraph is trimmed of surrounding white space. (The line breaks are found with indexOf, natively, and
 * no line is copied: a regex match made a string of each.)
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  // The next "\n" and "\r" at or after `at` (n when none).
  let lf = -1;
  let cr = -1;
  for (let at = 0; at < n;) {
    if (lf < at) {
      lf = text.indexOf('\n', at);
      if (lf < 0) lf = n;
    }
    if (cr < at) {
      cr = text.indexOf('\r', at);
      if (cr < 0) cr = n;
    }
    let start = at;
    let end = lf < cr ? lf : cr;
    at = end + 1;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
