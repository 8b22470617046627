import {
  AFTER_QUOTE_VERBS,
  SPEECH_GERUNDS,
  SPEECH_VERBS,
  WEAK_SPEECH_VERBS,
} from '../lexicon/speech-verbs.ts';
import { startsWithUpper } from '../text/chars.ts';
import { isSourceOrRole } from './phrases.ts';
import { mayBeIn, wordShapes } from '../text/shapes.ts';
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

/** Words before an -ing verb that make it a verb of its own clause ("is saying", "were calling"). */
const PROGRESSIVE = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'am',
  "'s",
  '’s',
  'also',
  'not',
  'still',
  'now',
  'keeps',
  'kept',
]);

/**
 * Verbs that put a word in someone's mouth only when the quote follows within a few words: Obama and Clinton
 * call them “lone wolves”, Tribe likened the rules to “burning the Constitution”, it referenced “political
 * tensions”. Further away they describe an act, not words.
 */
const CLOSE_CUE_VERBS = new Set(
  `call describe describes likened likens likening labeled labelled labels labeling branded brands branding
  termed referenced references portrayed portrays portraying characterized characterizes characterised
  decried decries derided derides hailed hails dismissed dismisses denounced denounces`
    .split(/\s+/)
    .filter(Boolean),
);

const SUBJECT_WORDS = /^(?:he|she|they|it|who)(?:[’'](?:s|d|ll|re|ve))?$/i;

/**
 * Words after which a speech verb's form is a noun, not a verb: "the remarks", "her claims", "a retort",
 * "their promises". (Not "both" or "some": "both said", "some say".)
 */
const NOUN_MARKERS = new Set(
  `the The a A an An his His her Her their Their its Its our Our my My your Your`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalized words with 's that are contractions, not possessives ("He’s said", "It’s claimed"). */
const CONTRACTED = /^(?:he|she|it|that|there|here|what|who|where|this)[’']s$/i;

/** Whether a word is a name's possessive ("Trump’s repeated calls"), after which a verb form is a noun. */
function isNamePossessive(word: string): boolean {
  return startsWithUpper(word) && /[’']s$/.test(word) && !CONTRACTED.test(word);
}

/** Closing quote marks, which may follow the comma before a gerund (“...,” saying). */
const CLOSING_MARKS = new Set(['”', '"', '’', "'", "''", '»']);

/** Whether a word before a gerund is its subject ("Kim saying" in "with Kim saying"), a name or pronoun. */
function isSubjectWord(word: string): boolean {
  return startsWithUpper(word) || SUBJECT_WORDS.test(word);
}

/** What a word can be as a cue, one bit each; KNOWN marks a token already looked up. */
const KNOWN = 1;
const SPEECH = 2;
const AFTER_QUOTE = 4;
const CLOSE_CUE = 8;
const WEAK = 16;
const GERUND = 32;
const ACCORDING = 64;
const PUT = 128;

/**
 * Verbs that are cues only with their particle: "as she put it", "Clinton shot back", "he fired back", "she
 * hit back". (Alone they describe an act.)
 */
const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ...['put', 'puts', 'putting'].map((w): [string, string] => [w, 'it']),
  ...['shot', 'shoots', 'fired', 'fires', 'hit', 'hits', 'pushed', 'pushes'].map((w): [string, string] => [
    w,
    'back',
  ]),
]);

/** The cue bits of a word, from the tables (cueBits looks them up in CUE_BITS, made of this). */
function cueBitsOf(w: string): number {
  // Cue verbs are written in lower case: "the United States" and "the Washington Post" are not cues.
  if (w === 'according' || w === 'According') return KNOWN | ACCORDING;
  let bits = KNOWN;
  if (PARTICLE_VERBS.has(w)) bits |= PUT;
  if (SPEECH_VERBS.has(w)) bits |= SPEECH;
  if (AFTER_QUOTE_VERBS.has(w)) bits |= AFTER_QUOTE;
  if (CLOSE_CUE_VERBS.has(w)) bits |= CLOSE_CUE;
  if (bits === KNOWN) return bits;
  if (WEAK_SPEECH_VERBS.has(w)) bits |= WEAK;
  if (SPEECH_GERUNDS.has(w)) bits |= GERUND;
  return bits;
}

/**
 * The cue bits of every word that has more than KNOWN, so a word is looked up once, not in five tables.
 */
const CUE_BITS: ReadonlyMap<string, number> = new Map(
  [
    ...SPEECH_VERBS,
    ...AFTER_QUOTE_VERBS,
    ...CLOSE_CUE_VERBS,
    ...PARTICLE_VERBS.keys(),
    'according',
    'According',
  ].map((w) => [w, cueBitsOf(w)]),
);

/** The shapes of CUE_BITS's words: most tokens of a window are none of them, told without a lookup. */
const CUE_SHAPES = wordShapes(CUE_BITS.keys());

/** The cue bits of a token's word. */
function cueBits(t: Token): number {
  return mayBeIn(CUE_SHAPES, t) ? (CUE_BITS.get(t.text) ?? KNOWN) : KNOWN;
}

/**
 * The cue bits of each token of a token list, looked up the first time a window reaches the token: the
 * windows around neighbouring quotes overlap, and each quote's are searched several times. Kept for the
 * last token list asked about (one article is analyzed at a time; a WeakMap lookup per window cost more),
 * in a buffer kept between texts.
 */
let memoTokens: readonly Token[] | null = null;
let memo = new Uint8Array(0);
let memoBuffer = new Uint8Array(0);

function bitsOf(tokens: readonly Token[]): Uint8Array {
  if (tokens !== memoTokens) {
    const n = tokens.length;
    if (memoBuffer.length < n) memoBuffer = new Uint8Array(2 * n);
    memo = memoBuffer.subarray(0, n).fill(0);
    memoTokens = tokens;
  }
  return memo;
}

/** The cue at token `i`, if the token is a speech verb or "according to". */
export function cueAt(tokens: readonly Token[], i: number, quoteDistance: number): Cue | null {
  return cueWith(bitsOf(tokens), tokens, i, quoteDistance);
}

/** `cueAt`, with the token list's cue bits. */
function cueWith(memo: Uint8Array, tokens: readonly Token[], i: number, quoteDistance: number): Cue | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  let bits = memo[i] as number;
  if (bits === 0) memo[i] = bits = cueBits(t);
  if (bits === KNOWN) return null;
  if (bits & ACCORDING) {
    return tokens[i + 1]?.text === 'to' ? { first: i, last: i + 2, according: true, gerund: false } : null;
  }
  if (bits & PUT && tokens[i + 1]?.text === PARTICLE_VERBS.get(t.text))
    return { first: i, last: i + 2, according: false, gerund: false };
  // Right after a quote (“...,” the statement read) a few noun-like verbs are cues too.
  // Before a quote, verbs of characterizing count when at most four words sit between them and the quote.
  const close = quoteDistance < 0 && quoteDistance >= -5;
  if (
    !(bits & SPEECH) &&
    !(bits & AFTER_QUOTE && quoteDistance >= 0 && quoteDistance <= 4) &&
    !(close && bits & CLOSE_CUE)
  )
    return null;
  if (bits & WEAK && Math.abs(quoteDistance) > 7) return null;
  const prev = tokens[i - 1];
  if (bits & WEAK && prev && namesInstead(tokens, i, prev, quoteDistance)) return null;
  if (prev && (NOUN_MARKERS.has(prev.text) || isNamePossessive(prev.text))) return null;
  // ", saying" and "released a statement saying": a gerund, whose speaker is the clause's subject; "is
  // saying" is a plain verb.
  const gerund =
    (bits & GERUND) !== 0 &&
    (prev?.text === ',' ||
      // “... a disaster,” saying: the comma inside the closing mark.
      (!!prev && CLOSING_MARKS.has(prev.text) && tokens[i - 2]?.text === ',') ||
      (!!prev?.word && !PROGRESSIVE.has(prev.text.toLowerCase()) && !isSubjectWord(prev.text)));
  // "went on to say", "put it": handled as the plain verb; "continued" needs nothing more.
  return { first: i, last: i + 1, according: false, gerund };
}

/**
 * Whether a characterizing verb ("called", "described") at `i` gives a thing its name rather than reporting
 * words: in the passive without a "by" after it ("Internal nodes are called “folders”", "are so called"), or
 * as a participle right after a noun with the quote straight after it ("the technique called “mental
 * chronometry”", not "the mayor called the plan “a disaster”").
 */
function namesInstead(tokens: readonly Token[], i: number, prev: Token, quoteDistance: number): boolean {
  if (!(tokens[i] as Token).text.endsWith('ed')) return false; // "is describing" is no passive
  const helper = prev.text === 'so' ? (tokens[i - 2]?.text ?? '') : prev.text;
  if (PASSIVE_HELPERS.has(helper)) {
    for (let k = i + 1; k < tokens.length && k <= i + 12; k++) if (tokens[k]?.text === 'by') return false;
    return true;
  }
  // (Not after people, who may be the verb's subject: "what multiple lawmakers called “fraud”".)
  return quoteDistance === -1 && prev.word && isLowerCaseNoun(prev.text) && !isSourceOrRole(prev.text);
}

const PASSIVE_HELPERS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A word in lower case that is no pronoun or helping word ("technique", "window"; not "she", "also"). */
function isLowerCaseNoun(word: string): boolean {
  return word === word.toLowerCase() && !isSubjectWord(word) && !NOT_NOUNS.has(word);
}

const NOT_NOUNS = new Set(
  'also then later once again never often still just even now and but or who which that first'.split(' '),
);

/** The cues in tokens `[lo, hi)`, nearest to the quote at token `quoteAt` first. */
export function cuesIn(tokens: readonly Token[], lo: number, hi: number, quoteAt: number): Cue[] {
  const out: Cue[] = [];
  if (lo >= hi) return out;
  const memo = bitsOf(tokens);
  for (let i = lo; i < hi; i++) {
    // Distances after the quote are counted from it; before it they are negative (no after-quote verbs).
    const c = cueWith(memo, tokens, i, quoteAt <= lo ? i - quoteAt : -Math.abs(quoteAt - i));
    if (c) out.push(c);
  }
  return quoteAt <= lo ? out : out.reverse();
}
