import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from '../lexicon/honorifics.ts';
import { genderOfBits, isFirstName, isSurname } from '../lexicon/names.ts';
import { GENDERED_PRONOUNS } from '../lexicon/pronouns.ts';
import { ROLE_NOUNS, SOURCE_NOUNS } from '../lexicon/roles.ts';
import { isVerbHelper, SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import { isUpperCode } from '../text/chars.ts';
import { mayBeIn, wordShapes } from '../text/shapes.ts';
import { span } from '../text/span.ts';
import type { Token } from '../text/tokens.ts';
import type { Gender, Person } from '../types.ts';
import { isUpperCaseWord, nameRuns, possessiveLength, type NameRun } from './name-runs.ts';
import {
  CALENDAR,
  COMMON_NOUN,
  FIRST_NAME,
  NAME_LIKE,
  ORGANISATION,
  ORGANISATION_FIRST_NAME,
  PLACE,
  PLACE_START,
  PUBLICATION,
  SURNAME,
  SURNAME_LIKE_PLACE,
  dropWords,
  isAcronym,
  isFrontWord,
  kindOf,
  trimRun,
  type TrimInfo,
} from './trim-run.ts';

/** A name mention linked (or not) to a person. Offsets are UTF-16 units of the name part. */
export interface Mention {
  start: number;
  end: number;
  /** First token of the mention and the token after it. */
  first: number;
  last: number;
  /** Index into `people`, or -1 for a short name that fits several people ("Clinton" with two Clintons). */
  person: number;
  /** The name as written (possessive removed). */
  name: string;
}

export interface People {
  people: Person[];
  /** Every name mention in document order, including ambiguous short names (person -1). */
  mentions: Mention[];
}

interface Candidate {
  run: NameRun;
  /**
   * strong: a name list, title, role word or speech verb says it is a person; weak: only its shape does
   * ("Priya Osei"), and it becomes a person when another mention of it has strong evidence ("Osei said").
   */
  evidence: 'strong' | 'weak';
  gender: Gender | null;
  /** fullKey of the run's words. */
  key: string;
  /** kindOf the run's first word (trimRun looked it up): whether it is a listed first name, and its gender. */
  firstKind: number;
  /** The run follows "the" ("the Stop Trump movement"): a word named alone elsewhere does not promote it. */
  afterThe?: boolean;
  /** One word that only a speech verb marks as a name ("Research suggests"), no title or role word. */
  verbOnly?: boolean;
  /**
   * Several words that only the surname list marks as a name, the first no listed first name ("Cookie
   * Search", "Web Console"): strong unless the text writes the last word in lower case too.
   */
  surnameOnly?: boolean;
}

/**
 * Finds the people named in the text: runs of capitalized words that a first-name or surname list, a
 * title (Ms., Sen.), a role word (rapper, daughter) or a speech verb marks as a person's name, and that
 * hold no organisation or place word. Short names join the one full name they fit ("Kim" ->
 * "Kim Kardashian"). People are in order of first mention, each under the fullest name in the text.
 */
export function findPeople(
  text: string,
  tokens: readonly Token[],
  sentenceStart: (i: number) => boolean,
  /** False for a text in another language (Segments.english): its articles and bylines open no name. */
  english = true,
): People {
  const all: Candidate[] = [];
  const known: Candidate[] = [];
  const info: TrimInfo = {
    role: false,
    gender: null,
    placeOrOrganisation: false,
    firstKind: 0,
    lastKind: 0,
  };
  // Paragraphs written in title case, found by nameRuns as it goes over the tokens.
  const headlines = new Set<number>();
  for (const runFound of joinMiddleInitials(nameRuns(tokens, headlines), tokens)) {
    const found = english ? runFound : withoutForeignLead(runFound, tokens);
    if (!found) continue;
    const run = trimRun(found, tokens, sentenceStart, info);
    const c = run && classify(run, tokens, sentenceStart, info);
    if (c) (info.placeOrOrganisation ? known : all).push(c);
  }
  // "Tulsa", "Verizon": a place or an organisation, unless a longer name has the word ("Ana Lima").
  if (known.length > 0) {
    const nameWords = new Set<string>();
    for (const c of all) if (c.run.words.length > 1) for (const w of c.run.words) nameWords.add(w);
    const before = all.length;
    for (const c of known) if (nameWords.has(c.run.words[0] as string)) all.push(c);
    if (all.length > before) all.sort((a, b) => a.run.start - b.run.start);
  }
  const inLowerCase = lowerCaseLookup(text);
  // "Cookie Search", "Web Console": a surname that the text also writes as a common word names nobody here.
  for (const c of all) {
    if (c.surnameOnly && inLowerCase(c.run.words[c.run.words.length - 1] as string)) c.evidence = 'weak';
  }
  sortOutSurnames(all, tokens, inLowerCase);
  cutTrailingWords(all, tokens);
  // A weak full name is a person's when one of its words is a strong short name ("Osei said") or a
  // gendered pronoun follows one of its mentions.
  const strongWords = new Set<string>();
  for (const c of all) {
    if (c.evidence === 'strong' && c.run.words.length === 1) strongWords.add(c.run.words[0] as string);
  }
  const promoted = new Set<string>();
  for (const c of all) {
    const w = c.run.words;
    if (c.evidence !== 'strong' || w.length < 2) continue;
    promoted.add(c.key);
  }
  for (const c of all) {
    const w = c.run.words;
    if (c.evidence === 'weak' && w.length > 1 && !c.afterThe) {
      if (strongWords.has(w[w.length - 1] as string) || strongWords.has(w[0] as string)) promoted.add(c.key);
    }
  }
  // A headline in title case ("Hillary Clinton Speaks Out On Police Shootings") names no new people: its
  // runs of capitals only stand for people the article names elsewhere.
  // The names outside headlines (only asked for when there is a headline).
  const bodyKeys = new Set<string>();
  if (headlines.size > 0) for (const c of all) if (!inHeadline(headlines, tokens, c)) bodyKeys.add(c.key);
  const candidates: Candidate[] = [];
  for (const c of all) {
    const one = c.run.words.length === 1;
    if (
      (one || c.evidence === 'strong' || promoted.has(c.key)) &&
      (one || !inHeadline(headlines, tokens, c) || bodyKeys.has(c.key))
    )
      candidates.push(c);
  }
  joinTails(candidates, tokens);

  // Full names (two words or more) make the people; the same first and last word is the same person.
  // `display` is the fullest name as written ("G.K. Butterfield", "Tomas Ek Jr.").
  // `kind`: kindOf the first word of `words` (the candidate's firstKind).
  const people: {
    words: string[];
    display: string;
    start: number;
    gender: Gender | null;
    votes: number;
    kind: number;
  }[] = [];
  const byKey = new Map<string, number>();
  // The per-person and per-candidate arrays below are built from literals with push, in plain loops: arrays
  // made by map() change their elements kind from text to text, and code optimized for one kind was thrown
  // away on the next text (hundreds of deoptimizations over a corpus).
  const personOf: number[] = [];
  for (let k = 0; k < candidates.length; k++) personOf.push(-1);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    if (c.run.words.length < 2) continue;
    const key = c.key;
    let p = byKey.get(key);
    if (p === undefined) {
      p = people.length;
      byKey.set(key, p);
      people.push({
        words: c.run.words,
        display: written(text, c),
        start: c.run.start,
        gender: null,
        votes: 0,
        kind: c.firstKind,
      });
    } else {
      const known = people[p] as { words: string[]; display: string; kind: number };
      if (c.run.words.length > known.words.length) {
        known.words = c.run.words;
        known.display = written(text, c);
        known.kind = c.firstKind;
      }
    }
    personOf[k] = p;
  }

  // What full names say about gender (titles, role words, name lists) decides between two people who
  // share a surname ("Ms. Halloran" is Grace, not her husband Peter).
  // `listGender`: what the name lists say of each full name's first word (genderOfWords).
  const fullGender: (Gender | null)[] = [];
  const listGender: (Gender | null)[] = [];
  for (const p of people) {
    const g = p.words.length > 1 ? genderOfBits(p.kind) : null;
    fullGender.push(g);
    listGender.push(g);
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const p = personOf[k] as number;
    if (p >= 0 && c.gender && !fullGender[p]) fullGender[p] = c.gender;
  }

  // Short names: the one person whose name has that word, else a person of their own when a title, a role
  // word or a speech verb says so and no full name fits; several fits leave the mention unlinked.
  const shortOwner = new Map<string, number>();
  const byWord = new Map<string, number[]>();
  for (let i = 0; i < people.length; i++) {
    const words = (people[i] as { words: string[] }).words;
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      if (words.indexOf(w) < k) continue; // each word once per person
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  }
  // How often each person is named without doubt: full names, and short names only one person has.
  let sureMentions: number[] | null = null;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    if (c.run.words.length !== 1) continue;
    const word = c.run.words[0] as string;
    const fits = byWord.get(word) ?? [];
    const titleGender = titleGenderOf(c.run.titles);
    let chosen = fits.length === 1 ? (fits[0] as number) : -1;
    if (fits.length > 1) {
      // A bare surname is the second reference of news style: "Paul" is Rand Paul's, not Paul Ryan's.
      let pool = fits.filter((i) => {
        const w = (people[i] as { words: string[] }).words;
        return w[w.length - 1] === word;
      });
      if (pool.length === 0) pool = fits;
      // A title's gender: "Ms. Halloran" is Grace, not her husband Peter.
      if (pool.length > 1 && titleGender) {
        const same = pool.filter((i) => fullGender[i] !== (titleGender === 'male' ? 'female' : 'male'));
        if (same.length > 0) pool = same;
      }
      // A surname alone stands for someone named in full before it: a namesake introduced later is not
      // meant ("Donald Trump's proposal ... the Trump campaign ... Ivanka Trump, his daughter"). With a
      // gendered title, only someone known to be of its gender is meant so ("Mr. Khan" after "Khizr and
      // Ghazala Khan" is not Ghazala, whose gender the lists do not know).
      if (pool.length > 1) {
        const introduced = pool.filter(
          (i) =>
            (people[i] as { start: number }).start < c.run.start &&
            (!titleGender || fullGender[i] === titleGender),
        );
        if (introduced.length === 1) pool = introduced;
      }
      if (pool.length === 1) chosen = pool[0] as number;
      // The one the article is about: "Sanders" is Bernie Sanders, named ten times, not his wife Jane
      // Sanders, named once. Only a person named three times as often as each other one takes it.
      else
        chosen = dominant(
          pool,
          (sureMentions ??= countSureMentions(people.length, candidates, personOf, byWord)),
        );
    }
    if (
      fits.length === 0 &&
      c.evidence === 'strong' &&
      !headlines.has((tokens[c.run.first] as Token).para) &&
      !(c.verbOnly && (isCommonWordOf(word, inLowerCase) || pluralOpening(c.run, word, sentenceStart)))
    ) {
      let own = shortOwner.get(word);
      if (own === undefined) {
        own = people.length;
        shortOwner.set(word, own);
        people.push({ words: [word], display: word, start: c.run.start, gender: null, votes: 0, kind: 0 });
      }
      chosen = own;
    }
    personOf[k] = fits.length > 1 && chosen < 0 ? -2 : chosen;
  }

  // Gender: titles and role words first, then the name lists, then the pronouns that follow a mention.
  const textGender: (Gender | null)[] = [];
  const pronounVotes: number[] = [];
  // People in order of first mention: where each is first named.
  const order: number[] = [];
  const firstAt: number[] = [];
  for (let i = 0; i < people.length; i++) {
    textGender.push(null);
    pronounVotes.push(0);
    order.push(i);
    firstAt.push(Infinity);
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const p = personOf[k] as number;
    if (p < 0) continue;
    if (!textGender[p]) textGender[p] = c.gender ?? appositiveGender(tokens, c.run.last);
    pronounVotes[p] = (pronounVotes[p] as number) + pronounVote(tokens, c.run.last);
    firstAt[p] = Math.min(firstAt[p] as number, c.run.start);
  }
  // A person's gender: titles and role words, else the name lists, else the pronouns after the mentions.
  // (People past listGender's end are short names of their own, which the lists say nothing of.)
  const genderOf = (i: number): Gender | null => {
    return textGender[i] ?? listGender[i] ?? genderOfVote(pronounVotes[i] as number);
  };
  // A bare surname two people share, with a gendered title or pronoun ("Mrs. Clinton", "Clinton said she"),
  // is the one of them the rest of the text gives that gender ("Mr. Clinton ... his", "Hillary Clinton ...
  // her"), once the mentions that were sure have spoken.
  for (let k = 0; k < candidates.length; k++) {
    if (personOf[k] !== -2) continue;
    const c = candidates[k] as Candidate;
    const wanted = titleGenderOf(c.run.titles) ?? genderOfVote(pronounVote(tokens, c.run.last));
    if (!wanted) continue;
    const word = c.run.words[0] as string;
    let match = -1;
    for (const i of byWord.get(word) ?? []) {
      const w = (people[i] as { words: string[] }).words;
      if (w[w.length - 1] !== word) continue;
      if (genderOf(i) !== wanted) continue;
      if (match >= 0) {
        match = -1;
        break;
      }
      match = i;
    }
    if (match < 0) continue;
    personOf[k] = match;
    firstAt[match] = Math.min(firstAt[match] as number, c.run.start);
  }

  const used = order
    .filter((i) => firstAt[i] !== Infinity)
    .sort((a, b) => (firstAt[a] as number) - (firstAt[b] as number));
  // newIndex[old]: the person's index in `out` (people not used are never asked for).
  const newIndex: number[] = [];
  for (let i = 0; i < people.length; i++) newIndex.push(-1);
  for (let i = 0; i < used.length; i++) newIndex[used[i] as number] = i;
  const out: Person[] = [];
  for (let i = 0; i < used.length; i++) {
    const old = used[i] as number;
    const p = people[old] as { words: string[]; display: string };
    const gender = genderOf(old);
    const person: Person = { id: `p${i + 1}`, name: p.display, mentions: [] };
    if (gender) person.gender = gender;
    out.push(person);
  }
  const mentions: Mention[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const old = personOf[k] as number;
    if (old === -1) continue;
    const person = old >= 0 ? (newIndex[old] as number) : -1;
    const m = {
      start: c.run.start,
      end: c.run.end,
      first: c.run.first,
      last: c.run.last,
      person,
      name: c.run.words.length === 1 ? (c.run.words[0] as string) : c.run.words.join(' '),
    };
    mentions.push(m);
    if (person >= 0) (out[person] as Person).mentions.push(span(text, m.start, m.end));
  }
  return { people: out, mentions };
}

