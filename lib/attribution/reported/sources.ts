/**
 * Who speaks: the subject before a cue (a name, a pronoun, a source phrase, a share of those polled, a
 * name before appositives) and the Speaker made of it.
 */
import {
  DOCUMENT_HEADS,
  FINITE_HINTS,
  REPORTING_GERUNDS,
  SOURCE_HEADS,
  SUBORDINATORS,
  TIME_WORDS,
} from '../../lexicon/reporting.ts';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.ts';
import { isLyAdverb, SPEECH_VERBS, VERB_PRECEDERS } from '../../lexicon/speech-verbs.ts';
import type { Mention } from '../../people/find-people.ts';
import { endsWithApostropheS, isCapitalized } from '../../text/chars.ts';
import { span } from '../../text/span.ts';
import { isDash, type Token } from '../../text/tokens.ts';
import type { Speaker } from '../../types.ts';
import {
  antecedentOf,
  clauseSubject,
  namedSpeaker,
  relativePronounBefore,
  subjectBefore,
  withHeadBefore,
  writtenName,
  type Phrase,
} from '../phrases.ts';
import { resolvePronoun } from '../pronouns.ts';
import type { Ctx } from './context.ts';
import { MAYBE_CUE, cueText } from './cue-words.ts';

/** The speaker of a cue-first statement: the subject before the verb, or the sentence's for a gerund. */
export function subjectOf(ctx: Ctx, v: number, lo: number, hi: number): Speaker | null {
  const { tokens } = ctx;
  const w = cueText(tokens, v);
  if (REPORTING_GERUNDS.has(w) || w.endsWith('ing')) {
    // "Trump is demanding ...", "Clinton isn't saying ...": a progressive tense, its subject before "is".
    let b = v - 1;
    while (
      b > lo &&
      tokens[b]?.word &&
      isSkippable(tokens[b] as Token) &&
      !PROGRESSIVE.has((tokens[b] as Token).text)
    )
      b--;
    if (PROGRESSIVE.has(tokens[b]?.text ?? '')) {
      const p = subjectPhrase(ctx, b - 1, lo);
      return p ? toSpeaker(ctx, p) : null;
    }
    const prev = tokens[v - 1];
    const pl = prev?.text.toLowerCase() ?? '';
    if (prev && ctx.inQuote[v - 1] === -1 && (pl === 'percent' || SOURCE_HEADS.has(pl))) {
      // "with 50 percent saying she is prepared", "voters saying they want a ban": whose answer it is.
      const p = subjectPhrase(ctx, v - 1, lo);
      return p ? toSpeaker(ctx, p) : null;
    }
    const named = ctx.endingAt(v);
    if (named && afterWith(ctx, named.first)) {
      // "with former Gov. Martin O'Malley calling Trump a fascist": the name before the gerund.
      return toSpeaker(ctx, { first: named.first, last: named.last, kind: 'name', mention: named });
    }
    if (prev?.word && GERUND_SUBORDINATORS.has(pl) && REPORTING_GERUNDS.has(w)) {
      // "Netanyahu's Likud party, which tried to rally support by saying ...": the relative clause's
      // antecedent, when the gerund is in that clause.
      const rel = relativePronounBefore(tokens, v - 1, lo, (k) => ctx.inQuote[k] !== -1);
      if (rel >= 0) {
        const p = antecedentOf(tokens, rel - 1, lo, ctx.endingAt);
        return p ? toSpeaker(ctx, p) : null;
      }
      // "While saying that he respects her, he ...", "Mr. Sanders, after saying he would not ...": the
      // subject of the sentence, or of the main clause after the gerund's.
      let c = v + 1;
      while (c < hi && c < v + 40 && !((tokens[c] as Token).text === ',' && ctx.inQuote[c] === -1)) c++;
      const p =
        (v - 1 > lo ? clauseSubject(tokens, lo, v - 1, ctx.startingAt) : null) ??
        (c < hi ? clauseSubject(tokens, c + 1, hi, ctx.startingAt) : null);
      return p ? toSpeaker(ctx, p) : null;
    }
    // ", saying ...", ", citing ...", "– saying ...": the subject of the sentence.
    if (prev?.text !== ',' && !isDash(tokens, v - 1)) return null;
    const p = clauseSubject(tokens, lo, v, ctx.startingAt);
    return p ? toSpeaker(ctx, p) : null;
  }
  const j = skipToSubject(tokens, v - 1, lo);
  const rel = tokens[j]?.text.toLowerCase();
  if ((rel === 'who' || rel === 'which') && tokens[j - 1]?.text === ',' && j - 1 > lo) {
    // "councillor Marcus Ferreira, who claimed ...": the phrase before the comma.
    const p = subjectBefore(tokens, j - 1, lo, ctx.endingAt) ?? subjectPhrase(ctx, j - 2, lo);
    return p ? toSpeaker(ctx, p) : null;
  }
  if ((rel === 'and' || rel === 'but') && j > lo) {
    // "Merrill says Machado ... and said she would ...": the subject of the sentence, or of the
    // subordinate clause the verb is in ("... after she attacked the police and blamed ...").
    let first = lo;
    for (let n = j - 1; n > lo; n--) {
      const t = tokens[n] as Token;
      if (t.word && SUBORDINATORS.has(t.text) && ctx.inQuote[n] === -1) {
        first = n + 1;
        break;
      }
    }
    const p = clauseSubject(tokens, first, j, ctx.startingAt);
    return p ? toSpeaker(ctx, p) : null;
  }
  let p = subjectPhrase(ctx, j, lo) ?? subjectBefore(tokens, v, lo, ctx.endingAt);
  if (!p && rel === 'who' && j - 1 > lo) {
    // "an architect who said", "calls from black listeners to his program who said": the noun phrase before
    // "who", not the sentence's subject. (And "Senator James Lankford, an Oklahoma Republican who warned": the
    // name the phrase describes, below.)
    p = nounPhraseEndingAt(ctx, j - 1, lo);
  }
  if (p && rel === 'who' && p.kind === 'phrase' && p.last === j) p = appositiveOf(ctx, p, lo) ?? p;
  // (Not for a request: in "The mayor asked the engineers to explain why ..." nobody has explained yet.)
  if (!p && v - lo <= 12 && SPEECH_VERBS.has(w) && !hasComma(tokens, lo, v) && !isRequested(tokens, j, lo)) {
    // "Experts on North Korea and nuclear nonproliferation said ...": the sentence's subject.
    p = clauseSubject(tokens, lo, v, ctx.startingAt);
  }
  if (!p && tokens[j]?.text === ')') {
    // "Rep. Trey Gowdy (R-S.C.) said": the name before the bracket (whose full stops the parser stops at).
    let k = j - 1;
    while (k > lo && k > j - 10 && tokens[k]?.text !== '(') k--;
    if (tokens[k]?.text === '(') p = subjectPhrase(ctx, k - 1, lo);
  }
  if (!p && isDash(tokens, j)) {
    // "Donald Trump - who had said so - said ...": the subject before an aside between dashes.
    let k = j - 1;
    while (k > lo && k > j - 30 && !isDash(tokens, k) && ctx.inQuote[k] === -1) k--;
    if (k > lo && isDash(tokens, k)) p = nameBeforeAppositives(ctx, k, lo) ?? subjectPhrase(ctx, k - 1, lo);
  }
  // "Marley Anderson, 21, a junior from Las Vegas, said": the name before the appositives; also after a
  // quote that closes on its comma ("Tom Clarke, who calls it “a joke,” said").
  const commaIn = tokens[j]?.text === '”' || tokens[j]?.text === '"' ? tokens[j - 1]?.text === ',' : false;
  if (!p && (tokens[j]?.text === ',' || commaIn)) p = nameBeforeAppositives(ctx, j, lo);
  if (!p) return null;
  // "Trump’s claim that ..." is a noun; "what Trump says his plan would do" is no statement.
  if (endsWithApostropheS((tokens[p.last - 1] as Token).text)) return null;
  // A phrase that ends in a helping verb is not a speaker ("Don't ask", "one cannot criticize"); between a
  // subject and its cue one is skipped (skipToSubject: "the campaign hasn't said").
  if (endsInHelper((tokens[p.last - 1] as Token).text)) return null;
  const before = tokens[p.first - 1];
  const wh = before?.word ? before.text.toLowerCase() : '';
  // "..., where he says he can win" is a relative clause of a place or time; "what he says" is no statement.
  if (WH_WORDS.has(wh) && !((wh === 'where' || wh === 'when') && tokens[p.first - 2]?.text === ','))
    return null;
  return toSpeaker(ctx, p);
}

