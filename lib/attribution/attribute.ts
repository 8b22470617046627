import type { People, Mention } from '../people/find-people.ts';
import type { Quotation, QuotePart } from '../quotes/find-quotes.ts';
import { isTitleCase, isTitleCue } from '../quotes/quote-kind.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import { endsSentence } from '../text/sentences.ts';
import { span } from '../text/span.ts';
import { tokenAt, type Token } from '../text/tokens.ts';
import type { Segments } from '../text/segment.ts';
import type { Person, Span, Speaker, Statement, StatementKind } from '../types.ts';
import { firstCue, lastCue, type Cue } from './cues.ts';
import { subjectAfter, subjectBefore, type Phrase } from './phrases.ts';
import { resolvePronoun, type Sighting } from './pronouns.ts';

/** How far (in tokens) the writer's text around a quote is searched for its attribution. */
const CONTEXT_TOKENS = 40;

/** One quotation with the writer's words around it, in tokens. */
interface Site {
  q: Quotation;
  /** Token of the opening mark of the first part. */
  open: number;
  /** Writer's tokens before the quote in its sentence: `[leftFrom, open)`. */
  leftFrom: number;
  /** Writer's tokens after the quote in its sentence: `[rightFrom, rightTo)` (empty when left open). */
  rightFrom: number;
  rightTo: number;
  /** The right context runs into the next quotation (a quote split around its attribution). */
  rightMeetsQuote: boolean;
  /** Last character of the quoted words (",", ".", "?", a letter...). */
  innerEnd: string;
  words: string[];
  para: number;
}

interface Found {
  cue: Cue;
  subject: Phrase | null;
  side: 'left' | 'right';
}

/**
 * Turns quotations into statements: decides which are statements (not titles or scare quotes), whether
 * each is direct or partial, and who said it, from the cue verb on either side, the quote before it, and
 * pronouns resolved by gender and recency.
 */
export function attribute(seg: Segments, quotations: readonly Quotation[], found: People): Statement[] {
  const { text, tokens } = seg;
  markQuotes(tokens, quotations);
  const byLast = new Map<number, Mention>();
  const byFirst = new Map<number, Mention>();
  for (const m of found.mentions) {
    byLast.set(m.last, m);
    byFirst.set(m.first, m);
  }
  const endingAt = (last: number) => byLast.get(last);
  const startingAt = (first: number) => byFirst.get(first);

  const history: Sighting[] = [];
  for (const m of found.mentions) {
    const t = tokens[m.first] as Token;
    if (m.person >= 0 && t.quote < 0) history.push({ at: m.start, para: t.para, person: m.person });
  }

  const sites = quotations.map((q) => site(seg, q));
  const statements: Statement[] = [];
  let previous: { speaker: Speaker | null; para: number } | null = null;

  for (let k = 0; k < sites.length; k++) {
    const s = sites[k] as Site;
    const embedded = isEmbedded(tokens, s);
    const wordBefore = s.open > s.leftFrom ? tokens[s.open - 1] : undefined;
    const title =
      isTitleCue(wordBefore?.word ? wordBefore.text : undefined) ||
      (isTitleCase(s.words) && !/[.?!]/.test(s.innerEnd));
    let f = embedded
      ? (leftCue(tokens, s, endingAt, startingAt) ?? rightCue(tokens, s, endingAt, startingAt))
      : (rightCue(tokens, s, endingAt, startingAt) ?? leftCue(tokens, s, endingAt, startingAt));
    if (title && (embedded || !f)) continue;
    if (embedded && s.words.length <= 1) continue; // scare quotes: tried to “lock” him up
    if (embedded && s.words.length <= 3 && !f) continue;
    if (!f && !embedded) f = colonBefore(seg, s, endingAt);

    const parts: QuotePart[] = [...s.q.parts];
    // A quote split around its attribution: “The data is clear,” she said, “and ...” is one statement.
    const next = sites[k + 1];
    if (f?.side === 'right' && s.rightMeetsQuote && next && /[,\w]/.test(s.innerEnd)) {
      const last = tokens[next.open - 1];
      if (last && (last.text === ',' || last.text === ':') && next.para === s.para) {
        parts.push(...next.q.parts);
        k++;
      }
    }

    let speaker: Speaker | null = null;
    let cue: Span | null = null;
    if (f) {
      cue = span(text, (tokens[f.cue.first] as Token).start, (tokens[f.cue.last - 1] as Token).end);
      if (f.subject) speaker = toSpeaker(seg, f.subject, found.people, history);
    }
    if (!speaker && !f && previous && previous.speaker && s.para - previous.para <= 1 && !embedded) {
      const prior: Speaker = previous.speaker;
      speaker = prior.personId ? { name: prior.name, personId: prior.personId } : { name: prior.name };
    }
    const kind: StatementKind = embedded ? 'partial' : 'direct';
    const spans = parts.map((p) => trimmed(text, p));
    statements.push({
      id: `s${statements.length + 1}`,
      kind,
      text: spans.map((x) => x.text).join(' '),
      spans,
      speaker,
      cue,
    });
    const lastPara = (parts[parts.length - 1] as QuotePart).para;
    previous = { speaker, para: lastPara };
    if (speaker?.personId) {
      const person = found.people.findIndex((p) => p.id === speaker?.personId);
      insertSighting(history, { at: (parts[0] as QuotePart).open, para: s.para, person });
    }
  }
  return statements;
}