/**
 * Capitalized words that open a run of names in other languages without being a name: the articles of French,
 * Spanish, Portuguese, Italian, German and Dutch, and the Spanish and French byline "Por"/"Par". "Le" and "La"
 * also open surnames (Le Pen, La Russa): a run keeps them unless an acronym follows (La CNIL, El FBI).
 */
const FOREIGN_ARTICLES = new Set([
  'La', 'Le', 'Les', 'El', 'Los', 'Las', 'Il', 'Lo', 'Gli', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Het', 'Een',
  'Uma', 'Os', 'Une', 'Un', 'Una', 'Ein', 'Eine',
]); // prettier-ignore
const FOREIGN_BYLINES = new Set(['Por', 'Par']);

/**
 * A run of a text in another language without what opens it and is no name: a byline's "Por"/"Par" goes ("Por
 * Ana Lima"); an article alone, or before an acronym (an organisation: "La CNIL"), is no name at all.
 */
function withoutForeignLead(run: NameRun, tokens: readonly Token[]): NameRun | null {
  const first = run.words[0] as string;
  if (run.titles.length > 0) return run;
  if (FOREIGN_ARTICLES.has(first))
    return run.words.length === 1 || isAcronym(run.words[1] as string) ? null : run;
  if (!FOREIGN_BYLINES.has(first)) return run;
  if (run.words.length === 1) return null;
  let j = run.first + 1;
  while (j < run.last && !(tokens[j] as Token).word) j++;
  return { ...run, first: j, start: (tokens[j] as Token).start, words: run.words.slice(1), runStart: j };
}

