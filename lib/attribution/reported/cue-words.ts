/**
 * Which tokens may be cues: MAYBE_CUE with its first-letter, last-letter and length pre-filter, capitalized
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
import { ROLE_NOUNS, SOURCE_NOUNS } from '../../lexicon/roles.ts';
import { NEGATED_CONTRACTION } from '../../lexicon/speech-verbs.ts';
import { isCapitalized, isLowerCaseWord } from '../../text/chars.ts';
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

/** The slot of an ASCII letter ("A" 0 ... "z" 57), or -1 for any other character. */
function letterSlot(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? c - 65 : -1;
}

/**
 * A cheap first test for MAYBE_CUE: one flag per (first letter, last letter, length up to 15) of its
 * words, so most tokens ("the", "of", "percent": four words in five) are passed over without a set lookup,
 * which would have to hash each word first.
 */
const CUE_SHAPES = (() => {
  const bits = new Uint8Array(58 * 58 * 16);
  for (const w of [...MAYBE_CUE, 'As']) {
    const a = letterSlot(w.charCodeAt(0));
    const z = letterSlot(w.charCodeAt(w.length - 1));
    if (a < 0 || z < 0) throw new Error(`cue word ${w} does not start and end with an ASCII letter`);
    bits[(a * 58 + z) * 16 + Math.min(w.length, 15)] = 1;
  }
  return bits;
})();

/**
 * A second test for the words that pass the first (one in five, most of them no cue: "and" is shaped like
 * "add", "have" like "hope"): one flag per (second letter, last but one letter, length up to 15).
 */
const CUE_INNER_SHAPES = (() => {
  const bits = new Uint8Array(58 * 58 * 16);
  for (const w of [...MAYBE_CUE, 'As']) {
    const b = letterSlot(w.charCodeAt(1));
    const y = letterSlot(w.charCodeAt(w.length - 2));
    if (b < 0 || y < 0) throw new Error(`cue word ${w} is not made of ASCII letters`);
    bits[(b * 58 + y) * 16 + Math.min(w.length, 15)] = 1;
  }
  return bits;
})();

/**
 * Whether the token has the first letter, last letter and length of a MAYBE_CUE word (or "As"), read from
 * its `head`, `tail` and offsets, not its string; and then its second and last but one letter.
 */
export function cueShaped(t: Token): boolean {
  const a = letterSlot(t.head);
  const z = letterSlot(t.tail);
  const n = t.end - t.start;
  if (a < 0 || z < 0 || n < 2 || CUE_SHAPES[(a * 58 + z) * 16 + Math.min(n, 15)] !== 1) return false;
  const b = letterSlot(t.text.charCodeAt(1));
  const y = letterSlot(t.text.charCodeAt(n - 2));
  return b >= 0 && y >= 0 && CUE_INNER_SHAPES[(b * 58 + y) * 16 + Math.min(n, 15)] === 1;
}

/** Whether token `i` is a reporting verb in lower case, not a look-alike ("the said agreement", "all told"). */
/**
 * The cue word at token `i` in lower case: as written, or a headline's capitalized "Says" after a name
 * ("Obama Says Museum Will Tell ...", "..., Lindsey Graham Says.").
 */
export function cueText(tokens: readonly Token[], i: number): string {
  const t = tokens[i] as Token;
  const w = t.text;
  // Headline cues are capitalized: a word starting in lower case (most cues) is none, told from its `head`.
  if (!(t.head >= 65 && t.head <= 90) || !HEADLINE_CUES.has(w)) return w;
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
  // "a direct answer", "a brief comment", "an estimate": a verb's plain form after "a" or "an" and at most one
  // word is the noun of that phrase; the verb of such a subject agrees with it ("a spokesman answered", "an
  // aide says"), unless it is a group ("a majority say").
  if (isPlainForm(w) && afterIndefinite(tokens, i)) return false;
  return !(PLURAL_NOUN_CUES.has(w) && isPluralNoun(tokens, i));
}

/**
 * Whether a cue word that is also a plural noun is that noun here: after a verb that takes it as its object
 * ("raised fears that ...", "sparked worries that ..."), or before a participle and its agent ("reports
 * obtained by the Times show ...").
 */
function isPluralNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.word && takesFeelingObject(before.text)) return true;
  if (tokens[i + 2]?.text !== 'by' || !isLowerCaseWord(tokens[i + 1]?.text ?? '')) return false;
  const participle = (tokens[i + 1] as Token).text;
  return participle.endsWith('ed') || participle.endsWith('en');
}

/** Cue words that are also plural nouns ("fears", "hopes", "claims"). */
const PLURAL_NOUN_CUES = new Set([
  'fears', 'hopes', 'worries', 'doubts', 'concerns', 'claims', 'notes', 'estimates', 'promises', 'pledges', 'vows',
  'reports', 'signals', 'answers', 'replies',
]); // prettier-ignore

/** Verbs that take fears, hopes or claims as their object ("raise", "sparked", "voicing"). */
const FEELING_OBJECT_VERBS = new Set([
  'raise', 'raises', 'raising', 'spark', 'sparks', 'sparking', 'fuel', 'fuels', 'fueling', 'fuelling', 'stoke',
  'stokes', 'stoking', 'heighten', 'heightens', 'heightening', 'ease', 'eases', 'easing', 'allay', 'allays',
  'allaying', 'voice', 'voices', 'voicing', 'express', 'expresses', 'expressing', 'dash', 'dashes', 'dashing',
  'renew', 'renews', 'renewing', 'prompt', 'prompts', 'prompting', 'trigger', 'triggers', 'triggering',
]); // prettier-ignore

