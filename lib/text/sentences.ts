import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { isInitials, isUpperCode } from './chars.ts';
import { mayBeIn, wordShapes } from './shapes.ts';
import type { Token } from './tokens.ts';

/** The shapes of the abbreviations (shapes.ts): most words before a full stop are none. */
const ABBREVIATION_SHAPES = wordShapes(ABBREVIATIONS);

/** Whether a mark's char code is a closing quote or bracket: ” " ’ ' ) ] ». */
export function isCloserCode(c: number): boolean {
  return c === 0x201d || c === 34 || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb;
}

/** Whether a mark's char code is an opening quote or bracket: “ " ‘ ' ( [ «, and the low „ ‚ of German or Czech. */
export function isOpenerCode(c: number): boolean {
  return (
    c === 0x201c ||
    c === 34 ||
    c === 0x2018 ||
    c === 39 ||
    c === 40 ||
    c === 91 ||
    c === 0xab ||
    c === 0x201e ||
    c === 0x201a
  );
}

/**
 * Whether the punctuation token at `i` ends a writer's sentence: ".", "!" or "?" (or "…") outside
 * abbreviations ("Mr.", "Sept.", "U.S.") and initials ("G."), followed by a capital, a digit, an opening
 * mark, or a new paragraph. Tokens inside quotations are not looked at by callers. A mark is a token of one
 * character, so marks are told apart by their `head` (and words by their first unit) without reading the
 * tokens' strings.
 */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.word) return false;
  const h = t.head;
  if (h !== 46 && h !== 33 && h !== 63 && h !== 0x2026) return false;
  if (h === 46) {
    const prev = tokens[i - 1];
    if (prev && prev.word && prev.end === t.start) {
      if (mayBeIn(ABBREVIATION_SHAPES, prev) && ABBREVIATIONS.has(prev.text)) return false;
      if (isInitials(prev.text)) return false; // "G", "G.K", "J.R.R"
    }
  }
  let j = i + 1;
  while (j < tokens.length) {
    const u = tokens[j] as Token;
    if (u.word || !isCloserCode(u.head) || u.para !== t.para) break;
    j++;
  }
  const next = tokens[j];
  if (!next || next.para !== t.para) return true;
  const c = next.head;
  if (!next.word && isOpenerCode(c)) return true;
  return isUpperCode(c) || (c >= 48 && c <= 57);
}