/**
 * Joins the two runs around a middle initial that is also a word, "A." or "I." ("James A. Baker",
 * "Richard A. Posner"), which the run scanner reads as the article or the pronoun: the run before must
 * end in a listed first name, and the initial's full stop must be followed by the next run. In place.
 */
function joinMiddleInitials(runs: NameRun[], tokens: readonly Token[]): NameRun[] {
  let k = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as NameRun;
    const prev = k > 0 ? (runs[k - 1] as NameRun) : null;
    const initial = tokens[run.runStart - 2];
    const stop = tokens[run.runStart - 1];
    if (
      prev &&
      run.titles.length === 0 &&
      prev.last === run.runStart - 2 &&
      (initial?.text === 'A' || initial?.text === 'I') &&
      stop?.text === '.' &&
      stop.start === initial.end &&
      initial.start === (tokens[prev.last - 1] as Token).end + 1 &&
      run.start === stop.end + 1 &&
      isFirstName(prev.words[prev.words.length - 1] as string)
    ) {
      runs[k - 1] = {
        ...prev,
        last: run.last,
        end: run.end,
        words: [...prev.words, initial.text, ...run.words],
      };
      continue;
    }
    runs[k++] = run;
  }
  runs.length = k;
  return runs;
}

/** Whether the token before token `i` is a lower-case name particle right before it ("der" in "van der Berg"). */
function isParticleBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i - 1] as Token;
  return t.word && NAME_PARTICLES.has(t.text) && (tokens[i] as Token).start - t.end === 1;
}

