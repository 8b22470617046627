import { HONORIFICS, NAME_SUFFIXES } from '../lexicon/honorifics.ts';
import { FIRST_NAME_BITS, SURNAME_BIT, WORD_BITS } from '../lexicon/names.ts';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  NAME_LIKE_WORDS,
  ORGANISATION_WORDS,
  PLACE_STARTS,
  PLACES,
  PUBLICATIONS,
} from '../lexicon/not-people.ts';
import { ROLE_NOUNS, SOURCE_NOUNS } from '../lexicon/roles.ts';
import { mayBeIn, wordShapes } from '../text/shapes.ts';
import type { Token } from '../text/tokens.ts';
import type { Gender } from '../types.ts';
import type { NameRun } from './name-runs.ts';
import { DEMONYMS, LAST_WORDS, isGroupWord, isKnownName } from './not-person.ts';

/** What the words cut from a run said about the name left (trimRun writes it; one object per text). */
export interface TrimInfo {
  /** A role word was cut from its front ("Actress Amandla Stenberg"): the rest is a person's name. */
  role: boolean;
  /** The gender that role word implies, or null. */
  gender: Gender | null;
  /**
   * A one-word run that the tables know as a place or an organisation ("Tulsa", "Verizon"): no person
   * unless a longer name of the text has it ("Ana Lima", then "Lima said").
   */
  placeOrOrganisation: boolean;
  /** The word kinds (kindOf) of the first and the last word of the run returned, looked up once here. */
  firstKind: number;
  lastKind: number;
}