/**
 * The name that opens a run of appositives ending at the comma `j` ("Marley Anderson, 21, a junior from
 * Las Vegas,", "Humphrey, who calls Trump a “sociopath,”"): a person's mention right before a comma, with
 * only words, commas, dashes and abbreviation points after it up to `j`, within 30 tokens; a relative
 * clause opened by "who" right after that comma may hold verbs and quotes.
 */
function nameBeforeAppositives(ctx: Ctx, j: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  let blocked = false; // a verb, a quote or a pronoun since the last comma looked at
  for (let c = j - 1; c > lo && c > j - 30; c--) {
    const t = tokens[c] as Token;
    if (t.text === ',' || isDash(tokens, c)) {
      const relative = tokens[c + 1]?.text === 'who';
      if (blocked && !relative) return null;
      blocked = false;
      const m = ctx.endingAt(c);
      if (m && m.person >= 0) return { first: m.first, last: m.last, kind: 'name', mention: m };
      continue;
    }
    const lower = t.text.toLowerCase();
    if (ctx.inQuote[c] !== -1 || !(t.word || t.text === '.')) blocked = true;
    else if (FINITE_HINTS.has(lower) || SUBJECT_PRONOUNS.has(lower) || MAYBE_CUE.has(t.text)) blocked = true;
    else if (lower === 'which' || lower === 'that') return null;
  }
  return null;
}

