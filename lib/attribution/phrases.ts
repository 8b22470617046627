import { HONORIFICS } from '../lexicon/honorifics.ts';
import { CALENDAR_WORDS, FUNCTION_WORDS } from '../lexicon/not-people.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import { DOCUMENT_HEADS, SOURCE_HEADS } from '../lexicon/reporting.ts';
import { ROLE_NOUNS, SOURCE_NOUNS } from '../lexicon/roles.ts';
import { isVerbHelper, NEGATED_CONTRACTION } from '../lexicon/speech-verbs.ts';
import { endsWithApostrophe, isCapitalized, isLowerCaseWord } from '../text/chars.ts';
import { endsSentence } from '../text/sentences.ts';
import { ShapedSet } from '../text/shapes.ts';
import type { Token } from '../text/tokens.ts';
import type { Mention } from '../people/find-people.ts';
import { span } from '../text/span.ts';
import type { Person, Speaker } from '../types.ts';

/** A speaker phrase: tokens `[first, last)`, and the name mention it is, when it is one. */
export interface Phrase {
  first: number;
  last: number;
  kind: 'name' | 'pronoun' | 'phrase';
  mention?: Mention;
}

/** Words that open a noun phrase naming a source ("the airline", "a senior official", "two sources"). */
export const DETERMINERS: { has(word: string): boolean } = new ShapedSet(
  new Set(
    `the a an one another two three four several some many most other his her their its our both all each this
  these those`
      .split(/\s+/)
      .filter(Boolean),
  ),
);

/**
 * Nouns that head a source phrase: the parser's SOURCE_NOUNS, the reported-speech SOURCE_HEADS, and
 * organisations and crowds ("The port authority", "the crowd", "the foundation").
 */
const MORE_SOURCE_NOUNS = new Set(
  `foundation authority association institute institution publication crowd audience protesters
  demonstrators marchers candidate nominee ad ads editorial blog article commentary network`
    .split(/\s+/)
    .filter(Boolean),
);

/** All the nouns that head a source phrase, in one set: the tables above and role nouns in the plural. */
const SOURCE_WORDS: ReadonlySet<string> = new Set([
  ...SOURCE_NOUNS,
  ...SOURCE_HEADS,
  ...MORE_SOURCE_NOUNS,
  // A role noun in the plural: "the authors", "the organizers".
  ...[...ROLE_NOUNS.keys()].map((role) => `${role}s`),
]);

/**
 * The lookups of phrase words are behind their shapes (first letter, last letter, length): most words
 * of a phrase ("senior", "administration") are in no table, told without hashing the word.
 */
const SOURCE_SET = new ShapedSet(SOURCE_WORDS);
const SOURCE_OR_ROLE = new ShapedSet(new Set([...SOURCE_WORDS, ...ROLE_NOUNS.keys()]));

/** Whether a lower-case word heads a source phrase ("the airline", "the committee", "the crowd"). */
function isSourceNoun(word: string): boolean {
  return SOURCE_SET.has(word);
}

/** `isSourceNoun(word) || ROLE_NOUNS.has(word)`, in one lookup. */
export function isSourceOrRole(word: string): boolean {
  return SOURCE_OR_ROLE.has(word);
}

/** Quantities that stand for people as a clause's subject ("Some chanted", "Others shouted"). */
const QUANTITY_SUBJECTS = new ShapedSet(
  new Set(['some', 'many', 'others', 'several', 'most', 'both', 'few']),
);

/** Words that count people: "said one of those advisers". */
const QUANTITIES = new ShapedSet(
  new Set(`one two three some many several most none each all both`.split(/\s+/).filter(Boolean)),
);

/** Whether `word` is "the" in any case ("The", "THE"). */
function isThe(word: string): boolean {
  return word.length === 3 && word.toLowerCase() === 'the';
}

