import { ROLE_NOUNS } from '../lexicon/roles.ts';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import { possessiveLength } from '../people/name-runs.ts';
import { INTRODUCERS } from './phrases.ts';
import { isLowerCaseWord, isUpperCode } from '../text/chars.ts';
import { startsSentence } from '../text/segment.ts';
import type { Token } from '../text/tokens.ts';
import type { Mention } from '../people/find-people.ts';
import type { Gender, Person } from '../types.ts';

/** A point where a person was named or spoke, outside quotations: the history pronouns look back on. */
export interface Sighting {
  at: number;
  para: number;
  person: number;
  /** True when the person spoke here (a statement's speaker), not just named. */
  spoke?: boolean;
  /** For a naming: the index of the name's first token. */
  token?: number;
  /** For a naming: the index of the token after the name. */
  end?: number;
}

/**
 * The people named outside quotations, in document order: a naming per mention of a known person whose first
 * token is in no quotation (`Token.quote`, set by the quote stage).
 */
export function namings(tokens: readonly Token[], mentions: readonly Mention[]): Sighting[] {
  const named: Sighting[] = [];
  for (const m of mentions) {
    const t = tokens[m.first] as Token;
    if (m.person >= 0 && t.quote < 0)
      named.push({ at: m.start, para: t.para, person: m.person, token: m.first, end: m.last });
  }
  return named;
}

/**
 * The token index where the sentence holding token `i` starts (looked for over at most 80 tokens back).
 */
function sentenceStartOf(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0 && j > i - 80 && !startsSentence(tokens, j)) j--;
  return j;
}

/**
 * Of the people of `gender` named in the sentence of `history[k]` (a naming of that gender), the one named
 * first: the sentence's subject more often than not ("Ryan said Obama has never respected it. He says ..."
 * is Ryan; "Cruz has sharpened his language amid attacks from Marco Rubio. He has coined ..." is Cruz). A
 * name that only modifies a noun (modifiesNoun) or sits in a phrase opening the sentence (inOpeningPhrase) is
 * passed over for a later one that does neither; when every one does, the first.
 */
function firstInSentence(
  history: readonly Sighting[],
  people: readonly Person[],
  k: number,
  gender: Gender,
  tokens: readonly Token[],
): number {
  const s = history[k] as Sighting;
  if (s.token === undefined) return s.person;
  // (The sentence's start is looked for here, once per pronoun resolved, not for every name.)
  const start = sentenceStartOf(tokens, s.token);
  let first = s.person;
  const stands = (e: Sighting) => !modifiesNoun(tokens, e, start) && !inOpeningPhrase(tokens, e, start);
  let standing = stands(s) ? s.person : -1;
  for (let j = k - 1; j >= 0; j--) {
    const e = history[j] as Sighting;
    if (e.spoke) continue;
    if (e.token === undefined || e.token < start) break;
    if (people[e.person]?.gender !== gender) continue;
    first = e.person;
    if (stands(e)) standing = e.person;
  }
  return standing >= 0 ? standing : first;
}

/**
 * True when a naming sits in a phrase opening the sentence before its subject, up to the phrase's comma ("Despite
 * the deaths of Ambassador Chris Stevens ..., Groberg says ...", "After Trump spoke, Pence said ..."). A
 * conjunction or an adverb opening the sentence ("But Trump, ...") opens no such phrase.
 */
function inOpeningPhrase(tokens: readonly Token[], e: Sighting, start: number): boolean {
  const opener = tokens[start];
  if (e.token === undefined || !opener?.word || OPENERS.has(opener.text)) return false;
  if (!INTRODUCERS.has(opener.text.toLowerCase())) return false;
  for (let i = start + 1; i < e.token; i++) if ((tokens[i] as Token).text === ',') return false;
  for (let i = e.end ?? e.token + 1; i < e.token + OPENING_PHRASE; i++) {
    const t = tokens[i];
    if (!t || startsSentence(tokens, i)) return false;
    if (t.text === ',') return true;
  }
  return false;
}

/** The most tokens after a name to the comma that closes a phrase opening its sentence. */
const OPENING_PHRASE = 40;

/**
 * True when a naming in the sentence starting at token `start` modifies a noun rather than standing for its
 * person: a name whose noun phrase goes on to a role noun and another name ("Trump campaign spokesman Jason
 * Miller", "Holt's liberal NBC News colleague Matt Lauer", "Sanders's campaign manager, Jeff Weaver"), or a
 * possessive inside the sentence ("... thinking that Trump's principle is ..."). A possessive opening the
 * sentence stays: its person is what the sentence is about ("Tuttle's article also attacked Christie").
 */
function modifiesNoun(tokens: readonly Token[], e: Sighting, start: number): boolean {
  if (e.token === undefined || e.end === undefined) return false;
  const possessive = possessiveLength((tokens[e.end - 1] as Token).text) > 0;
  // After a possessive, the possessed noun phrase; after a bare name, at most one word before the role noun
  // ("Trump campaign spokesman"), and not a verb ("Trump told reporter ...", "Trump hired ...").
  const reach = possessive ? 4 : 2;
  for (let i = e.end; i < e.end + reach; i++) {
    const t = tokens[i];
    if (!t || !t.word) break;
    if (ROLE_NOUNS.has(t.text)) {
      const next = tokens[i + 1];
      const name = next?.text === ',' ? tokens[i + 2] : next;
      if (name?.word && isUpperCode(name.head)) return true;
      break;
    }
    if (!possessive && (!isLowerCaseWord(t.text) || SPEECH_VERBS.has(t.text) || VERB_ENDING.test(t.text)))
      break;
  }
  if (!possessive) return false;
  // A possessive opens the sentence when only a conjunction or an adverb and commas come before it ("But
  // Garcia's kids have sold him ...").
  for (let i = start; i < e.token; i++) {
    const t = tokens[i] as Token;
    if (t.text !== ',' && !OPENERS.has(t.text)) return true;
  }
  return false;
}

