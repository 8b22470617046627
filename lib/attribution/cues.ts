import { SPEECH_GERUNDS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import type { Token } from '../text/tokens.ts';

/** A cue: the tokens `[first, last)` of the verb or phrase that attributes a quote. */
export interface Cue {
  first: number;
  last: number;
  /** "according to": the source follows it. */
  according: boolean;
  /** ", saying": the source is the subject of the sentence. */
  gerund: boolean;
}

/** The cue at token `i`, if the token is a speech verb or "according to". */
export function cueAt(tokens: readonly Token[], i: number, quoteDistance: number): Cue | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  const w = t.text.toLowerCase();
  if (w === 'according' && tokens[i + 1]?.text === 'to')
    return { first: i, last: i + 2, according: true, gerund: false };
  if (!SPEECH_VERBS.has(w)) return null;
  if (WEAK_SPEECH_VERBS.has(w) && quoteDistance > 4) return null;
  const gerund = SPEECH_GERUNDS.has(w) && tokens[i - 1]?.text === ',';
  // "went on to say", "put it": handled as the plain verb; "continued" needs nothing more.
  return { first: i, last: i + 1, according: false, gerund };
}

/** The first cue in tokens `[lo, hi)`, or null. `quoteAt` is the token index of the quote the cue is for. */
export function firstCue(tokens: readonly Token[], lo: number, hi: number, quoteAt: number): Cue | null {
  for (let i = lo; i < hi; i++) {
    const c = cueAt(tokens, i, Math.abs(i - quoteAt));
    if (c) return c;
  }
  return null;
}

/** The last cue in tokens `[lo, hi)`, or null. */
export function lastCue(tokens: readonly Token[], lo: number, hi: number, quoteAt: number): Cue | null {
  for (let i = hi - 1; i >= lo; i--) {
    const c = cueAt(tokens, i, Math.abs(quoteAt - i));
    if (c) return c;
  }
  return null;
}
