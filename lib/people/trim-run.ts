import { HONORIFICS } from '../lexicon/honorifics.ts';
import { isFirstName, isSurname } from '../lexicon/names.ts';
import { FUNCTION_WORDS, ORGANISATION_WORDS, PLACES } from '../lexicon/not-people.ts';
import { ROLE_NOUNS } from '../lexicon/roles.ts';
import type { Token } from '../text/tokens.ts';
import type { Gender } from '../types.ts';
import type { NameRun } from './name-runs.ts';
import { isGroupWord, isPlaceOrOrganisation } from './not-person.ts';

/** A run of capitalized words cut down to the name in it, with what the cut words said about it. */
export interface TrimmedRun {
  run: NameRun;
  /** A role word was cut from its front ("Actress Amandla Stenberg"): the rest is a person's name. */
  role: boolean;
  /** The gender that role word implies, or null. */
  gender: Gender | null;
  /**
   * A one-word run that the tables know as a place or an organisation ("Tulsa", "Verizon"): no person
   * unless a longer name of the text has it ("Ana Lima", then "Lima said").
   */
  placeOrOrganisation: boolean;
}

/** "I’ll", "You've", "They're", "Don't": contractions are never names (O’Malley and D’Souza go on in capitals). */
const CONTRACTION = /[’'](?:ll|ve|m|d|re|t)$/;

/** Capitalized words that describe the person named after them without being a role ("Former Gov. X"). */
const DESCRIPTORS = new Set(['Former', 'Then', 'Late', 'Rival', 'Fellow', 'Top', 'Ex']);

/** Parties and their members, written before a name ("Democrat Zephyr Teachout"): like role words, they mark a person. */
const PARTY_WORDS = new Set(['Democrat', 'Republican', 'Democratic', 'Independent', 'Libertarian']);

/** Words joining an organisation's name word to the rest of the name ("Committee for a Responsible ..."). */
const ORGANISATION_LINKS = new Set(['for', 'of', 'on', 'to', 'against']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The role noun a capitalized word is, singular or plural ("Actress", "Senators", "Celebrities"), with its
 * gender; undefined when it is none.
 */
function roleOf(word: string): Gender | null | undefined {
  const lower = word.toLowerCase();
  const role = ROLE_NOUNS.get(lower);
  if (role !== undefined || !lower.endsWith('s')) return role;
  return ROLE_NOUNS.get(lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1));
}

/** Whether a word ending in -ing or -ly is a gerund or an adverb and no name ("Using", "Interestingly"). */
function isGerundOrAdverb(word: string): boolean {
  return (
    word.length > 4 && (word.endsWith('ing') || word.endsWith('ly')) && !isFirstName(word) && !isSurname(word)
  );
}

/** Whether a word is an acronym in capitals ("DNC", "FBI"), which describes the name after it. */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The run without its first `n` words (and without their tokens). */
function dropWords(run: NameRun, tokens: readonly Token[], n: number): NameRun {
  let j = run.first;
  for (let seen = 0; j < run.last; j++) {
    if (!(tokens[j] as Token).word) continue;
    if (seen === n) break;
    seen++;
  }
  return { ...run, first: j, start: (tokens[j] as Token).start, words: run.words.slice(n), runStart: j };
}

/**
 * Cuts a run of capitalized words down to the person's name in it, or returns null when it holds none:
 * role words, party names, demonyms and descriptors in front go ("Comedian Sarah Silverman", "Vermonter
 * Bernie Sanders", "Former AG Mukasey"), and so does a gerund or adverb opening the sentence ("Using Ted
 * Cruz"); a contraction, a title standing last ("Florida Sen."), a group of people ("Americans"), a known
 * place or organisation of two words or more ("Saudi Arabia", "Goldman Sachs") and the end of an organisation's name ("the
 * Committee for a Responsible Federal Budget") are no names.
 */
export function trimRun(
  run: NameRun,
  tokens: readonly Token[],
  sentenceStart: (i: number) => boolean,
): TrimmedRun | null {
  const words = run.words;
  for (const w of words) if ((w.includes('’') || w.includes("'")) && CONTRACTION.test(w)) return null;
  const lastWord = words[words.length - 1] as string;
  if (words.length === 1 && (HONORIFICS.has(lastWord) || FUNCTION_WORDS.has(lastWord))) return null;
  if (afterOrganisationWord(run, tokens)) return null;
  // "General Electric", "General Motors": a title that begins an organisation's name.
  if (run.titles.length > 0 && isPlaceOrOrganisation([...run.titles, ...words])) return null;

  // "Having said that", "Simply put": a gerund or an adverb opening the sentence is no name, and goes
  // from the front of one ("Using Ted Cruz", "Interestingly Blocher").
  let n = 0;
  if (isGerundOrAdverb(words[0] as string) && run.titles.length === 0 && sentenceStart(run.runStart)) {
    if (words.length === 1) return null;
    n = 1;
  }
  let role = false;
  let gender: Gender | null = null;
  // Role words, descriptors, parties, demonyms, acronyms and organisation words go when a name is left:
  // "Comedian Sarah Silverman", "Former AG Mukasey", "DNC Chair Debbie Wasserman Schultz", but "Star Wars"
  // and "American Legion" stay as they are.
  let m = n;
  while (m < words.length - 1) {
    const w = words[m] as string;
    const r = roleOf(w);
    if (r !== undefined || PARTY_WORDS.has(w)) {
      role = true;
      gender = gender ?? r ?? null;
    } else if (!(DESCRIPTORS.has(w) || isGroupWord(w) || isAcronym(w) || ORGANISATION_WORDS.has(w))) break;
    m++;
  }
  if (m > n && (words.length - m > 1 || isFirstName(words[m] as string))) {
    n = m;
    // The role says the rest is a name when it looks like one: "Actress Amandla Stenberg", not
    // "Republican National Committeeman".
    role &&= isFirstName(words[m] as string) || isSurname(lastWord);
  } else role = false;
  if (n === 0) gender = null;
  const trimmed = n > 0 ? dropWords(run, tokens, n) : run;
  if (trimmed.words.every(isGroupWord)) return null;
  // "Florida Sen.", "Former Ohio Governor": a place and a title (but "Larry King", "Patty Judge").
  const tw = trimmed.words;
  if (tw.length === 2 && HONORIFICS.has(lastWord) && PLACES.has(tw[0] as string)) return null;
  const known = !role && run.titles.length === 0 && isPlaceOrOrganisation(trimmed.words);
  if (known && trimmed.words.length > 1) return null;
  return { run: trimmed, role, gender, placeOrOrganisation: known };
}

/**
 * Whether the run goes on an organisation's name before it: "Committee for a Responsible Federal
 * Budget", "Club for Growth Action", "Department of Homeland Security".
 */
function afterOrganisationWord(run: NameRun, tokens: readonly Token[]): boolean {
  let j = run.runStart - 1;
  if (tokens[j]?.word && ARTICLES.has((tokens[j] as Token).text)) j--;
  const link = tokens[j];
  if (!link?.word || !ORGANISATION_LINKS.has(link.text)) return false;
  const head = tokens[j - 1];
  return !!head?.word && ORGANISATION_WORDS.has(head.text);
}
