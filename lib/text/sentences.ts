import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { isCapitalized, isInitials } from './chars.ts';
import type { Token } from './tokens.ts';

const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«']);

/**
 * Whether the punctuation token at `i` ends a writer's sentence: ".", "!" or "?" (or "…") outside
 * abbreviations ("Mr.", "Sept.", "U.S.") and initials ("G."), followed by a capital, a digit, an opening
 * mark, or a new paragraph. Tokens inside quotations are not looked at by callers.
 */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.word) return false;
  if (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '…') return false;
  if (t.text === '.') {
    const prev = tokens[i - 1];
    if (prev && prev.word && prev.end === t.start) {
      if (ABBREVIATIONS.has(prev.text)) return false;
      if (isInitials(prev.text)) return false; // "G", "G.K", "J.R.R"
    }
  }
  let j = i + 1;
  while (j < tokens.length && CLOSERS.has((tokens[j] as Token).text) && (tokens[j] as Token).para === t.para)
    j++;
  const next = tokens[j];
  if (!next || next.para !== t.para) return true;
  if (OPENERS.has(next.text)) return true;
  const c = next.text.charCodeAt(0);
  return isCapitalized(next.text) || (c >= 48 && c <= 57);
}
