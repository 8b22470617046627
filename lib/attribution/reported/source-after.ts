/**
 * The source after the clause: "The talks will resume next month, officials said.", "The plan, he said,
 * would fail.", "..., board records show.", and the source first in an "as" clause ("As The Post
 * reported, ...").
 */
import {
  ADJUNCT_PREPOSITIONS,
  CLAUSE_COORDINATORS,
  CLAUSE_ENDERS_AFTER_COMMA,
  CLAUSE_VERBS,
  EVIDENCE_VERBS,
  FINITE_HINTS,
  OBJECT_VERBS,
  REPORTING_GERUNDS,
  SUBORDINATORS,
  TIME_WORDS,
} from '../../lexicon/reporting.ts';
import { HONORIFICS } from '../../lexicon/honorifics.ts';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.ts';
import { SPEECH_VERBS, VERB_PRECEDERS } from '../../lexicon/speech-verbs.ts';
import type { Token } from '../../text/tokens.ts';
import { subjectAfter, type Phrase } from '../phrases.ts';
import { skipHearer, skipAdjuncts, clauseStart, hasFiniteVerb } from './clause.ts';
import { clauseEnd, runsIntoQuote } from './clause-end.ts';
import { atEnd, wordCount, type Ctx, type Found } from './context.ts';
import { MAYBE_CUE, cueText } from './cue-words.ts';
import { hasEvidenceHead } from './object.ts';
import { sourcePhrase } from './according.ts';
import { STOP_BACK, subjectPhrase, toSpeaker } from './sources.ts';

/** The "(" that opens the short bracket closed at `close` (within eight tokens, after `from`), else -1. */
function bracketOpening(tokens: readonly Token[], close: number, from: number): number {
  for (let k = close - 1; k > from && k >= close - 8; k--) {
    const t = (tokens[k] as Token).text;
    if (t === '(') return k;
    if (t === ')' || t === ',') break;
  }
  return -1;
}

/**
 * "The talks will resume next month, officials said." / "..., said the spokeswoman." / "The plan, he said,
 * would fail.": the clause, a comma, then the source and cue; the content runs from `from`.
 */
export function speakerAfterClause(ctx: Ctx, v: number, from: number, hi: number): Found | null {
  const { tokens } = ctx;
  const w = cueText(tokens, v);
  const told = OBJECT_VERBS.has(w) && SPEECH_VERBS.has(w);
  // "..., new fundraising reports show.": what a poll, a study or records show, when they are the source.
  const shows = EVIDENCE_VERBS.has(w) && !(CLAUSE_VERBS.has(w) && SPEECH_VERBS.has(w));
  // "..., The Post has learned.": what a newsroom found out, after the clause.
  const learned = (w === 'learned' || w === 'learnt') && tokens[v - 1]?.text === 'has';
  if (!(CLAUSE_VERBS.has(w) && SPEECH_VERBS.has(w)) && !told && !shows && !learned) return null;
  let comma: number;
  let phrase: Phrase | null;
  let after: number;
  const inverted = tokens[v - 1]?.text === ',';
  if (inverted && shows) return null;
  if (inverted) {
    // "..., said the spokeswoman."
    comma = v - 1;
    phrase = subjectAfter(tokens, v, hi, ctx.startingAt);
    if (!phrase) return null;
    after = phrase.last;
  } else {
    let j = v - 1;
    while (j > from && tokens[j]?.word && VERB_PRECEDERS.has((tokens[j] as Token).text)) j--;
    // "..., Sen. Ann Lee (R-S.C.) told reporters.": a short tag in brackets after the name.
    const open = tokens[j]?.text === ')' ? bracketOpening(tokens, j, from) : -1;
    if (open > 0) j = open - 1;
    phrase = subjectPhrase(ctx, j, from);
    if (!phrase) return null;
    comma = phrase.first - 1;
    // "..., Mr. Clarke said": the title is not part of the name mention.
    if (tokens[comma]?.text === '.' && HONORIFICS.has(tokens[comma - 1]?.text ?? '')) comma -= 2;
    else if (HONORIFICS.has(tokens[comma]?.text ?? '')) comma -= 1;
    if (tokens[comma]?.text !== ',') {
      // "..., the prime minister's spokesman said." / "..., ministry spokesman Ana Ruiz said.": a short
      // description of the source after the comma.
      const c = descriptionComma(ctx, comma, from);
      if (c < 0) return null;
      if (phrase.kind === 'phrase') phrase = { ...phrase, first: c + 1 };
      comma = c;
    }
    if (shows && !hasEvidenceHead(ctx, phrase)) return null;
    after = v + 1;
    // "..., a school spokesman told The Wall Street Journal."
    if (told) after = skipHearer(ctx, after, hi);
  }
  if (comma - from < 1 || ctx.inQuote[comma - 1] !== -1) return null;
  after = skipAdjuncts(ctx, after, hi);
  const parts: Array<[number, number]> = [[from, comma]];
  const next = tokens[after];
  if (after < hi && next?.text === ',') {
    // "The plan, he said, would fail": the clause goes on after the cue; not a quote (“...,” he said, “...”).
    const go = tokens[after + 1];
    if (!go || ctx.inQuote[after + 1] !== -1) return null;
    const gl = go.text.toLowerCase();
    // Not after "said David Autor, a professor ...": that is an appositive.
    if (
      go.word &&
      !inverted &&
      !CLAUSE_COORDINATORS.has(gl) &&
      !CLAUSE_ENDERS_AFTER_COMMA.has(gl) &&
      !REPORTING_GERUNDS.has(gl)
    ) {
      const to = clauseEnd(ctx, after + 1, hi);
      if (runsIntoQuote(ctx, to, hi)) return null;
      if (to > after + 1) parts.push([after + 1, to]);
    }
  } else if (!atEnd(tokens, after, hi) && !occasionToEnd(ctx, after, hi)) return null;
  const speaker = toSpeaker(ctx, phrase);
  if (!speaker) return null;
  const first = clauseStart(ctx, from, comma);
  if (first < 0) return null;
  const words = parts.reduce((n, [a, b]) => n + wordCount(tokens, a, b), 0);
  if (wordCount(tokens, first, comma) < (parts.length > 1 ? 1 : 3) || words < 3) return null;
  const lastPart = parts[parts.length - 1] as [number, number];
  if (
    !hasFiniteVerb(ctx, first, comma) &&
    !(parts.length > 1 && hasFiniteVerb(ctx, lastPart[0], lastPart[1]))
  )
    return null;
  (parts[0] as [number, number])[0] = first;
  return { parts, cue: [v, v + 1], speaker };
}

