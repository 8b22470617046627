import {
  ADJUNCT_PREPOSITIONS,
  CLAUSE_COORDINATORS,
  CLAUSE_ENDERS_AFTER_COMMA,
  CLAUSE_OPENERS,
  CLAUSE_VERBS,
  CONTENT_PARTICLES,
  DOCUMENT_HEADS,
  EVIDENCE_HEADS,
  EVIDENCE_VERBS,
  FINITE_HINTS,
  NEW_CLAUSE_SUBJECTS,
  NOT_CLAUSE_AFTER,
  NOT_CUE_BEFORE,
  OBJECT_CONTENT_VERBS,
  OBJECT_VERBS,
  REPORTING_GERUNDS,
  SOURCE_HEADS,
  SUBORDINATORS,
  THAT_VERBS,
  TIME_WORDS,
  TO_VERBS,
} from '../lexicon/reporting.ts';
import { HONORIFICS } from '../lexicon/honorifics.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import { SPEECH_VERBS, VERB_PRECEDERS } from '../lexicon/speech-verbs.ts';
import type { Mention, People } from '../people/find-people.ts';
import type { Quotation } from '../quotes/find-quotes.ts';
import { isCapitalized } from '../text/chars.ts';
import type { Segments } from '../text/segment.ts';
import { endsSentence } from '../text/sentences.ts';
import { span } from '../text/span.ts';
import { tokenAt, type Token } from '../text/tokens.ts';
import type { Person, Span, Speaker, Statement } from '../types.ts';
import { clauseSubject, namedSpeaker, subjectAfter, subjectBefore, type Phrase } from './phrases.ts';
import { resolvePronoun, type Sighting } from './pronouns.ts';

/** The longest reported clause, in tokens: a guard against running on through a list-like paragraph. */
const MAX_CONTENT_TOKENS = 90;
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/** How far before a cue (in tokens) its subject is looked for. */
const SUBJECT_WINDOW = 60;

/** What the scanners look things up in. */
interface Ctx {
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
  /** Offsets where the cue of a quote statement starts: “...,” he said aboard his plane. */
  quoteCues: Set<number>;
}

/** A reported statement found in one sentence, before it is checked against the quotes. */
interface Found {
  /** Content tokens `[from, to)`; a second stretch when the cue sits inside the clause. */
  parts: Array<[number, number]>;
  cue: [number, number];
  speaker: Speaker;
  /** An object of a stance verb: it may sit inside a clause reported after it ("..., a source said"). */
  object?: boolean;
}

/**
 * Adds reported speech (statements of kind `indirect`) to the quote statements of `attribute()`: a cue verb
 * with a content clause ("Kanye claimed that ...", "The talks will resume, officials said."), or
 * "according to" on either side of a clause, or an object of a stance verb ("cited ...", "vowed to ...").
 * A scare quote or title inside a reported clause is part of it; a clause that holds a quote statement
 * (direct or partial) is left to the quote, which keeps its own speaker. Returns all statements in document
 * order, ids renumbered `s1..sN`. Linear in the number of tokens.
 */
export function addReported(
  seg: Segments,
  quotations: readonly Quotation[],
  found: People,
  quoted: readonly Statement[],
): Statement[] {
  const ctx = context(seg, quotations, found, quoted);
  const { tokens, inQuote } = ctx;
  const reported: Statement[] = [];
  // One pass over the tokens: each sentence's cue candidates are gathered, then read when it ends.
  const cues: number[] = [];
  let para = -1;
  let lo = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.word) {
      if (cueShaped(t.text) && inQuote[i] === -1 && (MAYBE_CUE.has(t.text) || t.text === 'As')) cues.push(i);
    }
    const next = tokens[i + 1];
    let end = !next || next.para !== t.para;
    // Only ".", "!", "?" and "…" end a sentence within a paragraph (isSentenceEnd is false for the rest).
    if (!end && !t.word && TERMINALS.has(t.text) && isSentenceEnd(tokens, i)) {
      while (
        tokens[i + 1] &&
        CLOSERS.has((tokens[i + 1] as Token).text) &&
        (tokens[i + 1] as Token).para === t.para
      )
        i++;
      end = true;
    }
    if (!end) continue;
    const hi = i + 1;
    const found = cues.length > 0 ? inSentence(ctx, lo, hi, cues) : [];
    cues.length = 0;
    const p = (tokens[lo] as Token).para;
    if (p !== para) {
      para = p;
      const line = transcriptLine(ctx, lo) ?? headlineLine(ctx, lo);
      if (line) found.unshift(line);
    }
    for (const f of found) {
      const s = toStatement(ctx, f);
      if (s) reported.push(s);
    }
    lo = hi;
  }
  return mergeInOrder(quoted, reported);
}

/**
 * The quote statements and the reported ones in document order (by first span start; a quote first on a
 * tie), ids renumbered `s1..sN`. Both lists arrive in document order, so one merge pass does it.
 */
function mergeInOrder(quoted: readonly Statement[], reported: readonly Statement[]): Statement[] {
  // Both are in document order by construction; a stable sort keeps that promise when one is not.
  if (!inOrder(quoted)) quoted = [...quoted].sort((x, y) => start(x) - start(y));
  if (!inOrder(reported)) reported = [...reported].sort((x, y) => start(x) - start(y));
  const out: Statement[] = [];
  let a = 0;
  let b = 0;
  while (a < quoted.length || b < reported.length) {
    const q = quoted[a];
    const r = reported[b];
    const next = q && (!r || start(q) <= start(r)) ? (a++, q) : (b++, r as Statement);
    out.push({ ...next, id: `s${out.length + 1}` });
  }
  return out;
}

function inOrder(list: readonly Statement[]): boolean {
  for (let i = 1; i < list.length; i++)
    if (start(list[i - 1] as Statement) > start(list[i] as Statement)) return false;
  return true;
}

function start(s: Statement): number {
  return s.spans[0]?.start ?? 0;
}

