import type { Gender } from '../types.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES, UNISEX_FIRST_NAMES } from './names.data.ts';

const FEMALE = 1;
const MALE = 2;
const UNISEX = 4;
const SURNAME = 8;
const FIRST = FEMALE | MALE | UNISEX;

/** The bits of a first name (female, male or both lists) and of a surname in WORD_BITS. */
export const FIRST_NAME_BITS = FIRST;
export const SURNAME_BIT = SURNAME;

/**
 * Every listed name with what the lists say of it, one bit per list: one table for all four, so a word is
 * looked up once (the name-run scanner asks for most capitalized words), and one table to build when a page
 * loads the script. The bits from 16 (1 << 4) up are free for other tables of capitalized words (people/trim-run.ts puts
 * what else a word may be there), so that one lookup answers all of them.
 */
export const WORD_BITS = new Map<string, number>();
const NAMES = WORD_BITS;
for (const [list, bit] of [
  [FEMALE_FIRST_NAMES, FEMALE],
  [MALE_FIRST_NAMES, MALE],
  [UNISEX_FIRST_NAMES, UNISEX],
  [SURNAMES, SURNAME],
] as const) {
  // The tables are written with single spaces (names.data.ts): a string split, not a regex one, on load.
  for (const name of list.split(' ')) if (name) NAMES.set(name, (NAMES.get(name) ?? 0) | bit);
}

/**
 * First names the published lists give both genders (their union of spellings and nicknames) that English
 * news uses for one: "Bill Clinton" and "Bernie Sanders" are men, "Hillary Clinton" a woman, whatever the
 * lists say. Names truly worn by both, or by famous people of both ("Kim", "Lindsey", "Kerry", "Jean",
 * "Andrea", "Terry"), stay in both lists.
 */
export const NEWS_MALE = `Adan Adrian Alfie Andy Arlen Augustine Austin Barry Bennie Benny Bernie Bert Bertie Bill Billy Bobby
  Brett Cal Carmine Cecil Chad Chris Christian Clem Cody Constantine Corey Cory Danny Darryl Daryl Denny Dion Donnie
  Donny Dorian Eddie Eddy Frank Frankie Franky Fred Freddie Freddy Gabriel Gene George Glen Glenn Gus Heath
  Ira Jermaine Jerry Joey Kyle Lanny Leland Lorne Marty Max Merrill Perry Phil Quentin Randy Ray Reggie Ricky
  Rickie Rory Ronnie Ronny Sal Sean Shane Shaun Shawn Sonny Ted Teddy Theo Tim Timmy Toby Tommy Tony Van Vin
  Vinnie Vinny Wally Willie Willy`;
export const NEWS_FEMALE = `Abbey Abbie Abby Addie Allie Angie Ashley Billie Bobbie Brandy Brooke Carly Cassie Claire Clare
  Connie Courtney Erin Evelyn Gail Gayle Ginger Grace Haley Hazel Hilary Hillary Holly Jodi Jodie Julie
  Kelsey Kylie Lauren Laurie Lesley Mallory Meredith Meryl Michele Nichole Nikki Paige Patsy Patty Penny
  Ruby Simone Stacy Tammy Terri Tracey Whitney Winnie`;
for (const [list, bit] of [
  [NEWS_MALE, MALE],
  [NEWS_FEMALE, FEMALE],
] as const) {
  for (const name of list.split(/\s+/)) {
    const bits = NAMES.get(name) ?? 0;
    if (bits & UNISEX) NAMES.set(name, (bits & ~UNISEX) | bit);
  }
}

/** Whether `word` (as written, capitalized) is a first name in the published name lists. */
export function isFirstName(word: string): boolean {
  return ((NAMES.get(word) ?? 0) & FIRST) !== 0;
}

/** The gender the name lists give a first name, or null when it is in both lists or neither. */
export function firstNameGender(word: string): Gender | null {
  return genderOfBits(NAMES.get(word) ?? 0);
}

/** firstNameGender from a word's WORD_BITS, looked up already. */
export function genderOfBits(bits: number): Gender | null {
  if (bits & FEMALE) return 'female';
  if (bits & MALE) return 'male';
  return null;
}

/** Whether `word` is a surname in the published surname list. */
export function isSurname(word: string): boolean {
  return ((NAMES.get(word) ?? 0) & SURNAME) !== 0;
}