/**
 * The person of `pool` named at least three times, and three times as often as each other one
 * (`counts[i]`: how often person i is named without doubt), or -1.
 */
function dominant(pool: readonly number[], counts: readonly number[]): number {
  let best = -1;
  let top = 0;
  let second = 0;
  for (const i of pool) {
    const n = counts[i] as number;
    if (n > top) {
      second = top;
      top = n;
      best = i;
    } else if (n > second) second = n;
  }
  return top >= 3 && top >= 3 * second ? best : -1;
}

/**
 * Sorts out the names built on a surname of the text, once "Hillary Clinton" or "Ivanka Trump" and a bare
 * "Clinton" or "Trump" are named. An epithet or description before the name goes ("Former Trump",
 * "Classic Clinton", "Crooked Hillary Clinton", "Senators Rubio"): its word is no first name, and is a role,
 * party or group word, has an adjective's ending, or is written in lower case elsewhere in the text. A thing named after the person is no person ("Trump Organization", "Trump World",
 * "Clinton Cash"): its first word is the surname and no first name, its last word neither a first name nor
 * a surname, and no title marks it. In place.
 */
function sortOutSurnames(
  all: Candidate[],
  tokens: readonly Token[],
  isCommonWord: (word: string) => boolean,
): void {
  const alone = new Set<string>();
  for (const c of all) if (c.run.words.length === 1) alone.add(c.run.words[0] as string);
  let fullNames: Set<string> | null = null;
  // Surnames: the last words of names that open with a first name, a title or a word never written in
  // lower case, and that stand alone too.
  const surnames = new Set<string>();
  for (const c of all) {
    const w = c.run.words;
    const last = w[w.length - 1] as string;
    if (w.length < 2 || !alone.has(last)) continue;
    const first = w[0] as string;
    if (c.run.titles.length > 0 || c.firstKind & FIRST_NAME || !isCommonWord(first)) surnames.add(last);
  }
  if (surnames.size === 0) return;
  let k = 0;
  for (const c of all) {
    const w = c.run.words;
    const first = w[0] as string;
    const last = w[w.length - 1] as string;
    if (w.length < 2 || c.run.titles.length > 0 || c.firstKind & FIRST_NAME) {
      all[k++] = c;
      continue;
    }
    let rest: boolean;
    if (w.length === 2) rest = surnames.has(last);
    else {
      fullNames ??= new Set(all.filter((x) => x.run.words.length > 1).map((x) => x.run.words.join(' ')));
      rest = fullNames.has(w.slice(1).join(' '));
    }
    if (rest && (isFrontWord(first) || ADJECTIVE_ENDING.test(first) || isCommonWord(first))) {
      c.run = dropWords(c.run, tokens, 1);
      c.key = fullKey(c.run.words);
      c.firstKind = kindOf(c.run.words[0] as string);
      all[k++] = c;
      continue;
    }
    const eponym = surnames.has(first) && !isFirstName(last) && !isSurname(last);
    if (!eponym) all[k++] = c;
  }
  all.length = k;
}

/**
 * Endings of adjectives and participles that are no first names: "Crooked", "Classic", "Fascist",
 * "Rebuking". A word in -ed must have seven letters or more and not end in -eed, -med or -hed, which
 * first names do (Saeed, Mohammed, Murshed).
 */
const ADJECTIVE_ENDING = /(?:\w{5}(?<![emh])ed|ing|ly|ic|ist|ous|ful|ive|able)$/;

/**
 * Whether a one-word name that only a speech verb marks ("Allies say", "Research suggests") is a common
 * word of the text: written in lower case elsewhere, and in no name list.
 */