/** Words that may open a sentence before its subject. */
const OPENERS = new Set([
  'And',
  'But',
  'So',
  'Yet',
  'Still',
  'Also',
  'Now',
  'Then',
  'Meanwhile',
  'However',
  'Instead',
]);

/** Endings of a verb's past or third person ("hired", "tells"): such a word after a name is no noun. */
const VERB_ENDING = /(?:ed|s)$/;

/**
 * The person a third-person pronoun ("she", "he") refers to: the latest person sighted before `at` whose
 * gender matches; failing that, the last speaker of unknown gender within two paragraphs, then the latest
 * person of unknown gender within two paragraphs. `history` (namings and speakers) is sorted by `at`.
 * Returns an index into `people`, or -1.
 */
export function resolvePronoun(
  history: readonly Sighting[],
  people: readonly Person[],
  at: number,
  para: number,
  gender: Gender,
  tokens: readonly Token[],
): number {
  return resolvePronounIn(history, [], people, at, para, gender, tokens);
}

/** How many sightings a pronoun looks back over at most, so a huge paragraph stays linear. */
const LOOK_BACK = 200;

/**
 * As `resolvePronoun`, over two histories each sorted by `at`: people named (`named`, which may hold speakers
 * too) and people who spoke (`spoken`, appended in document order as statements are made), with one rule
 * more: the last speaker of `spoken`, if close, is meant unless someone of the pronoun's gender was named
 * since.
 */
export function resolvePronounIn(
  named: readonly Sighting[],
  spoken: readonly Sighting[],
  people: readonly Person[],
  at: number,
  para: number,
  gender: Gender,
  tokens: readonly Token[],
): number {
  let a = before(named, at) - 1;
  let b = before(spoken, at) - 1;
  // Who spoke last: “...,” Kunin said. “...,” she said. The last speaker, if close and not of the other
  // gender, unless someone of the pronoun's gender has been named since.
  const last = spoken[b];
  if (last && para - last.para <= 1 && people[last.person]?.gender !== other(gender)) {
    let namedSince = false;
    for (let k = a; k >= 0 && k > a - LOOK_BACK && (named[k] as Sighting).at > last.at; k--) {
      if (
        people[(named[k] as Sighting).person]?.gender === gender &&
        (named[k] as Sighting).person !== last.person
      )
        namedSince = true;
    }
    if (!namedSince) return last.person;
  }
  let speaker = -1;
  let someone = -1;
  for (let seen = 0; seen < LOOK_BACK && (a >= 0 || b >= 0); seen++) {
    const fromSpoken = b >= 0 && (a < 0 || (spoken[b] as Sighting).at > (named[a] as Sighting).at);
    const k = fromSpoken ? b : a;
    const s = (fromSpoken ? spoken[b--] : named[a--]) as Sighting;
    if (para - s.para > 8) break;
    const g = people[s.person]?.gender;
    if (g === gender) {
      if (s.spoke) return s.person;
      const reporter = fromSpoken || para - s.para > 1 ? -1 : reporterOf(named, people, k, tokens);
      return reporter >= 0 ? reporter : firstInSentence(named, people, k, gender, tokens);
    }
    if (g !== undefined || para - s.para > 2) continue;
    if (s.spoke && speaker < 0) speaker = s.person;
    if (someone < 0) someone = s.person;
  }
  return speaker >= 0 ? speaker : someone;
}

/**
 * The person of unknown gender whose speech verb reports the naming `named[k]` in the same sentence, before
 * it ("McClenney said Clinton doesn't show consistency ... “It's not something ...,” she said": McClenney,
 * whose first name gives no gender, not Clinton, whom her words are about); -1 when there is none. Asked
 * only for a naming in the pronoun's paragraph or the one before.
 */
function reporterOf(
  named: readonly Sighting[],
  people: readonly Person[],
  k: number,
  tokens: readonly Token[],
): number {
  const s = named[k] as Sighting;
  if (s.token === undefined) return -1;
  const start = sentenceStartOf(tokens, s.token);
  for (let j = k - 1; j >= 0; j--) {
    const e = named[j] as Sighting;
    if (e.token === undefined || e.end === undefined || e.token < start) break;
    if (people[e.person]?.gender !== undefined || possessiveLength((tokens[e.end - 1] as Token).text) > 0)
      continue;
    // The name, at most one helping word or adverb, then a verb of saying (not of asking: the one asked
    // answers), and the naming in what follows it, not past a subordinate clause's opener.
    for (let v = e.end; v < e.end + 2 && v < s.token; v++) {
      const t = tokens[v] as Token;
      if (!t.word) break;
      if (!SPEECH_VERBS.has(t.text) || ASKING.has(t.text)) continue;
      for (let i = v + 1; i < s.token; i++) if (SUBORDINATE.has((tokens[i] as Token).text)) return -1;
      return e.person;
    }
  }
  return -1;
}

const ASKING = new Set(['asked', 'asks', 'ask', 'questioned', 'pressed', 'challenged', 'interviewed']);
const SUBORDINATE = new Set(['until', 'when', 'after', 'before', 'because', 'while', 'as', 'since', 'if']);

function other(gender: Gender): Gender {
  return gender === 'male' ? 'female' : 'male';
}

/** The number of sightings before offset `at`. */
function before(history: readonly Sighting[], at: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((history[mid] as Sighting).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
