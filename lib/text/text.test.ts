import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { paragraphs } from './paragraphs.ts';
import {
  classOf,
  isCapitalized,
  endsWithApostrophe,
  endsWithApostropheS,
  isInitials,
  isLowerCaseWord,
  isWordChar,
  LETTER,
  MARK,
  NUMBER,
  OTHER,
  SPACE,
  startsWithUpper,
} from './chars.ts';
import { endsSentence } from './sentences.ts';
import { segment, startsSentence } from './segment.ts';
import { tokenize } from './tokens.ts';

const words = (text: string) => tokenize(text, paragraphs(text)).map((t) => t.text);

describe('paragraphs', () => {
  test.each([
    ['one line', ['one line']],
    ['first\n\nsecond', ['first', 'second']],
    ['  padded  \n\n\n  next ', ['padded', 'next']],
    ['a\r\nb', ['a', 'b']],
    ['\n \n', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(expected);
  });
});

describe('tokens keep words whole', () => {
  test.each([
    ['Kanye’s rant', ['Kanye’s', 'rant']],
    ['O’Leary said', ['O’Leary', 'said']],
    ['a bi-polar disorder', ['a', 'bi-polar', 'disorder']],
    ["don't", ["don't"]],
    ['Rep. G.K. Butterfield', ['Rep', '.', 'G.K', '.', 'Butterfield']],
    ['the U.S. team', ['the', 'U.S', '.', 'team']],
    ['said.Trump', ['said', '.', 'Trump']],
    ['the Snopes.com writer', ['the', 'Snopes.com', 'writer']],
    ['on gov.uk.', ['on', 'gov.uk', '.']],
    ['a site.comfortable', ['a', 'site', '.', 'comfortable']],
    ['Vladi\u00admir Putin (a soft hyphen)', ['Vladi\u00admir', 'Putin', '(', 'a', 'soft', 'hyphen', ')']],
    ['“Yes,” she said.', ['“', 'Yes', ',', '”', 'she', 'said', '.']],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('offsets are UTF-16 units into the text', () => {
    const text = 'Émile 😀 said “hi”';
    for (const t of tokenize(text, paragraphs(text))) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentence ends', () => {
  const ends = (text: string) => {
    const { tokens } = segment(text);
    return tokens.flatMap((t, i) => (endsSentence(tokens, i) ? [text.slice(0, t.end)] : []));
  };
  test.each([
    ['He left. She stayed.', ['He left.', 'He left. She stayed.']],
    ['Why? Nobody knows.', ['Why?', 'Why? Nobody knows.']],
    ['Kim wrote. “Next', ['Kim wrote.']],
    ['Kim schrieb. „Weiter', ['Kim schrieb.']],
    ['Kim napsal. ‚Dál', ['Kim napsal.']],
  ])('end: %j', (text, expected) => {
    expect(ends(text)).toEqual(expected);
  });
  test.each([
    ['Mr. Trump said so', []],
    ['Rep. G.K. Butterfield spoke', []],
    ['on Sept. 26 he', []],
    ['the U.S. economy', []],
    ['$214.9 million', []],
  ])('no end: %j', (text, expected) => {
    expect(ends(text)).toEqual(expected);
  });

  test.each(['He left. “Kim said', 'Er ging. „Kim sagte', 'Odešel. ‚Kim řekl'])(
    'a sentence starts after an opening quote mark: %j',
    (text) => {
      const { tokens } = segment(text);
      const kim = tokens.findIndex((t) => t.text === 'Kim');
      expect(startsSentence(tokens, kim)).toBe(true);
      expect(startsSentence(tokens, kim + 1)).toBe(false);
    },
  );
});

describe('the tokenizer cuts exactly the matches of its one pattern', () => {
  // The pattern the tokenizer's fast path for plain ASCII stands in for.
  // (A soft hyphen, U+00AD, counts as a mark: the word it may break stays one.)
  const PATTERN =
    /\p{N}+(?:[.,:]\p{N}+)+|(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,}\.(?:com|org|net|gov|edu|io|uk|tv|info)(?![A-Za-z0-9])|\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}\u00ad])|[\p{L}\p{M}\p{N}\u00ad]+(?:[’'-][\p{L}\p{M}\p{N}\u00ad]+)*|-{2,}|[^\s\p{L}\p{M}\p{N}\u00ad]/gu;
  const matches = (text: string) => [...text.matchAll(PATTERN)].map((m) => [m.index, m[0]]);
  const cut = (text: string) => tokenize(text, paragraphs(text)).map((t) => [t.start, t.text]);
  test.each([
    ['3D. 12ab 2016. 10,000 214.9 1:30 7-Eleven'],
    ["a.m. U.S. I. don't O'Neil co-op x- y' 'z"],
    ['said -- on Twitter--that x--- -y - --'],
    ['Émile café naïve Zoë 😀 𝐀bc ٣٤ ß_x'],
    ['tab\there\u00a0nbsp\u2009thin\u3000wide\ufeffbom'],
    ['e\u0301 a\u0301b \u0301x end.'],
    ['the Snopes.com writer, gov.uk, 3D.com, 2016.com, x.com, Ab.comx, Émile.com'],
    ['Vladi\u00admir \u00adsoft hyphens\u00ad U.S\u00ad'],
  ])('%j', (text) => {
    expect(cut(text)).toEqual(matches(text));
  });
  const pieces = [
    'a',
    'Z',
    '0',
    '9',
    '.',
    ',',
    ':',
    "'",
    '’',
    '-',
    ' ',
    '\n',
    '\u00a0',
    'é',
    '\u0301',
    '😀',
    '\ud800',
    '“',
    '_',
    '\u00ad',
    'com',
  ];
  test('on random strings of letters, digits, separators and marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(cut(text)).toEqual(matches(text));
      }),
      { numRuns: 3000 },
    );
  });
  test('white space is what \\s says it is, for every UTF-16 unit outside the surrogates', () => {
    for (let c = 0; c < 0xd800; c++) {
      const ch = String.fromCharCode(c);
      if (/\s/.test(ch))
        expect(cut(`a${ch}b`)).toEqual([
          [0, 'a'],
          [2, 'b'],
        ]);
    }
  });
});