function isCommonWordOf(word: string, inLowerCase: (word: string) => boolean): boolean {
  return !isFirstName(word) && !isSurname(word) && inLowerCase(word);
}

/**
 * Whether a one-word name opens its sentence and looks like a plural noun, in no name list ("Jokes are
 * told", "Allies say"): a person's surname of that shape would have come with a full name before.
 */
function pluralOpening(run: NameRun, word: string, sentenceStart: (i: number) => boolean): boolean {
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !isFirstName(word) &&
    !isSurname(word) &&
    sentenceStart(run.runStart)
  );
}

/** occursInLowerCase for one text, each word's answer kept (each asking scans the text). */
function lowerCaseLookup(text: string): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let seen = known.get(word);
    if (seen === undefined) known.set(word, (seen = occursInLowerCase(text, word)));
    return seen;
  };
}

/** Whether `word` ("Former") is written in lower case ("former") somewhere in the text, as a whole word. */
function occursInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + lower.length);
    if (!isLetterCode(before) && !isLetterCode(after)) return true;
  }
  return false;
}

/** Whether a char code is a letter (ASCII, or any code above 127, which is close enough here). */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

const INITIAL = /^\p{Lu}(?:\.\p{Lu})*$/u;

/**
 * Gives a name that ends another, longer name of the text the longer name's key when only one name fits
 * ("Wasserman Schultz" -> "Debbie Wasserman Schultz", "Le Pen" -> "Marine Le Pen"), and keeps apart two
 * people whose names differ only in their middle initials ("George W. Bush", "George H.W. Bush").
 */
function joinTails(all: Candidate[], tokens: readonly Token[]): void {
  // Each tail of two words or more of a longer name -> that name's key, or '' when names disagree.
  const tails = new Map<string, string>();
  const tailEnds = new Set<string>();
  for (const c of all) {
    const w = c.run.words;
    if (w.length < 3 || !(c.firstKind & FIRST_NAME)) continue;
    const key = fullKey(w);
    tailEnds.add(w[w.length - 1] as string);
    for (let i = 1; i <= w.length - 2; i++) {
      const tail = w.slice(i).join(' ');
      const known = tails.get(tail);
      tails.set(tail, known === undefined || known === key ? key : '');
    }
  }
  if (tails.size > 0) {
    for (const c of all) {
      const w = c.run.words;
      if (!tailEnds.has(w[w.length - 1] as string)) continue;
      // "van der Berg said": lower-case particles before the run belong to the name when a longer name
      // of the text ends the same way ("Ruth van der Berg").
      let first = c.run.first;
      if (c.run.titles.length === 0) {
        while (first > 0 && isParticleBefore(tokens, first)) first--;
      }
      const words = first < c.run.first ? [...tokens.slice(first, c.run.first).map((t) => t.text), ...w] : w;
      if (words.length < 2) continue;
      let key = tails.get(words.join(' '));
      // "De Blasio said" at a sentence start: a capitalized particle.
      const w0 = words[0] as string;
      if (key === undefined && NAME_PARTICLES.has(w0.toLowerCase()) && w0 !== w0.toLowerCase())
        key = tails.get(`${w0.toLowerCase()} ${words.slice(1).join(' ')}`);
      if (!key) continue;
      c.key = key;
      if (words !== w) {
        const start = (tokens[first] as Token).start;
        c.run = { ...c.run, first, start, words, runStart: first };
        c.firstKind = kindOf(words[0] as string);
      }
    }
  }
  // Middle initials: "George H.W. Bush" and "George W. Bush" share the key "George Bush".
  const initialsOf = new Map<string, Set<string>>();
  for (const c of all) {
    const m = middle(c);
    if (!m) continue;
    const set = initialsOf.get(c.key) ?? new Set<string>();
    set.add(m);
    initialsOf.set(c.key, set);
  }
  for (const c of all) {
    const m = middle(c);
    if (m && (initialsOf.get(c.key)?.size ?? 0) > 1) c.key = `${c.key} ${m}`;
  }
}

/** The middle initials of a name of three words or more, joined ("H.W"), or ''. */
function middle(c: Candidate): string {
  return c.run.words.length < 3
    ? ''
    : c.run.words
        .slice(1, -1)
        .filter((x) => INITIAL.test(x))
        .join(' ');
}

/** Whether the candidate is in a headline paragraph. */
function inHeadline(headlines: ReadonlySet<number>, tokens: readonly Token[], c: Candidate): boolean {
  return headlines.size > 0 && headlines.has((tokens[c.run.first] as Token).para);
}

/** The candidate's name as written, white space runs made one space. */
function written(text: string, c: Candidate): string {
  const name = text.slice(c.run.start, c.run.end).replace(/\s+/g, ' ');
  return name.includes('\u00ad') ? name.replace(/\u00ad/g, '') : name; // a soft hyphen is no letter of it
}

/**
 * How often each of the first `count` people is named without doubt: full names, and short names only one
 * person has (`personOf[k]`: candidate k's person; `byWord`: the people whose names have a word).
 */
function countSureMentions(
  count: number,
  candidates: readonly Candidate[],
  personOf: readonly number[],
  byWord: ReadonlyMap<string, number[]>,
): number[] {
  const counts: number[] = [];
  for (let i = 0; i < count; i++) counts.push(0);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const p = c.run.words.length > 1 ? (personOf[k] as number) : (byWord.get(c.run.words[0] as string) ?? []);
    const only = typeof p === 'number' ? p : p.length === 1 ? (p[0] as number) : -1;
    if (only >= 0) counts[only] = (counts[only] as number) + 1;
  }
  return counts;
}

