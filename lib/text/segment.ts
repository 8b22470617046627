import { isEnglish, type WordCounts } from './language.ts';
import { paragraphs, type Paragraph } from './paragraphs.ts';
import { endsSentence, isOpenerCode } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

/** The text cut into paragraphs and tokens, all with UTF-16 offsets into it. */
export interface Segments {
  text: string;
  paragraphs: Paragraph[];
  tokens: Token[];
  /** Whether the text is English (or too short to tell): see text/language.ts. */
  english: boolean;
}

/** Segments the text: paragraphs at line breaks, then tokens (one pass, which counts words for the language). */
export function segment(text: string): Segments {
  const paras = paragraphs(text);
  const counts: WordCounts = { words: 0, letters: 0, markers: 0 };
  const tokens = tokenize(text, paras, counts);
  return { text, paragraphs: paras, tokens, english: isEnglish(counts) };
}

/**
 * Whether token `i` begins a sentence: the first token of a paragraph, or the first after a sentence end,
 * with opening quote marks and brackets before it skipped.
 */
export function startsSentence(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  const para = tokens[i]?.para;
  // OPENING.has(text): a mark is a token of one character, its `head` (no word is one of these).
  while (j >= 0) {
    const t = tokens[j] as Token;
    if (t.word || !isOpeningCode(t.head) || t.para !== para) break;
    j--;
  }
  const prev = tokens[j];
  if (!prev || prev.para !== para) return true;
  return (!prev.word && prev.head === 58) || endsSentence(tokens, j); // ":"
}

/** Whether a mark's char code is in OPENING: an opening quote or bracket (isOpenerCode), — or -. */
function isOpeningCode(c: number): boolean {
  return isOpenerCode(c) || c === 0x2014 || c === 45;
}