/** Speech verbs whose next words are their object, never an inverted subject ("told reporters"). */
const OBJECT_VERBS = new Set(
  `told tells telling tell called calls calling call described describes describing`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that cannot sit inside a source phrase: they end it ("said in a statement that the ..."). */
const PHRASE_BREAKERS = new ShapedSet(
  new Set(
    `that which who whom whose and or but if when while because as in on at for from with by to of into
  about over after before than then so not is was are were be been has had have said says told`
      .split(/\s+/)
      .filter(Boolean),
  ),
);

/** Looks up the name mention that ends at token `last` (exclusive), if any. */
export type MentionEndingAt = (last: number) => Mention | undefined;
/** Looks up the name mention that starts at token `first`, if any. */
export type MentionStartingAt = (first: number) => Mention | undefined;

/**
 * The subject written before the speech verb at token `verb`, not before token `lo`: a name, a pronoun or
 * a source phrase. Skips words like "also" or "has" and one or two descriptions set off by commas or
 * brackets ("Dr. Amara Nwosu, the chief of emergency medicine, told"). Null when there is none.
 */
export function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  lo: number,
  mentionEndingAt: MentionEndingAt,
): Phrase | null {
  let j = verb - 1;
  while (j >= lo && isSkippableWord(tokens[j] as Token)) j--;
  for (let skips = 0; skips < 3 && j >= lo; skips++) {
    const t = tokens[j] as Token;
    if (t.text === ')') {
      const k = findBack(tokens, j - 1, lo, '(', 12);
      if (k < 0) return null;
      j = k - 1;
    } else if (t.text === ',') {
      // An appositive: the name sits before the previous comma ("Kim, the star, said").
      const k = findBack(tokens, j - 1, lo, ',', 20);
      // "Kasich (R-OH), said": the name right before the comma, unless it ends a clause set off by commas
      // ("Lima, who has endorsed Ruiz, said", "Lima, asked about Ruiz, said").
      let n = j - 1;
      if (tokens[n]?.text === ')') n = findBack(tokens, n - 1, lo, '(', 12) - 1;
      const named = n >= lo ? phraseEndingAt(tokens, n, lo, mentionEndingAt) : null;
      if (named && named.kind !== 'phrase' && !(k >= 0 && opensAside(tokens[k + 1]))) return named;
      if (k < 0) return null;
      const inner = k + 1;
      if (!(tokens[inner] as Token).word) return null;
      j = k - 1;
    } else break;
  }
  if (j < lo) return null;
  // "he laughed and said": the subject of the first verb.
  const and = tokens[j];
  if (and?.text === 'and' && j - 2 >= lo && isLowerCaseWord((tokens[j - 1] as Token).text)) {
    const first = phraseEndingAt(tokens, j - 2, lo, mentionEndingAt);
    if (first && first.kind !== 'phrase') return first;
  }
  return phraseEndingAt(tokens, j, lo, mentionEndingAt);
}

