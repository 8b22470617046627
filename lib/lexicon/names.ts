import type { Gender } from '../types.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES, UNISEX_FIRST_NAMES } from './names.data.ts';
import { wordSet } from './words.ts';

const FEMALE = wordSet(FEMALE_FIRST_NAMES);
const MALE = wordSet(MALE_FIRST_NAMES);
const UNISEX = wordSet(UNISEX_FIRST_NAMES);
const SURNAME_SET = wordSet(SURNAMES);
/** All three first-name lists in one set: one lookup per word (the name-run scanner asks for most words). */
const FIRST = new Set([...FEMALE, ...MALE, ...UNISEX]);

/** Whether `word` (as written, capitalized) is a first name in the published name lists. */
export function isFirstName(word: string): boolean {
  return FIRST.has(word);
}

/** The gender the name lists give a first name, or null when it is in both lists or neither. */
export function firstNameGender(word: string): Gender | null {
  if (FEMALE.has(word)) return 'female';
  if (MALE.has(word)) return 'male';
  return null;
}

/** Whether `word` is a surname in the published surname list. */
export function isSurname(word: string): boolean {
  return SURNAME_SET.has(word);
}
