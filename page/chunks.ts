/**
 * Long pages are analyzed in chunks, so that no single task holds the page's main thread for long: the text
 * is cut at paragraph breaks ("\n\n"), each chunk goes through `analyze()` on its own, and the results are
 * merged back into one Analysis over the whole text. Pure: no DOM.
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
 * Cuts `text` into chunks of at most about `maxChars` UTF-16 code units, at paragraph breaks ("\n\n") when
 * there is one in the second half of the window, else at a line break or space, else hard. Chunks cover the
 * text in order without gaps. Throws when `maxChars` is not positive.
 */
export function splitText(text: string, maxChars: number, contextChars = 0): Chunk[] {
  if (!(maxChars > 0)) throw new Error(`splitText: maxChars must be positive, got ${maxChars}`);
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
  while (text.length - start > maxChars) {
    const limit = start + maxChars;
    const half = start + Math.floor(maxChars / 2);
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
      let merged = byName.get(person.name);
      if (!merged && !mentions.length) {
        // Named only in the context: the chunk before has this person (or none kept a statement of theirs).
        continue;
      }
      if (!merged) {
        merged = { id: `p${people.length + 1}`, name: person.name, mentions: [] };
        if (person.gender) merged.gender = person.gender;
        byName.set(person.name, merged);
        people.push(merged);
      }
      merged!.mentions.push(...mentions.map((m) => shift(m, by)));
      ids.set(person.id, merged!.id);
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
  return { people, statements };
}
