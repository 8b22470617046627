import { isCapitalized } from '../text/chars.ts';

/** Words before a quote that make it the title of a work, not a statement ("the film “Get Out”"). */
const TITLE_CUES = new Set(
  `film movie show series sitcom episode book novel memoir song album single documentary play musical
  program programme podcast essay column op-ed titled entitled dubbed nicknamed painting poem broadcast`
    .split(/\s+/)
    .filter(Boolean),
);

const MINOR = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'and',
  'or',
  'for',
  'to',
  'with',
  'at',
  'by',
  'from',
  'as',
  'but',
  'is',
  'it',
]);

/** Whether the quoted words read as a title: every word of four letters or more capitalized ("Get Out"). */
export function isTitleCase(words: readonly string[]): boolean {
  if (words.length === 0 || !isCapitalized(words[0] as string)) return false;
  if (words.length > 8) return false;
  let capitals = 0;
  for (const w of words) {
    if (isCapitalized(w) || /^\d/.test(w)) capitals++;
    else if (w.length >= 4 || !MINOR.has(w.toLowerCase())) return false;
  }
  return capitals >= 1;
}

/** Whether the word right before a quote names a kind of work ("the movie “Us”", "titled “Arrogant”"). */
export function isTitleCue(wordBefore: string | undefined): boolean {
  return !!wordBefore && TITLE_CUES.has(wordBefore.toLowerCase());
}

/**
 * What marks an entry in a list of references (a page's citations, a bibliography): a retrieval or access date,
 * a DOI, an ISBN, a bibcode or PubMed number, an archive note, a press-release label, an entry opening with an
 * author and date before a title (`Wilson, John (March 2009). "`), or the caret that links a wiki's note back to
 * the text (`^ "`). No sentence of news prose carries one.
 */
const REFERENCE_MARKS =
  /\b(?:Retrieved|Accessed)(?: on)? (?:\d{1,2} )?[A-Z][a-z]+ \d|\b(?:Retrieved|Accessed)(?: on)? \d{4}-\d\d-\d\d|\bdoi: ?10\.|\bISBN[- :]|\bBibcode:|\bPMID:? \d|\bArchived from the original\b|\(Press release\)|^(?:\^ )?[A-Z][^\s,()]*, [A-Z][^()]*\((?:[^()]*[ ,])?(?:1[5-9]|20)\d\d[a-z]?\)\. ["“]|^\^ /;

/**
 * Whether a paragraph is an entry in a list of references: the quote in it ("Names of NZ's two main islands
 * formalised") is the title of the cited work, not anybody's statement.
 */
export function isReferenceEntry(paragraph: string): boolean {
  return REFERENCE_MARKS.test(paragraph);
}