/** Whether a word opens a clause set off by commas: a relative pronoun or a participle ("asked", "speaking"). */
function opensAside(t: Token | undefined): boolean {
  if (!t?.word || !isLowerCaseWord(t.text)) return false;
  const w = t.text;
  return w === 'who' || w === 'which' || (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing')));
}

/** The subject written after the speech verb at `verb` ("said Kim", "said the airline"), before `hi`. */
export function subjectAfter(
  tokens: readonly Token[],
  verb: number,
  hi: number,
  mentionStartingAt: MentionStartingAt,
): Phrase | null {
  const i = verb + 1;
  if (i >= hi || OBJECT_VERBS.has((tokens[verb] as Token).text)) return null;
  const t = tokens[i] as Token;
  if (!t.word) return null;
  const m = mentionStartingAt(i) ?? titleThenMention(tokens, i, mentionStartingAt);
  if (m && endsWithApostrophe((tokens[m.last - 1] as Token).text)) {
    // "asked Marcus’s husband, Jonah Price,": the possessive names whose relative speaks.
    let k = m.last;
    while (k < hi && k < m.last + 4 && (tokens[k] as Token).word) k++;
    if (k === m.last) return null;
    if (tokens[k]?.text === ',' && mentionStartingAt(k + 1)) {
      const named = mentionStartingAt(k + 1) as Mention;
      return { first: named.first, last: named.last, kind: 'name', mention: named };
    }
    return { first: i, last: k, kind: 'phrase' };
  }
  if (m) return { first: i, last: m.last, kind: 'name', mention: m };
  const lower = t.text.toLowerCase();
  const pronoun = SUBJECT_PRONOUNS.get(lower);
  if (pronoun && pronoun !== 'first' && pronoun !== 'neuter')
    return { first: i, last: i + 1, kind: 'pronoun' };
  // “...,” said I, in a quiet tone: the narrator, inverted as "said he" is (not "said I think").
  if (t.text === 'I' && !tokens[i + 1]?.word) return { first: i, last: i + 1, kind: 'pronoun' };
  // "said of Mr. Trump", "said to reporters": a preposition after the verb names its topic or hearer.
  if (PREPOSITIONS_AFTER_VERB.has(lower)) return null;
  // "said former Obama adviser David Axelrod", "said 9/11 widow Ana Lima": a description, then the name,
  // before any punctuation.
  let named: Mention | undefined;
  for (
    let k = i + 1;
    k < hi && k < i + 12 && ((tokens[k] as Token).word || /^[./-]$/.test((tokens[k] as Token).text));
    k++
  ) {
    const mk = mentionStartingAt(k);
    if (mk) {
      named = mk;
      k = mk.last - 1;
    }
  }
  // The name ends the phrase: punctuation or a preposition follows ("said Carly Fiorina during the debate").
  const after = named ? tokens[named.last] : undefined;
  if (named && (!after?.word || PHRASE_BREAKERS.has(after.text))) {
    return { first: named.first, last: named.last, kind: 'name', mention: named };
  }
  // "said one of those advisers, who ...": a quantity of people.
  if (QUANTITIES.has(lower) && tokens[i + 1]?.text === 'of') {
    let k = i + 2;
    while (k < hi && k < i + 8 && (tokens[k] as Token).word) k++;
    if (k > i + 2) return { first: i, last: k, kind: 'phrase' };
  }
  if (DETERMINERS.has(lower) || isSourceOrRole(lower)) {
    let k = i + 1;
    let head = isSourceOrRole(lower) ? i : -1;
    while (k < hi && k < i + 7) {
      const w = tokens[k] as Token;
      if (!w.word) break;
      if (PHRASE_BREAKERS.has(w.text.toLowerCase())) {
        // "the Department of Conservation", "the Center for Biological Diversity": a name runs on over "of"
        // or "for" between capitalized words.
        if (!(head === k - 1 && namesOn(tokens, k))) break;
        k++;
        continue;
      }
      if (isSourceOrRole(w.text.toLowerCase()) || isCapitalized(w.text)) head = k;
      k++;
    }
    if (head < 0 && DETERMINERS.has(lower) && k > i + 1 && !(tokens[k] as Token | undefined)?.word)
      head = k - 1;
    // "the host, Jo Park,": the name in apposition says who.
    const named = head >= 0 && tokens[head + 1]?.text === ',' ? mentionStartingAt(head + 2) : undefined;
    if (named) return { first: named.first, last: named.last, kind: 'name', mention: named };
    if (head >= 0) return { first: i, last: head + 1, kind: 'phrase' };
    return null;
  }
  if (isCapitalized(t.text) && !FUNCTION_WORDS.has(t.text)) {
    let k = i;
    while (k < hi && (tokens[k] as Token).word && isCapitalized((tokens[k] as Token).text)) k++;
    return { first: i, last: k, kind: 'phrase' };
  }
  return null;
}

/** Whether token `k` is an "of" or "for" between two capitalized words, inside a name ("Bank of England"). */
function namesOn(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).text;
  const next = tokens[k + 1];
  return (
    (w === 'of' || w === 'for') &&
    isCapitalized((tokens[k - 1] as Token).text) &&
    next !== undefined &&
    next.word &&
    isCapitalized(next.text)
  );
}

/**
 * The name mention right after an honorific at token `i`, written with or without its full stop ("Sen.
 * Warren", "Mr Obama"), when the mention starts after the title.
 */
export function titleThenMention(
  tokens: readonly Token[],
  i: number,
  at: MentionStartingAt,
): Mention | undefined {
  if (!HONORIFICS.has((tokens[i] as Token).text)) return undefined;
  return at(i + 1) ?? at(i + 2);
}

/** Prepositions that may follow a speech verb; the name after one is not the verb's inverted subject. */
const PREPOSITIONS_AFTER_VERB = new Set(
  'of about to at in on for with from after before during over into'.split(' '),
);

/**
 * Whether a word may sit between a subject and its verb ("also", "has", "reportedly"): isVerbHelper, or a
 * requirement keyword ("The server MUST respond").
 */
export function isSkippableWord(t: Token): boolean {
  return t.word && (isVerbHelper(t.text) || REQUIREMENT_KEYWORDS.has(t.text));
}

function findBack(tokens: readonly Token[], from: number, lo: number, text: string, max: number): number {
  for (let k = from; k >= lo && k > from - max; k--) {
    const t = tokens[k] as Token;
    if (t.text === text) return k;
    // Full stops inside "(D-Ore.)" or "R-Ky." do not end the search; a sentence end does, except inside a
    // bracket ("(D-N.M.)", whose "N." looks like one).
    if (
      (t.text === '.' && text !== '(' && endsSentence(tokens, k)) ||
      t.text === ';' ||
      t.text === '“' ||
      t.text === '”'
    )
      return -1;
  }
  return -1;
}

