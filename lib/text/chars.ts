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
  return ch === undefined || ch === '' || /\s/.test(ch);
}

/** Whether `word` starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const ch = word.charAt(0);
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(ch);
}