/**
 * Whether a word before such a cue is a verb whose object it is: one of those verbs, or a past form in "-ed",
 * written in lower case ("Manchester United fears that ..." is a name and its verb).
 */
function takesFeelingObject(word: string): boolean {
  return FEELING_OBJECT_VERBS.has(word) || (word.length > 4 && word.endsWith('ed') && isLowerCaseWord(word));
}

/** The past forms of the cue verbs that end in neither "s" nor "ed". */
const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'wrote',
  'felt',
  'swore',
  'knew',
  'found',
  'shown',
  'learnt',
  'understood',
]);

/** Whether a cue word is a verb's plain form ("answer", "claim"), not "answers", "answered" or "told". */
function isPlainForm(w: string): boolean {
  return !w.endsWith('s') && !w.endsWith('ed') && !w.endsWith('ing') && !IRREGULAR_PAST.has(w);
}

/** Nouns of groups, which take a plural verb after "a" ("a majority say", "a number believe"). */
const GROUPS = new Set([
  'majority',
  'minority',
  'plurality',
  'number',
  'couple',
  'third',
  'quarter',
  'half',
  'lot',
  'handful',
  'few',
]);

/** Whether token `i` follows "a" or "an", right before it or with one word between that names no group. */
function afterIndefinite(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before?.word) return false;
  if (isIndefinite(before.text)) return true;
  const article = tokens[i - 2];
  return !!article?.word && isIndefinite(article.text) && !GROUPS.has(before.text.toLowerCase());
}

function isIndefinite(word: string): boolean {
  const w = word.toLowerCase();
  return w === 'a' || w === 'an';
}

/** Whether token `i` is a verb of OBJECT_CONTENT_VERBS or CONTENT_PARTICLES in lower case. */
export function isObjectCue(tokens: readonly Token[], i: number): boolean {
  const w = cueText(tokens, i);
  return OBJECT_CONTENT_VERBS.has(w) || CONTENT_PARTICLES.has(w) || TO_VERBS.has(w) || EVIDENCE_VERBS.has(w);
}

/**
 * Whether "called" at token `i` gives a thing its name ("a new group called Black Votes Matter", "a website
 * called Real News Right Now", "a resistance movement called the Ethiopian People's Party"): it follows a
 * noun phrase opened by "a" or "an" whose head is no person or source ("A spokesman called the plan ..."
 * reports), and a capitalized name follows. No cue then. `lo` is where the sentence starts.
 */
export function namesAThing(tokens: readonly Token[], i: number, lo: number): boolean {
  const head = tokens[i - 1];
  if (!head?.word) return false;
  const noun = head.text.toLowerCase();
  const singular = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  if (speaks(noun) || speaks(singular)) return false;
  let next = tokens[i + 1];
  if (next?.text === 'the') next = tokens[i + 2];
  if (!next?.word || !isCapitalized(next.text)) return false;
  // "a" or "an" opens the phrase within four words before the head, with nothing but words between.
  for (let j = i - 2; j >= lo && j >= i - 5; j--) {
    const t = tokens[j] as Token;
    if (!t.word) return false;
    const w = t.text.toLowerCase();
    if (w === 'a' || w === 'an') return true;
  }
  return false;
}

/** A person or a source that may say something ("spokesman", "official", "report"), not a thing named. */
function speaks(noun: string): boolean {
  return ROLE_NOUNS.has(noun) || (SOURCE_NOUNS.has(noun) && !NAMED_SOURCES.has(noun));
}

/** Sources that "a ... called" names rather than quotes: "a group called", "a company called". */
const NAMED_SOURCES = new Set(['group', 'organization', 'company', 'campaign', 'team', 'firm']);

/**
 * The first token of the cue starting at `first`, with the negation before it when there is one: "did not
 * say", "hasn't said", "would never confirm". The subject before a negated cue is found past the negation (as
 * "The campaign hasn't said what ..."), and the statement is what the text reports: the cue keeps the "not",
 * so that the popup and the copied attribution do not turn a denial into a claim. Otherwise `first` itself.
 */
export function negatedFrom(tokens: readonly Token[], first: number): number {
  let k = first;
  let negated = -1;
  while (k > 0 && first - k < 4) {
    const t = tokens[k - 1] as Token;
    if (!t.word) break;
    const w = t.text.toLowerCase();
    if (NEGATIONS.has(w) || NEGATED_CONTRACTION.test(w)) negated = k - 1;
    else if (!AUXILIARIES.has(w) && !(w.length > 4 && w.endsWith('ly'))) break;
    k--;
  }
  if (negated < 0) return first;
  // From the helping verb that carries the negation ("did not say", not "also did not say").
  while (negated > k && AUXILIARIES.has((tokens[negated - 1] as Token).text.toLowerCase())) negated--;
  return negated;
}

const NEGATIONS = new Set(['not', 'never', 'cannot']);
const AUXILIARIES = new Set(
  'do does did has have had is are was were will would could should can may might must'.split(' '),
);
