import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES, UNISEX_FIRST_NAMES } from './names.data.ts';
import { NEWS_FEMALE, NEWS_MALE, firstNameGender, isFirstName, isSurname } from './names.ts';

describe('name tables come from the published name lists', () => {
  test('names.data.ts is what scripts/build-names.mjs makes from the installed packages', () => {
    const root = resolve(import.meta.dirname, '../..');
    const out = execFileSync(process.execPath, ['scripts/build-names.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  });
});

describe('first names', () => {
  test.each([
    ['Jennifer', 'female'],
    ['Michael', 'male'],
    ['Kim', null],
    ['Jordan', null],
    // In neither published list: compromise's lexicon gives them.
    ['Donald', 'male'],
    ['Walter', 'male'],
    ['Fatima', 'female'],
    // In both published lists, but a man's and a woman's name in the news.
    ['Bill', 'male'],
    ['Bernie', 'male'],
    ['Chris', 'male'],
    ['Hillary', 'female'],
    ['Lindsey', null],
  ])('%s is a first name of gender %s', (name, gender) => {
    expect(isFirstName(name)).toBe(true);
    expect(firstNameGender(name)).toBe(gender);
  });

  test.each(['Wisconsin', 'Twitter', 'the', 'jennifer'])('%s is not a first name', (word) => {
    expect(isFirstName(word)).toBe(false);
  });
});

describe('surnames', () => {
  test.each(['Smith', 'Johnson', 'West'])('%s is a surname', (name) => {
    expect(isSurname(name)).toBe(true);
  });
  test.each(['Instagram', 'smith'])('%s is not a surname', (word) => {
    expect(isSurname(word)).toBe(false);
  });
});

describe('every listed name is found', () => {
  const names = (table: string) => table.split(/\s+/).filter(Boolean);
  test.each([
    ['female', FEMALE_FIRST_NAMES, 'female'],
    ['male', MALE_FIRST_NAMES, 'male'],
    ['unisex', UNISEX_FIRST_NAMES, null],
  ] as const)('%s first names', (_, table, gender) => {
    const news = (n: string) =>
      names(NEWS_MALE).includes(n) ? 'male' : names(NEWS_FEMALE).includes(n) ? 'female' : null;
    const wrong = names(table).filter((n) => !isFirstName(n) || firstNameGender(n) !== (gender ?? news(n)));
    expect(wrong).toEqual([]);
  });
  test('the names the news gives one gender are names both lists hold', () => {
    const unisex = names(UNISEX_FIRST_NAMES);
    expect([...names(NEWS_MALE), ...names(NEWS_FEMALE)].filter((n) => !unisex.includes(n))).toEqual([]);
  });
  test('surnames', () => {
    expect(names(SURNAMES).filter((n) => !isSurname(n))).toEqual([]);
  });
});