/** The quoted words of a part without a trailing comma (the writer's punctuation: “We won,” she said). */
function trimmed(text: string, p: QuotePart): Span {
  let end = p.end;
  while (end > p.start && (text.charAt(end - 1) === ',' || /\s/.test(text.charAt(end - 1)))) end--;
  return span(text, p.start, end);
}

function insertSighting(history: Sighting[], s: Sighting): void {
  let i = history.length;
  while (i > 0 && (history[i - 1] as Sighting).at > s.at) i--;
  history.splice(i, 0, s);
}

/** Marks every token inside a quotation (marks included) with the quotation's index. */
function markQuotes(tokens: Token[], quotations: readonly Quotation[]): void {
  quotations.forEach((q, qi) => {
    for (const p of q.parts) {
      for (
        let i = tokenAt(tokens, p.open);
        i < tokens.length && (tokens[i] as Token).start < (p.closed ? p.close + 1 : p.close);
        i++
      ) {
        (tokens[i] as Token).quote = qi;
      }
    }
  });
}

/** Measures the writer's words around a quotation. */
function site(seg: Segments, q: Quotation): Site {
  const { text, tokens } = seg;
  const first = q.parts[0] as QuotePart;
  const lastPart = q.parts[q.parts.length - 1] as QuotePart;
  const open = tokenAt(tokens, first.open);
  const qi = (tokens[open] as Token).quote;
  let leftFrom = open;
  while (leftFrom > 0 && open - leftFrom < CONTEXT_TOKENS) {
    const t = tokens[leftFrom - 1] as Token;
    if (t.para !== first.para || t.quote >= 0 || endsSentence(tokens, leftFrom - 1)) break;
    leftFrom--;
  }
  let rightFrom = -1;
  let rightTo = -1;
  let rightMeetsQuote = false;
  if (lastPart.closed) {
    rightFrom = tokenAt(tokens, lastPart.close + 1);
    rightTo = rightFrom;
    while (rightTo < tokens.length && rightTo - rightFrom < CONTEXT_TOKENS) {
      const t = tokens[rightTo] as Token;
      if (t.para !== lastPart.para) break;
      if (t.quote >= 0 && t.quote !== qi) {
        rightMeetsQuote = true;
        break;
      }
      rightTo++;
      if (endsSentence(tokens, rightTo - 1)) break;
    }
  }
  const words: string[] = [];
  for (
    let i = open + 1;
    i < tokens.length && (tokens[i] as Token).start < first.end && words.length < 12;
    i++
  ) {
    const t = tokens[i] as Token;
    if (t.word) words.push(t.text);
  }
  const inner = text.slice(lastPart.start, lastPart.end);
  return {
    q,
    open,
    leftFrom,
    rightFrom,
    rightTo,
    rightMeetsQuote,
    innerEnd: inner.charAt(inner.length - 1),
    words: countWords(text, q) > 12 ? [...words, '…'] : words,
    para: first.para,
  };
}

function countWords(text: string, q: Quotation): number {
  let n = 0;
  for (const p of q.parts) {
    const s = text.slice(p.start, Math.min(p.end, p.start + 200));
    n += s.split(/\s+/).filter(Boolean).length;
    if (n > 12) return n;
  }
  return n;
}

/** Whether the quote sits inside the writer's sentence (partial) rather than standing as an utterance. */
function isEmbedded(tokens: readonly Token[], s: Site): boolean {
  if (s.leftFrom === s.open) return false;
  const before = tokens[s.open - 1] as Token;
  return !(
    before.text === ',' ||
    before.text === ':' ||
    before.text === '—' ||
    before.text === '-' ||
    before.text === '('
  );
}

