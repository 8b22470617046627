import { classOf, codePointAt, isSpaceCode, isWordCode, LETTER, MARK, NUMBER } from './chars.ts';
import type { Paragraph } from './paragraphs.ts';
import { isMarker, type WordCounts } from './language.ts';

/**
 * A token: a word (letters and digits, with inner apostrophes, hyphens and full stops: "Kanye’s", "O’Leary",
 * "bi-polar") dotted initials ("U.S", "G.K", "a.m"), a number with its separators ("214.9", "10,000"), or one punctuation character. Offsets are UTF-16 units into the text, `[start, end)`.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** True for words, false for punctuation. */
  word: boolean;
  /** Index of the paragraph the token is in. */
  para: number;
  /** Index of the top-level quotation the token is inside, or -1 (set by the quote stage). */
  quote: number;
  /**
   * The first and the last UTF-16 unit of `text`. The scans over every token (capitals, cue words) test
   * these instead of reading each token's string, a separate object: half their time went to that.
   */
  head: number;
  tail: number;
}

/**
 * Whether token `i` is a dash as a writer sets a clause or an aside off with it: an em dash, an en dash, two
 * hyphens or more (one token: see tokenize), as typewriters and wire copy write an em dash, or a single
 * hyphen with a space on each side, as some papers set one ("Trump - who had said so - said"). A hyphen
 * against a word is not one ("low- and middle-income", "U.S.-Mexico").
 */
export function isDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const text = t.text;
  if (text === '—' || text === '–' || (text.length > 1 && text.charCodeAt(0) === 45)) return true;
  if (text !== '-') return false;
  // Every character but white space is in a token: a gap between two tokens is a space.
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (!before || before.end < t.start) && (!after || t.end < after.start);
}

/**
 * Tokenizes the whole text in one pass, tagging each token with its paragraph. The tokens are exactly the
 * matches (`g`) of
 *
 *     \p{N}+(?:[.,:]\p{N}+)+ | (?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,}\.(?:com|org|net|gov|edu|io|uk|tv|info)(?![A-Za-z0-9])
 *     | \p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}]) | [\p{L}\p{M}\p{N}]+(?:[’'-][\p{L}\p{M}\p{N}]+)* | -{2,} | [^\s\p{L}\p{M}\p{N}]
 *
 * with the soft hyphen (U+00AD) counted in \p{M} (a number with separators, a site's address, dotted initials,
 * a word, a run of hyphens, one other character): white space is
 * skipped, every other code point starts a match. Plain ASCII words and punctuation are cut by char codes; a
 * token that may continue past ASCII letters and digits ("don't", "U.S", "10,000", "Émile") by `tokenEnd`,
 * which follows the pattern's alternatives by hand (the pattern itself, compiled, cost 7 ms in a fresh page).
 * With `counts`, it also counts the word tokens, their letters and the English marker words among them, for
 * the language test (text/language.ts), in the same pass.
 */
export function tokenize(text: string, paras: readonly Paragraph[], counts?: WordCounts): Token[] {
  const tokens: Token[] = [];
  // ASCII tokens are cut from a one-byte copy of the text: see latin1Copy.
  const narrow = latin1Copy(text);
  const n = text.length;
  let words = 0;
  let letters = 0;
  let markers = 0;
  let p = 0;
  let paraEnd = paras.length > 1 ? (paras[0] as Paragraph).end : Infinity;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let end = -1;
    let word = true;
    let ascii = true;
    if (c < 128 && !isAsciiWord(c)) {
      // "," or "(": ASCII punctuation is a token of its own; two or more hyphens are one, a dash as typed
      // ("said -- on Twitter -- that").
      end = start + 1;
      if (c === 45) while (end < n && text.charCodeAt(end) === 45) end++;
      word = false;
    } else if (c < 128) {
      // "said" or "2016": a run of ASCII letters and digits, unless what follows may extend the token.
      // (The tests are written out, not called: a fresh page runs this loop in the interpreter.)
      let j = start + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
      }
      const next = j < n ? text.charCodeAt(j) : 32;
      const extends_ =
        next >= 128 ||
        next === 39 || // ' in "don't"
        next === 45 || // - in "bi-polar"
        ((next === 46 || next === 44 || next === 58) && isDigitStart(text, start, j)) || // "214.9", "10,000"
        (next === 46 && j === start + 1); // "U.S"
      if (!extends_) end = next === 46 ? domainEnd(text, j) : j;
      if (j - start <= 4 && j - start >= 2 && end === j && isMarker(text, start, j)) markers++;
    }
    if (end < 0) {
      end = tokenEnd(text, start);
      word = end - start > 1 || isWordCode(c);
      ascii = false;
    }
    if (word) {
      words++;
      letters += end - start;
    }
    while (start >= paraEnd) {
      p++;
      paraEnd = p < paras.length - 1 ? (paras[p] as Paragraph).end : Infinity;
    }
    tokens.push({
      start,
      end,
      text: (ascii ? narrow : text).slice(start, end),
      word,
      para: p,
      quote: -1,
      head: c,
      tail: text.charCodeAt(end - 1),
    });
    i = end;
  }
  if (counts) {
    counts.words += words;
    counts.letters += letters;
    counts.markers += markers;
  }
  return tokens;
}

const BEYOND_LATIN1 = /[^\0-\xff]/;

