import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from '../lexicon/honorifics.ts';
import { isFirstName } from '../lexicon/names.ts';
import { FUNCTION_WORDS, ORGANISATION_WORDS } from '../lexicon/not-people.ts';
import { ORGANISATION_FIRST_NAME, kindOf } from './trim-run.ts';
import { isInitials, isUpperCode, startsWithUpper } from '../text/chars.ts';
import { mayBeIn, wordShapes } from '../text/shapes.ts';
import type { Token } from '../text/tokens.ts';

/**
 * A run of capitalized words that may be a name: "Dr. Amara Nwosu", "Ludwig van Beethoven",
 * "Martin Luther King Jr.", "Kanye West’s" (the run ends at a possessive; `end` excludes the ’s).
 */
export interface NameRun {
  /** First and last token (exclusive) of the name itself, without titles. */
  first: number;
  last: number;
  /** Offsets of the name part (no title, no possessive ’s). */
  start: number;
  end: number;
  /** The name's words, possessive removed ("Kanye", "West"). */
  words: string[];
  /** Titles written before the name ("Dr", "Sen", "President"). */
  titles: string[];
  /** Token index where the run begins, titles included. */
  runStart: number;
}

/** The length of a possessive ending on `word` ("’s" or "'s": 2; a lone "’" or "'": 1), or 0. */
export function possessiveLength(word: string): number {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 0x2019 || last === 39) return 1;
  if (last !== 115 || n < 2) return 0;
  const before = word.charCodeAt(n - 2);
  return before === 0x2019 || before === 39 ? 2 : 0;
}

/** Party names, acronyms and organisation words that may stand before a name without being part of it. */
function isDescriptor(t: Token): boolean {
  const word = t.text;
  return (
    (mayBeIn(DESCRIPTOR_SHAPES, t) && (PARTY_WORDS.has(word) || ORGANISATION_WORDS.has(word))) ||
    (word.length > 1 && startsWithUpper(word) && isUpperCaseWord(word))
  );
}

/** Whether upper-casing leaves `word` as it is ("NYPD", "CEO", "R-Ky"), without making a copy for ASCII. */
export function isUpperCaseWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word === word.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

const PARTY_WORDS = new Set([
  'Democrat',
  'Democratic',
  'Republican',
  'GOP',
  'Independent',
  'Libertarian',
  'Labour',
  'Tory',
]);

/** The shapes of the party and organisation words (text/shapes.ts). */
const DESCRIPTOR_SHAPES = wordShapes([...PARTY_WORDS, ...ORGANISATION_WORDS]);

/** Whether token `j` directly follows token `i` on the same line, separated by at most one space. */
function adjacent(tokens: readonly Token[], i: number, j: number): boolean {
  const a = tokens[i];
  const b = tokens[j];
  return !!a && !!b && a.para === b.para && b.start - a.end <= 1;
}

/** Flags of a token: a capitalized word that can be part of a name; a title (Dr, Senator). */
const NAME = 1;
const TITLE = 4;

/** The shapes of the function words and of the titles: most capitalized words are looked up in neither. */
const FUNCTION_SHAPES = wordShapes(FUNCTION_WORDS);
const TITLE_SHAPES = wordShapes(HONORIFICS.keys());

/** Whether the token is a capitalized word that can be part of a name. */
function isNameWord(t: Token): boolean {
  // isCapitalized(t.text), read from the token's first unit.
  return t.word && isUpperCode(t.head) && !(mayBeIn(FUNCTION_SHAPES, t) && FUNCTION_WORDS.has(t.text));
}

/**
 * Whether a word after a name word is an Arabic surname written with its article: "Bashar al-Assad", "Abdel
 * Fattah el-Sisi". (Its string is read only for a word of four units or more that starts with "a" or "e".)
 */
function isArticleSurname(t: Token): boolean {
  if (!t.word || (t.head !== 97 && t.head !== 101) || t.end - t.start < 4) return false;
  const text = t.text;
  return (text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45) && ARTICLE_PREFIXED.test(text);
}

/** "al-Assad", "el-Sisi", "ash-Shater": a lowercase article joined by a hyphen to a capitalized name. */
const ARTICLE_PREFIXED = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

