import { isWordChar } from './chars.ts';
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
  /\p{N}+(?:[.,:]\p{N}+)+|\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[’'-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokenizes the whole text in one regex pass, tagging each token with its paragraph. */
export function tokenize(text: string, paras: readonly Paragraph[]): Token[] {
  const tokens: Token[] = [];
  let p = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    while (p < paras.length - 1 && start >= (paras[p] as Paragraph).end) p++;
    const t = m[0];
    const word = t.length > 1 || isWordChar(t);
    tokens.push({ start, end: start + t.length, text: t, word, para: p, quote: -1 });
  }
  return tokens;
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
