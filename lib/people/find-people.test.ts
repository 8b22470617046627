import { describe, expect, test } from 'vitest';
import { segment, startsSentence } from '../text/segment.ts';
import { findPeople } from './find-people.ts';

function people(text: string) {
  const seg = segment(text);
  return findPeople(text, seg.tokens, (i) => startsSentence(seg.tokens, i)).people;
}
const names = (text: string) => people(text).map((p) => p.name);

describe('named people', () => {
  test.each([
    ['a first name from the list', 'Yesterday Kim Kardashian spoke.', ['Kim Kardashian']],
    ['a surname from the list', 'Critics praised Kanye West for it.', ['Kanye West']],
    ['a role word before the name', 'She met rapper Meek Mill there.', ['Meek Mill']],
    ['a one-word name after a role word', 'their daughter North, 6, was there', ['North']],
    ['a role word and a comma', 'her deputy, Priya Osei, had left', ['Priya Osei']],
    ['a title', 'Dr. Amara Nwosu, the chief, told reporters', ['Amara Nwosu']],
    ['a hyphenated name', 'Councilman Luis Ortega-Reyes voted no.', ['Luis Ortega-Reyes']],
    ['particles', 'the accountant, Ruth van der Berg, agreed', ['Ruth van der Berg']],
    ['initials', 'said Rep. G.K. Butterfield on Friday', ['G.K. Butterfield']],
    ['a suffix', 'paintings by Tomas Ek Jr., the painter', ['Tomas Ek Jr.']],
    [
      'a name made a person by a later mention that speaks',
      'Priya Osei arrived. Osei said nothing.',
      ['Priya Osei'],
    ],
    ['possessives are names without ’s', 'Selena Okafor’s brother', ['Selena Okafor']],
    [
      'words before a title describe the person',
      'House Speaker Paul D. Ryan (R-Wis.) said so.',
      ['Paul D. Ryan'],
    ],
    [
      'a party before a first name describes the person',
      'They met Democrat Hillary Clinton there.',
      ['Hillary Clinton'],
    ],
    [
      'a title-case headline names only people of the article',
      'Harbor Senator Speaks Out About Ferry Plans\n\nSenator Jane Doyle spoke.',
      ['Jane Doyle'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('not people', () => {
  test.each([
    ['places', 'She flew from Los Angeles to South Carolina and Wisconsin.'],
    ['organisations', 'He spoke to Hofstra University and the Green Party.'],
    ['publications', 'Us Weekly reported it, and Reuters said so.'],
    ['brands', 'the KKW Beauty founder'],
    ['shows and films', 'The Keeping Up With the Kardashians star, like in the movie Get Out.'],
    ['days and months', 'On Wednesday, July 22, and in May.'],
    ['social networks', 'She posted on Instagram and Twitter.'],
    ['common nouns opening a sentence', 'Sources said it was late. Officials agreed. Nobody said more.'],
    ['name-like words opening a sentence', 'Will the vote pass? Grace under pressure matters.'],
  ])('%s', (_name, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('short names', () => {
  test('a short name joins the one full name it fits', () => {
    const [kim] = people('Kim Kardashian wrote a post. Kim said more.');
    expect(kim?.name).toBe('Kim Kardashian');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim Kardashian', 'Kim']);
  });

  test('an ambiguous short name stays nobody’s', () => {
    const found = people('Grace Halloran and Peter Halloran came. Halloran spoke.');
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Grace Halloran', 1],
      ['Peter Halloran', 1],
    ]);
  });

  test('a title’s gender settles a shared surname', () => {
    const found = people('Grace Halloran and her husband, Peter Halloran, came. Ms. Halloran spoke.');
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Grace Halloran', 2],
      ['Peter Halloran', 1],
    ]);
  });

  test('mentions are the name part of a possessive', () => {
    const text = 'Kanye West spoke. Kanye’s words';
    const [kanye] = people(text);
    expect(kanye?.mentions.map((m) => m.text)).toEqual(['Kanye West', 'Kanye']);
    expect(text.slice(kanye?.mentions[1]?.start, kanye?.mentions[1]?.end)).toBe('Kanye');
  });
});

describe('gender', () => {
  test.each([
    ['a first-name list', 'Jennifer Lopez arrived.', 'female'],
    ['a title', 'Mr. Jordan Vale arrived.', 'male'],
    ['a role word', 'her husband, Jordan Vale, arrived', 'male'],
    ['a pronoun after the name', 'Kim Kardashian wrote on her story.', 'female'],
  ])('%s', (_name, text, gender) => {
    expect(people(text)[0]?.gender).toBe(gender);
  });

  test('no gender when nothing says', () => {
    expect(people('Jordan Vale arrived.')[0]?.gender).toBeUndefined();
  });
});