/**
 * Whether token `k` (possibly out of range) is a capitalized word that can be part of a name. (A function of
 * its own, not a closure made per call: tsx and esbuild's keepNames wrap every named closure they create.)
 */
function nameWord(flags: Uint8Array, k: number): boolean {
  return ((flags[k] ?? 0) & NAME) !== 0;
}

/** Whether `t` is the one-unit mark `code` ("." is 46): a mark's text is its `head`, read without the string. */
function isMark(t: Token | undefined, code: number): boolean {
  return t !== undefined && !t.word && t.head === code;
}

/** The shapes of the name particles (text/shapes.ts): most words after a name are none. */
const PARTICLE_SHAPES = wordShapes(NAME_PARTICLES);

/** The titles of a run written without any (shared: no run's titles are changed once it is made). */
const NO_TITLES: string[] = [];

/** The buffers behind nameRuns' token flags, name-word indices and paragraph counts, kept between texts. */
let flagBuffer = new Uint8Array(0);
let nameBuffer = new Int32Array(0);
let paraBuffer = new Uint32Array(0);

/**
 * Finds every run of capitalized words (with initials, particles and suffixes) in the tokens, in order.
 * Titles before a name are kept apart in `titles`. On the same pass over the tokens, adds to `headlines`
 * the paragraphs written in title case ("Hillary Clinton Speaks Out On Police Shootings"). Linear in the
 * number of tokens.
 */