const UPPER_START = /^\p{Lu}/u;

/** Whether `word` starts with an upper-case letter (a letter outside the BMP too, unlike isCapitalized). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/**
 * "Hillary Clinton Leads in Iowa", a short headline in title case: a run that is a full name the text also
 * writes alone, then a verb in -s and only words that are no name words (no listed first name or surname,
 * particle or suffix: "Donald Trump Jr." stays whole), is that name. In place.
 */
function cutTrailingWords(all: Candidate[], tokens: readonly Token[]): void {
  let names: Set<string> | null = null;
  for (const c of all) {
    const words = c.run.words;
    if (words.length < 3) continue;
    names ??= new Set(all.filter((x) => x.run.words.length >= 2).map((x) => x.run.words.join(' ')));
    for (let m = words.length - 1; m >= 2; m--) {
      if (!names.has(words.slice(0, m).join(' '))) continue;
      const rest = words.slice(m);
      // The headline's verb comes first: "Leads", "Slams", "Joins Growing List" (a surname the lists lack,
      // "Mary Ann Okafor" after "Mary Ann", is no verb).
      if (/^\p{Lu}\p{Ll}+s$/u.test(rest[0] as string) && rest.every((w) => !isNameWordOfList(w))) {
        c.run = keepWords(c.run, tokens, m);
        c.key = fullKey(c.run.words);
      }
      break;
    }
  }
}

/** The gender the first gendered title of a name gives ("Ms." female, "Mr." male; "Sen." none), or null. */
function titleGenderOf(titles: readonly string[]): Gender | null {
  for (const t of titles) {
    const gender = HONORIFICS.get(t);
    if (gender) return gender;
  }
  return null;
}

/** Whether a word may belong to a name whatever its place: a listed first name or surname, particle, suffix. */
function isNameWordOfList(word: string): boolean {
  return (kindOf(word) & (FIRST_NAME | SURNAME)) !== 0 || NAME_PARTICLES.has(word) || NAME_SUFFIXES.has(word);
}

/** The run with only its first `m` words (and the tokens up to the last of them). */
function keepWords(run: NameRun, tokens: readonly Token[], m: number): NameRun {
  let seen = 0;
  let j = run.first;
  for (; j < run.last; j++) {
    if (!(tokens[j] as Token).word) continue;
    if (++seen === m) break;
  }
  const last = j + 1;
  return { ...run, last, end: (tokens[j] as Token).end, words: run.words.slice(0, m) };
}

/** "Donald Trump" and "Donald J. Trump" share a key: first and last word, titles and initials aside. */
function fullKey(words: readonly string[]): string {
  return `${words[0]} ${words[words.length - 1]}`;
}

/** The first letters ("h", "s") and the greatest length of the gendered pronouns. */
const PRONOUN_STARTS = new Set([...GENDERED_PRONOUNS.keys()].map((p) => p.charAt(0)));
const PRONOUN_MAX = Math.max(...[...GENDERED_PRONOUNS.keys()].map((p) => p.length));
/** PRONOUN_STARTS by ASCII code, upper and lower case: 1 where a pronoun may start. */
const PRONOUN_START_CODES = new Uint8Array(128);
for (const c of PRONOUN_STARTS) {
  for (const form of [c, c.toUpperCase()])
    if (form.length === 1 && form.charCodeAt(0) < 128) PRONOUN_START_CODES[form.charCodeAt(0)] = 1;
}

/**
 * Whether a word token may be a gendered pronoun: no longer than they are (lower-casing never shortens a
 * word), and starting with one of their letters in either case. Read from the token's first unit and
 * length; a word that starts beyond ASCII is lower-cased to see.
 */
function mayBePronoun(t: Token): boolean {
  if (t.end - t.start > PRONOUN_MAX) return false;
  const h = t.head;
  return h < 128 ? PRONOUN_START_CODES[h] === 1 : PRONOUN_STARTS.has(t.text.charAt(0).toLowerCase());
}

/**
 * Votes on the gender of the name ending at token `last` from the first gendered pronoun in the rest of
 * its clause, within PRONOUN_REACH tokens ("Kim wrote on her Instagram Story": -1, female; +1 male; 0 when
 * none before a stop). Another name stops the search, and so does another person brought in by "a" ("all
 * but begging a woman ... to cast her ballot": "her" is hers).
 */
function pronounVote(tokens: readonly Token[], last: number): number {
  for (let j = last; j < tokens.length && j < last + PRONOUN_REACH; j++) {
    const t = tokens[j] as Token;
    if (!t.word) {
      // ".", ";", "“", '"' or "”" (a mark is one unit, its `head`).
      const h = t.head;
      if (h === 46 || h === 59 || h === 0x201c || h === 34 || h === 0x201d) return 0;
      continue;
    }
    // "him" is an object and names someone else ("Kim listened to him"); the others point back.
    const lower = mayBePronoun(t) ? t.text.toLowerCase() : '';
    const g = lower === 'him' ? undefined : GENDERED_PRONOUNS.get(lower);
    if (g) return g === 'male' ? 1 : -1;
    if (j > last && (t.head < 128 ? t.head >= 65 && t.head <= 90 : startsUpper(t.text))) return 0;
    const before = tokens[j - 1]?.text;
    if ((before === 'a' || before === 'an') && (ROLE_NOUNS.has(t.text) || PERSON_NOUNS.has(t.text))) return 0;
  }
  return 0;
}