function context(
  seg: Segments,
  quotations: readonly Quotation[],
  found: People,
  quoted: readonly Statement[],
): Ctx {
  const { text, tokens } = seg;
  const n = tokens.length;
  // Per token: the index of the mention ending (exclusive) or starting there, plus one; the later mention wins.
  const byLast = new Int32Array(n + 1);
  const byFirst = new Int32Array(n + 1);
  const { mentions } = found;
  mentions.forEach((m, i) => {
    if (m.last >= 0 && m.last <= n) byLast[m.last] = i + 1;
    if (m.first >= 0 && m.first <= n) byFirst[m.first] = i + 1;
  });
  const inQuote = new Int32Array(n).fill(-1);
  const quoteStatement: (Statement | null)[] = quotations.map(() => null);
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
    endingAt: (last) =>
      last >= 0 && last <= n && byLast[last] ? mentions[(byLast[last] as number) - 1] : undefined,
    startingAt: (first) =>
      first >= 0 && first <= n && byFirst[first] ? mentions[(byFirst[first] as number) - 1] : undefined,
    inQuote,
    quoteStatement,
    history: sightings(tokens, found, quoted, inQuote),
    quoteCues: new Set(quoted.flatMap((s) => (s.cue ? [s.cue.start] : []))),
  };
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
function sightings(
  tokens: readonly Token[],
  found: People,
  quoted: readonly Statement[],
  inQuote: Int32Array,
): Sighting[] {
  const named: Sighting[] = [];
  for (const m of found.mentions) {
    if (m.person >= 0 && inQuote[m.first] === -1)
      named.push({ at: m.start, para: (tokens[m.first] as Token).para, person: m.person });
  }
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
  const byAt = (a: Sighting, b: Sighting) => a.at - b.at;
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

function sortedBy(list: readonly Sighting[]): boolean {
  for (let i = 1; i < list.length; i++)
    if ((list[i - 1] as Sighting).at > (list[i] as Sighting).at) return false;
  return true;
}

const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»']);

const TERMINALS = new Set(['.', '!', '?', '…']);

/** Capitalized cues of headlines, after a name: "Obama Says ...", "New Poll Shows ...". */
const HEADLINE_CUES = new Set(
  'Says Say Said Claims Warns Predicts Insists Admits Shows Show Finds Slams Blasts Urges Calls'.split(' '),
);

/** Every word (as written) that may start a cue, for a one-lookup test per token. */
const MAYBE_CUE: ReadonlySet<string> = new Set([
  ...CLAUSE_VERBS,
  ...THAT_VERBS,
  ...OBJECT_VERBS,
  ...REPORTING_GERUNDS,
  ...OBJECT_CONTENT_VERBS,
  ...CONTENT_PARTICLES.keys(),
  ...TO_VERBS,
  ...EVIDENCE_VERBS,
  ...HEADLINE_CUES,
  'according',
  'According',
]);

/**
 * A cheap first test for MAYBE_CUE: one bit per (first character code below 128, length up to 31) of its
 * words, so most tokens ("the", "of", "percent") are passed over without a set lookup.
 */
const CUE_SHAPES = (() => {
  const bits = new Uint8Array(128 * 32);
  for (const w of [...MAYBE_CUE, 'As']) {
    const c = w.charCodeAt(0);
    if (c < 128) bits[c * 32 + Math.min(w.length, 31)] = 1;
    else throw new Error(`cue word ${w} starts outside ASCII`);
  }
  return bits;
})();

/** Whether `w` has the first character and length of a MAYBE_CUE word (or "As"). */
function cueShaped(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 && CUE_SHAPES[c * 32 + Math.min(w.length, 31)] === 1;
}

/**
 * The reported statements of the sentence `[lo, hi)`, left to right. `cues` are its candidate tokens in
 * order: words outside quotes that are in MAYBE_CUE, or "As".
 */
function inSentence(ctx: Ctx, lo: number, hi: number, cues: readonly number[]): Found[] {
  const { tokens } = ctx;
  if (isQuestion(ctx, lo, hi)) return []; // "Did she say that?"
  const out: Found[] = [];
  let from = lo; // content of a clause before a cue starts here (after the previous statement)
  let i = lo - 1; // the last token looked at
  for (const c of cues) {
    if (c <= i) continue;
    i = c;
    const t = tokens[i] as Token;
    // Only cue words, "according" and a sentence-opening "As" go on.
    if (t.text === 'As' && i !== lo) continue;
    let f: Found | null = null;
    // Inside a statement's content only speech verbs report again ("an architect who said he was ...").
    const inside = i < from;
    // Subjects and clauses before a cue are looked for within a window, so a long sentence stays linear.
    const near = Math.max(lo, i - SUBJECT_WINDOW);
    const clauseFrom = Math.max(from, i - MAX_CONTENT_TOKENS);
    if ((t.text === 'according' || t.text === 'According') && tokens[i + 1]?.text === 'to')
      f = according(ctx, i, clauseFrom, lo, hi);
    else if (i === lo && t.text === 'As') f = asReported(ctx, lo, hi);
    else if (isCueWord(tokens, i))
      f =
        speakerAfterClause(ctx, i, clauseFrom, hi) ??
        clauseAfterCue(ctx, i, near, hi) ??
        (inside ? null : objectAfterCue(ctx, i, near, hi));
    else if (isObjectCue(tokens, i) && !inside) f = objectAfterCue(ctx, i, near, hi);
    if (!f) continue;
    out.push(f);
    const last = f.parts[f.parts.length - 1] as [number, number];
    // Reported speech may hold more ("... defended an architect who said he was stiffed"): scan on inside it.
    i = Math.max(i, f.cue[1] - 1);
    if (!f.object) from = Math.max(last[1], f.cue[1]);
  }
  return out;
}

/** Whether the writer's sentence `[lo, hi)` is a question: its last mark outside quotes is "?". */
function isQuestion(ctx: Ctx, lo: number, hi: number): boolean {
  for (let i = hi - 1; i >= lo; i--) {
    const t = ctx.tokens[i] as Token;
    if (CLOSERS.has(t.text)) continue;
    return t.text === '?' && ctx.inQuote[i] === -1;
  }
  return false;
}

/** Whether token `i` is a reporting verb in lower case, not a look-alike ("the said agreement", "all told"). */
/**
 * The cue word at token `i` in lower case: as written, or a headline's capitalized "Says" after a name
 * ("Obama Says Museum Will Tell ...", "..., Lindsey Graham Says.").
 */
function cueText(tokens: readonly Token[], i: number): string {
  const w = (tokens[i] as Token).text;
  if (!HEADLINE_CUES.has(w)) return w;
  const before = tokens[i - 1];
  return before?.word && isCapitalized(before.text) && before.para === (tokens[i] as Token).para
    ? w.toLowerCase()
    : w;
}

function isCueWord(tokens: readonly Token[], i: number): boolean {
  const w = cueText(tokens, i);
  if (!(CLAUSE_VERBS.has(w) || THAT_VERBS.has(w) || OBJECT_VERBS.has(w) || REPORTING_GERUNDS.has(w)))
    return false;
  const before = tokens[i - 1];
  if (before?.word && NOT_CUE_BEFORE.get(w)?.has(before.text.toLowerCase())) return false;
  if (w === 'say' && before?.text.toLowerCase() === 'to' && tokens[i - 2]?.text.toLowerCase() === 'needless')
    return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// The three shapes of a reported statement.

/**
 * "Kanye claimed that his wife ...", "He said the tour would be his last", "told reporters that ...",
 * "..., saying the plan would fail": the cue, then the clause, in the sentence `[lo, hi)`.
 */
function clauseAfterCue(ctx: Ctx, v: number, lo: number, hi: number): Found | null {
  const { tokens } = ctx;
  const w = cueText(tokens, v);
  const subject = subjectOf(ctx, v, lo, hi);
  if (!subject) return null;
  if (isShortAnswer(ctx, v, hi)) return { parts: [[v + 1, v + 2]], cue: [v, v + 1], speaker: subject };
  let k = v + 1;
  if (OBJECT_VERBS.has(w)) {
    const after = skipHearer(ctx, k, hi);
    if (after === k && (w === 'told' || w === 'tell' || w === 'tells')) return null;
    k = after;
  }
  k = skipAdjuncts(ctx, k, hi);
  let from: number;
  if (tokens[k]?.text.toLowerCase() === 'that' && ctx.inQuote[k] === -1) {
    // "told reporters after the meeting that was held on a boat": a relative "that", no content clause.
    const next = tokens[k + 1]?.text.toLowerCase() ?? '';
    // Right after the cue it is the clause's subject ("He said that would permit more ships").
    if (FINITE_HINTS.has(next) && !SUBJECT_PRONOUNS.has(next)) {
      if (k !== v + 1) return null;
      from = k;
    } else from = k + 1;
  } else if (THAT_VERBS.has(w) && !CLAUSE_VERBS.has(w)) return null;
  else if (ctx.quoteCues.has((tokens[v] as Token).start))
    return null; // the quote's cue
  else if (
    FINITE_HINTS.has(tokens[k]?.text.toLowerCase() ?? '') &&
    !SUBJECT_PRONOUNS.has(tokens[k]?.text ?? '')
  )
    // "which officials said will go into effect ...": the subject is missing from the clause; it runs to a comma.
    return relativeBefore(ctx, v, lo) ? gapClause(ctx, v, k, hi, subject) : null;
  else if (looksLikeClause(ctx, k, hi)) from = k;
  else if (SPEECH_VERBS.has(w) && CLAUSE_VERBS.has(w) && !TAKES_NOUN.has(w) && opensLongClause(ctx, k, hi))
    from = k;
  else if (k === v + 1 && SPEECH_VERBS.has(w) && CLAUSE_VERBS.has(w) && clauseAfterComma(ctx, k, hi))
    from = k + 1; // "Mr. Rosenthal said, union voters almost always end up voting Democratic."
  else return null;
  from = clauseStart(ctx, from, hi, false);
  if (from < 0) return null;
  let to = clauseEnd(ctx, from, hi);
  if (wordCount(tokens, from, to) < 2 || runsIntoQuote(ctx, to, hi)) return null;
  // "While Ramos said that journalists cannot ..., he appears uneasy": the clause ends at the comma.
  // "Tom Clarke, while saying the ferry costs too much, voted ...": so does a gerund's after "while".
  const gerundAfter = w.endsWith('ing') && GERUND_SUBORDINATORS.has(tokens[v - 1]?.text.toLowerCase() ?? '');
  if (opensWithSubordinator(ctx, v, lo) || gerundAfter) to = firstComma(ctx, from, to);
  return { parts: [[from, to]], cue: [v, v + 1], speaker: subject };
}

/**
 * Whether a comma at `k` right after a speech verb opens its clause ("said, union voters almost always
 * ..."): a word outside quotes that opens no aside (", adding", ", and", ", who"), then six words or more,
 * or four with a verb form.
 */
function clauseAfterComma(ctx: Ctx, k: number, hi: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k + 1];
  if (tokens[k]?.text !== ',' || !t?.word || ctx.inQuote[k + 1] !== -1) return false;
  const lower = t.text.toLowerCase();
  if (
    REPORTING_GERUNDS.has(lower) ||
    CLAUSE_COORDINATORS.has(lower) ||
    CLAUSE_ENDERS_AFTER_COMMA.has(lower) ||
    RELATIVES.has(lower) ||
    ADJUNCT_PREPOSITIONS.has(lower) ||
    lower.endsWith('ing')
  )
    return false;
  const to = clauseEnd(ctx, k + 1, hi);
  const n = wordCount(tokens, k + 1, to);
  return n >= 6 || (n >= 4 && hasFiniteVerb(ctx, k + 1, to));
}

const RELATIVES = new Set('which who whom whose where when that as'.split(' '));

/** One-word answers a speech verb reports: "55 percent said so", "the candidate said no". */
const SHORT_ANSWERS = new Set(['yes', 'no', 'so']);

/**
 * Whether the speech verb at `v` reports a one-word answer: "so", "yes" or "no" outside quotes, then a mark
 * or a preposition ("said so in December"), not "said no one", "said so far".
 */
function isShortAnswer(ctx: Ctx, v: number, hi: number): boolean {
  const { tokens } = ctx;
  const a = tokens[v + 1];
  if (!a?.word || v + 1 >= hi || ctx.inQuote[v + 1] !== -1 || !SHORT_ANSWERS.has(a.text.toLowerCase()))
    return false;
  const w = (tokens[v] as Token).text;
  if (!(SPEECH_VERBS.has(w) && CLAUSE_VERBS.has(w))) return false;
  const next = tokens[v + 2];
  return !next?.word || ADJUNCT_PREPOSITIONS.has(next.text) || TIME_WORDS.has(next.text.toLowerCase());
}

/** Speech verbs that often take a noun object ("promised the site to ...", "announced the plan"). */
const TAKES_NOUN: ReadonlySet<string> = new Set([...TO_VERBS, ...OBJECT_VERBS, ...OBJECT_CONTENT_VERBS]);

/**
 * Whether a long phrase that opens like a subject starts at token `k` after a speech verb ("said the polling
 * location never shut its doors", "says Obama is flouting the process"): four words or more to the clause
 * end read as a clause even when no verb form is recognised; a short one ("said the same thing") does not.
 */
function opensLongClause(ctx: Ctx, k: number, hi: number): boolean {
  const t = ctx.tokens[k];
  if (!t?.word || ctx.inQuote[k] !== -1) return false;
  if (!CLAUSE_OPENERS.has(t.text.toLowerCase()) && !isCapitalized(t.text)) return false;
  return wordCount(ctx.tokens, k, clauseEnd(ctx, k, hi)) >= 4;
}

/** Whether a relative pronoun ("which", "that", "who") sits a few words before the cue at `v`. */
function relativeBefore(ctx: Ctx, v: number, lo: number): boolean {
  for (let j = v - 1; j >= lo && j > v - 6; j--) {
    const w = (ctx.tokens[j] as Token).text.toLowerCase();
    if (w === 'which' || w === 'that' || w === 'who' || w === 'what') return true;
    if (!(ctx.tokens[j] as Token).word) return false;
  }
  return false;
}

/** "the policy, which officials said will go into effect next month, ...": the clause up to a comma. */
function gapClause(ctx: Ctx, v: number, k: number, hi: number, speaker: Speaker): Found | null {
  const to = firstComma(ctx, k, clauseEnd(ctx, k, hi));
  if (wordCount(ctx.tokens, k, to) < 3) return null;
  return { parts: [[k, to]], cue: [v, v + 1], speaker };
}

/** Whether the sentence `[lo, ..)` opens with a subordinator within two words before the cue's subject. */
function opensWithSubordinator(ctx: Ctx, v: number, lo: number): boolean {
  const { tokens } = ctx;
  for (let i = lo; i < v && i < lo + 2; i++) {
    const t = tokens[i] as Token;
    if (t.word && SUBORDINATORS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/** The first comma outside quotes in `[from, to)`, with the words before it; `to` when there is none. */
function firstComma(ctx: Ctx, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    if ((ctx.tokens[i] as Token).text === ',' && ctx.inQuote[i] === -1) return i;
  }
  return to;
}

/**
 * "The talks will resume next month, officials said." / "..., said the spokeswoman." / "The plan, he said,
 * would fail.": the clause, a comma, then the source and cue; the content runs from `from`.
 */
function speakerAfterClause(ctx: Ctx, v: number, from: number, hi: number): Found | null {
  const { tokens } = ctx;
  const w = cueText(tokens, v);
  const told = OBJECT_VERBS.has(w) && SPEECH_VERBS.has(w);
  // "..., new fundraising reports show.": what a poll, a study or records show, when they are the source.
  const shows = EVIDENCE_VERBS.has(w) && !(CLAUSE_VERBS.has(w) && SPEECH_VERBS.has(w));
  if (!(CLAUSE_VERBS.has(w) && SPEECH_VERBS.has(w)) && !told && !shows) return null;
  let comma: number;
  let phrase: Phrase | null;
  let after: number;
  const inverted = tokens[v - 1]?.text === ',';
  if (inverted && shows) return null;
  if (inverted) {
    // "..., said the spokeswoman."
    comma = v - 1;
    phrase = subjectAfter(tokens, v, hi, ctx.startingAt);
    if (!phrase) return null;
    after = phrase.last;
  } else {
    let j = v - 1;
    while (j > from && tokens[j]?.word && VERB_PRECEDERS.has((tokens[j] as Token).text)) j--;
    phrase = subjectPhrase(ctx, j, from);
    if (!phrase) return null;
    comma = phrase.first - 1;
    // "..., Mr. Clarke said": the title is not part of the name mention.
    if (tokens[comma]?.text === '.' && HONORIFICS.has(tokens[comma - 1]?.text ?? '')) comma -= 2;
    else if (HONORIFICS.has(tokens[comma]?.text ?? '')) comma -= 1;
    if (tokens[comma]?.text !== ',') {
      // "..., the prime minister's spokesman said." / "..., ministry spokesman Ana Ruiz said.": a short
      // description of the source after the comma.
      const c = descriptionComma(ctx, comma, from);
      if (c < 0) return null;
      if (phrase.kind === 'phrase') phrase = { ...phrase, first: c + 1 };
      comma = c;
    }
    if (shows && !hasEvidenceHead(ctx, phrase)) return null;
    after = v + 1;
    // "..., a school spokesman told The Wall Street Journal."
    if (told) after = skipHearer(ctx, after, hi);
  }
  if (comma - from < 1 || ctx.inQuote[comma - 1] !== -1) return null;
  after = skipAdjuncts(ctx, after, hi);
  const parts: Array<[number, number]> = [[from, comma]];
  const next = tokens[after];
  if (after < hi && next?.text === ',') {
    // "The plan, he said, would fail": the clause goes on after the cue; not a quote (“...,” he said, “...”).
    const go = tokens[after + 1];
    if (!go || ctx.inQuote[after + 1] !== -1) return null;
    const gl = go.text.toLowerCase();
    // Not after "said David Autor, a professor ...": that is an appositive.
    if (
      go.word &&
      !inverted &&
      !CLAUSE_COORDINATORS.has(gl) &&
      !CLAUSE_ENDERS_AFTER_COMMA.has(gl) &&
      !REPORTING_GERUNDS.has(gl)
    ) {
      const to = clauseEnd(ctx, after + 1, hi);
      if (runsIntoQuote(ctx, to, hi)) return null;
      if (to > after + 1) parts.push([after + 1, to]);
    }
  } else if (!atEnd(tokens, after, hi)) return null;
  const speaker = toSpeaker(ctx, phrase);
  if (!speaker) return null;
  const first = clauseStart(ctx, from, comma);
  if (first < 0) return null;
  const words = parts.reduce((n, [a, b]) => n + wordCount(tokens, a, b), 0);
  if (wordCount(tokens, first, comma) < (parts.length > 1 ? 1 : 3) || words < 3) return null;
  const lastPart = parts[parts.length - 1] as [number, number];
  if (
    !hasFiniteVerb(ctx, first, comma) &&
    !(parts.length > 1 && hasFiniteVerb(ctx, lastPart[0], lastPart[1]))
  )
    return null;
  (parts[0] as [number, number])[0] = first;
  return { parts, cue: [v, v + 1], speaker };
}

/**
 * The comma before a short description that ends at token `j` ("the prime minister's", "ministry
 * spokesman"): at most six words, none a verb, a pronoun or a conjunction; -1 when there is none.
 */
function descriptionComma(ctx: Ctx, j: number, from: number): number {
  const { tokens } = ctx;
  for (let n = j; n > from && n > j - 7; n--) {
    const t = tokens[n] as Token;
    if (t.text === ',' && ctx.inQuote[n] === -1) return n < j ? n : -1;
    if (!t.word || ctx.inQuote[n] !== -1) return -1;
    const lower = t.text.toLowerCase();
    if (
      FINITE_HINTS.has(lower) ||
      SUBJECT_PRONOUNS.has(lower) ||
      CLAUSE_COORDINATORS.has(lower) ||
      SUBORDINATORS.has(lower) ||
      MAYBE_CUE.has(t.text) ||
      lower === 'who' ||
      lower === 'which' ||
      lower === 'that'
    )
      return -1;
  }
  return -1;
}

/** "As The Washington Post reported, even if Sanders ...": the source and cue in an "as" clause first. */
function asReported(ctx: Ctx, lo: number, hi: number): Found | null {
  const { tokens } = ctx;
  let comma = lo + 1;
  while (comma < hi && comma < lo + 10 && tokens[comma]?.word) comma++;
  if (tokens[comma]?.text !== ',') return null;
  let v = comma - 1;
  while (v > lo && TIME_WORDS.has((tokens[v] as Token).text.toLowerCase())) v--;
  if (tokens[v - 1]?.text === 'on' || tokens[v - 1]?.text === 'in') v -= 2; // "reported on Saturday"
  const w = cueText(tokens, v);
  if (!(CLAUSE_VERBS.has(w) && SPEECH_VERBS.has(w))) return null;
  const phrase = subjectPhrase(ctx, v - 1, lo + 1);
  if (!phrase || phrase.first !== lo + 1) return null;
  const speaker = toSpeaker(ctx, phrase);
  if (!speaker) return null;
  const to = clauseEnd(ctx, comma + 1, hi);
  if (wordCount(tokens, comma + 1, to) < 3 || runsIntoQuote(ctx, to, hi)) return null;
  return { parts: [[comma + 1, to]], cue: [v, v + 1], speaker };
}

/** What ends the source after "according to": a comma or a dash. */
const SOURCE_ENDS = new Set([',', '—', '–', '-', '(', ';', ':']);

/** First words after ", according to X," that do not go on with the clause: a relative, an appositive. */
const NOT_CONTINUATION = new Set(
  'which who whom whose where when a an the and but or so while as who’s that this these those his her its their'.split(
    ' ',
  ),
);

/** The longest source after "according to", in tokens. */
const LONGEST_SOURCE = 26;

/** "According to the report, ..." / "..., according to two people familiar with the matter." */
function according(ctx: Ctx, a: number, from: number, lo: number, hi: number): Found | null {
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

/**
 * "Clinton cited derogatory comments Trump had made", "Sanders has called for a ban on ...": a verb whose
 * object is the content, from the object to the end of its clause. The subject must be a name, a pronoun or
 * a source phrase.
 */
function objectAfterCue(ctx: Ctx, v: number, lo: number, hi: number): Found | null {
  const { tokens } = ctx;
  const w = cueText(tokens, v);
  const particles = CONTENT_PARTICLES.get(w);
  let k = v + 1;
  let last = v + 1;
  let evidence: Phrase | null = null;
  if (ASK_VERBS.has(w) && !particles?.has(tokens[k]?.text ?? '')) {
    // "A reporter asked Sanders how he's feeling": the hearer, then the question.
    let after = skipHearer(ctx, k, hi);
    // "asked our followers which candidate won": a longer hearer.
    if (after === k) after = questionAfterHearer(ctx, k, hi);
    if (after === k || !QUESTION_OPENERS.has(tokens[after]?.text ?? '')) return null;
    k = after;
  } else if (particles) {
    if (particles.has(tokens[k]?.text ?? '')) {
      k++;
      last = k;
    } else if (!NAMING_VERBS.has(w)) return null;
  } else if (TO_VERBS.has(w)) {
    // "Palestinians want East Jerusalem for their state", "offered his support": a noun as well.
    if (tokens[k]?.text !== 'to' && !WANT_VERBS.has(w) && !OBJECT_CONTENT_VERBS.has(w)) return null;
  } else if (EVIDENCE_VERBS.has(w)) {
    // "Polls show a close contest": only a poll, a study, a video ... shows what is reported.
    let j = v - 1;
    while (j > lo && tokens[j]?.word && isSkippable(tokens[j] as Token)) j--;
    evidence = evidenceSubject(ctx, j, lo);
    if (!evidence) return null;
  } else if (!OBJECT_CONTENT_VERBS.has(w)) return null;
  const t = tokens[k];
  if (!t?.word || ctx.inQuote[k] !== -1) return null;
  if (!w.endsWith('ing') && isPassive(tokens, v)) return null; // "was criticized by", "were mistakenly charged"
  if (t.text === 'by') return null;
  if (t.text === 'that' && k === v + 1) k++; // "is demanding that the council publish ..."
  // "Mr. Clarke recalled of the proceedings": no object; nor after the cue of a quote.
  if (k === v + 1 && t.text !== 'to' && (ADJUNCT_PREPOSITIONS.has(t.text) || t.text === 'of')) return null;
  if (ctx.quoteCues.has((tokens[v] as Token).start)) return null;
  const speaker = subjectOf(ctx, v, lo, hi) ?? (evidence ? toSpeaker(ctx, evidence) : null);
  if (!speaker) return null;
  const to = objectEnd(ctx, k, hi);
  // "welcomed the news" says too little to list; "endorsed Trump", "praised her effort" name what they back.
  // "called Tom Clarke on Friday", "called LeVell onto the stage": a call, not a name given.
  const named = NAMING_VERBS.has(w) && k === v + 1 ? ctx.startingAt(k) : undefined;
  const after = named ? tokens[named.last] : undefined;
  if (after?.word && (ADJUNCT_PREPOSITIONS.has(after.text) || after.text === 'onto')) return null;
  // Not "called Sanders" (a phone call): naming needs the name it gives.
  // "declined to comment", "vowed to fight": a to-infinitive says enough in two words.
  // "called him divisive": a pronoun and the name it is given.
  const least =
    (TO_VERBS.has(w) && tokens[k]?.text === 'to') ||
    (NAMING_VERBS.has(w) && OBJECT_PRONOUNS.has(tokens[k]?.text ?? '') && isNamePredicate(ctx, k + 1))
      ? 2
      : 3;
  if (wordCount(tokens, k, to) < least && (NAMING_VERBS.has(w) || !namesSomeone(ctx, k))) return null;
  return { parts: [[k, to]], cue: [v, last], speaker, object: true };
}

/**
 * Whether the subject ending at token `j` is a poll, a study, a video ...: its head or a word just before
 * ("A Monmouth poll out Monday showed", "The poll, released on Wednesday by ..., showed").
 */
function evidenceSubject(ctx: Ctx, j: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  const head = subjectPhrase(ctx, j, lo) ?? subjectBefore(tokens, j + 1, lo, ctx.endingAt);
  if (head && EVIDENCE_HEADS.has(lastWordOf(ctx, head))) return head;
  for (let k = j; k >= lo && k > j - 7; k--) {
    const t = tokens[k] as Token;
    if (!t.word || ctx.inQuote[k] !== -1) return null;
    if (EVIDENCE_HEADS.has(t.text.toLowerCase())) {
      // "leaked documents from his 1995 tax return": the phrase from its first word to the head.
      let first = k;
      while (first > lo && first > k - 4) {
        const w = tokens[first - 1] as Token;
        if (!w.word || STOP_BACK.has(w.text.toLowerCase())) break;
        first--;
        if (DETERMINER_LIKE.has(w.text.toLowerCase())) break;
      }
      return { first, last: k + 1, kind: 'phrase' };
    }
  }
  return null;
}

/** Whether a word of the phrase is a poll, a study, records ... ("a USA TODAY analysis of new filings"). */
function hasEvidenceHead(ctx: Ctx, p: Phrase): boolean {
  for (let i = p.first; i < p.last; i++) {
    if (EVIDENCE_HEADS.has((ctx.tokens[i] as Token).text.toLowerCase())) return true;
  }
  return false;
}

/** The last word of a phrase, in lower case ("polls" of "New polls"; "video" of "Video of the incident"). */
function lastWordOf(ctx: Ctx, p: Phrase): string {
  const { tokens } = ctx;
  // "Video of the incident shows": the head is before "of".
  for (let i = p.first; i < p.last; i++) {
    if ((tokens[i] as Token).text === 'of' && i > p.first) return (tokens[i - 1] as Token).text.toLowerCase();
  }
  return (tokens[p.last - 1] as Token).text.toLowerCase();
}

/** Verbs of wishing, whose object may be a noun as well as a to-infinitive. */
const WANT_VERBS = new Set(['want', 'wants', 'wanted']);

/** "called the charges unsubstantiated": naming something is saying what it is. */
const NAMING_VERBS = new Set(['called', 'calls', 'calling']);

const ASK_VERBS = new Set(['asked', 'asks', 'asking', 'ask']);
const QUESTION_OPENERS = new Set('whether if how what why when where who which to about'.split(' '));

/**
 * Words that open an asked question after a longer hearer ("asked our followers which ..."). Not "to": a
 * request after a lower-case hearer ("asked the council to step in") is left out, as the fixture
 * reported-harbour expects.
 */
const ASKED_OPENERS = new Set('whether if how what why which who'.split(' '));

/**
 * The token that opens a question after a hearer of up to eight words at `k` ("asked our followers which
 * candidate won"), with no verb before it; `k` if none.
 */
function questionAfterHearer(ctx: Ctx, k: number, hi: number): number {
  const { tokens } = ctx;
  for (let n = k + 1; n < hi && n < k + 9; n++) {
    const t = tokens[n] as Token;
    if (!t.word || ctx.inQuote[n] !== -1) return k;
    const lower = t.text.toLowerCase();
    if (ASKED_OPENERS.has(lower)) return n;
    if (FINITE_HINTS.has(lower) || SUBJECT_PRONOUNS.has(lower)) return k;
  }
  return k;
}

/** Whether a name given starts at `k` ("called him divisive", "calling them rapists"): not a preposition. */
function isNamePredicate(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t?.word || ctx.inQuote[k] !== -1) return false;
  const lower = t.text.toLowerCase();
  return !(ADJUNCT_PREPOSITIONS.has(lower) || PARTICLES_AFTER_CALL.has(lower) || FINITE_HINTS.has(lower));
}

/** Words after "called him" that make it a call, not a name: "called him back", "called them out". */
const PARTICLES_AFTER_CALL = new Set('back out up off onto into about and or but'.split(' '));

/** Whether the verb at `v` is passive: a form of "be" before it, adverbs aside ("were mistakenly charged"). */
function isPassive(tokens: readonly Token[], v: number): boolean {
  let j = v - 1;
  while (j > v - 3 && tokens[j]?.word && /ly$/.test((tokens[j] as Token).text)) j--;
  return BE_FORMS.has(tokens[j]?.text.toLowerCase() ?? '');
}

const BE_FORMS = new Set('be is was were been being are am get got gets'.split(' '));

/** Whether token `i` is a verb of OBJECT_CONTENT_VERBS or CONTENT_PARTICLES in lower case. */
function isObjectCue(tokens: readonly Token[], i: number): boolean {
  const w = cueText(tokens, i);
  return OBJECT_CONTENT_VERBS.has(w) || CONTENT_PARTICLES.has(w) || TO_VERBS.has(w) || EVIDENCE_VERBS.has(w);
}

/** Where an object that starts at `from` ends: its clause's end, or a comma, or a subordinate clause. */
function objectEnd(ctx: Ctx, from: number, hi: number): number {
  const { tokens } = ctx;
  const end = clauseEnd(ctx, from, hi);
  for (let i = from + 1; i < end; i++) {
    const t = tokens[i] as Token;
    if (ctx.inQuote[i] !== -1) continue;
    if (t.word && i > from && endsObject(ctx, i)) {
      let to = i;
      while (to > from && !(tokens[to - 1] as Token).word) to--;
      return to;
    }
    if (t.text === ',' || t.text === '—' || t.text === '(' || (t.word && SUBORDINATORS.has(t.text))) {
      const nx = tokens[i + 1];
      if (
        (t.text === ',' || t.text === '(') &&
        nx?.word &&
        isCapitalized(nx.text) &&
        ctx.inQuote[i + 1] === -1
      )
        continue;
      if (t.text === ',' && (nx?.text === 'including' || nx?.text === 'with')) continue;
      let to = i;
      while (to > from && !(tokens[to - 1] as Token).word) to--;
      return to;
    }
  }
  return end;
}

/** Auxiliaries after "and" / "but" that open the writer's next verb ("endorsed Trump and has appeared ..."). */
const NEXT_VERB_AUXILIARIES = new Set('has have had is was will would also later then'.split(' '));

/**
 * Whether the word at `i` ends an object of a stance verb (the object is a noun phrase): a time ("endorsed
 * Cruz last week", "during the debate") or the writer's next verb ("endorsed Trump and has appeared"). Not
 * "in", "at" or "on": on PolNeAR train cutting there cost more objects ("a ban on ...") than it fixed.
 */
function endsObject(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const w = (tokens[i] as Token).text;
  const next = tokens[i + 1];
  if (!next?.word || ctx.inQuote[i + 1] !== -1) return false;
  const nl = next.text.toLowerCase();
  if (w === 'during') return true;
  if (w === 'last' || w === 'this' || w === 'earlier') return TIME_WORDS.has(nl);
  if (w === 'and' || w === 'but') return NEXT_VERB_AUXILIARIES.has(nl);
  return false;
}

/**
 * A transcript line, "WALLACE: Let's start with ..." or "Pat Caddell: Democrat voters worried ...": a
 * paragraph that opens with a person's name (or surname in capitals) and a colon; the rest of the paragraph
 * is what they said, unless it is quoted (the quote is the statement then).
 */
function transcriptLine(ctx: Ctx, first: number): Found | null {
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
  let end = colon + 1;
  while (end < tokens.length && (tokens[end] as Token).para === para) end++;
  const from = colon + 1;
  if (from >= end || ctx.inQuote[from] !== -1 || wordCount(tokens, from, end) < 3) return null;
  let to = end;
  while (to > from && !(tokens[to - 1] as Token).word && ctx.inQuote[to - 1] === -1) to--;
  return { parts: [[from, to]], cue: [colon, colon + 1], speaker };
}

/** Labels that open a line with a colon but name no source: "Update: ...", "Why it matters: ...". */
const NOT_HEADLINE_SOURCES = new Set(
  `update updated related note editor’s editor's photo photos video watch read source sources correction
  breaking exclusive q a advertisement caption credit why what how who when where the this that here more
  also see listen bottom lede upshot analysis opinion commentary editorial live transcript full follow
  contributing email`.split(/\s+/),
);

/**
 * A headline that gives its source before a colon, "Clinton camp: Trump's plan threatens security" or
 * "Poll: Sanders leads in Iowa": a one-sentence paragraph that opens with a short phrase naming a person,
 * or written in title case, then the colon; the rest is what the source says.
 */
function headlineLine(ctx: Ctx, first: number): Found | null {
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
  // One sentence: no sentence end before the paragraph's last mark.
  let end = colon + 1;
  while (end < tokens.length && (tokens[end] as Token).para === para) end++;
  const from = colon + 1;
  if (from >= end || ctx.inQuote[from] !== -1 || wordCount(tokens, from, end) < 3) return null;
  let to = end;
  while (to > from && !(tokens[to - 1] as Token).word && ctx.inQuote[to - 1] === -1) to--;
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

/** Short words a title-case headline leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set(
  'a an the of on in at to for and or with by vs from about over'.split(' '),
);

/** The one person whose last name is `caps` ("WALLACE" -> Chris Wallace), if exactly one. */
function personBySurname(ctx: Ctx, caps: string): Person | undefined {
  const fits = ctx.people.filter((p) => p.name.split(' ').pop()?.toUpperCase() === caps);
  return fits.length === 1 ? fits[0] : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Sources.

/** The speaker of a cue-first statement: the subject before the verb, or the sentence's for a gerund. */
function subjectOf(ctx: Ctx, v: number, lo: number, hi: number): Speaker | null {
  const { tokens } = ctx;
  const w = cueText(tokens, v);
  if (REPORTING_GERUNDS.has(w) || w.endsWith('ing')) {
    // "Trump is demanding ...", "Clinton isn't saying ...": a progressive tense, its subject before "is".
    let b = v - 1;
    while (
      b > lo &&
      tokens[b]?.word &&
      isSkippable(tokens[b] as Token) &&
      !PROGRESSIVE.has((tokens[b] as Token).text)
    )
      b--;
    if (PROGRESSIVE.has(tokens[b]?.text ?? '')) {
      const p = subjectPhrase(ctx, b - 1, lo);
      return p ? toSpeaker(ctx, p) : null;
    }
    const prev = tokens[v - 1];
    const pl = prev?.text.toLowerCase() ?? '';
    if (prev && ctx.inQuote[v - 1] === -1 && (pl === 'percent' || SOURCE_HEADS.has(pl))) {
      // "with 50 percent saying she is prepared", "voters saying they want a ban": whose answer it is.
      const p = subjectPhrase(ctx, v - 1, lo);
      return p ? toSpeaker(ctx, p) : null;
    }
    const named = ctx.endingAt(v);
    if (named && afterWith(ctx, named.first)) {
      // "with former Gov. Martin O'Malley calling Trump a fascist": the name before the gerund.
      return toSpeaker(ctx, { first: named.first, last: named.last, kind: 'name', mention: named });
    }
    if (prev?.word && GERUND_SUBORDINATORS.has(pl) && w === 'saying') {
      // "While saying that he respects her, he ...", "Mr. Sanders, after saying he would not ...": the
      // subject of the sentence, or of the main clause after the gerund's.
      let c = v + 1;
      while (c < hi && c < v + 40 && !((tokens[c] as Token).text === ',' && ctx.inQuote[c] === -1)) c++;
      const p =
        (v - 1 > lo ? clauseSubject(tokens, lo, v - 1, ctx.startingAt) : null) ??
        (c < hi ? clauseSubject(tokens, c + 1, hi, ctx.startingAt) : null);
      return p ? toSpeaker(ctx, p) : null;
    }
    // ", saying ...", ", citing ...", "– saying ...": the subject of the sentence.
    if (prev?.text !== ',' && prev?.text !== '—' && prev?.text !== '–') return null;
    const p = clauseSubject(tokens, lo, v, ctx.startingAt);
    return p ? toSpeaker(ctx, p) : null;
  }
  const j = skipToSubject(tokens, v - 1, lo);
  const rel = tokens[j]?.text.toLowerCase();
  if ((rel === 'who' || rel === 'which') && tokens[j - 1]?.text === ',' && j - 1 > lo) {
    // "councillor Marcus Ferreira, who claimed ...": the phrase before the comma.
    const p = subjectBefore(tokens, j - 1, lo, ctx.endingAt) ?? subjectPhrase(ctx, j - 2, lo);
    return p ? toSpeaker(ctx, p) : null;
  }
  if ((rel === 'and' || rel === 'but') && j > lo) {
    // "Merrill says Machado ... and said she would ...": the subject of the sentence, or of the
    // subordinate clause the verb is in ("... after she attacked the police and blamed ...").
    let first = lo;
    for (let n = j - 1; n > lo; n--) {
      const t = tokens[n] as Token;
      if (t.word && SUBORDINATORS.has(t.text) && ctx.inQuote[n] === -1) {
        first = n + 1;
        break;
      }
    }
    const p = clauseSubject(tokens, first, j, ctx.startingAt);
    return p ? toSpeaker(ctx, p) : null;
  }
  let p = subjectPhrase(ctx, j, lo) ?? subjectBefore(tokens, v, lo, ctx.endingAt);
  if (!p && v - lo <= 12 && SPEECH_VERBS.has(w) && !hasComma(tokens, lo, v)) {
    // "Experts on North Korea and nuclear nonproliferation said ...": the sentence's subject.
    p = clauseSubject(tokens, lo, v, ctx.startingAt);
  }
  if (!p && tokens[j]?.text === ')') {
    // "Rep. Trey Gowdy (R-S.C.) said": the name before the bracket (whose full stops the parser stops at).
    let k = j - 1;
    while (k > lo && k > j - 10 && tokens[k]?.text !== '(') k--;
    if (tokens[k]?.text === '(') p = subjectPhrase(ctx, k - 1, lo);
  }
  if (!p && tokens[j]?.text === ',') {
    // "Marley Anderson, 21, a junior from Las Vegas, said": the name before the appositives.
    p = nameBeforeAppositives(ctx, j, lo);
  }
  if (!p && rel === 'who' && j - 1 > lo) {
    // "an architect who said": the noun phrase before "who".
    p = nounPhraseEndingAt(ctx, j - 1, lo);
  }
  if (!p) return null;
  // "Trump’s claim that ..." is a noun; "what Trump says his plan would do" is no statement.
  if (/[’']s$/.test((tokens[p.last - 1] as Token).text)) return null;
  const before = tokens[p.first - 1];
  const wh = before?.word ? before.text.toLowerCase() : '';
  // "..., where he says he can win" is a relative clause of a place or time; "what he says" is no statement.
  if (WH_WORDS.has(wh) && !((wh === 'where' || wh === 'when') && tokens[p.first - 2]?.text === ','))
    return null;
  return toSpeaker(ctx, p);
}

/**
 * The name that opens a run of appositives ending at the comma `j` ("Marley Anderson, 21, a junior from
 * Las Vegas,"): a person's mention right before a comma, with only words, commas and dashes after it (no
 * verb, no quote) up to `j`, within 30 tokens.
 */
function nameBeforeAppositives(ctx: Ctx, j: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  for (let c = j - 1; c > lo && c > j - 30; c--) {
    const t = tokens[c] as Token;
    if (ctx.inQuote[c] !== -1) return null;
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      const m = ctx.endingAt(c);
      if (m && m.person >= 0) return { first: m.first, last: m.last, kind: 'name', mention: m };
      continue;
    }
    if (!t.word) return null;
    const lower = t.text.toLowerCase();
    if (FINITE_HINTS.has(lower) || SUBJECT_PRONOUNS.has(lower) || MAYBE_CUE.has(t.text)) return null;
    if (lower === 'who' || lower === 'which' || lower === 'that') return null;
  }
  return null;
}

/** Whether "with" comes before token `k`, past a title or description of up to five tokens. */
function afterWith(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = tokens[j] as Token;
    if (t.text.toLowerCase() === 'with') return true;
    if (!(t.word || t.text === '.') || ctx.inQuote[j] !== -1 || FINITE_HINTS.has(t.text.toLowerCase()))
      return false;
  }
  return false;
}

/** Words before "saying" that make it the sentence subject's ("while saying", "after initially saying"). */
const GERUND_SUBORDINATORS = new Set('while after before when by despite initially also'.split(' '));

/** Forms of "be" that make a progressive tense with a cue in -ing ("is demanding", "isn’t saying"). */
const PROGRESSIVE = new Set([
  'is',
  'are',
  'was',
  'were',
  'isn’t',
  "isn't",
  'wasn’t',
  "wasn't",
  'aren’t',
  "aren't",
]);

function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).text === ',') return true;
  return false;
}

const WH_WORDS = new Set('what how whatever why where whether'.split(' '));

/**
 * From token `j` back to the end of the subject: skips adverbs and auxiliaries ("also", "has"), a time
 * ("The Times on Saturday wrote", "a panel in 2001 found") and a verb that takes the cue as its infinitive
 * ("he appeared to suggest", "Caddell went on to discuss").
 */
function skipToSubject(tokens: readonly Token[], j: number, lo: number): number {
  for (let rounds = 0; rounds < 3; rounds++) {
    while (j > lo && tokens[j]?.word && isSkippable(tokens[j] as Token)) j--;
    const t = tokens[j];
    const before = tokens[j - 1]?.text ?? '';
    if (
      t?.word &&
      j - 1 > lo &&
      TIME_PREPOSITIONS.has(before) &&
      (/^\d/.test(t.text) || TIME_WORDS.has(t.text.toLowerCase()) || CALENDAR.test(t.text)) &&
      // Not a share of those polled: "4 in 10 say", "one in three said".
      !(before === 'in' && isNumber(tokens[j - 2]))
    ) {
      j -= 2;
      continue;
    }
    if (t?.text === 'to' && j - 1 > lo && RAISING_VERBS.has(before)) {
      j -= 2;
      if (tokens[j]?.text === 'went' || tokens[j]?.text === 'goes') j--; // "went on to"
      continue;
    }
    if (t?.text === 'on' && (before === 'went' || before === 'goes') && tokens[j + 1]?.text === 'to') {
      j -= 2;
      continue;
    }
    break;
  }
  return j;
}

/** Whether the token is a number in digits or a small number word ("4", "one", "Four"). */
function isNumber(t: Token | undefined): boolean {
  return !!t && (/^\d+$/.test(t.text) || NUMBER_WORDS.has(t.text.toLowerCase()) || /^one$/i.test(t.text));
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'last', 'this', 'early', 'late']);
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Verbs that take a cue as their infinitive: "appeared to suggest", "tried to explain". */
const RAISING_VERBS = new Set(
  'appeared appears seemed seems tried tries continued continues began begins went goes on wanted wants sought seeks'.split(
    ' ',
  ),
);

function isSkippable(t: Token): boolean {
  const w = t.text;
  return (
    VERB_PRECEDERS.has(w) ||
    TIME_WORDS.has(w) ||
    (w.length > 4 && w.endsWith('ly') && w === w.toLowerCase()) ||
    w === 'not' ||
    w === 'now' ||
    w === 'too'
  );
}

/**
 * The subject phrase ending at token `j` (not before `lo`): the parser's phrase ("Kanye", "he", "the
 * airline"), or a phrase headed by a source noun of this stage's table ("new filings", "the poll").
 */
function subjectPhrase(ctx: Ctx, j: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!t?.word || j < lo || ctx.inQuote[j] !== -1) return null;
  const p = subjectBefore(tokens, j + 1, lo, ctx.endingAt);
  if (p && p.last === j + 1) return p;
  const lower = t.text.toLowerCase();
  // "One in three said", "nine in 10 say": a share of a poll's respondents.
  if (
    tokens[j - 1]?.text === 'in' &&
    tokens[j - 2]?.word &&
    j - 2 >= lo &&
    (NUMBER_WORDS.has(lower) || /^\d+$/.test(lower))
  )
    return { first: j - 2, last: j + 1, kind: 'phrase' };
  const next = tokens[j + 1]?.text ?? '';
  // "Some believe ...", "Others argue ...": a quantifier standing for people, right before its cue.
  if (QUANTIFIER_SUBJECTS.has(lower) && (SPEECH_VERBS.has(next) || MAYBE_CUE.has(next)))
    return { first: j, last: j + 1, kind: 'phrase' };
  // "Civil rights activists say", "Muslim advocates hailed": a plural noun as the subject of a cue.
  const plural =
    /[^s’']s$/.test(lower) &&
    lower.length > 3 &&
    t.text === lower &&
    (SPEECH_VERBS.has(tokens[j + 1]?.text ?? '') || MAYBE_CUE.has(tokens[j + 1]?.text ?? ''));
  if (!SOURCE_HEADS.has(lower) && !plural) return null;
  let k = j;
  while (k - 1 >= lo && k > j - 5) {
    const w = tokens[k - 1] as Token;
    if (!w.word || ctx.inQuote[k - 1] !== -1) break;
    const wl = w.text.toLowerCase();
    if (STOP_BACK.has(wl)) break;
    k--;
    if (DETERMINER_LIKE.has(wl) || /[’']s$/.test(w.text)) break;
  }
  return { first: k, last: j + 1, kind: 'phrase' };
}

/** A plain noun phrase ending at `j` that opens with a determiner within five words ("an architect"). */
function nounPhraseEndingAt(ctx: Ctx, j: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  for (let k = j; k >= lo && k > j - 5; k--) {
    const w = tokens[k] as Token;
    if (!w.word || ctx.inQuote[k] !== -1) return null;
    const wl = w.text.toLowerCase();
    if (STOP_BACK.has(wl)) return null;
    if (DETERMINER_LIKE.has(wl) || /[’']s$/.test(w.text))
      return k < j ? { first: k, last: j + 1, kind: 'phrase' } : null;
  }
  return null;
}

/** Quantifiers that stand for people as the subject of a cue ("Some believe", "Many say"). */
const QUANTIFIER_SUBJECTS = new Set('some many others most few several both all'.split(' '));

const NUMBER_WORDS = new Set('two three four five six seven eight nine ten'.split(' '));

const DETERMINER_LIKE = new Set(
  'the a an one two three four several some many most other another his her their its our both all each new'.split(
    ' ',
  ),
);
const STOP_BACK = new Set(
  `that which who and or but if when while because as in on at for from with by to of into about after before
  than said says told is was are were has have had`.split(/\s+/),
);

/** The source named after "according to", tokens `[s, e)`: a person, a pronoun or the phrase as written. */
function sourcePhrase(ctx: Ctx, s: number, e: number): Speaker | null {
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

/** Turns a subject phrase into a speaker; null for documents. A first-person subject stays "I" or "we". */
function toSpeaker(ctx: Ctx, phrase: Phrase): Speaker | null {
  const { text, tokens, people } = ctx;
  const first = tokens[phrase.first] as Token;
  const last = tokens[phrase.last - 1] as Token;
  const mention = span(text, first.start, last.end);
  switch (phrase.kind) {
    case 'name':
      return namedSpeaker(text, phrase.mention as Mention, people);
    case 'pronoun': {
      const g = SUBJECT_PRONOUNS.get(first.text.toLowerCase());
      // "I think ...", "We believe ...": the writer or an interviewee; the pronoun as written is the source.
      if (g === 'male' || g === 'female') {
        const p = resolvePronoun(ctx.history, people, first.start, first.para, g);
        const person = people[p];
        if (person) return { name: person.name, personId: person.id, mention };
      }
      return { name: mention.text, mention };
    }
    case 'phrase':
      if (DOCUMENT_HEADS.has(last.text.toLowerCase())) return null;
      return { name: mention.text.replace(/[’']s$/, ''), mention };
    default: {
      const never: never = phrase.kind;
      throw new Error(`unknown phrase kind ${String(never)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Clauses.

const OBJECT_PRONOUNS = new Set('him her them me us you reporters journalists supporters voters'.split(' '));

/** After "told": the hearer ("reporters", "him", "The Associated Press", "a crowd in Ohio"); the token after. */
function skipHearer(ctx: Ctx, k: number, hi: number): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t?.word || ctx.inQuote[k] !== -1) return k;
  if (OBJECT_PRONOUNS.has(t.text.toLowerCase())) return k + 1;
  const m = ctx.startingAt(k);
  if (m) return m.last;
  // "told The Post and Courier newspaper of Charleston on Saturday that ...": a longer hearer, then "that",
  // with no verb of its own in between.
  for (let n = k + 1; n < hi && n < k + 14; n++) {
    const w = tokens[n] as Token;
    if (!w.word || ctx.inQuote[n] !== -1 || FINITE_HINTS.has(w.text.toLowerCase())) break;
    if (w.text === 'that') return n;
  }
  let j = k;
  if (/^the$/i.test(t.text)) j++;
  if (tokens[j]?.word && isCapitalized((tokens[j] as Token).text)) {
    while (j < hi && tokens[j]?.word && isCapitalized((tokens[j] as Token).text)) j++;
    // "told The Star-Ledger of Newark last week she would ...": the paper's place is part of the hearer.
    if (tokens[j]?.text === 'of' && isCapitalized(tokens[j + 1]?.text ?? '')) {
      j++;
      while (j < hi && tokens[j]?.word && isCapitalized((tokens[j] as Token).text)) j++;
    }
    return j;
  }
  // A lower-case hearer: one noun before a preposition ("told donors on a call that"), or any short phrase
  // when "that" follows it closely ("told a crowd in Ohio that").
  const next = tokens[k + 1];
  if (!CLAUSE_OPENERS.has(t.text.toLowerCase()) && next?.word && ADJUNCT_PREPOSITIONS.has(next.text))
    return k + 1;
  for (let n = k; n < hi && n < k + 8; n++) {
    const w = tokens[n] as Token;
    if (!w.word) return k;
    if (w.text === 'that') return n;
  }
  return k;
}

/** Skips time words, a comma pair and a short prepositional phrase before "that" ("said in a statement that"). */
function skipAdjuncts(ctx: Ctx, k: number, hi: number): number {
  const { tokens } = ctx;
  for (let rounds = 0; rounds < 4 && k < hi; rounds++) {
    const t = tokens[k] as Token;
    if (ctx.inQuote[k] !== -1) return k;
    const lower = t.text.toLowerCase();
    if (t.word && TIME_WORDS.has(lower)) {
      k++;
      continue;
    }
    if (t.word && ADJUNCT_PREPOSITIONS.has(lower)) {
      let n = k + 1;
      while (
        n < hi &&
        n < k + 12 &&
        (tokens[n]?.word || (tokens[n]?.text === ',' && n < k + 10)) &&
        (tokens[n] as Token).text !== 'that'
      )
        n++;
      if (tokens[n]?.text !== 'that') {
        // Without "that", the adjunct ends at its first comma.
        n = k + 1;
        while (n < hi && n < k + 9 && tokens[n]?.word && (tokens[n] as Token).text !== 'that') n++;
      }
      if (tokens[n]?.text === 'that' || (tokens[n]?.text === ',' && tokens[n + 1]?.text === 'that')) {
        k = n;
        continue;
      }
      // "said after the convention he would not ...": a pronoun clause right after a short adjunct.
      for (let m = k + 2; m < n && m < k + 7; m++) {
        const p = tokens[m] as Token;
        if (NEW_CLAUSE_SUBJECTS.has(p.text) && looksLikeClause(ctx, m, hi)) return m;
      }
      // "said on Tuesday." / "said in a statement." : the adjunct ends the sentence.
      if (n - k <= 7 && (atEnd(tokens, n, hi) || tokens[n]?.text === ',')) return n;
      return k;
    }
    if (t.text === ',' && tokens[k + 1]?.text === 'that') {
      k++;
      continue;
    }
    // "Sources told POLITICO, however, that ...": an adverb between commas.
    if (
      t.text === ',' &&
      tokens[k + 2]?.text === ',' &&
      tokens[k + 1]?.word &&
      tokens[k + 3]?.text === 'that'
    ) {
      k += 3;
      continue;
    }
    return k;
  }
  return k;
}

/** Whether a clause without "that" starts at token `k`: a subject, then a finite verb within a few words. */
function looksLikeClause(ctx: Ctx, k: number, hi: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t?.word || ctx.inQuote[k] !== -1) return false;
  const lower = t.text.toLowerCase();
  if (NOT_CLAUSE_AFTER.has(lower) && !(lower === 'about' && /^\d/.test(tokens[k + 1]?.text ?? '')))
    return false;
  if (ADJUNCT_PREPOSITIONS.has(lower) || SUBORDINATORS.has(lower) || CLAUSE_COORDINATORS.has(lower))
    return false;
  if (lower === 'of' || lower === 'about' || lower === 'or') return false;
  if (NOMINATIVE.has(lower) && tokens[k + 1]?.word && ctx.inQuote[k + 1] === -1) return true;
  // The verb must sit in the clause itself, not in a clause of the writer's after it (", and he compared").
  const end = Math.min(clauseEnd(ctx, k, hi), k + 14);
  for (let n = k; n < end; n++) {
    const w = tokens[n] as Token;
    if (!w.word) {
      if (w.text === ';' || w.text === ':' || w.text === '?') return false;
      if (w.text === '.' && isSentenceEnd(tokens, n)) return false; // not "Mr." or "U.S."
      continue;
    }
    if (ctx.inQuote[n] !== -1) return false;
    const wl = w.text.toLowerCase();
    // "promised the site to a film company months before the council voted": that verb is another clause's.
    if (n > k && (SUBORDINATORS.has(wl) || wl === 'who' || wl === 'which')) return false;
    if (FINITE_HINTS.has(wl) || /n[’']t$/.test(wl) || /[’'](?:s|re|ll|d|ve)$/.test(wl)) {
      if (/[’']s$/.test(wl) && n === k && !SUBJECT_PRONOUNS.has(wl.slice(0, -2)) && wl !== 'there’s')
        continue;
      return true;
    }
    if (n > k && wl.length > 4 && wl.endsWith('ed') && !isCapitalized(w.text)) return true;
    if (n > k && n <= k + 5 && /[^s]s$/.test(wl) && wl.length > 3 && !isCapitalized(w.text)) {
      // "Mrs. Clinton's advantage obscures ...": a present tense after the subject's noun.
      const prev = tokens[n - 1] as Token;
      const pl = prev.text.toLowerCase();
      if (isCapitalized(prev.text) || SUBJECT_PRONOUNS.has(pl)) return true;
      if (
        n > k + 1 &&
        prev.word &&
        !DETERMINER_LIKE.has(pl) &&
        !/s$/.test(pl) &&
        !ADJUNCT_PREPOSITIONS.has(pl)
      )
        return true;
    }
  }
  return false;
}

/**
 * The first content token at or after `from` that is a word or an opening quote, after the last colon
 * before `to` ("Among the tidbits: Trump is ..."); -1 if none.
 */
function clauseStart(ctx: Ctx, from: number, to: number, afterColon = true): number {
  const { tokens } = ctx;
  for (let i = to - 1; afterColon && i > from; i--) {
    if ((tokens[i] as Token).text === ':' && ctx.inQuote[i] === -1) {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.word || ctx.inQuote[i] !== -1) return i;
  }
  return -1;
}

function isEnd(t: Token | undefined): boolean {
  return !!t && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';');
}

/** Whether token `i` is past the sentence `[.., hi)` or the mark that ends it. */
function atEnd(tokens: readonly Token[], i: number, hi: number): boolean {
  return i >= hi || (isEnd(tokens[i]) && isSentenceEnd(tokens, i));
}

/** Whether tokens `[from, to)` hold a finite verb (a modal, a form of be/have/do, a past tense). */
function hasFiniteVerb(ctx: Ctx, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let n = from; n < to; n++) {
    const w = tokens[n] as Token;
    if (!w.word || ctx.inQuote[n] !== -1) continue;
    const wl = w.text.toLowerCase();
    if (FINITE_HINTS.has(wl) || /n[’']t$/.test(wl) || /[’'](?:re|ll|d|ve)$/.test(wl)) return true;
    if (SUBJECT_PRONOUNS.has(wl.replace(/[’']s$/, '')) && /[’']s$/.test(wl)) return true;
    if (n > from && wl.length > 4 && wl.endsWith('ed') && !isCapitalized(w.text)) return true;
    if (n > from && /[^s]s$/.test(wl) && wl.length > 3 && !isCapitalized(w.text)) {
      const prev = tokens[n - 1] as Token;
      if (isCapitalized(prev.text) || SUBJECT_PRONOUNS.has(prev.text.toLowerCase())) return true;
    }
  }
  return false;
}

/**
 * Whether token `i` ends the writer's sentence: the parser's rule, and a space or a paragraph break after the
 * mark (so "$214.9", "U.S." before a lower-case word and "Mr. Powell" go on).
 */
function isSentenceEnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text === ';') return true;
  const next = tokens[i + 1];
  if (next && next.para === t.para && next.start === t.end && !CLOSERS.has(next.text)) return false;
  return endsSentence(tokens, i);
}

/**
 * Where the reported clause that starts at token `from` ends (exclusive), inside the sentence `[from, hi)`:
 * at the sentence end, a semicolon or colon, a direct quote, ", according to", a following ", she said", or a
 * comma and a coordinator that opens a new clause of the writer's (", and he compared ..."), but not
 * ", and that ..." which goes on reporting.
 */
function clauseEnd(ctx: Ctx, from: number, hi: number): number {
  const { tokens } = ctx;
  let i = from;
  for (; i < hi && i - from < MAX_CONTENT_TOKENS; i++) {
    const t = tokens[i] as Token;
    const qi = ctx.inQuote[i] as number;
    if (qi !== -1) {
      if (ctx.quoteStatement[qi]?.kind === 'direct') break;
      continue;
    }
    if (t.word) {
      const tl = t.text.toLowerCase();
      if ((tl === 'and' || tl === 'but') && i > from) {
        // "... and warned against delays", "... and Democrats accused the GOP": the writer goes on.
        const w2 = tokens[i + 1];
        const w3 = tokens[i + 2];
        if (w2?.word && ctx.inQuote[i + 1] === -1) {
          if (SPEECH_VERBS.has(w2.text) && CLAUSE_VERBS.has(w2.text)) break;
          if (MAYBE_CUE.has(w2.text) && !REPORTING_GERUNDS.has(w2.text)) break;
          if (
            (isCapitalized(w2.text) || NEW_CLAUSE_SUBJECTS.has(w2.text)) &&
            w3?.word &&
            (CLAUSE_VERBS.has(w3.text) || OBJECT_CONTENT_VERBS.has(w3.text))
          )
            break;
        }
      }
      continue;
    }
    if (t.text === ':' && tokens[i + 1]?.word && i + 1 < hi && i > from + 3) continue;
    if (t.text === ';' || t.text === ':' || (isEnd(t) && isSentenceEnd(tokens, i))) break;
    if (t.text !== ',' && t.text !== '—' && t.text !== '–') continue;
    const next = tokens[i + 1];
    if (!next?.word || i + 1 >= hi) continue;
    const nl = next.text.toLowerCase();
    // ", saying ...", ", arguing ...": the writer's next report ends the clause (other participles often
    // belong to it: ", including ...", ", allowing people to ...").
    if (CLAUSE_ENDERS_AFTER_COMMA.has(nl) || REPORTING_GERUNDS.has(nl)) break;
    if (nl === 'in' && tokens[i + 2]?.text === 'which') break;
    if (CLAUSE_COORDINATORS.has(nl)) {
      const w2 = tokens[i + 2];
      const l2 = w2?.text.toLowerCase() ?? '';
      if (l2 === 'that') continue;
      if (
        NEW_CLAUSE_SUBJECTS.has(l2) ||
        (w2?.word && (SPEECH_VERBS.has(l2) || (l2.endsWith('ed') && l2.length > 4)))
      )
        break;
      // ", and three-quarters said ...", ", and Ms. Brainard is ...": a new subject and its verb.
      if (w2?.word && newClauseAt(ctx, i + 2, hi)) break;
      if (w2?.word && speechVerbWithin(ctx, i + 2, hi)) break;
      continue;
    }
    if (isCueAfterComma(ctx, i + 1, hi)) break;
    if (i > from && closingAppositive(ctx, i, hi)) break;
  }
  // Trailing punctuation is the writer's, not the reported words'.
  let to = i;
  while (to > from) {
    const t = tokens[to - 1] as Token;
    if (t.word || (ctx.inQuote[to - 1] !== -1 && CLOSERS.has(t.text)) || t.text === ')') break;
    to--;
  }
  return to;
}

/**
 * Whether a clause with its own subject starts at token `k` (after ", and"): a subject-like word, then a
 * finite verb or a cue within four words, before any comma.
 */
function newClauseAt(ctx: Ctx, k: number, hi: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k] as Token;
  const lower = t.text.toLowerCase();
  if (!(isCapitalized(t.text) || CLAUSE_OPENERS.has(lower) || /^\d/.test(t.text))) return false;
  for (let n = k + 1; n < hi && n < k + 5; n++) {
    const w = tokens[n] as Token;
    if (!w.word || ctx.inQuote[n] !== -1) return false;
    const wl = w.text.toLowerCase();
    if (FINITE_HINTS.has(wl) || CLAUSE_VERBS.has(wl) || OBJECT_CONTENT_VERBS.has(wl) || /n[’']t$/.test(wl))
      return true;
  }
  return false;
}

/**
 * Whether the comma at `i` opens a description of the name before it that ends the sentence ("... did not
 * support Mr. Trump, the presumed Putin favorite."): the writer's words, not the reported ones.
 */
function closingAppositive(ctx: Ctx, i: number, hi: number): boolean {
  const { tokens } = ctx;
  const before = tokens[i - 1] as Token;
  const next = tokens[i + 1] as Token;
  if (!before.word || !isCapitalized(before.text) || !/^(?:the|a|an)$/.test(next.text)) return false;
  for (let n = i + 2; n < hi && n < i + 16; n++) {
    const t = tokens[n] as Token;
    if (atEnd(tokens, n, hi)) return true;
    if (!t.word) return false;
    const wl = t.text.toLowerCase();
    if (FINITE_HINTS.has(wl) || wl === 'who' || wl === 'which' || wl === 'that') return false;
  }
  return false;
}

/** ", he said" / ", officials said" / ", said Kim" at token `k`: the cue of a clause just ended. */
function isCueAfterComma(ctx: Ctx, k: number, hi: number): boolean {
  const { tokens } = ctx;
  for (let n = k; n < hi && n < k + 5; n++) {
    const t = tokens[n] as Token;
    if (!t.word) return false;
    if (SPEECH_VERBS.has(t.text) && CLAUSE_VERBS.has(t.text)) {
      const after = tokens[n + 1];
      return n + 1 >= hi || !after || !after.word || isCapitalized(after.text) || n === k;
    }
  }
  return false;
}

/**
 * Whether the clause that ends at token `to` goes on in a direct quote (He said that for young people,
 * “the rate is 51 percent.”): the quote is the statement then, and the clause before it no statement.
 */
function runsIntoQuote(ctx: Ctx, to: number, hi: number): boolean {
  for (let i = to; i < hi && i < to + 3; i++) {
    const qi = ctx.inQuote[i] as number;
    if (qi !== -1) return ctx.quoteStatement[qi]?.kind === 'direct';
    const t = ctx.tokens[i] as Token;
    if (t.word || !(t.text === ',' || t.text === ':' || t.text === '—')) return false;
  }
  return false;
}

function wordCount(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((tokens[i] as Token).word) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// Statements.

/**
 * The statement for a found clause, or null when its content holds a quote statement (scare quotes and
 * titles are no statements, so they stay in the clause). Why the partial quote is kept rather than absorbed
 * into the reported clause: on PolNeAR dev (eval of b9c7176) absorbing every partial quote found 3 fewer gold
 * quotes, judged 4 fewer speakers right and cost 5.5 points of indirect precision (PolNeAR marks such
 * attributions quoted).
 */
function toStatement(ctx: Ctx, f: Found): Statement | null {
  const { tokens, text } = ctx;
  for (const [a, b] of f.parts) {
    for (let i = a; i < b; i++) {
      const qi = ctx.inQuote[i] as number;
      if (qi !== -1 && ctx.quoteStatement[qi]) return null;
    }
  }
  const spans = f.parts
    .filter(([a, b]) => b > a)
    .map(([a, b]) => span(text, (tokens[a] as Token).start, (tokens[b - 1] as Token).end));
  if (spans.length === 0) return null;
  const cue = span(text, (tokens[f.cue[0]] as Token).start, (tokens[f.cue[1] - 1] as Token).end);
  return {
    id: '',
    kind: 'indirect',
    text: spans.map((s) => s.text).join(' '),
    spans,
    speaker: f.speaker,
    cue,
  };
}

/** Whether a speech verb follows within six words from `k`, before any punctuation ("more than 4 in 10 said"). */
function speechVerbWithin(ctx: Ctx, k: number, hi: number): boolean {
  const { tokens } = ctx;
  for (let n = k + 1; n < hi && n < k + 7; n++) {
    const t = tokens[n] as Token;
    if (!t.word || ctx.inQuote[n] !== -1) return false;
    if (SPEECH_VERBS.has(t.text) && CLAUSE_VERBS.has(t.text)) return true;
  }
  return false;
}

/** Whether the object at token `k` names someone or something's own: a name, a pronoun, "her effort". */
function namesSomeone(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  const lower = t.text.toLowerCase();
  if (ctx.startingAt(k) || OBJECT_PRONOUNS.has(lower) || POSSESSIVES.has(lower)) return true;
  return isCapitalized(t.text) && !DETERMINER_LIKE.has(lower);
}

const POSSESSIVES = new Set('his her their its our my your'.split(' '));
