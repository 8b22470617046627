import type { Analysis, Person, Statement } from './types.ts';
import { span } from './text/span.ts';

// A first, deliberately small parser: double quotes (curly and straight) within a paragraph, and
// "NAME said" / "said NAME" / "he said" next to them. The parser issue replaces it stage by stage.

const QUOTE = /“([^“”\n]+)”|"([^"\n]+)"/g;
const CUE = '(?:said|says|wrote|told|added|asked|continued)';
const NAME = '[A-Z][a-z]+(?: [A-Z][a-z]+)*|[Hh]e|[Ss]he|[Tt]hey';
const AFTER = new RegExp(`^[,.!?]?\\s*(?:(${NAME})\\s+(${CUE})|(${CUE})\\s+(${NAME}))\\b`);
const BEFORE = new RegExp(`(?:^|[\\s(])(${NAME})\\s+(${CUE})[,:]?\\s*$`);
const FULL_NAME = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g;
const PRONOUN = /^(?:he|she|they)$/i;

/** Analyzes one article's plain text. Never throws; see DESIGN.md for the Analysis. */
export function analyze(text: string): Analysis {
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  for (const m of text.matchAll(FULL_NAME)) {
    let person = byName.get(m[0]);
    if (!person) {
      person = { id: `p${people.length + 1}`, name: m[0], mentions: [] };
      byName.set(m[0], person);
      people.push(person);
    }
    person.mentions.push(span(text, m.index, m.index + m[0].length));
  }
  const statements: Statement[] = [];
  let lastSpeaker: { name: string; personId?: string } | null = null;
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? '';
    const start = m.index + 1;
    const end = start + inner.length;
    const after = AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    const before = BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    let speaker: Statement['speaker'] = null;
    let cue: Statement['cue'] = null;
    const offset = (sub: string, base: number, within: string) => base + within.indexOf(sub);
    if (after) {
      const base = m.index + m[0].length;
      const name = after[1] ?? after[4] ?? '';
      const verb = after[2] ?? after[3] ?? '';
      const nameAt = offset(name, base, after[0]);
      speaker = { name, mention: span(text, nameAt, nameAt + name.length) };
      const verbAt = base + after[0].lastIndexOf(verb);
      cue = span(text, verbAt, verbAt + verb.length);
    } else if (before) {
      const base = Math.max(0, m.index - 80) + before.index;
      const name = before[1] ?? '';
      const verb = before[2] ?? '';
      const nameAt = offset(name, base, before[0]);
      speaker = { name, mention: span(text, nameAt, nameAt + name.length) };
      const verbAt = nameAt + before[0].slice(before[0].indexOf(name)).indexOf(verb);
      cue = span(text, verbAt, verbAt + verb.length);
    }
    if (speaker && PRONOUN.test(speaker.name) && lastSpeaker) {
      speaker = { name: lastSpeaker.name, personId: lastSpeaker.personId, mention: speaker.mention };
    } else if (speaker) {
      const person = people.find(
        (p) => p.name === speaker?.name || p.name.split(' ').includes(speaker?.name ?? ''),
      );
      if (person) speaker = { ...speaker, name: person.name, personId: person.id };
    }
    if (speaker) lastSpeaker = speaker;
    const kind = speaker || /[.!?,]$/.test(inner) ? 'direct' : 'partial';
    if (!speaker && inner.split(/\s+/).length < 3) continue; // scare quotes and titles
    statements.push({
      id: `s${statements.length + 1}`,
      kind,
      text: inner,
      spans: [span(text, start, end)],
      speaker,
      cue,
    });
  }
  return { people, statements };
}