/** "I’ll", "You've", "They're", "Don't": contractions are never names (O’Malley and D’Souza go on in capitals). */
const CONTRACTION = /[’'](?:ll|ve|m|d|re|t)$/;

/** Whether the word has an apostrophe two or three characters from its end, where contractions have it. */
function apostropheNearEnd(word: string): boolean {
  const a = word.charCodeAt(word.length - 2);
  const b = word.charCodeAt(word.length - 3);
  return a === 39 || a === 0x2019 || b === 39 || b === 0x2019;
}

/** Whether every word names a group ("American Muslims", "Cuban Americans"). */
function allGroupWords(words: readonly string[]): boolean {
  for (const w of words) if (!isGroupWord(w)) return false;
  return true;
}

/** Capitalized words that describe the person named after them without being a role ("Former Gov. X"). */
const DESCRIPTORS = new Set(['Former', 'Then', 'Late', 'Rival', 'Fellow', 'Top', 'Ex']);

/**
 * Capitalized words that end a description of the person named next and are no role nouns of their own:
 * "Majority Whip John Cornyn", "Chief of Staff Denis McDonough", "Supervisor of Elections Susan Bucher".
 */
const LEADING_ROLES = new Set([
  'Whip',
  'Treasurer',
  'Staff',
  'Affairs',
  'Relations',
  'Elections',
  'Correspondent',
  'Moderator',
  'Comptroller',
  'Auditor',
  'Clerk',
  'Controller',
  'Solicitor',
]);

/** Parties and their members, written before a name ("Democrat Zephyr Teachout"): like role words, they mark a person. */
const PARTY_WORDS = new Set(['Democrat', 'Republican', 'Democratic', 'Independent', 'Libertarian']);

/** "rapper" -> "Rapper", "Rappers"; "deputy" -> "Deputy", "Deputies". */
function capitalizedForms(role: string): string[] {
  const cap = role.charAt(0).toUpperCase() + role.slice(1);
  return [cap, cap.endsWith('y') ? `${cap.slice(0, -1)}ies` : `${cap}s`];
}

/** The role nouns as written in capitals at the front of a run, singular and plural, with their gender. */
const CAPITALIZED_ROLES: ReadonlyMap<string, Gender | null> = new Map(
  [...ROLE_NOUNS].flatMap(([role, gender]) => capitalizedForms(role).map((form) => [form, gender] as const)),
);

/**
 * Whether a word ending in -ing or -ly is a gerund or an adverb and no name ("Using", "Interestingly"), or a verb
 * opening a heading (IMPERATIVES).
 */
function isGerundOrAdverb(word: string, kind: number): boolean {
  return (
    (word.length > 4 &&
      (word.endsWith('ing') || word.endsWith('ly')) &&
      (kind & (FIRST_NAME | SURNAME)) === 0) ||
    IMPERATIVES.has(word)
  );
}

/** Verbs that open a heading or a line before a name ("Meet Ana Lima", "Enter Stuart Kaplan", "Ask Amy"). */
const IMPERATIVES = new Set(['Meet', 'Enter', 'Ask', 'Watch', 'Listen', 'Follow', 'Thank', 'Welcome']);

/** Whether a word is an acronym in capitals ("DNC", "FBI"), which describes the name after it. */
export function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The run without its first `n` words (and without their tokens). */
export function dropWords(run: NameRun, tokens: readonly Token[], n: number): NameRun {
  let j = run.first;
  for (let seen = 0; j < run.last; j++) {
    if (!(tokens[j] as Token).word) continue;
    if (seen === n) break;
    seen++;
  }
  return { ...run, first: j, start: (tokens[j] as Token).start, words: run.words.slice(n), runStart: j };
}

/**
 * Cuts a run of capitalized words down to the person's name in it (and says in `info` what the cut words
 * said), or returns null when it holds none:
 * role words, party names, demonyms and descriptors in front go ("Comedian Sarah Silverman", "Vermonter
 * Bernie Sanders", "Former AG Mukasey"), and so does a gerund or adverb opening the sentence ("Using Ted
 * Cruz"); a contraction, a title standing last ("Florida Sen."), a group of people ("Americans"), a known
 * place or organisation of two words or more ("Saudi Arabia", "Goldman Sachs") and the end of an organisation's name ("the
 * Committee for a Responsible Federal Budget") are no names.
 */
/**
 * What a capitalized word may be, as bits of the name lists' table (WORD_BITS, whose first four bits say
 * first name and surname): one lookup per word answers every table below and the name lists.
 */
export const TITLE = 1 << 4;
/** A function word or a name suffix standing alone ("Jr"): never a name of its own. */
const FUNCTION_WORD = 1 << 5;
/** A word that may be cut from the front of a name: role, party, descriptor, group or organisation word. */
const FRONT = 1 << 6;
const GROUP = 1 << 7;
/** A place (PLACES). */
export const PLACE = 1 << 8;
/** The last word of a known place's or organisation's name. */
const KNOWN_END = 1 << 9;
/** ORGANISATION_WORDS, CALENDAR_WORDS, PLACE_STARTS, PUBLICATIONS and NAME_LIKE_WORDS. */
export const ORGANISATION = 1 << 10;
export const CALENDAR = 1 << 11;
export const PLACE_START = 1 << 12;
export const PUBLICATION = 1 << 13;
export const NAME_LIKE = 1 << 14;
/** CAPITALIZED_COMMON_NOUNS and SURNAME_LIKE_PLACES. */
export const COMMON_NOUN = 1 << 15;
export const SURNAME_LIKE_PLACE = 1 << 16;
/** CAPITALIZED_ROLES, LEADING_ROLES and PARTY_WORDS. */
const ROLE = 1 << 17;
const LEADING_ROLE = 1 << 18;
const PARTY = 1 << 19;
/**
 * An organisation word that is also a listed first name and nothing else of FRONT's ("Bill", as in "Farm
 * Bill" and "Bill Clinton"; "Lane", "Hall"): before one more name word it may be the first name.
 */
export const ORGANISATION_FIRST_NAME = 1 << 20;
/** A listed first name; a listed surname. */
export const FIRST_NAME = FIRST_NAME_BITS;
export const SURNAME = SURNAME_BIT;

/** "official" -> "Official", "Officials"; "deputy" -> "Deputy", "Deputies". */
function capitalizedNounForms(noun: string): string[] {
  const cap = noun.charAt(0).toUpperCase() + noun.slice(1);
  return [cap, cap.endsWith('y') ? `${cap.slice(0, -1)}ies` : `${cap}s`];
}

/**
 * Common nouns that head phrases for people, capitalized as at a sentence start, singular and plural
 * ("Sources", "Lawmakers", "Officials").
 */
const CAPITALIZED_COMMON_NOUNS = new Set(
  [...SOURCE_NOUNS, ...ROLE_NOUNS.keys()].flatMap((noun) => capitalizedNounForms(noun)),
);

/** Organisation and place words that are also common surnames. */
const SURNAME_LIKE_PLACES = new Set(['Park', 'Hall', 'Church', 'Banks', 'Street', 'Bay', 'Lake', 'Hill']);

const KIND = WORD_BITS;
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) KIND.set(w, (KIND.get(w) ?? 0) | bit);
}
mark(HONORIFICS.keys(), TITLE);
mark(FUNCTION_WORDS, FUNCTION_WORD);
mark(NAME_SUFFIXES, FUNCTION_WORD);
mark(CAPITALIZED_ROLES.keys(), FRONT | ROLE);
mark(PARTY_WORDS, FRONT | PARTY);
mark(DESCRIPTORS, FRONT);
mark(ORGANISATION_WORDS, FRONT | ORGANISATION);
mark(DEMONYMS, FRONT | GROUP);
mark(PLACES, PLACE);
mark(LAST_WORDS, KNOWN_END);
mark(CALENDAR_WORDS, CALENDAR);
mark(PLACE_STARTS, PLACE_START);
mark(PUBLICATIONS, PUBLICATION);
mark(NAME_LIKE_WORDS, NAME_LIKE);
mark(CAPITALIZED_COMMON_NOUNS, COMMON_NOUN);
mark(SURNAME_LIKE_PLACES, SURNAME_LIKE_PLACE);
mark(LEADING_ROLES, LEADING_ROLE);
mark(
  [...ORGANISATION_WORDS].filter(
    (w) => kindOf(w) & FIRST_NAME && !(kindOf(w) & (ROLE | PARTY | GROUP)) && !DESCRIPTORS.has(w),
  ),
  ORGANISATION_FIRST_NAME,
);