/**
 * Whether an occasion runs from `k` to the sentence end ("..., he said Wednesday on MSNBC's “Morning
 * Joe.”"): a preposition, then up to twelve words or a title in quotes, no verb among them.
 */
function occasionToEnd(ctx: Ctx, k: number, hi: number): boolean {
  const { tokens } = ctx;
  if (!ADJUNCT_PREPOSITIONS.has(tokens[k]?.text ?? '')) return false;
  for (let n = k + 1; n < hi && n < k + 14; n++) {
    const t = tokens[n] as Token;
    const qi = ctx.inQuote[n] as number;
    if (qi !== -1) {
      if (ctx.quoteStatement[qi] !== null) return false;
      // A title's closing mark may hold the sentence's full stop: “Morning Joe.”
      if (n + 1 >= hi || atEnd(tokens, n + 1, hi)) return true;
      continue;
    }
    if (atEnd(tokens, n, hi)) return true;
    if (!t.word || FINITE_HINTS.has(t.text.toLowerCase()) || MAYBE_CUE.has(t.text)) return false;
  }
  return false;
}

/** Words (in lower case) that no description holds: verb forms, pronouns, conjunctions, relatives. */
const NOT_IN_DESCRIPTION: ReadonlySet<string> = new Set([
  ...FINITE_HINTS,
  ...SUBJECT_PRONOUNS.keys(),
  ...CLAUSE_COORDINATORS,
  ...SUBORDINATORS,
  'who',
  'which',
  'that',
]);

/**
 * The comma before a short description that ends at token `j` ("the prime minister's", "ministry
 * spokesman"): at most six words, none a verb, a pronoun or a conjunction; -1 when there is none.
 */
function descriptionComma(ctx: Ctx, j: number, from: number): number {
  const { tokens } = ctx;
  for (let n = j; n > from && n > j - 7; n--) {
    const t = tokens[n] as Token;
    if (t.text === ',' && ctx.inQuote[n] === -1) return n < j ? n : -1;
    if (!t.word || ctx.inQuote[n] !== -1) return -1;
    if (NOT_IN_DESCRIPTION.has(t.text.toLowerCase()) || MAYBE_CUE.has(t.text)) return -1;
  }
  return -1;
}

