/**
 * What the reported-speech scanners look things up in (`Ctx`, built once per article by `context()`),
 * what they find (`Found`), and the token tests they share: sentence ends, word counts. Token indices
 * throughout; `[from, to)` ranges are half-open.
 */
import type { Mention, People } from '../../people/find-people.ts';
import type { Quotation } from '../../quotes/find-quotes.ts';
import type { Segments } from '../../text/segment.ts';
import { endsSentence, isCloserCode } from '../../text/sentences.ts';
import { tokenAt, type Token } from '../../text/tokens.ts';
import type { Person, Span, Speaker, Statement } from '../../types.ts';
import { namings, type Sighting } from '../pronouns.ts';

/** The longest reported clause, in tokens: a guard against running on through a list-like paragraph. */
export const MAX_CONTENT_TOKENS = 90;

/** How far before a cue (in tokens) its subject is looked for. */
export const SUBJECT_WINDOW = 60;

/** What the scanners look things up in. */
export interface Ctx {
  text: string;
  tokens: readonly Token[];
  people: readonly Person[];
  endingAt: (last: number) => Mention | undefined;
  startingAt: (first: number) => Mention | undefined;
  /** Per token: the index of the quotation it is in (marks included), or -1. */
  inQuote: Int32Array;
  /** Per quotation: the quote statement made of it, or null (a scare quote or a title). */
  quoteStatement: (Statement | null)[];
  history: Sighting[];
  /**
   * Offsets where the cue of a direct quote statement starts: “...,” he said aboard his plane. Not a
   * partial quote's: in "Tom Clarke, who calls it “a joke,” said the ferry ..." the cue still reports.
   */
  quoteCues: Set<number>;
}

/** A reported statement found in one sentence, before it is checked against the quotes. */
export interface Found {
  /** Content tokens `[from, to)`; a second stretch when the cue sits inside the clause. */
  parts: Array<[number, number]>;
  cue: [number, number];
  speaker: Speaker;
  /** An object of a stance verb: it may sit inside a clause reported after it ("..., a source said"). */
  object?: boolean;
}

/** The buffer behind a context's per-token arrays (one article is analyzed at a time). */
let scratch = new Int32Array(0);

export function context(
  seg: Segments,
  quotations: readonly Quotation[],
  found: People,
  quoted: readonly Statement[],
): Ctx {
  const { text, tokens } = seg;
  const n = tokens.length;
  // Per token: the index of the mention ending (exclusive) or starting there, plus one; the later mention wins.
  // Views of one buffer kept between articles: a fresh typed array per article costs more than filling one.
  if (scratch.length < 3 * n + 2) scratch = new Int32Array(2 * (3 * n + 2));
  const byLast = scratch.subarray(0, n + 1).fill(0);
  const byFirst = scratch.subarray(n + 1, 2 * n + 2).fill(0);
  const { mentions } = found;
  mentions.forEach((m, i) => {
    if (m.last >= 0 && m.last <= n) byLast[m.last] = i + 1;
    if (m.first >= 0 && m.first <= n) byFirst[m.first] = i + 1;
  });
  const inQuote = scratch.subarray(2 * n + 2, 3 * n + 2).fill(-1);
  // Pushed into a literal, so its elements kind is the same for every text (a map()-made array's is not).
  const quoteStatement: (Statement | null)[] = [];
  for (let q = 0; q < quotations.length; q++) quoteStatement.push(null);
  // Quote statements in span order, walked alongside the quotations (both are in document order).
  const spans = quoteSpans(quoted);
  let k = 0;
  quotations.forEach((q, qi) => {
    for (const p of q.parts) {
      for (let i = tokenAt(tokens, p.open); i < n && (tokens[i] as Token).start < p.closeEnd; i++)
        inQuote[i] = qi;
      while (k < spans.length && (spans[k] as QuoteSpan).sp.end <= p.start) k++;
      const hit = spans[k];
      if (hit && hit.sp.start < p.end) quoteStatement[qi] = hit.s;
    }
  });
  return {
    text,
    tokens,
    people: found.people,
    endingAt: mentionAt(byLast, mentions, n),
    startingAt: mentionAt(byFirst, mentions, n),
    inQuote,
    quoteStatement,
    history: sightings(tokens, found, quoted),
    quoteCues: directCueStarts(quoted),
  };
}

/**
 * The mention that `index` (per token `0..n`: mention index + 1, or 0) gives token `k`, as a function. (Made
 * here, not as a named closure in context(): tsx and esbuild's keepNames wrap every named closure they create.)
 */
export function mentionAt(
  index: Int32Array,
  mentions: readonly Mention[],
  n: number,
): (k: number) => Mention | undefined {
  return (k) => (k >= 0 && k <= n && index[k] ? mentions[(index[k] as number) - 1] : undefined);
}

/** Where the cues of direct quote statements start. */
function directCueStarts(quoted: readonly Statement[]): Set<number> {
  const starts = new Set<number>();
  for (const s of quoted) if (s.cue && s.kind === 'direct') starts.add(s.cue.start);
  return starts;
}

