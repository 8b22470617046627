import { DEMONYM_LIST, ORGANISATION_LIST, PLACE_LIST } from './not-people.data.ts';

/** "saudi arabia" -> "Saudi Arabia": an entry as it is written in a run of capitalized words. */
function titleCase(entry: string): string {
  return entry.replace(/(^|[ -])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The entries of a generated table ("saudi arabia|tulsa|...") as they are written in a run of
 * capitalized words ("Saudi Arabia", "Tulsa"), with the lower-case form kept for headlines in capitals.
 */
function entrySet(list: string): Set<string> {
  const set = new Set<string>();
  for (const entry of list.split('|')) set.add(titleCase(entry));
  return set;
}

/** Demonyms and group words, as written in capitals ("Tunisian", "Americans", "Latinos"). */
export const DEMONYMS = entrySet(DEMONYM_LIST);
const NAMES = entrySet(PLACE_LIST);
for (const entry of entrySet(ORGANISATION_LIST)) NAMES.add(entry);
/** The last words of the place and organisation names: most runs end in none of them. */
export const LAST_WORDS: ReadonlySet<string> = new Set(
  [...NAMES].map((n) => n.slice(n.lastIndexOf(' ') + 1)),
);

/**
 * Group words the published demonym table lacks: ethnic and religious groups, generations, the people of US
 * states ("Ohioans", "a Vermonter"), and "British" and "Māori" (not "English", "Irish", "Welsh": surnames).
 */
const GROUP_WORDS = entrySet(
  `hispanic hispanics latino latinos latina latinas latinx arab arabs muslim muslims jew jews christians
  catholic catholics evangelical evangelicals protestant protestants mormon mormons millennial millennials
  boomers xers ohioan ohioans vermonter vermonters tennessean tennesseans floridian floridians
  iowan iowans virginian virginians coloradan coloradans nevadan nevadans georgians
  independents democrats republicans conservatives liberals progressives westerners easterners southerners
  northerners latin orthodox sunni sunnis shiite shiites kurd kurds māori maori pākehā pakeha pasifika
  aboriginal aborigines inuit zealander zealanders british brits britons`
    .trim()
    .split(/\s+/)
    .join('|'),
);

for (const word of GROUP_WORDS) DEMONYMS.add(word);

/**
 * Whether a capitalized word names a nationality or a group of people ("Tunisian", "Americans",
 * "African-Americans", "Latinos"), which is never a person's name.
 */
export function isGroupWord(word: string): boolean {
  if (DEMONYMS.has(word)) return true;
  if (!word.includes('-')) return false;
  // "African-American", "Mexican-Americans", "Arab-American".
  return word.split('-').every((part) => DEMONYMS.has(part));
}

/**
 * Whether the words are the whole name of a place (a city, country or region: "Saudi Arabia", "Tulsa")
 * or of an organisation, band or sports team ("Goldman Sachs", "Denver Broncos", "Verizon") in the
 * published tables, written with capital initials. One-word entries that are also first names or
 * surnames are not in the tables.
 */
export function isPlaceOrOrganisation(words: readonly string[]): boolean {
  return LAST_WORDS.has(words[words.length - 1] as string) && isKnownName(words);
}

/** isPlaceOrOrganisation for words whose last word is known to be in LAST_WORDS (no second lookup of it). */
export function isKnownName(words: readonly string[]): boolean {
  return NAMES.has(words.length === 1 ? (words[0] as string) : words.join(' '));
}
