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
