import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, pipeline } from './analyze.ts';

const SAMPLE = readFileSync(resolve(import.meta.dirname, '../tests/fixtures/articles/sample.txt'), 'utf8');

describe('analyze is total', () => {
  test.each([
    ['empty', ''],
    ['only marks', '“”"\'‘’«»„'],
    ['unbalanced', '“open\n\n”close “ ” “'],
    ['control characters', '\u0000\u0001 “a” \uFFFF \uD800'],
    ['names and no quotes', 'Kim Kardashian and Kanye West.'],
  ])('%s', (_name, text) => {
    const result = pipeline(text);
    for (const s of result.statements)
      for (const sp of s.spans) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
  });
});

describe('hostile input through the whole pipeline', () => {
  test('100,000 quote marks', () => {
    const text = '“He said,” she said. '.repeat(25_000) + '“'.repeat(50_000);
    // CPU time, not wall time: a loaded machine makes the process wait for a core (wall time read 2-3x).
    const cpu = () => process.cpuUsage().user / 1000;
    const t0 = cpu();
    const result = analyze(text);
    expect(cpu() - t0).toBeLessThan(4000);
    expect(result.statements.length).toBeGreaterThan(1000);
  });

  // Linear growth on 5 MB inputs is checked in tests/unit/properties.test.ts.
});

test('an article takes milliseconds, not tens of them', () => {
  for (let i = 0; i < 5; i++) analyze(SAMPLE);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    analyze(SAMPLE);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  expect(times[10]).toBeLessThan(20); // the median, on a busy 2-core machine
});

describe('"it said" names the thing that spoke last', () => {
  const speakers = (text: string) => pipeline(text).statements.map((s) => s.speaker?.name ?? null);

  test('a company named in the sentence before', () => {
    expect(
      speakers(
        'The ferry company said in a statement that the pier was safe. It said the ferry would run in June.',
      ),
    ).toEqual(['The ferry company', 'The ferry company']);
  });

  test('a board quoted in the paragraph before; the mention stays the pronoun', () => {
    const text = '“The pier is safe,” the harbour board said.\n\n“We will reopen it in June,” it said.';
    const [, second] = pipeline(text).statements;
    expect(speakers(text)).toEqual(['the harbour board', 'the harbour board']);
    expect(second?.speaker?.mention?.text).toBe('it');
  });

  test('not people: "it" after "officials said" stays "it"', () => {
    expect(
      speakers('Harbour officials said the pier was safe. It said the ferry would run in June.'),
    ).toEqual(['Harbour officials', 'It']);
  });
});

describe('"they said" names the people that spoke last', () => {
  const speakers = (text: string) => pipeline(text).statements.map((s) => s.speaker?.name ?? null);

  test('officials named in the sentence before', () => {
    expect(
      speakers('Harbour officials said the pier was safe. They said the ferry would run again in June.'),
    ).toEqual(['Harbour officials', 'Harbour officials']);
  });

  test('not a poll: "they" after "the polls show" stays "they"', () => {
    expect(speakers('The polls show the mayor ahead. They said the ferry would run again in June.')).toEqual([
      'The polls',
      'They',
    ]);
  });
});
