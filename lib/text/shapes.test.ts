import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { paragraphs } from './paragraphs.ts';
import { mayBeIn, mayBeWord, ShapedSet, wordShapes } from './shapes.ts';
import { tokenize } from './tokens.ts';

const tokens = (text: string) => tokenize(text, paragraphs(text));
const LIST = ['The', 'But', 'Mr', 'Sen', 'Kanye’s', 'Émile', 'a'];
const SHAPES = wordShapes(LIST);

describe('wordShapes and mayBeIn', () => {
  test.each(LIST)('a word of the list may be in it: %s', (word) => {
    expect(mayBeIn(SHAPES, tokens(word)[0]!)).toBe(true);
  });

  // Each differs from every word of the list in its first letter, its last letter or its length (and
  // their slots happen to be free: the table has 4096).
  test.each(['Trump', 'Kim', 'Bus', 'Thee', 'Mrs', 'Sent', 'Emile', 'an'])(
    'a word of another shape is not: %s',
    (word) => {
      expect(mayBeIn(SHAPES, tokens(word)[0]!)).toBe(false);
    },
  );

  test('never says no to a word of the list, whatever the list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[\p{L}\p{N}]{1,12}$/u), { minLength: 1, maxLength: 30 }),
        (words) => {
          const shapes = wordShapes(words);
          for (const w of words) {
            const [t] = tokens(w);
            // Only words that are one token are asked about this way.
            if (t && t.start === 0 && t.end === w.length) expect(mayBeIn(shapes, t)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('mayBeWord and ShapedSet', () => {
  test.each(LIST)('a word of the list, as a string, may be in it: %s', (word) => {
    expect(mayBeWord(SHAPES, word)).toBe(true);
  });

  test.each(['Trump', 'Kim', 'Bus', 'Thee', 'Mrs', 'Sent', 'Emile', 'an', ''])(
    'a string of another shape (or empty) is not: "%s"',
    (word) => {
      expect(mayBeWord(SHAPES, word)).toBe(false);
    },
  );

  test('ShapedSet answers exactly as the set it wraps, for members and strangers alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 40 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 40 }),
        (words, others) => {
          const set = new Set(words);
          const shaped = new ShapedSet(set);
          for (const w of [...words, ...others]) if (w) expect(shaped.has(w)).toBe(set.has(w));
        },
      ),
    );
  });
});