/** A helping verb: a modal in lower case, or one negated by a contraction ("hasn't", "don’t"). */
function endsInHelper(word: string): boolean {
  return MODALS.has(word) || NEGATED_HELPER.test(word);
}

/** Modal verbs, which may also sit between a subject and its cue ("Trump would say"). */
const MODALS = new Set('can cannot could should would will shall may might must'.split(' '));

/** A negated helping verb ("hasn't", "didn’t", "won't"). */
const NEGATED_HELPER = /^[a-z]+n[’']t$/i;

/** Whether "with" comes before token `k`, past a title or description of up to five tokens. */
function afterWith(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = tokens[j] as Token;
    if (t.text.toLowerCase() === 'with') return true;
    if (!(t.word || t.text === '.') || ctx.inQuote[j] !== -1 || FINITE_HINTS.has(t.text.toLowerCase()))
      return false;
  }
  return false;
}

/** Words before "saying" that make it the sentence subject's ("while saying", "after initially saying"). */
export const GERUND_SUBORDINATORS = new Set(
  'while after before when by despite initially also even then'.split(' '),
);

/** Forms of "be" that make a progressive tense with a cue in -ing ("is demanding", "isn’t saying"). */
const PROGRESSIVE = new Set([
  'is',
  'are',
  'was',
  'were',
  'isn’t',
  "isn't",
  'wasn’t',
  "wasn't",
  'aren’t',
  "aren't",
]);

function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).text === ',') return true;
  return false;
}

const WH_WORDS = new Set('what how whatever why where whether'.split(' '));

/**
 * From token `j` back to the end of the subject: skips adverbs and auxiliaries ("also", "has"), a time
 * ("The Times on Saturday wrote", "a panel in 2001 found") and a verb that takes the cue as its infinitive
 * ("he appeared to suggest", "Caddell went on to discuss").
 */
