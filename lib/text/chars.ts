/** Character tests used by the scanners; ASCII is checked by code, the rest by one compiled Unicode class. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Whether `ch` (one UTF-16 unit or a surrogate pair's first half) is a letter or digit. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

/** Whether `ch` is white space (or absent, as at the start or end of the text). */
export function isSpaceOrEdge(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return true;
  return ch.length === 1 ? isSpaceCode(ch.charCodeAt(0)) : /\s/.test(ch);
}

/** Whether `word` starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(word.charAt(0));
}

/** Whether the UTF-16 unit `c` is white space to the regex class `\s` (tab to carriage return, space, no-break space, ...). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
