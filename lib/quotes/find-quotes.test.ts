import { describe, expect, test } from 'vitest';
import { paragraphs } from '../text/paragraphs.ts';
import { findQuotes } from './find-quotes.ts';

/** The quoted words of each quotation, its parts joined by " | ". */
function quotes(text: string): string[] {
  return findQuotes(text, paragraphs(text)).map((q) =>
    q.parts.map((p) => text.slice(p.start, p.end)).join(' | '),
  );
}

describe('quote marks that pair', () => {
  test.each([
    ['curly', '“We won,” she said.', ['We won,']],
    ['straight', '"We won," she said.', ['We won,']],
    ['single curly', '‘We won,’ she said.', ['We won,']],
    ['single straight', "'We won,' she said.", ['We won,']],
    ['guillemets', '«Nous avons gagné», a-t-elle dit.', ['Nous avons gagné']],
    ['low-high German', '„Wir haben gewonnen“, sagte sie.', ['Wir haben gewonnen']],
    ['two apostrophes (NYT)', "''We won,'' she said.", ['We won,']],
    ['a closing mark typed as an opener', '”Mr. Trump embodies it.” ― Sonya', ['Mr. Trump embodies it.']],
    ['two quotes in a sentence', '“A,” she said, “and B.”', ['A,', 'and B.']],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('nesting', () => {
  test.each([
    ['single inside double', '“He said ‘no’ to me,” she said.', ['He said ‘no’ to me,']],
    ['double inside single', '‘He said “no” to me,’ she said.', ['He said “no” to me,']],
    ['curly inside straight', '"They call it “the lock” here," he said.', ['They call it “the lock” here,']],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('apostrophes are never quote marks', () => {
  test.each([
    ['possessive', 'Kanye’s rant and Kim’s reply.', []],
    ['plural possessive', 'the Joneses’ house and the Smiths’ car', []],
    ['inside a name', 'O’Leary met D’Angelo.', []],
    ['decade', 'back in the ’90s and the ‘80s', []],
    ['elision', 'rock ’n’ roll and ’em', []],
    ['straight possessive', "Trump's plan and the boys' bikes", []],
    [
      'apostrophes inside a quote',
      '“Kanye’s right to privacy isn’t yours,” she said.',
      ['Kanye’s right to privacy isn’t yours,'],
    ],
    ['an HTML attribute left in the text', '<tweet id="123">Hello</tweet>', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('strings in code are not quotes', () => {
  test.each([
    ['an argument', 'fetch("/data.json").then(log); console.log("Fetch failed!", e);', []],
    ['single-quoted', "const fs = require('fs'); mocha.setup('bdd');", []],
    ['an index', 'var tag = headers["ETag"];', []],
    ['a call after a call', 'expect(cow.name).to.equal("Anon cow");', []],
    ['a mark named in parentheses', 'Strings go inside double quotes ("). A provider may refuse.', []],
    [
      'names and values of JSON data',
      'The reply looks like this: { "links": [{ "href": "https://example.org/inbox", "rel": "avatar" }], "count": "2" }',
      [],
    ],
    // Prose sets a space before its parenthesis: the quote inside stays.
    ['prose', 'Her reply ("We won") was short.', ['We won']],
    [
      'prose, a quote after a quoted name and a colon',
      'She calls him "a careful planner": "He never moves before the tide turns."',
      ['a careful planner', 'He never moves before the tide turns.'],
    ],
    ['prose, single marks', "His answer ('not now') came late.", ['not now']],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('paragraphs', () => {
  test('a quote over several paragraphs: each reopens it, the last closes it', () => {
    const text = 'She said:\n\n“First part.\n\n“Second part.\n\n“Last part.”\n\nAfter.';
    expect(quotes(text)).toEqual(['First part. | Second part. | Last part.']);
  });

  test('a quote left open at a paragraph end ends there when the next paragraph does not reopen it', () => {
    const text = '“Open quote, never closed.\n\nShe continued, “Next.”';
    expect(quotes(text)).toEqual(['Open quote, never closed.', 'Next.']);
  });

  test('a single quote left open is an apostrophe, not a quote', () => {
    expect(quotes('The ‘90s were loud.')).toEqual([]);
  });
});

describe('hostile input stays linear', () => {
  test('100,000 quote marks', () => {
    const text = '“a ”'.repeat(25_000) + '“'.repeat(50_000) + '"\'’‘'.repeat(10_000);
    const t0 = performance.now();
    const found = findQuotes(text, paragraphs(text));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(found.length).toBeGreaterThan(20_000);
  });

  test('a 5 MB paragraph', () => {
    const text = 'He said “yes” and she’s “no” '.repeat(180_000);
    const t0 = performance.now();
    findQuotes(text, paragraphs(text));
    expect(performance.now() - t0).toBeLessThan(8000); // a busy 2-core machine; scaling is in properties.test.ts
  });
});
