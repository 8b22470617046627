/**
 * Is a text English? The parser's grammar (speech verbs, subjects, pronouns, reported speech) is English: in
 * another language its guesses name a capitalized article or preposition ("Les autorités", "Entre ...") as a
 * speaker. The tokenizer counts the words as it cuts them (WordCounts); isEnglish decides.
 */

/** What the tokenizer counts of a text's word tokens. */
export interface WordCounts {
  words: number;
  /** UTF-16 units in word tokens. */
  letters: number;
  /** Words that are marker words (isMarker), in any case. */
  markers: number;
}

/**
 * The marker words: short English words that are no word of the other languages a news page is written in
 * (French, Spanish, Portuguese, Italian, German, Dutch, Czech...), "the of and that with this from said"; "a",
 * "to", "is", "he", "was", "will" and "for" are such words, and stay out. One word in twenty and more of running
 * English is a marker (PolNeAR's articles: 4.5% at the least, headlines and all; the English saved pages 6.6%
 * and more); other languages have about none (the French, Spanish, Czech and German saved pages: under 1%, the
 * English words they quote included; Lorem ipsum under an English title 2%).
 * Asked by the tokenizer of each ASCII word of two to four letters, in any case ("The", "THE"), by char codes
 * (no string made).
 */
export function isMarker(text: string, start: number, end: number): boolean {
  // In lower case: `| 32` lowers an ASCII capital and leaves a small letter or a digit as it is.
  const c = text.charCodeAt(start) | 32;
  const d = text.charCodeAt(start + 1) | 32;
  switch (end - start) {
    case 2:
      return c === 111 && d === 102; // of
    case 3: {
      const e = text.charCodeAt(start + 2) | 32;
      return (c === 116 && d === 104 && e === 101) || (c === 97 && d === 110 && e === 100); // the, and
    }
    case 4: {
      const e = text.charCodeAt(start + 2) | 32;
      const f = text.charCodeAt(start + 3) | 32;
      if (c === 116) return d === 104 && ((e === 97 && f === 116) || (e === 105 && f === 115)); // that, this
      if (c === 119) return d === 105 && e === 116 && f === 104; // with
      if (c === 102) return d === 114 && e === 111 && f === 109; // from
      return c === 115 && d === 97 && e === 105 && f === 100; // said
    }
    default:
      return false;
  }
}

/** Below this share of marker words a text is not English. */
const MIN_SHARE = 0.03;
/**
 * Fewer letters in words than this say too little (about thirty English words; a run of Chinese characters is
 * one token): a short text counts as English.
 */
const MIN_LETTERS = 150;

/** Whether a text with these counts is English (or too short to tell). */
export function isEnglish(counts: WordCounts): boolean {
  return counts.letters < MIN_LETTERS || counts.markers >= MIN_SHARE * counts.words;
}