/** The phrase that ends at token `j`: a mention, a pronoun, a capitalized name, or a source phrase. */
export function phraseEndingAt(
  tokens: readonly Token[],
  j: number,
  lo: number,
  mentionEndingAt: MentionEndingAt,
): Phrase | null {
  const t = tokens[j] as Token;
  if (!t.word) return null;
  const m = mentionEndingAt(j + 1);
  if (m && m.first >= lo) return { first: m.first, last: m.last, kind: 'name', mention: m };
  const lower = t.text.toLowerCase();
  // "Mike Lee, who declared": the name before the relative pronoun.
  if ((lower === 'who' || lower === 'which') && tokens[j - 1]?.text === ',' && j - 2 >= lo)
    return phraseEndingAt(tokens, j - 2, lo, mentionEndingAt);
  const pronoun = SUBJECT_PRONOUNS.get(lower);
  if (pronoun) return { first: j, last: j + 1, kind: 'pronoun' };
  // "Some chanted", "Others shouted": a quantity standing alone for people, opening its clause, before a
  // plural verb ("Some calls to the office" is a noun phrase).
  const opener = tokens[j - 1];
  if (
    QUANTITY_SUBJECTS.has(lower) &&
    (j === lo || !opener?.word || /^(?:and|but|while)$/.test(opener.text)) &&
    !tokens[j + 1]?.text.endsWith('s')
  )
    return { first: j, last: j + 1, kind: 'phrase' };
  // "Democratic claims", "American voters say": a capitalized adjective is not a speaker.
  const previous = tokens[j - 1];
  const word = t.text;
  const adjective =
    (word.endsWith('ic') || word.endsWith('an') || word.endsWith('ese') || word.endsWith('ish')) &&
    !(previous?.word && isCapitalized(previous.text));
  // "Don’t say “...”": an order opening the sentence has no subject.
  const negated = NEGATED_CONTRACTION.test(word);
  if (
    isCapitalized(t.text) &&
    !FUNCTION_WORDS.has(t.text) &&
    !CALENDAR_WORDS.has(t.text) &&
    !adjective &&
    !negated
  ) {
    // Back over the capitalized words of the name, not a conjunction or an adverb opening the sentence ("As
    // Akhil Amar put it", "But Republicans said"); a determiner or a pronoun may open it ("Some Democrats",
    // "Us Weekly").
    let k = j;
    for (; k - 1 >= lo; k--) {
      const w = tokens[k - 1] as Token;
      if (!w.word || !isCapitalized(w.text)) break;
      const wl = w.text.toLowerCase();
      if (FUNCTION_WORDS.has(w.text) && !DETERMINERS.has(wl) && !PERSONAL_PRONOUNS.has(wl)) break;
    }
    if (k - 1 >= lo && isThe((tokens[k - 1] as Token).text)) k--;
    return { first: k, last: j + 1, kind: 'phrase' };
  }
  if (PHRASE_BREAKERS.has(lower) || lower.endsWith('ing') || lower.endsWith('ly')) return null;
  // Walk back to the determiner: "a senior administration official", "Trump’s campaign", "the crowd".
  const known = isSourceOrRole(lower);
  const k = nounPhraseStart(tokens, j, lo, false);
  const determined = k < j && opensNounPhrase(tokens[k] as Token);
  if (!known && !determined) return null;
  // "Protesters marching through the streets chanted": a noun after a preposition is its object; the
  // subject comes before the prepositional (and participle) phrase.
  const before = tokens[k - 1];
  if (before?.word && PREPOSITIONS.has(before.text.toLowerCase())) {
    let b = k - 2;
    while (b >= lo && b > k - 6 && (tokens[b] as Token).word && (tokens[b] as Token).text.endsWith('ing'))
      b--;
    return b >= lo && b < k - 1 ? phraseEndingAt(tokens, b, lo, mentionEndingAt) : null;
  }
  // "Trump issued a statement describing ...", "Sanders delivered a snappy retort": a phrase right after a
  // verb is its object; the speaker is that verb's subject.
  if (determined && before?.word && isObjectTaker(before.text)) return null;
  return { first: k, last: j + 1, kind: 'phrase' };
}

