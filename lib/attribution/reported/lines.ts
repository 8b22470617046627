/**
 * Statements a whole paragraph makes: transcript lines ("WALLACE: ...") and headlines that name their
 * source before a colon ("Poll: Sanders leads in Iowa").
 */
import { EVIDENCE_HEADS, SOURCE_HEADS } from '../../lexicon/reporting.ts';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.ts';
import type { Mention } from '../../people/find-people.ts';
import { isCapitalized } from '../../text/chars.ts';
import { span } from '../../text/span.ts';
import type { Token } from '../../text/tokens.ts';
import type { Person, Speaker } from '../../types.ts';
import { TERMINALS, isSentenceEnd, wordCount, type Ctx, type Found } from './context.ts';
import { MAYBE_CUE } from './cue-words.ts';
import { toSpeaker } from './sources.ts';

/**
 * A transcript line, "WALLACE: Let's start with ..." or "Pat Caddell: Democrat voters worried ...": a
 * paragraph that opens with a person's name (or surname in capitals) and a colon; the rest of the paragraph
 * is what they said, unless it is quoted (the quote is the statement then).
 */
export function transcriptLine(ctx: Ctx, first: number): Found | null {
  const { tokens } = ctx;
  const para = (tokens[first] as Token).para;
  let colon = first;
  while (colon < first + 5 && tokens[colon]?.word && isCapitalized((tokens[colon] as Token).text)) colon++;
  if (colon === first || tokens[colon]?.text !== ':' || ctx.inQuote[colon] !== -1) return null;
  let speaker: Speaker | null = null;
  const m = ctx.startingAt(first);
  if (m && m.last === colon && m.person >= 0) {
    speaker = toSpeaker(ctx, { first, last: colon, kind: 'name', mention: m });
  } else if (colon === first + 1) {
    const w = (tokens[first] as Token).text;
    const person = w.length > 1 && w === w.toUpperCase() ? personBySurname(ctx, w) : undefined;
    if (person) {
      const at = tokens[first] as Token;
      speaker = { name: person.name, personId: person.id, mention: span(ctx.text, at.start, at.end) };
    }
  }
  if (!speaker) return null;
  const rest = afterColon(ctx, colon, para);
  return rest && { parts: [rest], cue: [colon, colon + 1], speaker };
}

/** Labels that open a line with a colon but name no source: "Update: ...", "Why it matters: ...". */
export const NOT_HEADLINE_SOURCES = new Set(
  `update updated related note editor’s editor's photo photos video watch read source sources correction
  breaking exclusive q a advertisement caption credit why what how who when where the this that here more
  also see listen bottom lede upshot analysis opinion commentary editorial live transcript full follow
  contributing email review reviews explainer interview podcast recap preview obituary quiz gallery`.split(
    /\s+/,
  ),
);

/**
 * A headline that gives its source before a colon, "Clinton camp: Trump's plan threatens security" or
 * "Poll: Sanders leads in Iowa": a one-sentence paragraph that opens with a short phrase naming a person,
 * or written in title case, then the colon; the rest is what the source says.
 */
export function headlineLine(ctx: Ctx, first: number): Found | null {
  const { tokens } = ctx;
  const para = (tokens[first] as Token).para;
  let colon = first;
  while (colon < first + 8 && tokens[colon]?.word && (tokens[colon] as Token).para === para) colon++;
  if (colon === first || tokens[colon]?.text !== ':' || ctx.inQuote[colon] !== -1) return null;
  const head = tokens[first] as Token;
  if (!isCapitalized(head.text) || NOT_HEADLINE_SOURCES.has(head.text.toLowerCase())) return null;
  let person: Mention | undefined;
  let titleCase = true;
  for (let i = first; i < colon; i++) {
    const t = tokens[i] as Token;
    const m = ctx.startingAt(i);
    // The name comes first, after at most a title ("OK Gov Fallin: ..."), not "Big Win For Bernie: ...".
    if (!person && m && m.person >= 0 && m.last <= colon && i - first <= 2) person = m;
    if (!isCapitalized(t.text) && !HEADLINE_SMALL_WORDS.has(t.text)) titleCase = false;
    if (SPEECH_VERBS.has(t.text.toLowerCase()) || MAYBE_CUE.has(t.text)) return null;
  }
  if (person) {
    for (let i = first; i < person.first; i++) if (!isCapitalized((tokens[i] as Token).text)) return null;
    if (person.last < colon && !HEADLINE_SMALL_WORDS.has((tokens[person.last] as Token).text)) return null;
  } else {
    // Without a name, a title-case phrase headed by a source noun: "Poll:", "NY Daily News:".
    const last = (tokens[colon - 1] as Token).text.toLowerCase();
    if (!titleCase || !(SOURCE_HEADS.has(last) || EVIDENCE_HEADS.has(last) || last === 'news')) return null;
  }
  const rest = afterColon(ctx, colon, para);
  if (!rest) return null;
  const [from, to] = rest;
  // One sentence: no sentence end before the paragraph's last mark.
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!t.word && ctx.inQuote[i] === -1 && TERMINALS.has(t.text) && isSentenceEnd(tokens, i)) return null;
    if (t.text === '@' || t.text === '/') return null; // an address: "Follow her on Twitter: @..."
  }
  const speaker = person
    ? toSpeaker(ctx, { first: person.first, last: person.last, kind: 'name', mention: person })
    : toSpeaker(ctx, { first, last: colon, kind: 'phrase' });
  if (!speaker) return null;
  return { parts: [[from, to]], cue: [colon, colon + 1], speaker };
}

/**
 * The words of paragraph `para` after the colon at token `colon`, without the unquoted marks that end it, as
 * token indices [from, to); null when they open with a quote or hold fewer than three words.
 */
function afterColon(ctx: Ctx, colon: number, para: number): [number, number] | null {
  const { tokens } = ctx;
  let end = colon + 1;
  while (end < tokens.length && (tokens[end] as Token).para === para) end++;
  const from = colon + 1;
  if (from >= end || ctx.inQuote[from] !== -1 || wordCount(tokens, from, end) < 3) return null;
  let to = end;
  while (to > from && !(tokens[to - 1] as Token).word && ctx.inQuote[to - 1] === -1) to--;
  return [from, to];
}

/** Short words a title-case headline leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set(
  'a an the of on in at to for and or with by vs from about over'.split(' '),
);

/** The one person whose last name is `caps` ("WALLACE" -> Chris Wallace), if exactly one. */
function personBySurname(ctx: Ctx, caps: string): Person | undefined {
  const fits = ctx.people.filter((p) => p.name.split(' ').pop()?.toUpperCase() === caps);
  return fits.length === 1 ? fits[0] : undefined;
}
