/**
 * tests/fixtures/pages/article.html and what a careful reader finds in it, written by hand: shared by the
 * Chromium and Firefox tests of the content script.
 */
import { resolve } from 'node:path';

/** The folder of the pages of our own that the browser tests serve. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');

/** The quotes of article.html, without their quote marks and the comma before "said". */
export const QUOTES = [
  'We will not close a library that four hundred children use every week',
  'The repair bill for the roof alone is larger than the whole book budget',
  'A town without a library is a town that has stopped reading',
];
/** Who said each of QUOTES. */
export const SPEAKERS = ['Maria Santos', 'Tom Becker', 'Ellen Cho'];
