/**
 * When the page analyzes its text itself (the fallback when the extension's background does not answer,
 * entrypoints/content/page-pass.ts; the background analyzes the whole text at once), long pages are analyzed
 * in chunks, so that no single task holds the page's main thread for long: the text is cut at paragraph
 * breaks ("\n\n"), each chunk goes through `analyze()` on its own, and the results are merged back into one
 * Analysis over the whole text. Pure: no DOM.
 *
 * Each chunk after the first is analyzed with a few paragraphs before it as context (`context`), so that
 * "she continued" right after a cut still finds its speaker; what the analysis finds in the context belongs
 * to the chunk before and is dropped. A quote running over a cut paragraph break is still cut. Chunks are
 * large (tens of kilobytes) and most articles are one chunk, which gives exactly `analyze(text)`.
 */
import type { Analysis, Person, Span, Statement } from '../lib/types.ts';

/** A piece of the text: `text.slice(start, end)`, analyzed as `text.slice(context, end)`. */
export interface Chunk {
  start: number;
  end: number;
  /** Where the analyzed text starts: a paragraph start at or before `start`, not before the previous chunk. */
  context: number;
}

/**
 * Cuts `text` into chunks of at most about `maxChars` UTF-16 code units (`laterChars` for every chunk after
 * the first), at paragraph breaks ("\n\n") when there is one in the second half of the window, else at a line
 * break or space, else hard. Chunks cover the text in order without gaps; each cut depends only on the text
 * before it. Throws when `maxChars` or `laterChars` is not positive.
 */
export function splitText(text: string, maxChars: number, contextChars = 0, laterChars = maxChars): Chunk[] {
  if (!(maxChars > 0)) throw new Error(`splitText: maxChars must be positive, got ${maxChars}`);
  if (!(laterChars > 0)) throw new Error(`splitText: laterChars must be positive, got ${laterChars}`);
  const chunks: Chunk[] = [];
  let start = 0;
  /** The start of the paragraph `contextChars` before `at`, within the previous chunk; `at` if none is near. */
  const contextFor = (at: number, floor: number): number => {
    if (contextChars <= 0 || at === 0) return at;
    const from = Math.max(floor, at - contextChars);
    const paragraph = text.lastIndexOf('\n\n', from);
    const begin = paragraph < floor ? floor : paragraph + 2;
    return at - begin > 3 * contextChars ? at : Math.min(begin, at);
  };
  for (let size = maxChars; text.length - start > size; size = laterChars) {
    const limit = start + size;
    const half = start + Math.floor(size / 2);
    // The next chunk starts after the separator.
    let cut = text.lastIndexOf('\n\n', limit - 2) + 2;
    if (cut < half) cut = text.lastIndexOf('\n', limit - 1) + 1;
    if (cut < half) cut = text.lastIndexOf(' ', limit - 1) + 1;
    if (cut <= half) cut = limit;
    chunks.push({ start, end: cut, context: contextFor(start, chunks[chunks.length - 1]?.start ?? 0) });
    start = cut;
  }
  chunks.push({ start, end: text.length, context: contextFor(start, chunks[chunks.length - 1]?.start ?? 0) });
  return chunks;
}

/**
 * One Analysis over `text` from the analyses of its chunks (in order), each of `text.slice(context, end)`.
 * Spans are shifted to whole-text offsets, what lies in a chunk's context is dropped (statements by their
 * first span, mentions by their start), people with the same name are one Person, and ids are renumbered
 * (`p1`…, `s1`…) in order.
 */
export function mergeAnalyses(text: string, parts: { chunk: Chunk; analysis: Analysis }[]): Analysis {
  if (parts.length === 1 && parts[0]!.chunk.context === 0) return parts[0]!.analysis;
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  const statements: Statement[] = [];
  const shift = (span: Span, by: number): Span => {
    const start = span.start + by;
    const end = span.end + by;
    return { start, end, text: text.slice(start, end) };
  };
  for (const { chunk, analysis } of parts) {
    const by = chunk.context;
    const ids = new Map<string, string>();
    for (const person of analysis.people) {
      const mentions = person.mentions.filter((m) => m.start + by >= chunk.start);
      let merged = byName.get(person.name) ?? samePerson(people, person.name);
      if (!merged && !mentions.length) {
        // Named only in the context: the chunk before has this person (or none kept a statement of theirs).
        continue;
      }
      if (!merged) {
        merged = { id: `p${people.length + 1}`, name: person.name, mentions: [] };
        if (person.gender) merged.gender = person.gender;
        people.push(merged);
      } else if (person.name.length > merged.name.length) merged.name = person.name; // the fullest form
      byName.set(person.name, merged);
      merged.mentions.push(...mentions.map((m) => shift(m, by)));
      ids.set(person.id, merged.id);
    }
    for (const statement of analysis.statements) {
      if ((statement.spans[0]?.start ?? 0) + by < chunk.start) continue;
      const out: Statement = {
        ...statement,
        id: `s${statements.length + 1}`,
        spans: statement.spans.map((s) => shift(s, by)),
        cue: statement.cue && shift(statement.cue, by),
        speaker: statement.speaker && { ...statement.speaker },
      };
      if (out.speaker) {
        if (out.speaker.mention) out.speaker.mention = shift(out.speaker.mention, by);
        const personId = out.speaker.personId && ids.get(out.speaker.personId);
        if (personId) out.speaker.personId = personId;
        else delete out.speaker.personId;
      }
      statements.push(out);
    }
  }
  // A speaker who is a Person goes by the Person's (fullest) name.
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  for (const s of statements) {
    if (!s.speaker) continue;
    // A chunk that only saw "Marco" may not have made a Person of it; an earlier chunk did.
    const person = s.speaker.personId ? null : samePerson(people, s.speaker.name, true);
    if (person && /^\p{Lu}/u.test(s.speaker.name)) s.speaker.personId = person.id;
    if (s.speaker.personId) s.speaker.name = nameOf.get(s.speaker.personId) ?? s.speaker.name;
  }
  return { people, statements };
}

/**
 * The one known person whose name has all the words of `name`, or whose words `name` has all of: a later
 * chunk that only says "Tasman" or "Marco" means the "Abel Jansz Tasman" or "Marco Arment" of an earlier
 * one (corpus pages wikipedia-2, medium-3). `onlyShorter`: only the first way (a speaker phrase such as
 * "The Māori population" is not the person "Māori"). Null when none or several match.
 */
function samePerson(people: Person[], name: string, onlyShorter = false): Person | null {
  const words = name.split(/\s+/);
  let found: Person | null = null;
  for (const person of people) {
    const theirs = person.name.split(/\s+/);
    const contained =
      words.every((w) => theirs.includes(w)) || (!onlyShorter && theirs.every((w) => words.includes(w)));
    if (!contained) continue;
    if (found) return null;
    found = person;
  }
  return found;
}