function skipToSubject(tokens: readonly Token[], j: number, lo: number): number {
  for (let rounds = 0; rounds < 3; rounds++) {
    while (j > lo && tokens[j]?.word && isSkippable(tokens[j] as Token)) j--;
    const t = tokens[j];
    const before = tokens[j - 1]?.text ?? '';
    if (
      t?.word &&
      j - 1 > lo &&
      TIME_PREPOSITIONS.has(before) &&
      (/^\d/.test(t.text) || TIME_WORDS.has(t.text.toLowerCase()) || CALENDAR.test(t.text)) &&
      // Not a share of those polled: "4 in 10 say", "one in three said".
      !(before === 'in' && isNumber(tokens[j - 2]))
    ) {
      j -= 2;
      continue;
    }
    if (t?.text === 'to' && j - 1 > lo && RAISING_VERBS.has(before)) {
      j -= 2;
      if (tokens[j]?.text === 'went' || tokens[j]?.text === 'goes') j--; // "went on to"
      continue;
    }
    if (t?.text === 'on' && (before === 'went' || before === 'goes') && tokens[j + 1]?.text === 'to') {
      j -= 2;
      continue;
    }
    break;
  }
  return j;
}

/**
 * Whether the "to" at `j` is the infinitive of a request with its object between ("asked the engineers to",
 * "urged voters to"): what the object is asked to say is not said yet.
 */
function isRequested(tokens: readonly Token[], j: number, lo: number): boolean {
  if (tokens[j]?.text !== 'to') return false;
  for (let k = j - 2; k >= lo && k >= j - 6; k--) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (REQUEST_VERBS.has(t.text)) return true;
  }
  return false;
}

const REQUEST_VERBS = new Set(
  'asked asks asking urged urges urging told tells invited invites challenged challenges pressed encouraged'.split(
    ' ',
  ),
);

/** Whether the token is a number in digits or a small number word ("4", "one", "Four"). */
function isNumber(t: Token | undefined): boolean {
  return !!t && (/^\d+$/.test(t.text) || NUMBER_WORDS.has(t.text.toLowerCase()) || /^one$/i.test(t.text));
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'last', 'this', 'early', 'late']);

const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Verbs that take a cue as their infinitive: "appeared to suggest", "tried to explain". */
const RAISING_VERBS = new Set(
  'appeared appears seemed seems tried tries continued continues began begins went goes on wanted wants sought seeks'.split(
    ' ',
  ),
);

export function isSkippable(t: Token): boolean {
  const w = t.text;
  return (
    VERB_PRECEDERS.has(w) ||
    TIME_WORDS.has(w) ||
    isLyAdverb(w) ||
    w === 'not' ||
    MODALS.has(w) ||
    NEGATED_HELPER.test(w) ||
    w === 'now' ||
    w === 'too'
  );
}

/**
 * The subject phrase ending at token `j` (not before `lo`): the parser's phrase ("Kanye", "he", "the
 * airline"), or a phrase headed by a source noun of this stage's table ("new filings", "the poll").
 */