/** The bytes behind latin1Copy, kept between texts, and its decoder (made the first time one is needed). */
let narrowBytes = new Uint8Array(0);
let latin1: TextDecoder | undefined;

/**
 * `text` itself when all its characters are Latin-1; else a copy in which every ASCII character is itself
 * and every other one U+001A, which V8 stores one byte per character (only ASCII tokens are cut from it). A
 * text with one curly quote is stored two bytes per character, and so is every string sliced from it: such
 * a word costs 5-8 times as much to lower-case ("Said".toLowerCase() goes through ICU), and the stages
 * lower-case words all the time. Slices of the copy are the same strings wherever the text is ASCII. The
 * copy is decoded from bytes (a decoder makes a one-byte string of ASCII bytes): 10-12 us for a PolNeAR
 * text, where a regex replace and a JSON round trip took 35-45 us.
 */
function latin1Copy(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text;
  const n = text.length;
  // (A text of more than a megabyte gets bytes of its own, not kept.)
  if (narrowBytes.length < n && n <= 1 << 20) narrowBytes = new Uint8Array(2 * n);
  const bytes = narrowBytes.length >= n ? narrowBytes : new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = c < 128 ? c : 26;
  }
  latin1 ??= new TextDecoder('latin1');
  return latin1.decode(bytes.subarray(0, n));
}

/** The end of the token that starts at `s` (not white space), by the alternatives of the pattern above. */
function tokenEnd(text: string, s: number): number {
  const cp = codePointAt(text, s);
  const k = classOf(cp);
  if (k === NUMBER) {
    const e = numberEnd(text, s);
    if (e > 0) return e;
  } else if (k === LETTER) {
    const e = initialsEnd(text, s, cp > 0xffff ? 2 : 1);
    if (e > 0) return e;
  } else if (k !== MARK) {
    return s + (cp > 0xffff ? 2 : 1); // "“" or "😀": one code point of its own
  }
  return wordEnd(text, s);
}

/** The end of the run of code points of class `k` (or of letters, marks and digits for -1) from `i`. */
function runEnd(text: string, i: number, k: number): number {
  const n = text.length;
  while (i < n) {
    const cp = codePointAt(text, i);
    const kk = classOf(cp);
    if (k < 0 ? kk !== LETTER && kk !== MARK && kk !== NUMBER : kk !== k) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Whether the code point at `i` (in range or not) is of class `k` (or a letter, mark or digit for -1). */
function classAt(text: string, i: number, k: number): boolean {
  if (i >= text.length) return false;
  const kk = classOf(codePointAt(text, i));
  return k < 0 ? kk === LETTER || kk === MARK || kk === NUMBER : kk === k;
}

/** `\p{N}+(?:[.,:]\p{N}+)+` at `s` ("214.9", "10,000", "1:30"): its end, or -1. */
function numberEnd(text: string, s: number): number {
  let i = runEnd(text, s, NUMBER);
  let groups = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (!((c === 46 || c === 44 || c === 58) && classAt(text, i + 1, NUMBER))) break;
    i = runEnd(text, i + 1, NUMBER);
    groups++;
  }
  return groups > 0 ? i : -1;
}

/**
 * `\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}])` at `s`, whose letter is `width` units long ("U.S", "a.m"): its
 * end, or -1. When a letter, mark or digit follows the last initial, the match gives that initial back.
 */
function initialsEnd(text: string, s: number, width: number): number {
  let i = s + width;
  let before = -1;
  let reps = 0;
  while (text.charCodeAt(i) === 46 && classAt(text, i + 1, LETTER)) {
    before = i;
    i = i + 1 + (codePointAt(text, i + 1) > 0xffff ? 2 : 1);
    reps++;
  }
  if (reps === 0) return -1;
  if (!classAt(text, i, -1)) return i;
  return reps >= 2 ? before : -1;
}

/** `[\p{L}\p{M}\p{N}]+(?:[’'-][\p{L}\p{M}\p{N}]+)*` at `s` ("Kanye’s", "bi-polar", "Émile"): its end. */
function wordEnd(text: string, s: number): number {
  let i = runEnd(text, s, -1);
  for (;;) {
    const c = text.charCodeAt(i);
    if (!((c === 0x2019 || c === 39 || c === 45) && classAt(text, i + 1, -1))) return i;
    i = runEnd(text, i + 1, -1);
  }
}

/**
 * Where a site's name written as its address ends ("Snopes.com", "Amazon.com", "gov.uk"): after the
 * top-level domain that follows the full stop at `dot`, when no letter or digit comes next; else `dot` (a
 * full stop ends the word). The name is one word, and its full stop ends no sentence.
 */
function domainEnd(text: string, dot: number): number {
  let k = dot + 1;
  while (k < text.length && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  if (k - dot < 3 || k - dot > 5) return dot; // a sentence's end, or no domain's length: nothing sliced
  if (!DOMAINS.has(text.slice(dot + 1, k))) return dot;
  return k < text.length && isAsciiWord(text.charCodeAt(k)) ? dot : k;
}

const DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'io', 'uk', 'tv', 'info']);

/** Whether `c` is an ASCII letter or digit. */
function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the run `[start, j)` of ASCII letters and digits begins with digits only up to `j` ("2016", not "3D"). */
function isDigitStart(text: string, start: number, j: number): boolean {
  for (let k = start; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The index of the first token whose start is at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