/** Common verbs, in the past or present, whose object a document or remark is (sent, gave, issued, makes). */
const OBJECT_TAKERS = new Set(
  `sent gave made took put got held wrote shared issued released delivered posted offered published
  sends gives makes takes puts gets holds writes shares issues releases delivers posts offers publishes`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether `word` is a lower-case verb form that takes an object ("issued", "shares", "sent"). */
function isObjectTaker(word: string): boolean {
  return OBJECT_TAKERS.has(word) || (word.length > 4 && word.endsWith('ed') && isLowerCaseWord(word));
}

/** Personal pronouns, which may be the first word of a name ("Us Weekly", "He Jiankui"). */
const PERSONAL_PRONOUNS = new Set('i you he she it we they me him her us them'.split(' '));

/** Prepositions whose object is not a sentence's subject. */
const PREPOSITIONS = new ShapedSet(
  new Set(
    `in on at to from with by for of through during after before about into over under near among across
  around behind against`
      .split(/\s+/)
      .filter(Boolean),
  ),
);

/** Words that open an introductory phrase before a sentence's subject ("In a statement, the airline ..."). */
export const INTRODUCERS = new ShapedSet(
  new Set(
    `in on at after before during when while as since with without according speaking writing asked
  following despite although though if later earlier meanwhile still but and so yet also however instead
  holding responding addressing appearing talking`
      .split(/\s+/)
      .filter(Boolean),
  ),
);

/**
 * The subject of the sentence whose words run `[lo, hi)`: the name, pronoun or source phrase it opens with,
 * after an introductory phrase set off by a comma ("In her Instagram Story, Kim claimed ..."). Null when
 * the sentence does not open with one.
 */
export function clauseSubject(
  tokens: readonly Token[],
  lo: number,
  hi: number,
  mentionStartingAt: MentionStartingAt,
): Phrase | null {
  let i = lo;
  // Up to two introductory phrases, each closed by a comma: "Like Corker, Menendez ...".
  // "But Cruz would not ...", "And she wrote ...": a conjunction opening the sentence, with no comma.
  if (OPENING_CONJUNCTIONS.has((tokens[i] as Token | undefined)?.text ?? '') && tokens[i + 1]?.word) i++;
  // "And then Trump went ...": an adverb of time after it.
  if (i > lo && tokens[i]?.text === 'then' && tokens[i + 1]?.word) i++;
  // Up to three introductory phrases: "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton ...".
  for (let tries = 0; tries < 4 && i < hi; tries++) {
    const found = subjectAt(tokens, i, hi, mentionStartingAt);
    if (found && found.kind !== 'phrase') return found;
    if (
      found &&
      isCapitalized((tokens[found.first] as Token).text) &&
      !DETERMINERS.has((tokens[found.first] as Token).text.toLowerCase())
    ) {
      // "Hours later, Trump ...": a name right after a short opening phrase is the subject.
      let c = found.last;
      while (c < hi && c < found.last + 3 && (tokens[c] as Token).word) c++;
      const next = tokens[c]?.text === ',' ? subjectAt(tokens, c + 1, hi, mentionStartingAt) : null;
      return next && next.kind !== 'phrase' ? next : found;
    }
    if (found) return found;
    let k = i;
    while (k < hi && k < i + 15 && (tokens[k] as Token).text !== ',') k++;
    if (k >= hi || (tokens[k] as Token).text !== ',') return null;
    i = k + 1;
  }
  return null;
}

/**
 * Modal verbs written in capitals as the requirement keywords of specifications (RFC 2119): helping verbs
 * between a subject and its verb, never part of a speaker's name ("it SHOULD add", "The server MUST respond").
 */
const REQUIREMENT_KEYWORDS = new Set([
  'MUST',
  'SHOULD',
  'MAY',
  'SHALL',
  'NOT',
  'REQUIRED',
  'RECOMMENDED',
  'OPTIONAL',
]);

/** The subject phrase that starts at token `i`: a name, a pronoun, or a source phrase; null otherwise. */
function subjectAt(
  tokens: readonly Token[],
  i: number,
  hi: number,
  mentionStartingAt: MentionStartingAt,
): Phrase | null {
  const t = tokens[i];
  if (!t?.word) return null;
  // "Here’s Clinton in December 1992:": the subject comes after "Here’s" or "There’s".
  if (HERE_IS.has(t.text)) return subjectAt(tokens, i + 1, hi, mentionStartingAt);
  const m =
    mentionStartingAt(i) ??
    titleThenMention(tokens, i, mentionStartingAt) ??
    describedName(tokens, i, hi, mentionStartingAt);
  if (m) {
    // "Scott's relatives watched the videos and said ...": a possessive name before nouns that can speak
    // owns the subject; the phrase is the subject.
    let k = m.last;
    if (endsWithApostrophe((tokens[k - 1] as Token).text))
      while (
        k < hi &&
        k < m.last + 3 &&
        isLowerCaseWord(tokens[k]?.text ?? '') &&
        isSourceOrRole((tokens[k] as Token).text)
      )
        k++;
    if (k === m.last) return { first: i, last: m.last, kind: 'name', mention: m };
    // "Clinton's husband, Bill, ...": the name after the comma is the relative's.
    const named = tokens[k]?.text === ',' ? mentionStartingAt(k + 1) : undefined;
    if (named) return { first: named.first, last: named.last, kind: 'name', mention: named };
    return { first: i, last: k, kind: 'phrase' };
  }
  const lower = t.text.toLowerCase();
  const pronoun = SUBJECT_PRONOUNS.get(lower);
  if (pronoun && pronoun !== 'first') return { first: i, last: i + 1, kind: 'pronoun' };
  if (INTRODUCERS.has(lower) || lower.endsWith('ing') || lower.endsWith('ed')) return null;
  // A source phrase: "The airline", "Two senior officials", "Trump’s campaign", "Politifact".
  let k = i;
  let head = -1;
  while (k < hi && k < i + 6) {
    const w = tokens[k] as Token;
    if (!w.word) break;
    const wl = w.text.toLowerCase();
    if (k > i && (PHRASE_BREAKERS.has(wl) || REQUIREMENT_KEYWORDS.has(w.text))) break;
    if (CALENDAR_WORDS.has(w.text)) return null;
    if (isSourceOrRole(wl) || (isCapitalized(w.text) && !FUNCTION_WORDS.has(w.text))) head = k;
    else if (!DETERMINERS.has(wl) && !endsWithApostrophe(w.text) && head >= 0) break;
    k++;
  }
  if (head < 0) return null;
  if (!DETERMINERS.has(lower) && !isCapitalized(t.text) && !isSourceOrRole(lower)) return null;
  // One capitalized word opening a sentence is a subject only before a verb-like word ("Politifact
  // examined"), not "Ever since", "Any decision" or "Good information".
  if (head === i && isCapitalized(t.text) && !isSourceNoun(lower)) {
    const next = tokens[i + 1];
    if (!next?.word || !(isVerbLike(next.text) || isSkippableWord(next))) return null;
  }
  return { first: i, last: head + 1, kind: 'phrase' };
}

/**
 * The relative pronoun that opens the clause a verb at token `v` is in, with no comma between them: "who" or
 * "which" right after a comma ("Netanyahu's Likud party, which tried to rally support by saying ..."), within
 * 20 tokens and not before `lo`; -1 when there is none. The phrase before that comma is the clause's subject.
 */
export function relativePronounBefore(
  tokens: readonly Token[],
  v: number,
  lo: number,
  quoted: (k: number) => boolean,
): number {
  for (let k = v - 1; k - 2 >= lo && k > v - 20; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || quoted(k)) return -1;
    if ((t.text === 'which' || t.text === 'who') && tokens[k - 1]?.text === ',') return k;
  }
  return -1;
}

