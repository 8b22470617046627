/**
 * Which tokens may be cues: MAYBE_CUE with its first-letter-and-length pre-filter, capitalized
 * headline cues ("Obama Says ..."), and look-alikes that are no cues ("the said agreement", "all told").
 */
import {
  CLAUSE_VERBS,
  CONTENT_PARTICLES,
  EVIDENCE_VERBS,
  NOT_CUE_BEFORE,
  OBJECT_CONTENT_VERBS,
  OBJECT_VERBS,
  REPORTING_GERUNDS,
  THAT_VERBS,
  TO_VERBS,
} from '../../lexicon/reporting.ts';
import { isCapitalized } from '../../text/chars.ts';
import type { Token } from '../../text/tokens.ts';

/** Capitalized cues of headlines, after a name: "Obama Says ...", "New Poll Shows ...". */
const HEADLINE_CUES = new Set(
  `Says Say Said Claims Warns Predicts Insists Admits Shows Show Finds Slams Blasts Urges Calls Praises Backs
  Endorses Vows Pledges Defends Accuses Attacks Denies Wants Touts Criticizes Condemns Rejects Dismisses
  Blames Mocks Reveals Confirms Announces Argues Suggests Believes Thinks Agrees Promises Questions`.split(
    /\s+/,
  ),
);

/** Every word (as written) that may start a cue, for a one-lookup test per token. */
export const MAYBE_CUE: ReadonlySet<string> = new Set([
  ...CLAUSE_VERBS,
  ...THAT_VERBS,
  ...OBJECT_VERBS,
  ...REPORTING_GERUNDS,
  ...OBJECT_CONTENT_VERBS,
  ...CONTENT_PARTICLES.keys(),
  ...TO_VERBS,
  ...EVIDENCE_VERBS,
  ...HEADLINE_CUES,
  'according',
  'According',
]);

/**
 * A cheap first test for MAYBE_CUE: one bit per (first character code below 128, length up to 31) of its
 * words, so most tokens ("the", "of", "percent") are passed over without a set lookup.
 */
const CUE_SHAPES = (() => {
  const bits = new Uint8Array(128 * 32);
  for (const w of [...MAYBE_CUE, 'As']) {
    const c = w.charCodeAt(0);
    if (c < 128) bits[c * 32 + Math.min(w.length, 31)] = 1;
    else throw new Error(`cue word ${w} starts outside ASCII`);
  }
  return bits;
})();

/** Whether `w` has the first character and length of a MAYBE_CUE word (or "As"). */
export function cueShaped(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 && CUE_SHAPES[c * 32 + Math.min(w.length, 31)] === 1;
}

/** Whether token `i` is a reporting verb in lower case, not a look-alike ("the said agreement", "all told"). */
/**
 * The cue word at token `i` in lower case: as written, or a headline's capitalized "Says" after a name
 * ("Obama Says Museum Will Tell ...", "..., Lindsey Graham Says.").
 */
export function cueText(tokens: readonly Token[], i: number): string {
  const w = (tokens[i] as Token).text;
  if (!HEADLINE_CUES.has(w)) return w;
  const before = tokens[i - 1];
  return before?.word && isCapitalized(before.text) && before.para === (tokens[i] as Token).para
    ? w.toLowerCase()
    : w;
}

export function isCueWord(tokens: readonly Token[], i: number): boolean {
  const w = cueText(tokens, i);
  if (!(CLAUSE_VERBS.has(w) || THAT_VERBS.has(w) || OBJECT_VERBS.has(w) || REPORTING_GERUNDS.has(w)))
    return false;
  const before = tokens[i - 1];
  if (before?.word && NOT_CUE_BEFORE.get(w)?.has(before.text.toLowerCase())) return false;
  if (w === 'say' && before?.text.toLowerCase() === 'to' && tokens[i - 2]?.text.toLowerCase() === 'needless')
    return false;
  return true;
}

/** Whether token `i` is a verb of OBJECT_CONTENT_VERBS or CONTENT_PARTICLES in lower case. */
export function isObjectCue(tokens: readonly Token[], i: number): boolean {
  const w = cueText(tokens, i);
  return OBJECT_CONTENT_VERBS.has(w) || CONTENT_PARTICLES.has(w) || TO_VERBS.has(w) || EVIDENCE_VERBS.has(w);
}