export function nameRuns(tokens: readonly Token[], headlines: Set<number>): NameRun[] {
  // What each token is, decided once: the scanner below asks up to nine times per word.
  if (flagBuffer.length < tokens.length) flagBuffer = new Uint8Array(2 * tokens.length);
  // A view of the buffer kept between texts (a fresh typed array per text costs more than filling one).
  const flags = flagBuffer.subarray(0, tokens.length).fill(0);
  // The indices of the name words, in order (the scan below goes from one to the next).
  // (Kept for texts of up to 64k tokens, 256 KB of indices; a larger text gets an array of its own.)
  if (nameBuffer.length < tokens.length && tokens.length <= 1 << 16) {
    nameBuffer = new Int32Array(Math.min(2 * tokens.length, 1 << 16));
  }
  const names = nameBuffer.length >= tokens.length ? nameBuffer : new Int32Array(tokens.length);
  let nameCount = 0;
  // Per paragraph: its words of four letters or more, and how many of them are capitalized.
  const paras = tokens.length === 0 ? 0 : (tokens[tokens.length - 1] as Token).para + 1;
  if (paraBuffer.length < 2 * paras) paraBuffer = new Uint32Array(4 * paras);
  const long = paraBuffer.subarray(0, paras).fill(0);
  const capital = paraBuffer.subarray(paras, 2 * paras).fill(0);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (t.end - t.start >= 4) {
      long[t.para] = (long[t.para] as number) + 1;
      // startsWithUpper(t.text), from the token's first unit when it is ASCII.
      const c = t.head;
      if (c < 128 ? c >= 65 && c <= 90 : startsWithUpper(t.text))
        capital[t.para] = (capital[t.para] as number) + 1;
    }
    if (!isNameWord(t) && !(k > 0 && nameWord(flags, k - 1) && isArticleSurname(t))) continue;
    flags[k] = NAME | (mayBeIn(TITLE_SHAPES, t) && HONORIFICS.has(t.text) ? TITLE : 0);
    names[nameCount++] = k;
  }
  // Paragraphs in title case: at least five words of four letters or more, 85% capitalized.
  for (let para = 0; para < paras; para++) {
    const n = long[para] as number;
    if (n >= 5 && (capital[para] as number) >= 0.85 * n) headlines.add(para);
  }
  const runs: NameRun[] = [];
  let i = 0;
  // The next name word at or after `i` is names[q].
  let q = 0;
  for (;;) {
    while (q < nameCount && (names[q] as number) < i) q++;
    if (q === nameCount) break;
    i = names[q] as number;
    // "House Speaker Paul D. Ryan", "White House Press Secretary Josh Earnest": the capitalized words
    // before the last title describe the person and are not part of the name.
    for (let j = i + 1; j < tokens.length && j < i + 8; j++) {
      const t = tokens[j] as Token;
      const stop = isMark(t, 46);
      if (stop || !nameWord(flags, j) || !adjacent(tokens, j - 1, j)) {
        if (!stop) break;
        continue;
      }
      const f = flags[j] as number;
      if (f & TITLE && nameWord(flags, j + 1)) i = j;
      // "Democrat Hillary Clinton", "Wells Fargo CEO John Stumpf": a first name after a party, an
      // acronym or an organisation word starts the name.
      const prev = tokens[j - 1] as Token;
      // (The first-name list, a large table, is asked last: only after a descriptor.)
      // ("Bill Nelson": an organisation word that is itself a first name opens the name instead.)
      if (
        prev.word &&
        isDescriptor(prev) &&
        !(kindOf(prev.text) & ORGANISATION_FIRST_NAME) &&
        isFirstName(t.text)
      )
        i = j;
    }
    const runStart = i;
    let titles = NO_TITLES;
    // Titles: "Dr.", "Sen.", "President", "Vice President".
    while (((flags[i] ?? 0) & TITLE) !== 0) {
      const t = tokens[i] as Token;
      let j = i + 1;
      if (isMark(tokens[j], 46) && adjacent(tokens, i, j)) j++;
      if (!nameWord(flags, j) || !(adjacent(tokens, j - 1, j) || isMark(tokens[j - 1], 46))) break;
      if (titles === NO_TITLES) titles = [];
      titles.push(t.text);
      i = j;
    }
    const first = i;
    const words: string[] = [];
    let last = i;
    let end = (tokens[i] as Token).start;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      if (i > first && !adjacent(tokens, i - 1, i) && !(isMark(tokens[i - 1], 46) && words.length > 0)) break;
      if (nameWord(flags, i)) {
        // possessiveLength(t.text), whose string is read only when the word ends in "s" or an apostrophe.
        const z = t.tail;
        const cut = z === 115 || z === 39 || z === 0x2019 ? possessiveLength(t.text) : 0;
        const possessive = cut > 0 && !isInitials(t.text);
        const word = possessive ? t.text.slice(0, t.text.length - cut) : t.text;
        words.push(word);
        end = t.start + word.length;
        last = i + 1;
        i++;
        if (possessive) break;
        // "G.K." and "Jr.": the full stop belongs to the name when another name word follows.
        if (
          isMark(tokens[i], 46) &&
          adjacent(tokens, i - 1, i) &&
          (isInitials(word) || NAME_SUFFIXES.has(word))
        ) {
          if (NAME_SUFFIXES.has(word)) {
            end = (tokens[i] as Token).end;
            last = i + 1;
            i++;
            break;
          }
          if (nameWord(flags, i + 1) && adjacent(tokens, i, i + 1)) {
            i++;
            continue;
          }
          break;
        }
        // A possessive written as a separate mark: "the Joneses’ house".
        if (
          (isMark(tokens[i], 0x2019) || isMark(tokens[i], 39)) &&
          tokens[i]?.start === end &&
          !nameWord(flags, i + 1)
        ) {
          i++;
          break;
        }
        continue;
      }
      // Particles, one or several, between name words: "Ruth van der Berg", "Charles de Gaulle".
      let k = i;
      while (
        k < tokens.length &&
        (tokens[k] as Token).word &&
        mayBeIn(PARTICLE_SHAPES, tokens[k] as Token) &&
        NAME_PARTICLES.has((tokens[k] as Token).text) &&
        adjacent(tokens, k - 1, k)
      )
        k++;
      if (k > i && words.length > 0 && nameWord(flags, k) && adjacent(tokens, k - 1, k)) {
        for (let q = i; q < k; q++) words.push((tokens[q] as Token).text);
        i = k;
        continue;
      }
      break;
    }
    if (words.length === 0) {
      i = Math.max(i, runStart + 1);
      continue;
    }
    const startTok = tokens[first] as Token;
    runs.push({ first, last, start: startTok.start, end, words, titles, runStart });
  }
  return runs;
}