/**
 * The noun phrase that ends right before the comma at token `comma`, which a relative clause after it
 * describes: a name, or the words back to their determiner or possessive (within six, not past a preposition:
 * "from Netanyahu's Likud party, which ..." is "Netanyahu's Likud party").
 */
export function antecedentOf(
  tokens: readonly Token[],
  comma: number,
  lo: number,
  mentionEndingAt: MentionEndingAt,
): Phrase | null {
  const j = comma - 1;
  if (j < lo || !(tokens[j] as Token).word) return null;
  const m = mentionEndingAt(j + 1);
  if (m && m.first >= lo) return { first: m.first, last: m.last, kind: 'name', mention: m };
  let k = nounPhraseStart(tokens, j, lo, true);
  // A possessive name is whole: "Tom Berg's ferry union".
  const owner = endsWithApostrophe((tokens[k] as Token).text) ? mentionEndingAt(k + 1) : undefined;
  if (owner && owner.first >= lo) k = owner.first;
  return { first: k, last: j + 1, kind: 'phrase' };
}

/**
 * The first token of the noun phrase whose last word is token `j`: back over at most five words, not before
 * `lo`, to the determiner or possessive that opens it (included: opensNounPhrase), stopping before a word that
 * breaks a phrase, and with `prepositions` before a preposition too. Where no opener is met, the last word
 * passed.
 */