/** The gender pronoun votes add up to (pronounVote): more for "he" male, more for "she" female, else null. */
function genderOfVote(votes: number): Gender | null {
  return votes > 0 ? 'male' : votes < 0 ? 'female' : null;
}

/**
 * How far after a name its pronoun is looked for: "McAuliffe has said about 20 people have indicated an
 * interest in the seat, but he refuses ..." (16 tokens on).
 */
const PRONOUN_REACH = 25;
/** Nouns for a person that ROLE_NOUNS does not hold ("man", "woman", "girl", "friend" it does). */
const PERSON_NOUNS = new Set(['person', 'child', 'voter']);

/**
 * The gender a role noun gives the name ending at token `last` from an appositive after it, opened by an
 * article: "Ivanka Trump, the nominee's eldest daughter," (female), "Kiki McLean, a spokeswoman for the
 * campaign." (female). The appositive runs to the next comma or full stop; its head is its last word before
 * a preposition, or before its end. Other openings are left alone: "Jack Dalrymple, his wife, Betsy" and
 * "Jennifer Ping, Indianapolis businessman Jefferson Shreve" go on to someone else. Null when there is no
 * such appositive or its head has no gender.
 */
function appositiveGender(tokens: readonly Token[], last: number): Gender | null {
  if (tokens[last]?.text !== ',') return null;
  const opening = tokens[last + 1]?.text;
  if (opening !== 'the' && opening !== 'a' && opening !== 'an') return null;
  let head: Token | null = null;
  let j = last + 2;
  for (; j < tokens.length && j <= last + APPOSITIVE_TOKENS; j++) {
    const t = tokens[j] as Token;
    if (!t.word) {
      if (t.text !== ',' && t.text !== '.') return null;
      break;
    }
    if (HEAD_ENDS.has(t.text)) break;
    head = t;
  }
  if (!head || j >= tokens.length || j > last + APPOSITIVE_TOKENS) return null;
  return ROLE_NOUNS.get(head.text.toLowerCase()) ?? null;
}

/** The most tokens an appositive runs over. */
const APPOSITIVE_TOKENS = 14;
/** Words after an appositive's head noun ("a spokesman for the campaign", "the father of three"). */
const HEAD_ENDS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'to', 'on', 'and', 'who']);

/** Decides whether a run of capitalized words names a person; null when it is not a name. */
function classify(
  run: NameRun,
  tokens: readonly Token[],
  sentenceStart: (i: number) => boolean,
  info: TrimInfo,
): Candidate | null {
  const words = run.words;
  const role = info.role;
  const roleGender = info.gender;
  // What the first and the last word may be (trimRun looked them up): each answers every table below.
  const first = info.firstKind;
  const last = info.lastKind;
  // "Central Park" is a place, "Jo Park" a person: a first name before a surname-like place word wins.
  const firstName = (first & FIRST_NAME) !== 0;
  const surnameLike = words.length === 2 && firstName && (last & SURNAME_LIKE_PLACE) !== 0;
  // "April Ryan", "June Carter": a month that is also a first name, before a name, unless a word of time
  // comes before it ("in April Ryan said", "last June Carter ...").
  const month =
    words.length === 2 &&
    firstName &&
    MONTHS.has(words[0] as string) &&
    (last & (COMMON_NOUN | ORGANISATION | CALENDAR | PLACE_START)) === 0 &&
    !TIME_BEFORE.has((tokens[run.runStart - 1]?.text ?? '').toLowerCase());
  // "Bill Clinton", "Sen. Bill Nelson": an organisation word that is also a first name, before one or two
  // more name words, may open a name ("the Farm Bill" does not: the word stands last). Only other evidence
  // makes such a run a person's name (knownFirst below is false for it).
  const organisationFirst = words.length >= 2 && words.length <= 3 && (first & ORGANISATION_FIRST_NAME) !== 0;
  if (!surnameLike) {
    for (let k = organisationFirst ? 1 : 0; k < words.length; k++) {
      const kind = k === 0 ? first : k === words.length - 1 ? last : kindOf(words[k] as string);
      if (kind & ORGANISATION || (kind & CALENDAR && !(k === 0 && month))) return null;
    }
  }
  if (words.length > 1 && first & PLACE_START && !(last & SURNAME)) return null;
  if (words.length > 5) return null;
  // "taken to Royal Shrewsbury hospital": a place's name before the kind of place it is, in lower case (not
  // after a possessive: "Lorenz's group").
  const after = tokens[run.last];
  if (
    after?.word &&
    !isUpperCode(after.head) &&
    PLACE_KINDS.has(after.text) &&
    possessiveLength((tokens[run.last - 1] as Token).text) === 0
  )
    return null;
  if (words.every((w) => w.length > 1 && isUpperCaseWord(w))) return null; // NYPD, KKW, FBI
  // A site's address ("GunBroker.com": a full stop before its last small letters, where dotted initials end in
  // a capital, "J.R").
  if (words.some((w) => w.includes('.') && !isUpperCode(w.charCodeAt(w.length - 1)))) return null;

  let gender: Gender | null = roleGender;
  let evidence = role;
  for (const t of run.titles) {
    evidence = true;
    gender = gender ?? HONORIFICS.get(t) ?? null;
  }
  // A role word just before the name, or before a comma before it: "rapper Meek Mill", "her deputy, Priya Osei".
  let before = tokens[run.runStart - 1];
  if (before?.text === ',' && tokens[run.runStart - 2]?.word) before = tokens[run.runStart - 2];
  if (before?.word) {
    // A role word in lower case as written: looked up as written, lower-cased only on a hit.
    const role = mayBeIn(ROLE_SHAPES, before) ? ROLE_NOUNS.get(before.text) : undefined;
    if (role !== undefined && before.text === before.text.toLowerCase()) {
      evidence = true;
      gender = gender ?? role;
    }
  }
  // "Grace Halloran" is a name even at a sentence start; "Grace under pressure" is not.
  const knownFirst =
    firstName &&
    !organisationFirst &&
    !(first & NAME_LIKE && last & NAME_LIKE && sentenceStart(run.runStart));
  // "The Blaze reported", "the Axe Files": a name after "the" names no one new (but "the Clinton
  // campaign" is Hillary Clinton's when she is named).
  const prev = tokens[run.runStart - 1];
  const afterThe =
    !evidence && run.titles.length === 0 && !!prev?.word && (prev.text === 'the' || prev.text === 'The');
  if (words.length === 1) {
    if (first & (PLACE | PUBLICATION) && !evidence) return null;
    // "Sources said", "Officials warned": a common noun opening the sentence, not a name.
    if (first & COMMON_NOUN) return null;
    return {
      run,
      evidence: !afterThe && (evidence || speechVerbNear(tokens, run)) ? 'strong' : 'weak',
      gender,
      key: fullKey(words),
      firstKind: first,
      verbOnly: !evidence,
    };
  }
  if (afterThe) return { run, evidence: 'weak', gender, key: fullKey(words), firstKind: first, afterThe };
  if (!evidence && words.length === 2 && last & PLACE && !knownFirst) return null;
  // "Capitol Hill", "Washington Beltway": a place that is no first name, then one more word.
  if (!evidence && words.length === 2 && first & PLACE && !firstName) return null;
  if (knownFirst || evidence || speechVerbNear(tokens, run)) {
    return { run, evidence: 'strong', gender, key: fullKey(words), firstKind: first };
  }
  if (last & SURNAME)
    return { run, evidence: 'strong', gender, key: fullKey(words), firstKind: first, surnameOnly: true };
  if (first & NAME_LIKE && sentenceStart(run.runStart)) return null;
  return { run, evidence: 'weak', gender, key: fullKey(words), firstKind: first };
}

