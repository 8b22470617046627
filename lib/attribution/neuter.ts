import { HONORIFICS } from '../lexicon/honorifics.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import { ROLE_NOUNS } from '../lexicon/roles.ts';
import { FIRST_NAME, SURNAME, kindOf } from '../people/trim-run.ts';
import { endsWithApostropheS, isCapitalized } from '../text/chars.ts';
import { isSourceOrRole } from './phrases.ts';
import type { Person, Statement } from '../types.ts';

/**
 * "It said" names the thing that spoke last: the nearest statement before, in the same paragraph or the one
 * before, whose speaker is one thing (isThing: "..., Roscosmos said in a statement. It said most of the
 * debris burnt up"; "the report found ... It also said"); "they said" the people that did (isGroup:
 * "Administration officials said ... They said"). The speaker's name becomes that one; its mention stays the
 * pronoun as written. With no such statement, the pronoun stays. Statements are in document order; a new list
 * is made only when a name changes.
 */
export function nameNeuterSpeakers(
  text: string,
  statements: Statement[],
  people: readonly Person[],
): Statement[] {
  let out: Statement[] | null = null;
  let nameWords: Set<string> | undefined;
  for (let i = 1; i < statements.length; i++) {
    const s = statements[i] as Statement;
    const speaker = s.speaker;
    if (!speaker?.mention || speaker.personId) continue;
    const it = speaker.name === 'it' || speaker.name === 'It';
    if (!it && speaker.name !== 'they' && speaker.name !== 'They') continue;
    const at = speaker.mention.start;
    for (let j = i - 1; j >= 0; j--) {
      const before = (out ?? statements)[j] as Statement;
      const source = before.speaker;
      const from = source?.mention?.end ?? before.spans[0]?.start ?? 0;
      if (from > at) continue;
      if (breaksBetween(text, from, at) > 2) break;
      if (!source || source.personId || !(it ? isThing(source.name) : isGroup(source.name))) continue;
      // A word of a person's name ("Grayson" said, when two Graysons make it nobody's in particular).
      nameWords ??= new Set(people.flatMap((p) => p.name.split(' ')));
      if (source.name.split(' ').some((w) => nameWords!.has(w))) continue;
      out ??= [...statements];
      out[i] = { ...s, speaker: { ...speaker, name: source.name } };
      break;
    }
  }
  return out ?? statements;
}

/** Line breaks in `text` between `from` and `to`: 0 in the same paragraph, 2 in the next one. */
function breaksBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/**
 * Whether a speaker's name can be what "it" stands for: "the report", "The lawsuit", "a study" (an article and
 * a noun that is neither plural nor a person's role), or a proper name that is nobody's ("Twitter", "The
 * Post", "Roscosmos"). Not "officials", "his", "The GOP candidate", "Grayson", "The Republic's Jeet Heer".
 */
function isThing(name: string): boolean {
  const words = name.split(' ');
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (words.length === 1 && SUBJECT_PRONOUNS.has(first.toLowerCase())) return false;
  // A possessive, a title or a role makes it a person ("A communications aide for Mr. Lyovochkin"); "people".
  if (
    words.some((w) => endsWithApostropheS(w) || HONORIFICS.has(w) || ROLE_NOUNS.has(w) || /^people$/i.test(w))
  )
    return false;
  if (words.length > 1 && /^(?:the|a|an)$/i.test(first)) {
    if (isCapitalized(last)) return true; // "The Post", "the Islamic State"
    return !/[^su]s$/.test(last); // not plural (a role was ruled out above)
  }
  if (!words.every(isCapitalized)) return false;
  // A proper name that is a person's: a first name opening it, or a surname alone.
  return !(kindOf(first) & FIRST_NAME) && !(words.length === 1 && kindOf(first) & SURNAME);
}

/**
 * Whether a speaker's name can be what "they" stands for: people, a plural noun of a source or a role in lower
 * case at its end ("Obama administration officials", "the researchers", "her advisers"); not things that
 * report ("the polls", "early results"), a pronoun or a possessive.
 */
function isGroup(name: string): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1] as string;
  if (words.some((w) => endsWithApostropheS(w) || HONORIFICS.has(w))) return false;
  return /[^isu'’]s$/.test(last) && isSourceOrRole(last) && !THINGS_THAT_REPORT.has(last);
}

/** Plural source nouns that are not people. */
const THINGS_THAT_REPORT = new Set(
  'polls surveys studies reports documents records figures statistics numbers results findings analyses papers filings returns statements data'.split(
    ' ',
  ),
);
