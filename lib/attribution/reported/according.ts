/**
 * "According to the report, ..." and "..., according to two people familiar with the matter.": the
 * clause on either side and the source phrase after "according to".
 */
import { SOURCE_HEADS } from '../../lexicon/reporting.ts';
import { isCapitalized } from '../../text/chars.ts';
import { span } from '../../text/span.ts';
import { isDash, type Token } from '../../text/tokens.ts';
import type { Speaker } from '../../types.ts';
import { clauseStart } from './clause.ts';
import { clauseEnd, runsIntoQuote } from './clause-end.ts';
import { atEnd, wordCount, type Ctx, type Found } from './context.ts';
import { toSpeaker } from './sources.ts';

/** What ends the source after "according to": a comma, a dash (isDash) or a hyphen. */
const SOURCE_ENDS = new Set([',', '-', '(', ';', ':']);

/** First words after ", according to X," that do not go on with the clause: a relative, an appositive. */
const NOT_CONTINUATION = new Set(
  'which who whom whose where when a an the and but or so while as who’s that this these those his her its their'.split(
    ' ',
  ),
);

/** The longest source after "according to", in tokens. */
const LONGEST_SOURCE = 26;

/** "According to the report, ..." / "..., according to two people familiar with the matter." */
export function according(ctx: Ctx, a: number, from: number, lo: number, hi: number): Found | null {
  const { tokens } = ctx;
  const s = a + 2;
  if (s >= hi || !tokens[s]?.word) return null;
  // The source runs to the next comma (or dash) or the end of the sentence, on either side of the clause
  // ("..., according to early results of the exit poll conducted by Edison Research for the networks.").
  let e = s;
  while (
    e < hi &&
    e - s < LONGEST_SOURCE &&
    !SOURCE_ENDS.has((tokens[e] as Token).text) &&
    !isDash(tokens, e) &&
    !atEnd(tokens, e, hi) &&
    ctx.inQuote[e] === -1
  )
    e++;
  const endsHere = atEnd(tokens, e, hi);
  const speaker = sourcePhrase(ctx, s, e);
  if (!speaker) return null;
  const cue: [number, number] = [a, a + 2];
  const beforeCount = wordCount(tokens, from, a);
  const opens = wordCount(tokens, lo, a) <= 2; // "According to ..." opens the sentence
  if (beforeCount >= 3 && (endsHere || tokens[e]?.text === ',')) {
    // "..., according to the report." (or a clause with no comma before "according").
    const to = tokens[a - 1]?.text === ',' ? a - 1 : a;
    const first = clauseStart(ctx, from, to);
    if (first < 0 || wordCount(tokens, first, to) < 3) return null;
    const parts: Array<[number, number]> = [[first, to]];
    // "Notably absent, according to members, was any mention of ...": the clause goes on after the source.
    const go = tokens[e + 1];
    if (!endsHere && go?.word && ctx.inQuote[e + 1] === -1 && !NOT_CONTINUATION.has(go.text.toLowerCase())) {
      const end = clauseEnd(ctx, e + 1, hi);
      if (end > e + 1 && !runsIntoQuote(ctx, end, hi)) parts.push([e + 1, end]);
    }
    return { parts, cue, speaker };
  }
  if (tokens[e]?.text !== ',' || !opens) return null;
  // "According to the report, CLAUSE."
  const to = clauseEnd(ctx, e + 1, hi);
  if (wordCount(tokens, e + 1, to) < 3 || runsIntoQuote(ctx, to, hi)) return null;
  return { parts: [[e + 1, to]], cue, speaker };
}

/** The source named after "according to", tokens `[s, e)`: a person, a pronoun or the phrase as written. */
export function sourcePhrase(ctx: Ctx, s: number, e: number): Speaker | null {
  const { tokens, text } = ctx;
  if (e <= s) return null;
  const m =
    ctx.startingAt(s) ??
    (tokens[s + 1] && /^[A-Z][a-z]*\.?$/.test((tokens[s] as Token).text) ? ctx.startingAt(s + 1) : undefined);
  if (m && m.last >= e - 1) return toSpeaker(ctx, { first: s, last: m.last, kind: 'name', mention: m });
  const lower = (tokens[s] as Token).text.toLowerCase();
  if (e === s + 1 && (lower === 'him' || lower === 'her' || lower === 'them')) return null;
  if (e - s === 1 && !isCapitalized((tokens[s] as Token).text) && !SOURCE_HEADS.has(lower)) return null;
  let last = e - 1;
  while (last > s && !(tokens[last] as Token).word) last--;
  const mention = span(text, (tokens[s] as Token).start, (tokens[last] as Token).end);
  if (m) {
    // "according to Kim Kardashian’s lawyer": the phrase is the source, not the person.
    return { name: mention.text, mention };
  }
  return { name: mention.text.replace(/[’']s$/, ''), mention };
}