function nounPhraseStart(tokens: readonly Token[], j: number, lo: number, prepositions: boolean): number {
  let k = j;
  while (k - 1 >= lo && k > j - 6) {
    const w = tokens[k - 1] as Token;
    if (!w.word) break;
    const wl = w.text.toLowerCase();
    if (PHRASE_BREAKERS.has(wl) || (prepositions && PREPOSITIONS.has(wl))) break;
    k--;
    if (DETERMINERS.has(wl) || endsWithApostrophe(w.text)) break;
  }
  return k;
}

/** Whether a word opens a noun phrase: a determiner or a possessive ("the", "Trump’s"). */
function opensNounPhrase(w: Token): boolean {
  return DETERMINERS.has(w.text.toLowerCase()) || endsWithApostrophe(w.text);
}

/** Words after which the subject comes ("Here’s Clinton in December 1992:"). */
const HERE_IS = new Set(['Here’s', "Here's", 'There’s', "There's"]);

/** Conjunctions that open a sentence before its subject without a comma ("But Cruz would not ..."). */
const OPENING_CONJUNCTIONS = new Set(['But', 'And', 'Yet', 'So']);

/** Common verbs in the past tense that do not end in -ed ("Pew found", "the court held"). */
const IRREGULAR_PAST = new Set(
  `said told wrote found thought felt knew saw made gave took put held spoke sent became began`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case words of a description before a name ("former", "presidential candidate"). */
function isDescriptionWord(w: string): boolean {
  return (
    ROLE_NOUNS.has(w) ||
    w === 'former' ||
    w === 'then' ||
    ((w.endsWith('al') || w.endsWith('ic')) && w.length > 4 && isLowerCaseWord(w))
  );
}

/**
 * The name after a short description that opens a subject at token `i`: "Democrat Ana Lima", "Democratic
 * presidential candidate Sen. Ana Lima", "former Gov. Ana Lima". The description is capitalized words,
 * role nouns and adjectives in -al/-ic only; undefined when no name follows within four words.
 */
function describedName(
  tokens: readonly Token[],
  i: number,
  hi: number,
  mentionStartingAt: MentionStartingAt,
): Mention | undefined {
  for (let k = i; k < hi && k < i + 4; k++) {
    const w = tokens[k] as Token;
    if (!w.word || !(isCapitalized(w.text) ? !FUNCTION_WORDS.has(w.text) : isDescriptionWord(w.text)))
      return undefined;
    const m = mentionStartingAt(k + 1) ?? titleThenMention(tokens, k + 1, mentionStartingAt);
    if (m) return m;
  }
  return undefined;
}

/**
 * Whether `word` is lower-case letters ending in -ed or -s, or a common irregular past, like a verb; not a
 * pronoun in -s ("Help us maintain ...": an order, "Help" no subject).
 */
function isVerbLike(word: string): boolean {
  if (word === 'us' || word === 'his' || word === 'its' || word === 'this') return false;
  return (
    (((word.length > 2 && word.endsWith('ed')) || (word.length > 1 && word.endsWith('s'))) &&
      isLowerCaseWord(word)) ||
    IRREGULAR_PAST.has(word)
  );
}

/**
 * A speaker's words as written, as a name: a pronoun without its contraction ("I've", "They’re", "He's" are
 * I, They, He), any other phrase without a possessive's "'s".
 */
export function writtenName(words: string): string {
  const bare = words.replace(CONTRACTION, '');
  if (bare !== words && SUBJECT_PRONOUNS.has(bare.toLowerCase())) return bare;
  return words.replace(/[’']s$/, '');
}

const CONTRACTION = /[’'](?:ve|m|d|ll|re|s)$/i;

/** The speaker a name mention stands for: its person (with personId) when it has one, else the name as written. */
export function namedSpeaker(text: string, m: Mention, people: readonly Person[]): Speaker {
  const person = people[m.person];
  const at = span(text, m.start, m.end);
  return person ? { name: person.name, personId: person.id, mention: at } : { name: m.name, mention: at };
}

/**
 * The whole subject when the phrase found is the object of a preposition after the subject's head noun:
 * "officials in Texas", "a spokesman for Sen. Ted Cruz", "supporters of Bernie Sanders", "people close to
 * Hillary Clinton". A noun phrase right after a preposition is never the subject of the verb: the name there
 * only says whose or where, and the speaker is the head before it. A name right before the preposition is the
 * speaker itself ("Clinton in Iowa said"). `phrase` unchanged when no head precedes it.
 */
export function withHeadBefore(
  tokens: readonly Token[],
  phrase: Phrase,
  mentionEndingAt: MentionEndingAt,
): Phrase {
  if (phrase.kind === 'pronoun') return phrase;
  let p = phrase.first - 1;
  // A title the name was found without: "for Sen. Ted Cruz".
  if (tokens[p]?.text === '.' && HONORIFICS.has(tokens[p - 1]?.text ?? '')) p -= 2;
  else if (HONORIFICS.has(tokens[p]?.text ?? '')) p--;
  const preposition = tokens[p];
  if (!preposition?.word) return phrase;
  // "Documents seen by Reuters", "a memo obtained by the Times": the agent of a participle only says who saw or
  // got the thing; the head before the participle is the subject when it can speak (not "the bill levied by
  // the European Union, which contended ...").
  const agent = preposition.text === 'by' && isParticiple(tokens[p - 1]);
  if (!agent && !HEAD_PREPOSITIONS.has(preposition.text)) return phrase;
  let n = agent ? p - 2 : p - 1;
  if (ATTACHED_ADJECTIVES.has(tokens[n]?.text ?? '')) n--; // "close to", "familiar with"
  const head = tokens[n];
  if (!head?.word) return phrase;
  const named = mentionEndingAt(n + 1);
  if (named) return { first: named.first, last: named.last, kind: 'name', mention: named };
  const lower = head.text.toLowerCase();
  if (NOT_HEADS.has(lower) || isFunctionWord(lower)) return phrase;
  // A head that can speak: a source or role noun ("spokesman", "officials"), or another plural noun
  // ("residents", "owners"); "the support of", "control of", "documents from" are not. Capitalized only where
  // a sentence starts ("Residents of ..."): elsewhere a capitalized word is a name.
  const speaking =
    isSourceOrRole(lower) || (/[^s’']s$/.test(lower) && lower.length > 3 && !DOCUMENT_HEADS.has(lower));
  const initial = n === 0 || SENTENCE_ENDS.has(tokens[n - 1]?.text ?? '');
  if (!speaking || (!isLowerCaseWord(head.text) && !initial)) return phrase;
  // Back to the phrase's start: a determiner or a possessive opens it, within four words.
  let k = n;
  while (k - 1 >= 0 && k > n - 4) {
    const w = tokens[k - 1] as Token;
    if (!w.word) break;
    const wl = w.text.toLowerCase();
    if (NOT_HEADS.has(wl) || (isFunctionWord(wl) && !DETERMINERS.has(wl))) break;
    // A verb before the phrase is not part of it ("providing rides to people"): participles end it.
    if (wl.length > 4 && (wl.endsWith('ing') || wl.endsWith('ed')) && isLowerCaseWord(w.text)) break;
    if (mentionEndingAt(k)) break;
    k--;
    if (DETERMINERS.has(wl) || endsWithApostrophe(w.text)) break;
  }
  return { first: k, last: phrase.last, kind: 'phrase' };
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '\n', '\n\n']);

/** Past participles that take an agent with "by": "-ed", "-en" ("seen", "written") and a few others. */
function isParticiple(t: Token | undefined): boolean {
  if (!t?.word || !isLowerCaseWord(t.text) || t.text.length < 4) return false;
  const w = t.text;
  return w.endsWith('ed') || w.endsWith('en') || IRREGULAR_PARTICIPLES.has(w);
}

const IRREGULAR_PARTICIPLES = new Set([
  'made',
  'held',
  'sent',
  'kept',
  'told',
  'found',
  'bought',
  'brought',
  'shown',
  'paid',
  'read',
  'heard',
]);

/** FUNCTION_WORDS holds capitalized forms. */
const isFunctionWord = (lower: string): boolean =>
  FUNCTION_WORDS.has(lower.charAt(0).toUpperCase() + lower.slice(1));

/** Prepositions that attach a name or a place to the head noun of a subject ("officials in", "aides to"). */
const HEAD_PREPOSITIONS = new Set(
  'of for to in at on from near across around inside outside within among behind'.split(' '),
);
/** Adjectives between a head noun and its preposition ("people close to", "sources familiar with"). */
const ATTACHED_ADJECTIVES = new Set([
  'close',
  'closest',
  'familiar',
  'loyal',
  'allied',
  'opposed',
  'friendly',
]);
/** Words before a preposition that are not a subject's head ("according to", "next to", "said in"). */
const NOT_HEADS = new Set(
  `according due thanks prior next later earlier also only even just said says say told tells asked wrote added
  is was are were be been being has have had do does did will would could should may might must can`.split(
    /\s+/,
  ),
);
