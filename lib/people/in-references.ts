import { isReferenceEntry } from '../quotes/quote-kind.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { Segments } from '../text/segment.ts';
import { tokenAt } from '../text/tokens.ts';
import type { Person, Statement } from '../types.ts';

/**
 * The people without their mentions in entries of a wiki's list of references ("^ Scrimshaw, Brian J. (2010).
 * "Harbours of the south". ..."): the authors of cited works are not people of the story, and such a list
 * writes them surname first, which the people finder reads as other names ("Brian J"). A person left with no
 * mention goes, unless a statement names them as its speaker. `people` is not changed; a new list is made
 * only when something goes.
 */
export function withoutReferenceEntries(
  seg: Segments,
  people: Person[],
  statements: readonly Statement[],
): Person[] {
  const { text, paragraphs, tokens } = seg;
  // Only a text with a wiki's notes (paragraphs opening with the caret back to the text) is asked: asking
  // every paragraph of every text cost ~5% of the whole analysis, looking for the usual words 1%.
  if (people.length === 0 || !paragraphs.some((p) => text.charCodeAt(p.start) === 94)) return people;
  const answers = new Map<number, boolean>();
  const inReference = (offset: number): boolean => {
    // (A mention starts where a token does: that token's paragraph.)
    const p = tokens[tokenAt(tokens, offset)]?.para;
    if (p === undefined) return false;
    let answer = answers.get(p);
    if (answer === undefined) {
      const para = paragraphs[p] as Paragraph;
      answers.set(p, (answer = isReferenceEntry(text.slice(para.start, para.end))));
    }
    return answer;
  };
  let speakers: Set<string> | undefined;
  let changed = false;
  const out: Person[] = [];
  for (const person of people) {
    const mentions = person.mentions.filter((m) => !inReference(m.start));
    if (mentions.length === person.mentions.length) {
      out.push(person);
      continue;
    }
    changed = true;
    speakers ??= new Set(statements.map((s) => s.speaker?.personId ?? ''));
    if (mentions.length > 0) out.push({ ...person, mentions });
    else if (speakers.has(person.id)) out.push(person);
  }
  if (!changed) return people;
  // People stay in order of first mention (DESIGN.md), which a dropped first mention may change.
  return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