export function subjectPhrase(ctx: Ctx, j: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!t?.word || j < lo || ctx.inQuote[j] !== -1) return null;
  const p = subjectBefore(tokens, j + 1, lo, ctx.endingAt);
  if (p && p.last === j + 1) return p;
  const lower = t.text.toLowerCase();
  // "One in three said", "nine in 10 say": a share of a poll's respondents.
  if (
    tokens[j - 1]?.text === 'in' &&
    tokens[j - 2]?.word &&
    j - 2 >= lo &&
    (NUMBER_WORDS.has(lower) || /^\d+$/.test(lower))
  )
    return { first: j - 2, last: j + 1, kind: 'phrase' };
  // The verb after the phrase, past helpers ("Some also say", "engineers could argue").
  let v = j + 1;
  while (v < j + 4 && tokens[v]?.word && isSkippable(tokens[v] as Token)) v++;
  const next = tokens[v]?.text ?? '';
  // "Some believe ...", "Others argue ...": a quantifier standing for people, right before its cue.
  // A plural's verb has no -s ("Some say"); "some calls into the hotline" is a noun.
  const plural3 = next.endsWith('s') && !next.endsWith('ss') && !lower.startsWith('every');
  if (QUANTIFIER_SUBJECTS.has(lower) && !plural3 && (SPEECH_VERBS.has(next) || MAYBE_CUE.has(next)))
    return { first: j, last: j + 1, kind: 'phrase' };
  // "Civil rights activists say", "Muslim advocates hailed": a plural noun as the subject of a cue.
  const plural =
    /[^s’']s$/.test(lower) &&
    lower.length > 3 &&
    t.text === lower &&
    (SPEECH_VERBS.has(next) || MAYBE_CUE.has(next));
  if (!SOURCE_HEADS.has(lower) && !plural) return null;
  let k = j;
  while (k - 1 >= lo && k > j - 5) {
    const w = tokens[k - 1] as Token;
    if (!w.word || ctx.inQuote[k - 1] !== -1) break;
    const wl = w.text.toLowerCase();
    if (STOP_BACK.has(wl)) break;
    k--;
    if (DETERMINER_LIKE.has(wl) || endsWithApostropheS(w.text)) break;
  }
  return { first: k, last: j + 1, kind: 'phrase' };
}

/** A plain noun phrase ending at `j` that opens with a determiner within five words ("an architect"). */
function nounPhraseEndingAt(ctx: Ctx, j: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  for (let k = j; k >= lo && k > j - 5; k--) {
    const w = tokens[k] as Token;
    if (!w.word || ctx.inQuote[k] !== -1) return null;
    const wl = w.text.toLowerCase();
    if (STOP_BACK.has(wl)) return null;
    if (DETERMINER_LIKE.has(wl) || endsWithApostropheS(w.text))
      return k < j ? { first: k, last: j + 1, kind: 'phrase' } : null;
  }
  return null;
}

/**
 * The name an appositive phrase describes ("Faisal Jaber, a Yemeni man"): a person's name right before the
 * comma that opens the phrase; null when there is none.
 */
function appositiveOf(ctx: Ctx, phrase: Phrase, lo: number): Phrase | null {
  const comma = phrase.first - 1;
  if (comma - 1 < lo || ctx.tokens[comma]?.text !== ',') return null;
  const m = ctx.endingAt(comma);
  return m && m.person >= 0 ? { first: m.first, last: m.last, kind: 'name', mention: m } : null;
}

/**
 * Whether the relative pronoun at `j` ("who", "which") opens an aside between commas: right after a comma
 * ("Obama, who thought"), or after an appositive phrase that does ("Faisal Jaber, a Yemeni man who claims").
 */
export function opensRelativeAside(ctx: Ctx, j: number, lo: number): boolean {
  if (ctx.tokens[j - 1]?.text === ',') return true;
  const p = j - 1 > lo ? nounPhraseEndingAt(ctx, j - 1, lo) : null;
  return !!p && ctx.tokens[p.first - 1]?.text === ',';
}

/** Quantifiers that stand for people as the subject of a cue ("Some believe", "Many say"). */
const QUANTIFIER_SUBJECTS = new Set(
  'some many others most few several both all everyone everybody'.split(' '),
);

const NUMBER_WORDS = new Set('two three four five six seven eight nine ten'.split(' '));

export const DETERMINER_LIKE = new Set(
  'the a an one two three four several some many most other another his her their its our both all each new'.split(
    ' ',
  ),
);

export const STOP_BACK = new Set(
  `that which who and or but if when while because as in on at for from with by to of into about after before
  than said says told is was are were has have had`.split(/\s+/),
);

/**
 * A phrase of several words as the name of who said something: without a word opening it that opens a clause
 * or an adverbial ("as The Times", "although few experts", "Now research"); null when what is left reads as a
 * clause, not a noun phrase: it ends with an article ("The next time you feel the") or a subject pronoun ("an
 * item you", "a good chance we'll"), or opens with a verb ("get shanked doing what people").
 */