/** The cue after the quote: “...,” she said / “...,” said Kim / “...?” asked the host. */
function rightCue(
  tokens: readonly Token[],
  s: Site,
  endingAt: (i: number) => Mention | undefined,
  startingAt: (i: number) => Mention | undefined,
): Found | null {
  if (s.rightFrom < 0 || s.rightTo <= s.rightFrom) return null;
  // A quote that ends its own sentence (“We won.”) takes an attribution only from a short clause after it.
  const length = s.rightTo - s.rightFrom;
  if (s.innerEnd === '.' && length > 8) return null;
  const limit = /[,?!—-]/.test(s.innerEnd) ? s.rightTo : Math.min(s.rightTo, s.rightFrom + 12);
  const cue = firstCue(tokens, s.rightFrom, limit, s.rightFrom);
  if (!cue) return null;
  let subject: Phrase | null;
  if (cue.according) subject = subjectAfter(tokens, cue.last - 1, s.rightTo, startingAt);
  else
    subject =
      subjectBefore(tokens, cue.first, s.rightFrom, endingAt) ??
      subjectAfter(tokens, cue.first, s.rightTo, startingAt);
  return { cue, subject, side: 'right' };
}

/** The cue before the quote: Kim wrote: “...” / She continued, “...” / Kim claimed that Kanye’s “...” */
function leftCue(
  tokens: readonly Token[],
  s: Site,
  endingAt: (i: number) => Mention | undefined,
  startingAt: (i: number) => Mention | undefined,
): Found | null {
  if (s.leftFrom >= s.open) return null;
  const cue = lastCue(tokens, s.leftFrom, s.open, s.open);
  if (!cue) return null;
  let subject: Phrase | null;
  if (cue.according) subject = subjectAfter(tokens, cue.last - 1, s.open, startingAt);
  else if (cue.gerund) subject = sentenceSubject(tokens, s.leftFrom, cue.first, endingAt);
  else
    subject =
      subjectBefore(tokens, cue.first, s.leftFrom, endingAt) ??
      subjectAfter(tokens, cue.first, s.open, startingAt);
  return { cue, subject, side: 'left' };
}

/** A paragraph that ends with a colon introduces the quote that opens the next one ("Trump added:"). */
function colonBefore(seg: Segments, s: Site, endingAt: (i: number) => Mention | undefined): Found | null {
  const { tokens } = seg;
  if (s.leftFrom !== s.open) return null;
  const colon = tokens[s.open - 1];
  if (!colon || colon.text !== ':' || colon.para !== s.para - 1 || colon.quote >= 0) return null;
  let from = s.open - 1;
  while (from > 0 && s.open - from < CONTEXT_TOKENS) {
    const t = tokens[from - 1] as Token;
    if (t.para !== colon.para || t.quote >= 0 || endsSentence(tokens, from - 1)) break;
    from--;
  }
  const cue = lastCue(tokens, from, s.open - 1, s.open - 1);
  if (!cue) return null;
  return { cue, subject: subjectBefore(tokens, cue.first, from, endingAt), side: 'left' };
}

/** The subject of the sentence for ", saying “...”": its first name or pronoun. */
function sentenceSubject(
  tokens: readonly Token[],
  lo: number,
  hi: number,
  endingAt: (i: number) => Mention | undefined,
): Phrase | null {
  for (let i = lo; i < hi; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    const pronoun = SUBJECT_PRONOUNS.get(t.text.toLowerCase());
    if (pronoun && pronoun !== 'first') return { first: i, last: i + 1, kind: 'pronoun' };
    for (let j = i + 1; j <= Math.min(hi, i + 6); j++) {
      const m = endingAt(j);
      if (m && m.first === i) return { first: i, last: j, kind: 'name', mention: m };
    }
  }
  return null;
}

/** Turns a subject phrase into the statement's speaker, resolving names and pronouns to people. */
function toSpeaker(
  seg: Segments,
  phrase: Phrase,
  people: readonly Person[],
  history: readonly Sighting[],
): Speaker {
  const { text, tokens } = seg;
  const first = tokens[phrase.first] as Token;
  const last = tokens[phrase.last - 1] as Token;
  const mention = span(text, first.start, last.end);
  switch (phrase.kind) {
    case 'name': {
      const m = phrase.mention as Mention;
      const person = people[m.person];
      const at = span(text, m.start, m.end);
      return person ? { name: person.name, personId: person.id, mention: at } : { name: m.name, mention: at };
    }
    case 'pronoun': {
      const g = SUBJECT_PRONOUNS.get(first.text.toLowerCase());
      if (g === 'male' || g === 'female') {
        const p = resolvePronoun(history, people, first.start, first.para, g);
        const person = people[p];
        if (person) return { name: person.name, personId: person.id, mention };
      }
      return { name: mention.text, mention };
    }
    case 'phrase':
      return { name: mention.text.replace(/[’']s$/, ''), mention };
    default: {
      const never: never = phrase.kind;
      throw new Error(`unknown phrase kind ${String(never)}`);
    }
  }
}