describe('character classes decided by code agree with the Unicode properties', () => {
  // (The one exception: a soft hyphen, a format character, is read as a mark, part of the word it may break.)
  const expected = (ch: string) =>
    ch === '\u00ad'
      ? MARK
      : /\p{L}/u.test(ch)
        ? LETTER
        : /\p{N}/u.test(ch)
          ? NUMBER
          : /\p{M}/u.test(ch)
            ? MARK
            : /^\s$/u.test(ch)
              ? SPACE
              : OTHER;
  // Every UTF-16 unit (a surrogate alone is a code point of its own), and code points past the BMP.
  const points = [
    ...Array.from({ length: 0x10000 }, (_, c) => c),
    0x1d400, // 𝐀 mathematical bold capital A, a letter
    0x1f600, // 😀
    0x1d7ce, // 𝟎 mathematical bold digit zero
    0x1d165, // a musical combining mark
    0x10ffff,
  ];
  test('classOf, isWordChar, isCapitalized, startsWithUpper and isLowerCaseWord, for every UTF-16 unit and some code points past it', () => {
    const wrong: string[] = [];
    for (const cp of points) {
      const ch = String.fromCodePoint(cp);
      if (classOf(cp) !== expected(ch)) wrong.push(`classOf ${cp.toString(16)}`);
      if (isWordChar(ch) !== /[\p{L}\p{N}]/u.test(ch)) wrong.push(`isWordChar ${cp.toString(16)}`);
      if (isCapitalized(ch) !== /\p{Lu}/u.test(ch.charAt(0))) wrong.push(`isCapitalized ${cp.toString(16)}`);
      if (startsWithUpper(ch + 'x') !== /^\p{Lu}/u.test(ch)) wrong.push(`startsWithUpper ${cp.toString(16)}`);
      if (isLowerCaseWord(`a${ch}`) !== /^\p{Ll}+$/u.test(`a${ch}`))
        wrong.push(`isLowerCaseWord ${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });
  test.each([
    ['G', true],
    ['G.K', true],
    ['J.R.R', true],
    ['É.Z', true],
    ['\u{1d400}.B', true],
    ['', false],
    ['g', false],
    ['GK', false],
    ['G.', false],
    ['.G', false],
    ['G..K', false],
    ['G.k', false],
  ])('isInitials(%j) is %s', (word, expected) => {
    expect(isInitials(word)).toBe(expected);
    expect(/^\p{Lu}(?:\.\p{Lu})*$/u.test(word)).toBe(expected);
  });
});

describe('word endings tested by char codes agree with their patterns', () => {
  test.each([
    'Kanye’s',
    "Trump's",
    'Joneses’',
    "Joneses'",
    's',
    '’s',
    "'",
    '’',
    '',
    'Kanye',
    'its',
    'ss',
    '’x',
  ])('%j', (word) => {
    expect(endsWithApostropheS(word)).toBe(/['’]s$/.test(word));
    expect(endsWithApostrophe(word)).toBe(/['’]s?$/.test(word));
  });
});