interface QuoteSpan {
  sp: Span;
  s: Statement;
}

/** Every span of the quote statements with its statement, by start (stable: already sorted needs no sort). */
function quoteSpans(quoted: readonly Statement[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let sorted = true;
  for (const s of quoted) {
    for (const sp of s.spans) {
      const prev = spans[spans.length - 1];
      if (prev && prev.sp.start > sp.start) sorted = false;
      spans.push({ sp, s });
    }
  }
  if (!sorted) spans.sort((a, b) => a.sp.start - b.sp.start);
  return spans;
}

/**
 * The pronoun history: people named outside quotes, then the speakers of quote statements, merged by offset
 * (a name before a speaker at the same offset).
 */
function sightings(tokens: readonly Token[], found: People, quoted: readonly Statement[]): Sighting[] {
  // (Outside quotations by `Token.quote`, which attribute() set from the same quotations as `inQuote`.)
  const named = namings(tokens, found.mentions);
  let personIndex: Map<string, number> | null = null;
  const spoke: Sighting[] = [];
  for (const s of quoted) {
    const id = s.speaker?.personId;
    const first = s.spans[0];
    if (!id || !first) continue;
    if (!personIndex) {
      personIndex = new Map();
      found.people.forEach((p, i) => (personIndex as Map<string, number>).set(p.id, i));
    }
    const person = personIndex.get(id) ?? -1;
    const at = tokenAt(tokens, first.start);
    spoke.push({ at: first.start, para: (tokens[at] as Token | undefined)?.para ?? 0, person, spoke: true });
  }
  if (!sortedBy(named)) named.sort(byAt);
  if (!sortedBy(spoke)) spoke.sort(byAt);
  const out: Sighting[] = [];
  let a = 0;
  let b = 0;
  while (a < named.length || b < spoke.length) {
    const x = named[a];
    const y = spoke[b];
    if (x && (!y || x.at <= y.at)) {
      out.push(x);
      a++;
    } else {
      out.push(y as Sighting);
      b++;
    }
  }
  return out;
}

function byAt(a: Sighting, b: Sighting): number {
  return a.at - b.at;
}

function sortedBy(list: readonly Sighting[]): boolean {
  for (let i = 1; i < list.length; i++)
    if ((list[i - 1] as Sighting).at > (list[i] as Sighting).at) return false;
  return true;
}

export const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»']);

export const TERMINALS = new Set(['.', '!', '?', '…']);

export function isEnd(t: Token | undefined): boolean {
  return !!t && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';');
}

/** Whether token `i` is past the sentence `[.., hi)` or the mark that ends it. */
export function atEnd(tokens: readonly Token[], i: number, hi: number): boolean {
  return i >= hi || (isEnd(tokens[i]) && isSentenceEnd(tokens, i));
}

/**
 * Whether token `i` ends the writer's sentence: the parser's rule, and a space or a paragraph break after the
 * mark (so "$214.9", "U.S." before a lower-case word and "Mr. Powell" go on).
 */
export function isSentenceEnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  // ";" and CLOSERS.has(next.text), read from the marks' `head` (a mark is a token of one character).
  if (!t.word && t.head === 59) return true;
  const next = tokens[i + 1];
  if (
    next &&
    next.para === t.para &&
    next.start === t.end &&
    (next.word || !isCloserCode(next.head)) &&
    !isCitationMark(tokens, i + 1)
  )
    return false;
  return endsSentence(tokens, i);
}

/** Whether tokens from `i` are a wiki's citation mark written against the full stop: "[8]" in "meeting.[8]". */
function isCitationMark(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.text === '[' && /^\d{1,3}$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ']'
  );
}

export function wordCount(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((tokens[i] as Token).word) n++;
  return n;
}

/** Whether the verb at `v` is passive: a form of "be" before it, adverbs aside ("were mistakenly charged"). */
export function isPassive(tokens: readonly Token[], v: number): boolean {
  let j = v - 1;
  while (
    j > v - 3 &&
    tokens[j]?.word &&
    ((tokens[j] as Token).text.endsWith('ly') || PASSIVE_ADVERBS.has((tokens[j] as Token).text))
  )
    j--;
  return BE_FORMS.has(tokens[j]?.text.toLowerCase() ?? '');
}

/**
 * Adverbs between "was" and its participle besides those in -ly ("was once asked", "was also intended"). Not
 * "not" or "still": "are not convinced that", "is still persuaded of" state a view.
 */
const PASSIVE_ADVERBS = new Set('once also later then first again ever'.split(' '));

const BE_FORMS = new Set('be is was were been being are am get got gets'.split(' '));

/** Whether `w` has ’ or ' two or three units from its end, where a contraction has it ("isn’t", "they’re"). */
export function apostropheNearEnd(w: string): boolean {
  const a = w.charCodeAt(w.length - 2);
  const b = w.charCodeAt(w.length - 3);
  return a === 39 || a === 0x2019 || b === 39 || b === 0x2019;
}

/** `/[^s]s$/.test(w)` without a regex: an "s" at the end after another character. */
export function endsInSingleS(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115;
}
