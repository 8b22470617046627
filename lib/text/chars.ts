/**
 * Character tests used by the scanners. ASCII, Latin-1 and the punctuation blocks that news text uses (curly
 * quotes, dashes, ellipsis) are decided by code; any other character by a Unicode property regex, compiled
 * the first time such a character is met. A page in plain English never compiles one: compiling a large
 * Unicode class costs milliseconds in a fresh page (the tokenizer's old single pattern took 7 ms before its
 * first match).
 */

/** The Unicode classes the tokenizer tells apart (`classOf`). */
export const OTHER = 0;
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 3;
export const SPACE = 4;

/**
 * One Unicode property regex, built on first use. Built from a string, not written as a literal: the parser
 * checks a `\p{...}` literal when the module loads, even inside a function never called (0.2 ms each in a
 * fresh page; the tokenizer's old pattern, 8 ms).
 */
function lazyRegex(source: string): { test(s: string): boolean } {
  let re: RegExp | undefined;
  return { test: (s: string) => (re ??= new RegExp(source, 'u')).test(s) };
}

const letterRe = lazyRegex('\\p{L}');
const markRe = lazyRegex('\\p{M}');
const numberRe = lazyRegex('\\p{N}');
const upperRe = lazyRegex('\\p{Lu}');
const lowerRe = lazyRegex('\\p{Ll}');
const letterOrDigitRe = lazyRegex('[\\p{L}\\p{N}]');

/**
 * The class of code point `cp` (a lone surrogate is its own code point): LETTER (`\p{L}`), MARK (`\p{M}`),
 * NUMBER (`\p{N}`), SPACE (`\s`) or OTHER.
 */
export function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return LETTER;
    if (cp >= 48 && cp <= 57) return NUMBER;
    return cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : OTHER;
  }
  if (cp < 256) {
    // Latin-1: À-ÿ but × and ÷, ª µ º are letters; ² ³ ¹ ¼ ½ ¾ numbers.
    if (cp >= 0xc0) return cp === 0xd7 || cp === 0xf7 ? OTHER : LETTER;
    if (cp === 0xaa || cp === 0xb5 || cp === 0xba) return LETTER;
    if (cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe)) return NUMBER;
    // The no-break space is space; a soft hyphen is part of the word it may break ("Vladi\u00admir").
    return cp === 0xa0 ? SPACE : cp === 0xad ? MARK : OTHER;
  }
  if (cp <= 0x2af) return LETTER; // Latin Extended-A and -B, IPA
  if (cp >= 0x300 && cp <= 0x36f) return MARK; // combining diacritical marks
  if (cp >= 0x2000 && cp <= 0x206f) return isSpaceCode(cp) ? SPACE : OTHER; // general punctuation
  if (cp < 0x10000 && isSpaceCode(cp)) return SPACE;
  if (cp >= 0xd800 && cp <= 0xdfff) return OTHER; // a lone surrogate
  const ch = String.fromCodePoint(cp);
  if (letterRe.test(ch)) return LETTER;
  if (numberRe.test(ch)) return NUMBER;
  if (markRe.test(ch)) return MARK;
  return OTHER;
}

/** The code point at `i` in `text` (a lone surrogate as itself); `i` must be in range. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

/** Whether the UTF-16 unit `c` (a surrogate counts as no letter) is a letter or digit (`[\p{L}\p{N}]`). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const k = classOf(c);
  return k === LETTER || k === NUMBER;
}

/** Whether `ch` (one UTF-16 unit or a surrogate pair's first half) is a letter or digit. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  if (ch.length === 1) return isWordCode(ch.charCodeAt(0));
  return letterOrDigitRe.test(ch);
}

/** Whether `ch` is white space (or absent, as at the start or end of the text). */
export function isSpaceOrEdge(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return true;
  return ch.length === 1 ? isSpaceCode(ch.charCodeAt(0)) : /\s/.test(ch);
}

/** Whether `word` starts with an upper-case letter (its first UTF-16 unit: a letter outside the BMP is not). */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return isUpperCode(code);
}

/** Whether the UTF-16 unit `c` is an upper-case letter (`\p{Lu}`; a surrogate is not). */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 256) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return upperRe.test(String.fromCharCode(c));
}

/** Whether code point `cp` is a lower-case letter (`\p{Ll}`). */
function isLowerPoint(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  if (cp < 256) return (cp >= 0xdf && cp !== 0xf7) || cp === 0xb5;
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return lowerRe.test(String.fromCodePoint(cp));
}

/** Whether `word` is one or more lower-case letters and nothing else ("said", "café"; `^\p{Ll}+$` with `u`). */
export function isLowerCaseWord(word: string): boolean {
  const n = word.length;
  if (n === 0) return false;
  for (let i = 0; i < n;) {
    const cp = codePointAt(word, i);
    if (!isLowerPoint(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
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

/** Whether `word` starts with an upper-case letter, a code point past the BMP too (`^\p{Lu}` with `u`). */
export function startsWithUpper(word: string): boolean {
  return word.length > 0 && isUpperPoint(codePointAt(word, 0));
}

/** Whether code point `cp` is an upper-case letter (`\p{Lu}`). */
function isUpperPoint(cp: number): boolean {
  return cp < 0x10000 ? isUpperCode(cp) : upperRe.test(String.fromCodePoint(cp));
}

/**
 * Whether `word` is initials: one upper-case letter, or several joined by full stops ("G", "G.K", "J.R.R";
 * `^\p{Lu}(?:\.\p{Lu})*$`).
 */
export function isInitials(word: string): boolean {
  const n = word.length;
  let i = 0;
  for (;;) {
    if (i >= n) return false;
    const cp = codePointAt(word, i);
    if (!isUpperPoint(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
    if (i === n) return true;
    if (word.charCodeAt(i) !== 46) return false;
    i++;
  }
}

/** Whether `word` ends in an apostrophe and "s", straight or curly ("Kanye’s", "Trump's"; `['’]s$`). */
export function endsWithApostropheS(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** Whether `word` ends in an apostrophe, with or without an "s" after it ("Kanye’s", "the Joneses’"; `['’]s?$`). */
export function endsWithApostrophe(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c === 39 || c === 0x2019 || endsWithApostropheS(word);
}