function sourcePhraseOf(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  let first = phrase.first;
  while (first < phrase.last - 1 && PHRASE_OPENERS.has((tokens[first] as Token).text.toLowerCase())) first++;
  if (phrase.last - first < 2) return { ...phrase, first };
  if ((tokens[first] as Token).text.toLowerCase() === 'get') return null;
  // A modal (and an adverb after it) is the verb's helper, not the source's last word ("As the name might
  // suggest", "Republicans can reasonably campaign").
  let last = phrase.last;
  // (An adverb asked only after a modal: "family" ends in -ly too.)
  while (last - first > 1 && isLyAdverb((tokens[last - 1] as Token).text)) last--;
  if (last - first > 1 && MODALS.has((tokens[last - 1] as Token).text))
    return sourcePhraseOf(tokens, { ...phrase, first, last: last - 1 });
  const end = (tokens[phrase.last - 1] as Token).text;
  const endLower = end.toLowerCase();
  if (endLower === 'the' || endLower === 'a' || endLower === 'an') return null;
  // "many such details that", "the movie's best details are": a phrase that ends before its noun makes the
  // cue word that noun.
  if (NOUN_PENDING.has(endLower)) return null;
  // "A website will use words in some blog posts": a modal inside makes the phrase a clause.
  for (let k = first; k < last; k++) if (MODALS.has((tokens[k] as Token).text)) return null;
  if (SUBJECT_PRONOUNS.has(writtenName(end).toLowerCase()) && endLower !== 'it') return null;
  return { ...phrase, first };
}

/** Words that stand before a noun and cannot end a noun phrase that speaks. */
const NOUN_PENDING = new Set('such best worst other same own several'.split(' '));

/** Words that may open a subject phrase found by walking back, and are not part of the source's name. */
const PHRASE_OPENERS = new Set(
  'as like now how what once although though while whether when because if'.split(' '),
);

/**
 * Whether a phrase is the name in a document's title ("the Treaty of Waitangi", "the Bill of Rights"): right
 * after "of" and a capitalized document word. The document, not the place, says what it says, and a document
 * is no speaker.
 */
function namesADocument(tokens: readonly Token[], phrase: Phrase): boolean {
  const head = tokens[phrase.first - 2];
  return (
    tokens[phrase.first - 1]?.text === 'of' &&
    !!head?.word &&
    isCapitalized(head.text) &&
    DOCUMENT_HEADS.has(head.text.toLowerCase())
  );
}

/** Turns a subject phrase into a speaker; null for documents. A first-person subject stays "I" or "we". */
export function toSpeaker(ctx: Ctx, found: Phrase): Speaker | null {
  const { text, tokens, people } = ctx;
  const phrase = withHeadBefore(tokens, found, ctx.endingAt);
  const first = tokens[phrase.first] as Token;
  const last = tokens[phrase.last - 1] as Token;
  const mention = span(text, first.start, last.end);
  switch (phrase.kind) {
    case 'name':
      return namedSpeaker(text, phrase.mention as Mention, people);
    case 'pronoun': {
      const g = SUBJECT_PRONOUNS.get(first.text.toLowerCase());
      // "I think ...", "We believe ...": the writer or an interviewee; the pronoun as written is the source.
      if (g === 'male' || g === 'female') {
        const p = resolvePronoun(ctx.history, people, first.start, first.para, g, ctx.tokens);
        const person = people[p];
        if (person) return { name: person.name, personId: person.id, mention };
      }
      return { name: writtenName(mention.text), mention };
    }
    case 'phrase': {
      if (DOCUMENT_HEADS.has(last.text.toLowerCase()) || namesADocument(tokens, phrase)) return null;
      const source = sourcePhraseOf(tokens, phrase);
      if (!source) return null;
      const written = span(
        text,
        (tokens[source.first] as Token).start,
        (tokens[source.last - 1] as Token).end,
      );
      // "I've never agreed", "We're told": the pronoun without its contraction.
      return { name: writtenName(written.text), mention: written };
    }
    default: {
      const never: never = phrase.kind;
      throw new Error(`unknown phrase kind ${String(never)}`);
    }
  }
}
