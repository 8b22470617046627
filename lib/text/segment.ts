import { paragraphs, type Paragraph } from './paragraphs.ts';
import { endsSentence } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

/** The text cut into paragraphs and tokens, all with UTF-16 offsets into it. */
export interface Segments {
  text: string;
  paragraphs: Paragraph[];
  tokens: Token[];
}

const OPENING = new Set(['“', '"', '‘', "'", '(', '[', '«', '—', '-']);

/** Segments the text: paragraphs at line breaks, then tokens (one regex pass). */
export function segment(text: string): Segments {
  const paras = paragraphs(text);
  return { text, paragraphs: paras, tokens: tokenize(text, paras) };
}

/**
 * Whether token `i` begins a sentence: the first token of a paragraph, or the first after a sentence end,
 * with opening quote marks and brackets before it skipped.
 */
export function startsSentence(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  const para = tokens[i]?.para;
  while (j >= 0 && OPENING.has((tokens[j] as Token).text) && (tokens[j] as Token).para === para) j--;
  const prev = tokens[j];
  if (!prev || prev.para !== para) return true;
  return prev.text === ':' || endsSentence(tokens, j);
}
