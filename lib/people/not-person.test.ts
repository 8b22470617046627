import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isGroupWord, isPlaceOrOrganisation } from './not-person.ts';

describe('the not-people tables come from a published lexicon', () => {
  test('not-people.data.ts is what scripts/build-not-people.mjs makes from the installed compromise', () => {
    const root = resolve(import.meta.dirname, '../..');
    const out = execFileSync(process.execPath, ['scripts/build-not-people.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  });
});

describe('group words', () => {
  test.each([
    'Tunisian',
    'Americans',
    'African-Americans',
    'Latinos',
    'Chinese',
    'Ohioans',
    'Millennials',
    'British',
    'Māori',
  ])('%s names a group', (word) => {
    expect(isGroupWord(word)).toBe(true);
  });
  test.each(['Tunis', 'Kim', 'Jordan', 'Christian', 'Ortega-Reyes', 'tunisian'])('%s does not', (word) => {
    expect(isGroupWord(word)).toBe(false);
  });
});

describe('places and organisations', () => {
  test.each([
    ['Saudi', 'Arabia'],
    ['Wells', 'Fargo'],
    ['Goldman', 'Sachs'],
    ['Denver', 'Broncos'],
    ['Tulsa'],
  ])('%s is known', (...words) => {
    expect(isPlaceOrOrganisation(words)).toBe(true);
  });
  test.each([['Kim', 'Kardashian'], ['Charlotte'], ['Jordan'], ['Fargo']])('%s is not', (...words) => {
    expect(isPlaceOrOrganisation(words)).toBe(false);
  });
});