/**
 * Whether a capitalized word may describe the name after it: a role word, party, descriptor, group or
 * organisation word ("Senators", "Democrat", "Former", "Vermonter").
 */
export function isFrontWord(word: string): boolean {
  return (kindOf(word) & FRONT) !== 0;
}

/** The kind bits of a word (0 for most). */
export function kindOf(word: string): number {
  return KIND.get(word) ?? 0;
}

export function trimRun(
  run: NameRun,
  tokens: readonly Token[],
  sentenceStart: (i: number) => boolean,
  info: TrimInfo,
): NameRun | null {
  const words = run.words;
  const len = words.length;
  // A run of forty capitalized words is a list or a text in capitals, not a description and a name (a
  // headline in capitals before a name, "TWO MORE BITE THE DUST ... STAGE Rand Paul", runs to fifteen).
  if (len > 40) return null;
  for (const w of words) if (apostropheNearEnd(w) && CONTRACTION.test(w)) return null;
  const first = words[0] as string;
  const lastWord = words[len - 1] as string;
  const firstKind = kindOf(first);
  const lastKind = len === 1 ? firstKind : kindOf(lastWord);
  if (len === 1 && firstKind & (TITLE | FUNCTION_WORD)) return null;
  if (afterOrganisationWord(run, tokens)) return null;
  // "General Electric", "General Motors": a title that begins an organisation's name.
  // (KNOWN_END: the last word is one of LAST_WORDS, so isKnownName stands for isPlaceOrOrganisation.)
  if (run.titles.length > 0 && lastKind & KNOWN_END && isKnownName([...run.titles, ...words])) return null;

  // "Having said that", "Simply put": a gerund or an adverb opening the sentence is no name, and goes
  // from the front of one ("Using Ted Cruz", "Interestingly Blocher").
  let n = 0;
  if (isGerundOrAdverb(first, firstKind) && run.titles.length === 0 && sentenceStart(run.runStart)) {
    if (len === 1) return null;
    n = 1;
  }
  let role = false;
  let gender: Gender | null = null;
  // Role words, descriptors, parties, demonyms, acronyms and organisation words go when a name is left:
  // "Comedian Sarah Silverman", "Former AG Mukasey", "DNC Chair Debbie Wasserman Schultz", but "Star Wars"
  // and "American Legion" stay as they are.
  let m = n;
  while (m < len - 1) {
    const w = words[m] as string;
    const kind = m === 0 ? firstKind : kindOf(w);
    if (!(kind & FRONT) && !isAcronym(w) && !(w.includes('-') && isGroupWord(w))) break;
    // "Bill Nelson": a first name that is also an organisation word opens a name of two words.
    if (m === 0 && len === 2 && kind & ORGANISATION_FIRST_NAME) break;
    if (kind & (ROLE | PARTY)) {
      role = true;
      gender = gender ?? (kind & ROLE ? (CAPITALIZED_ROLES.get(w) as Gender | null) : null);
    }
    m++;
  }
  const mFirst = m > n && (kindOf(words[m] as string) & FIRST_NAME) !== 0;
  if (m > n && (len - m > 1 || mFirst)) {
    n = m;
    // The role says the rest is a name when it looks like one: "Actress Amandla Stenberg", not
    // "Republican National Committeeman".
    role &&= mFirst || (lastKind & SURNAME) !== 0;
  } else role = false;
  if (n === 0) gender = null;
  // "Clinton Senior Adviser Sidney Blumenthal", "Senate Majority Whip John Cornyn", "Editor-in-Chief Martin
  // Baron": a role word, or a hyphenated description, right before a listed first name and a surname.
  for (let k = len - 2; k > n; k--) {
    const before = words[k - 1] as string;
    if (
      ((k - 1 === 0 ? firstKind : kindOf(before)) & (ROLE | LEADING_ROLE) || before.includes('-')) &&
      kindOf(words[k] as string) & FIRST_NAME
    ) {
      n = k;
      break;
    }
  }
  const trimmed = n > 0 ? dropWords(run, tokens, n) : run;
  const tw = trimmed.words;
  if ((lastKind & GROUP || lastWord.includes('-')) && allGroupWords(tw)) return null;
  // "a Virginia Democrat", "the Texas Republican": a description, no name, ends in a party.
  if (lastKind & PARTY && tw.length > 1) return null;
  // "British New Zealanders", "Early Europeans": a run that ends in a group of people in the plural.
  if (lastKind & GROUP && lastWord.endsWith('s') && !lastWord.endsWith('ss')) return null;
  // "Florida Sen.", "Former Ohio Governor": a place and a title (but "Larry King", "Patty Judge").
  if (tw.length === 2 && lastKind & TITLE && kindOf(tw[0] as string) & PLACE) return null;
  const known = !role && run.titles.length === 0 && (lastKind & KNOWN_END) !== 0 && isKnownName(tw);
  if (known && tw.length > 1) return null;
  info.role = role;
  info.gender = gender;
  info.placeOrOrganisation = known;
  // Dropping words from the front leaves the last word as it was.
  info.firstKind = n > 0 ? kindOf(tw[0] as string) : firstKind;
  info.lastKind = lastKind;
  return trimmed;
}

/**
 * Whether the run goes on an organisation's name before it: "Committee for a Responsible Federal
 * Budget", "Club for Growth Action", "Department of Homeland Security".
 */
function afterOrganisationWord(run: NameRun, tokens: readonly Token[]): boolean {
  let j = run.runStart - 1;
  if (j < 1) return false;
  let t = tokens[j] as Token;
  // The words' strings are read only when a word's first letter fits ("a", "an", "the"; "for", "of",
  // "on", "to", "against").
  let h = t.head;
  if ((h === 97 || h === 116) && (t.text === 'a' || t.text === 'an' || t.text === 'the')) {
    t = tokens[--j] as Token;
    h = t.head;
  }
  if (!(h === 102 || h === 111 || h === 116 || h === 97)) return false;
  const link = t.text;
  if (!(link === 'for' || link === 'of' || link === 'on' || link === 'to' || link === 'against'))
    return false;
  const head = tokens[j - 1];
  return !!head?.word && mayBeIn(ORGANISATION_SHAPES, head) && ORGANISATION_WORDS.has(head.text);
}

/** The shapes of the organisation words (text/shapes.ts). */
const ORGANISATION_SHAPES = wordShapes(ORGANISATION_WORDS);