/** "As The Washington Post reported, even if Sanders ...": the source and cue in an "as" clause first. */
export function asReported(ctx: Ctx, lo: number, hi: number): Found | null {
  const { tokens } = ctx;
  let comma = lo + 1;
  while (comma < hi && comma < lo + 10 && tokens[comma]?.word) comma++;
  if (tokens[comma]?.text !== ',') return null;
  let v = comma - 1;
  while (v > lo && TIME_WORDS.has((tokens[v] as Token).text.toLowerCase())) v--;
  if (tokens[v - 1]?.text === 'on' || tokens[v - 1]?.text === 'in') v -= 2; // "reported on Saturday"
  const w = cueText(tokens, v);
  if (!(CLAUSE_VERBS.has(w) && SPEECH_VERBS.has(w))) return null;
  const phrase = subjectPhrase(ctx, v - 1, lo + 1);
  if (!phrase || phrase.first !== lo + 1) return null;
  const speaker = toSpeaker(ctx, phrase);
  if (!speaker) return null;
  const to = clauseEnd(ctx, comma + 1, hi);
  if (wordCount(tokens, comma + 1, to) < 3 || runsIntoQuote(ctx, to, hi)) return null;
  return { parts: [[comma + 1, to]], cue: [v, v + 1], speaker };
}

/** Participles whose passive reports its agent's stance on the subject: "is supported by", "was reported by". */
const PASSIVE_CUES = new Set(
  `endorsed supported backed reported rejected echoed criticized criticised praised condemned denounced
  opposed proposed announced cited described questioned challenged disputed defended seconded welcomed
  applauded dismissed blasted attacked mocked favored disclosed revealed confirmed denied`.split(/\s+/),
);

/** Adverbs between an auxiliary and its participle: "was first reported", "has long been backed". */
const PASSIVE_ADVERBS = new Set(
  'first also widely long already since now not never previously later'.split(' '),
);

/** Auxiliaries before the form of "be": "has been", "will be", "could be". */
const AUXILIARIES = new Set('has have had will would could may might must should can'.split(' '));

const BE = new Set('is are was were be been being'.split(' '));

/**
 * "Donald Trump is supported by far fewer publications.", "The issue was first reported by The Post.": a
 * passive stance verb with its agent after "by"; the subject before it is the content (up to eight words
 * after the clause start), the agent (to a comma or the sentence end) the source. Not for a relative
 * ("which was reported by"), whose content lies elsewhere.
 */
export function passiveBy(ctx: Ctx, v: number, from: number, hi: number): Found | null {
  const { tokens } = ctx;
  const w = cueText(tokens, v);
  if (!PASSIVE_CUES.has(w) || tokens[v + 1]?.text !== 'by' || ctx.inQuote[v + 1] !== -1) return null;
  let j = v - 1;
  while (j > from && tokens[j]?.word && PASSIVE_ADVERBS.has((tokens[j] as Token).text.toLowerCase())) j--;
  if (!BE.has(tokens[j]?.text.toLowerCase() ?? '')) return null;
  let aux = j;
  while (aux - 1 > from && AUXILIARIES.has((tokens[aux - 1] as Token).text.toLowerCase())) aux--;
  let end = aux; // the subject is [first, end)
  // "Donald Trump, meanwhile, is supported by": an adverb between commas.
  if (tokens[end - 1]?.text === ',' && tokens[end - 3]?.text === ',' && tokens[end - 2]?.word) end -= 3;
  let first = end;
  while (first - 1 >= from && first > end - 8) {
    const t = tokens[first - 1] as Token;
    if (!t.word || ctx.inQuote[first - 1] !== -1 || STOP_BACK.has(t.text.toLowerCase())) break;
    first--;
  }
  // Not a relative ("which was reported by") nor a pronoun, whose content lies elsewhere.
  const head = (tokens[first] as Token).text.toLowerCase();
  if (
    first >= end ||
    /^(?:which|that|who|what|it|this)$/.test(head) ||
    (end - first === 1 && SUBJECT_PRONOUNS.has(head))
  )
    return null;
  let e = v + 2;
  while (
    e < hi &&
    e < v + 18 &&
    ((tokens[e] as Token).word || (tokens[e] as Token).text === '.') &&
    !atEnd(tokens, e, hi)
  )
    e++;
  if (e === v + 2 || ctx.inQuote[v + 2] !== -1) return null;
  const speaker = sourcePhrase(ctx, v + 2, e);
  if (!speaker) return null;
  return { parts: [[first, end]], cue: [v, v + 2], speaker, object: true };
}
