import { isSpaceCode, isWordChar } from './chars.ts';
import type { Paragraph } from './paragraphs.ts';

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
}

// One pass, no backtracking: every repetition of the group must consume a separator and a word character.
const TOKEN =
  /\p{N}+(?:[.,:]\p{N}+)+|\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[’'-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/uy;

/**
 * Tokenizes the whole text in one pass, tagging each token with its paragraph. The tokens are exactly
 * TOKEN's matches (`g`): white space is skipped, every other code point starts a match. Plain ASCII words and
 * punctuation are cut by char codes; a token that may continue past ASCII letters and digits ("don't",
 * "U.S", "10,000", "Émile") is cut by TOKEN, sticky at that point.
 */
export function tokenize(text: string, paras: readonly Paragraph[]): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let p = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let end = -1;
    let word = true;
    if (c < 128 && !isAsciiWord(c)) {
      // "," or "(": ASCII punctuation is a token of its own.
      end = start + 1;
      word = false;
    } else if (c < 128) {
      // "said" or "2016": a run of ASCII letters and digits, unless what follows may extend the token.
      let j = start + 1;
      while (j < n && isAsciiWord(text.charCodeAt(j))) j++;
      const next = j < n ? text.charCodeAt(j) : 32;
      const extends_ =
        next >= 128 ||
        next === 39 || // ' in "don't"
        next === 45 || // - in "bi-polar"
        ((next === 46 || next === 44 || next === 58) && isDigitStart(text, start, j)) || // "214.9", "10,000"
        (next === 46 && j === start + 1); // "U.S"
      if (!extends_) end = j;
    }
    if (end < 0) {
      TOKEN.lastIndex = start;
      if (!TOKEN.test(text)) break; // unreachable: every code point that is not white space starts a match
      end = TOKEN.lastIndex;
      word = end - start > 1 || isWordChar(text.charAt(start));
    }
    while (p < paras.length - 1 && start >= (paras[p] as Paragraph).end) p++;
    tokens.push({ start, end, text: text.slice(start, end), word, para: p, quote: -1 });
    i = end;
  }
  return tokens;
}

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