/** Kinds of places and institutions, as written after a name in lower case ("Royal Shrewsbury hospital"). */
const PLACE_KINDS = new Set(
  'hospital hotel school university college airport station museum church library stadium arena prison'.split(
    ' ',
  ),
);

/** Whether a speech verb follows the name ("Figueroa said", "Kim also wrote") or precedes it ("said Kim"). */
function speechVerbNear(tokens: readonly Token[], run: NameRun): boolean {
  let j = run.last;
  for (;;) {
    const t = tokens[j];
    if (!t?.word) break;
    // "Cruz also said", "Cruz openly admitted": a verb's helpers and adverbs in -ly.
    if (!isVerbHelper(t.text)) break;
    j++;
  }
  const after = tokens[j];
  if (after?.word && isSpeechVerb(after)) return true;
  const prev = tokens[run.runStart - 1];
  if (!prev?.word || !isSpeechVerb(prev) || OBJECT_VERBS.has(prev.text)) return false;
  // "said Concord resident Whit Symms", "mused Blaze co-host Stu Burguiere": the run is a modifier;
  // "said Obamacare is causing": the run is the subject of what was said.
  const next = tokens[run.last];
  if (!next?.word) return true;
  const noun = next.text.slice(next.text.lastIndexOf('-') + 1);
  return !(ROLE_NOUNS.has(noun) || SOURCE_NOUNS.has(noun) || CLAUSE_VERBS.has(next.text));
}

/** The shapes of the role nouns and speech verbs (text/shapes.ts): most words are none. */
const ROLE_SHAPES = wordShapes(ROLE_NOUNS.keys());
const SPEECH_VERB_SHAPES = wordShapes(SPEECH_VERBS);

/** Whether a word token is one of SPEECH_VERBS. */
function isSpeechVerb(t: Token): boolean {
  return mayBeIn(SPEECH_VERB_SHAPES, t) && SPEECH_VERBS.has(t.text);
}

/** Speech verbs whose object follows them ("told Kim"): a name after one is no speaker. */
const OBJECT_VERBS = new Set(['told', 'asked', 'called', 'tells', 'asks']);

/** Verbs that make the name before them the subject of a clause ("said Obamacare is failing"). */
const CLAUSE_VERBS = new Set(
  'is was are were has have had will would could can should may might must does did'.split(' '),
);

/** Words before a month that make it a date: "in April", "last June", "since May", "a June campaign event". */
const TIME_BEFORE = new Set(
  `in on since by until till from through last next this that early late mid during before after of each every a
  an the`.split(/\s+/),
);

/** The months (and their short forms) that are also first names: "April Ryan", "Jan Brewer". */
const MONTHS = new Set(
  'January February March April May June July August Jan Feb Mar Apr Jun Jul Aug'.split(' '),
);
