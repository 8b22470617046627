import type { People, Mention } from '../people/find-people.ts';
import type { Quotation, QuotePart } from '../quotes/find-quotes.ts';
import { isReferenceEntry, isTitleCase, isTitleCue } from '../quotes/quote-kind.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import { endsSentence } from '../text/sentences.ts';
import { span } from '../text/span.ts';
import { tokenAt, type Token } from '../text/tokens.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { Segments } from '../text/segment.ts';
import type { Person, Span, Speaker, Statement, StatementKind } from '../types.ts';
import { cuesIn, type Cue } from './cues.ts';
import { WEAK_SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import {
  antecedentOf,
  clauseSubject,
  DETERMINERS,
  isSkippableWord,
  namedSpeaker,
  relativePronounBefore,
  withHeadBefore,
  subjectAfter,
  subjectBefore,
  titleThenMention,
  writtenName,
  type Phrase,
} from './phrases.ts';
import { FUNCTION_WORDS } from '../lexicon/not-people.ts';
import { ROLE_NOUNS } from '../lexicon/roles.ts';
import { endsWithApostropheS, isCapitalized, isLowerCaseWord, isSpaceCode } from '../text/chars.ts';
import { namings, resolvePronounIn, type Sighting } from './pronouns.ts';
import { mentionAt } from './reported/context.ts';
import { NOT_HEADLINE_SOURCES } from './reported/lines.ts';

/** How far (in tokens) the writer's text around a quote is searched for its attribution. */
const CONTEXT_TOKENS = 40;

/** One quotation with the writer's words around it, in tokens. */
interface Site {
  q: Quotation;
  /** Token of the opening mark of the first part. */
  open: number;
  /** Writer's tokens before the quote in its sentence: `[leftFrom, open)`. */
  leftFrom: number;
  /** First token of the quote's sentence, earlier quotations in it included. */
  sentenceFrom: number;
  /** Writer's tokens after the quote in its sentence: `[rightFrom, rightTo)` (empty when left open). */
  rightFrom: number;
  rightTo: number;
  /** The right context runs into the next quotation (a quote split around its attribution). */
  rightMeetsQuote: boolean;
  /** Last character of the quoted words (",", ".", "?", a letter...). */
  innerEnd: string;
  words: string[];
  para: number;
  /** A value in quote marks (a number, a path, an identifier), not words: isCodeOrNumber. */
  value: boolean;
}

interface Found {
  cue: Cue | null;
  subject: Phrase | null;
  side: 'left' | 'right';
  /** No subject here: the speaker of the quote before carries over (", saying" after a quote). */
  inherit: boolean;
}

/**
 * Turns quotations into statements: decides which are statements (not titles or scare quotes), whether
 * each is direct or partial, and who said it, from the cue verb on either side, the quote before it, and
 * pronouns resolved by gender and recency.
 */
/** The buffer behind attribute()'s per-token mention indices (one article is analyzed at a time). */
let mentionBuffer = new Int32Array(0);

export function attribute(seg: Segments, quotations: readonly Quotation[], found: People): Statement[] {
  // A text in another language (Segments.english): only the forms any language writes give a speaker.
  const { text, tokens, english } = seg;
  markQuotes(tokens, quotations);
  // Per token: the index of the mention ending (exclusive) or starting there, plus one; the later mention
  // wins. Views of one buffer kept between articles, as in context().
  const n = tokens.length;
  if (mentionBuffer.length < 2 * n + 2) mentionBuffer = new Int32Array(2 * (2 * n + 2));
  const byLast = mentionBuffer.subarray(0, n + 1).fill(0);
  const byFirst = mentionBuffer.subarray(n + 1, 2 * n + 2).fill(0);
  const { mentions } = found;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.last >= 0 && m.last <= n) byLast[m.last] = i + 1;
    if (m.first >= 0 && m.first <= n) byFirst[m.first] = i + 1;
  }
  const endingAt = mentionAt(byLast, mentions, n);
  const startingAt = mentionAt(byFirst, mentions, n);

  const history = namings(tokens, found.mentions);
  const spoken: Sighting[] = [];
  const personIndex = new Map(found.people.map((p, i) => [p.id, i]));

  const sites = quotations.map((q) => site(seg, q));
  const statements: Statement[] = [];
  let previous: { speaker: Speaker | null; para: number } | null = null as {
    speaker: Speaker | null;
    para: number;
  } | null;
  const ctx: Context = { tokens, endingAt, startingAt };

  /** The last paragraph asked whether it is a reference entry, and the answer (quotes come in text order). */
  let referencePara = -1;
  let reference = false;

  for (let k = 0; k < sites.length; k++) {
    const s = sites[k] as Site;
    // A quote in a reference entry is a cited work's title, whoever wrote the work.
    if (s.para !== referencePara) {
      const para = seg.paragraphs[s.para] as Paragraph;
      referencePara = s.para;
      reference = isReferenceEntry(text.slice(para.start, para.end));
    }
    if (reference) continue;
    // “none”: the default. — one quoted word in lower case opening its line before a colon is a term being
    // defined.
    if (
      s.words.length === 1 &&
      !isCapitalized(s.words[0] as string) &&
      s.open === s.leftFrom &&
      opensParagraph(tokens, s.open) &&
      tokens[s.rightFrom]?.text === ':'
    )
      continue;
    if (s.value) continue;
    const embedded = isEmbedded(tokens, s);
    const wordBefore = s.open > s.leftFrom ? tokens[s.open - 1] : undefined;
    const cueWord = wordBefore?.word ? wordBefore.text : tokens[s.open - 2]?.text;
    // Capitalized words said aloud are words, not a title: chanting “Lock Her Up,” shouted “Build The Wall.”
    // A title after a possessive names a show or a work, even after a speech verb: told MSNBC's “Morning Joe”.
    const possessed = endsWithApostropheS(tokens[s.open - 1]?.text ?? '') && isTitleCase(s.words);
    const saidAloud =
      !possessed &&
      s.open - 1 >= s.leftFrom &&
      cuesIn(tokens, Math.max(s.leftFrom, s.open - 2), s.open, s.open).length > 0;
    const title =
      (!saidAloud && ((isTitleCue(cueWord) && s.words.length <= 8) || isTitleCase(s.words))) ||
      isNickname(s.words);
    let f = !english
      ? (nameAfterQuote(ctx, s) ?? nameBeforeColon(ctx, s))
      : embedded
        ? (leftCue(ctx, s) ?? rightCue(ctx, s))
        : (rightCue(ctx, s) ?? leftCue(ctx, s));
    // A title stays out unless a speaker says it (Ana Lima: “We Are Full”).
    if (title && (embedded || !f || (!f.cue && f.subject?.kind !== 'name' && !/[.?!]/.test(s.innerEnd))))
      continue;
    if (!f && embedded && english) f = ownedClaim(ctx, s);
    if (embedded && s.words.length <= 1 && !isQuotedFragment(tokens, s, f) && !isVerbsWord(tokens, s, f))
      continue;
    if (
      embedded &&
      s.words.length <= 3 &&
      !f &&
      !(s.words.length >= 2 && endsClause(tokens, s) && speakerOpens(ctx, s)) &&
      !isCitedWording(tokens, s)
    )
      continue;
    if (!f && !embedded && english) f = colonBefore(ctx, s) ?? sentenceBefore(ctx, s);
    if (!f && embedded && english) f = laterInSentence(ctx, sites, k);
    if (!f && embedded && english) {
      // A partial quote with no speech verb belongs to the subject of its sentence.
      const subject = clauseSubject(tokens, s.sentenceFrom, s.open, startingAt);
      f = { cue: null, subject, side: 'left', inherit: !subject };
    }

    // A transcript: “PENCE: Well, look ...” — each paragraph that opens with a speaker's label is a turn.
    if (!embedded && s.words[0] !== undefined) {
      const turns = transcriptTurns(text, s.q.parts, found.people);
      // Several speakers in one run of open paragraphs stay one statement: PolNeAR does not count such a
      // run as quoted, and a statement per turn (each its label's, as a reader would want) cost 1.3 points of
      // dev quote precision (the one such transcript there has ten turns), taking dev quote F1 below 0.96.
      if (turns?.length === 1) {
        for (const turn of turns) {
          const spans: Span[] = turn.parts.map((p, i) =>
            trimmed(text, i === 0 ? { ...p, start: turn.from } : p),
          );
          statements.push({
            id: `s${statements.length + 1}`,
            kind: 'direct',
            text: spans.map((sp) => sp.text).join(' '),
            spans,
            speaker: turn.speaker,
            cue: null,
          });
        }
        previous = { speaker: turns[turns.length - 1]!.speaker, para: s.q.parts[s.q.parts.length - 1]!.para };
        continue;
      }
    }

    const parts: QuotePart[] = [...s.q.parts];
    // A list of quoted fragments in one sentence is one statement: called him a “nasty guy,” and “unstable.”
    // So are the fragments of one reported clause: Trump claimed that he had made “a lot of sacrifices,”
    // such as building structures with “tremendous success.”
    let last = s;
    while (embedded && sites[k + 1]) {
      const next = sites[k + 1] as Site;
      const governed = f?.cue && f.side === 'left' && sameClause(tokens, last, next);
      if (!governed && !isListedFragment(tokens, last, next)) break;
      parts.push(...next.q.parts);
      last = next;
      k++;
    }
    // “The data is clear,” she said, “and ...” and “We won,” she said. “It was close.” are one statement.
    if (f?.side === 'right') {
      const next = sites[k + 1];
      if (next && canJoin(ctx, s, next)) {
        parts.push(...next.q.parts);
        k++;
      }
    }

    let speaker: Speaker | null = null;
    let cue: Span | null = null;
    if (f?.cue) cue = span(text, (tokens[f.cue.first] as Token).start, (tokens[f.cue.last - 1] as Token).end);
    if (f?.subject)
      speaker = toSpeaker(seg, withHeadBefore(tokens, f.subject, ctx.endingAt), found, history, spoken);
    const inherit = f ? f.inherit : true;
    const prior: Speaker | null | undefined = previous?.speaker;
    const near =
      previous &&
      (embedded
        ? previous.para === s.para
        : s.para - previous.para <= 1 ||
          (opensParagraph(tokens, s.open) && onlyLinesBetween(seg, previous.para, s.para)));
    // The writer's own words do not run on into the next paragraph's quote: after “...,” said I, a bare quote
    // opening a paragraph is the answer of the one spoken to.
    const writerTurn = prior?.name === 'I' && previous!.para !== s.para;
    if (!speaker && inherit && prior && near && !writerTurn) speaker = { ...prior };
    const kind: StatementKind = embedded ? 'partial' : 'direct';
    // Pushed into a literal, not mapped: reported speech builds its spans so, and one array kind for both keeps
    // the code that reads statements' spans optimised.
    const spans: Span[] = [];
    for (const p of parts) spans.push(trimmed(text, p));
    let words = spans[0]?.text ?? '';
    for (let k = 1; k < spans.length; k++) words += ` ${spans[k]!.text}`;
    statements.push({
      id: `s${statements.length + 1}`,
      kind,
      text: words,
      spans,
      speaker,
      cue,
    });
    previous = { speaker, para: (parts[parts.length - 1] as QuotePart).para };
    if (speaker?.personId) {
      const id = speaker.personId;
      const person = personIndex.get(id) ?? -1;
      spoken.push({ at: (parts[0] as QuotePart).open, para: s.para, person, spoke: true });
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

/** A speaker's label opening a transcript paragraph: "PENCE: ", "CHRIS WALLACE: ", "Chris Matthews: ". */
const TURN_LABEL = /^([A-Z][A-Za-z.’'-]*(?: [A-Z][A-Za-z.’'-]*){0,2}):\s+\S/;

/** One speaker's turn in a quoted transcript: its parts (the first starting after the label) and speaker. */
interface Turn {
  parts: QuotePart[];
  /** Offset where the first part's words start, after the label. */
  from: number;
  speaker: Speaker;
}

/**
 * The turns of a quoted transcript whose first part opens with a speaker's label ("PENCE: Well, ...",
 * "Chris Matthews: Seriously ..."): each labelled part starts a turn, an unlabelled part continues the turn
 * before it. A label is capital letters only, or the name of a person in the text. Null when the quotation
 * does not open with a label.
 */
function transcriptTurns(
  text: string,
  parts: readonly QuotePart[],
  people: readonly Person[],
): Turn[] | null {
  const turns: Turn[] = [];
  for (const p of parts) {
    const label = turnLabel(text, p, people);
    if (label) {
      turns.push({ parts: [p], from: label.from, speaker: label.speaker });
    } else if (turns.length === 0) {
      return null;
    } else {
      turns[turns.length - 1]!.parts.push(p);
    }
  }
  return turns;
}

/** The speaker's label that opens a quote part, with the offset of the words after it; null if none. */
function turnLabel(
  text: string,
  p: QuotePart,
  people: readonly Person[],
): { speaker: Speaker; from: number } | null {
  const m = TURN_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 40)));
  if (!m) return null;
  const label = m[1] as string;
  const upper = label.length > 1 && label === label.toUpperCase();
  const lower = label.toLowerCase();
  // "VIDEO: ...", "UPDATE: ...": a label that names no one.
  if (NOT_HEADLINE_SOURCES.has(lower)) return null;
  const last = lower.split(' ').pop() as string;
  const person = people.find((x) => {
    const name = x.name.toLowerCase();
    return name === lower || (upper && name.split(' ').pop() === last);
  });
  if (!upper && !person) return null;
  const mention = span(text, p.start, p.start + label.length);
  const speaker: Speaker = person
    ? { name: person.name, personId: person.id, mention }
    : { name: label, mention };
  return { speaker, from: p.start + m[0].length - 1 };
}

/** Marks every token inside a quotation (marks included) with the quotation's index. */
function markQuotes(tokens: Token[], quotations: readonly Quotation[]): void {
  quotations.forEach((q, qi) => {
    for (const p of q.parts) {
      for (
        let i = tokenAt(tokens, p.open);
        i < tokens.length && (tokens[i] as Token).start < p.closeEnd;
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
  // Full stops inside brackets do not end the sentence: Sen. Jo Park (D-N.Y.) said.
  let depth = 0;
  let leftFrom = open;
  while (leftFrom > 0 && open - leftFrom < CONTEXT_TOKENS) {
    const t = tokens[leftFrom - 1] as Token;
    if (t.para !== first.para || t.quote >= 0) break;
    if (t.text === ')') depth++;
    else if (t.text === '(') depth--;
    else if (depth <= 0 && endsSentence(tokens, leftFrom - 1)) break;
    leftFrom--;
  }
  let sentenceFrom = leftFrom;
  while (sentenceFrom > 0 && open - sentenceFrom < 2 * CONTEXT_TOKENS) {
    const t = tokens[sentenceFrom - 1] as Token;
    if (t.para !== first.para || (t.quote < 0 && endsSentence(tokens, sentenceFrom - 1))) break;
    sentenceFrom--;
  }
  let rightFrom = -1;
  let rightTo = -1;
  let rightMeetsQuote = false;
  if (lastPart.closed) {
    rightFrom = tokenAt(tokens, lastPart.closeEnd);
    rightTo = rightFrom;
    depth = 0;
    while (rightTo < tokens.length && rightTo - rightFrom < CONTEXT_TOKENS) {
      const t = tokens[rightTo] as Token;
      if (t.para !== lastPart.para) break;
      if (t.quote >= 0 && t.quote !== qi) {
        rightMeetsQuote = true;
        break;
      }
      rightTo++;
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (depth <= 0 && endsSentence(tokens, rightTo - 1)) break;
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
    sentenceFrom,
    rightFrom,
    rightTo,
    rightMeetsQuote,
    innerEnd: inner.charAt(inner.length - 1),
    words: hasMoreThan12Words(text, q) ? [...words, '…'] : words,
    para: first.para,
    value: isCodeOrNumber(text, q),
  };
}

/** Whether the quotation holds more than 12 words (runs of characters other than white space). */
function hasMoreThan12Words(text: string, q: Quotation): boolean {
  let n = 0;
  for (const p of q.parts) {
    // The words in the first 200 units of the part.
    const end = Math.min(p.end, p.start + 200);
    let inWord = false;
    for (let i = p.start; i < end; i++) {
      const space = isSpaceCode(text.charCodeAt(i));
      if (!space && !inWord && ++n > 12) return true;
      inWord = !space;
    }
  }
  return false;
}

/**
 * Whether a short quote inside the writer's sentence is someone's words rather than scare quotes: it sits
 * in the scope of a speech verb with a speaker and ends its clause (the deal could lead to another
 * “Holocaust.”), whereas tried to “lock” him up and so-called “experts” say are the writer's.
 */
function isQuotedFragment(tokens: readonly Token[], s: Site, f: Found | null): boolean {
  if (!f?.cue || !f.subject) return false;
  if (/[.,;:?!]/.test(s.innerEnd)) return true;
  const after = s.rightFrom >= 0 ? tokens[s.rightFrom] : undefined;
  return !after || after.para !== s.para || /^(?:[.,;:?!)—-]|and|or|but|as)$/.test(after.text);
}

/** Punctuation that ends the clause a claim's that-clause could be in. */
const STOPS = new Set(['.', ';', ':', '!', '?']);

/** Nouns of saying whose that-clause reports someone's words: Trump's claim that there were “thousands”. */
const CLAIM_NOUNS = new Set(
  `claim claims assertion assertions statement remark remarks comment comments promise pledge warning insistence
  suggestion argument contention charge accusation allegation boast vow`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The owner of a claim whose that-clause holds the quote, within the quote's sentence: "Trump's claim that
 * there have been “thousands of shootings”", "his claim that people would “learn nothing”". Null otherwise.
 */
function ownedClaim(ctx: Context, s: Site): Found | null {
  const { tokens } = ctx;
  const lo = Math.max(s.sentenceFrom, s.open - 20);
  for (let i = s.open - 1; i > lo; i--) {
    const t = tokens[i] as Token;
    if (t.quote >= 0 || (!t.word && STOPS.has(t.text))) return null;
    if (t.text !== 'that') continue;
    const noun = tokens[i - 1];
    if (!noun || !CLAIM_NOUNS.has(noun.text.toLowerCase()) || i - 2 < lo) return null;
    const owner = tokens[i - 2] as Token;
    const cue: Cue = { first: i - 1, last: i, according: false, gerund: false };
    const m = ctx.endingAt(i - 1);
    if (m && endsWithApostropheS(owner.text))
      return {
        cue,
        subject: { first: m.first, last: m.last, kind: 'name', mention: m },
        side: 'left',
        inherit: false,
      };
    if (/^(?:his|her)$/i.test(owner.text))
      return { cue, subject: { first: i - 2, last: i - 1, kind: 'pronoun' }, side: 'left', inherit: false };
    return null;
  }
  return null;
}

/** Nouns that present the quote after them as someone's wording: used the phrase “Islamic terrorism”. */
const WORDING_NOUNS = new Set([
  'phrase',
  'phrases',
  'slogan',
  'slogans',
  'word',
  'words',
  'motto',
  'catchphrase',
]);

/** Whether the quote is cited as wording, right after a noun such as "phrase" or "slogan". */
function isCitedWording(tokens: readonly Token[], s: Site): boolean {
  const before = tokens[s.open - 1];
  return s.open - 1 >= s.leftFrom && !!before && WORDING_NOUNS.has(before.text.toLowerCase());
}

/** Whether the quoted words are a short name after an article: call her “the Builder”, “the Donald”. */
function isNickname(words: readonly string[]): boolean {
  return words.length <= 3 && /^(?:the|a|an)$/.test(words[0] ?? '') && isTitleCase(words.slice(1));
}

/** Words that open a clause of its own between a speech verb and a quote: said that she tried to “lock” him. */
const CLAUSE_OPENERS = /^(?:that|whether|if|who|which|when|because)$/i;

/**
 * Whether a one-word quote is the speaker's word because it sits within a few words of the speaker's verb, in
 * the verb's own clause: called him “disgusting”, noted several “intangibles”, accused them of being “duped”
 * by. Past a clause opener (claimed that she tried to “lock” him up) the word is the writer's again.
 */
function isVerbsWord(tokens: readonly Token[], s: Site, f: Found | null): boolean {
  if (!f?.cue || !f.subject || f.side !== 'left') return false;
  if (s.open - f.cue.last > 8) return false;
  for (let i = f.cue.last; i < s.open; i++) if (CLAUSE_OPENERS.test((tokens[i] as Token).text)) return false;
  return true;
}

/** Whether the quote ends its clause: punctuation (or a new paragraph) right after it, or inside it at its end. */
function endsClause(tokens: readonly Token[], s: Site): boolean {
  if (/[.,;:?!]/.test(s.innerEnd)) return true;
  const after = s.rightFrom >= 0 ? tokens[s.rightFrom] : undefined;
  return !after || after.para !== s.para || /^[.,;:?!)—-]$/.test(after.text);
}

/** Whether the quote's sentence opens with a named speaker or a pronoun. */
function speakerOpens(ctx: Context, s: Site): boolean {
  const subject = clauseSubject(ctx.tokens, s.sentenceFrom, s.open, ctx.startingAt);
  return !!subject && subject.kind !== 'phrase';
}

/** Whether the quote sits inside the writer's sentence (partial) rather than standing as an utterance. */
function isEmbedded(tokens: readonly Token[], s: Site): boolean {
  if (s.leftFrom === s.open) return false;
  const before = tokens[s.open - 1] as Token;
  if (before.text === ':' || before.text === '(') return false;
  // After a comma only when a cue introduces it ("She continued, “...”"), not in a list ("documentary, “13th”").
  if (before.text === ',')
    return cuesIn(tokens, s.leftFrom, s.open, s.open).length === 0 && !boundedByQuote(tokens, s);
  return true;
}

/** Words that may join quoted fragments in a list: “nasty guy,” an “anchor baby,” and “sick.” */
const LIST_JOINERS = new Set([
  ',',
  ';',
  'and',
  'or',
  'nor',
  'a',
  'an',
  'the',
  'as',
  'but',
  'even',
  'also',
  'then',
]);

/** Whether quotation `b` follows `a` in the same sentence with only list words between them. */
function isListedFragment(tokens: readonly Token[], a: Site, b: Site): boolean {
  if (!a.rightMeetsQuote || b.para !== a.para || !isEmbedded(tokens, b)) return false;
  const gap = b.open - a.rightFrom;
  if (gap < 1 || gap > 4) return false;
  for (let i = a.rightFrom; i < b.open; i++) if (!LIST_JOINERS.has((tokens[i] as Token).text)) return false;
  return true;
}

/**
 * Whether quotation `b` is in the same sentence as `a`, inside the writer's clause (not introduced as a
 * quote of its own), with no cue of its own between them.
 */
function sameClause(tokens: readonly Token[], a: Site, b: Site): boolean {
  if (!a.rightMeetsQuote || b.para !== a.para || !isEmbedded(tokens, b)) return false;
  if (b.open - a.rightFrom > 20) return false;
  return cuesIn(tokens, a.rightFrom, b.open, b.open).length === 0;
}

/** What the attribution stage looks things up in. */
interface Context {
  tokens: readonly Token[];
  endingAt: (last: number) => Mention | undefined;
  startingAt: (first: number) => Mention | undefined;
}

/**
 * The attribution at the end of a sentence that holds several quotes: “a great deal of weight” and the
 * “grass-roots firepower” they need, DFA spokesman Neil Sroka said. Null when the sentence has none.
 */
function laterInSentence(ctx: Context, sites: readonly Site[], k: number): Found | null {
  let here = sites[k] as Site;
  for (let n = k + 1; n < sites.length && n <= k + 4; n++) {
    if (!here.rightMeetsQuote) return null;
    const next = sites[n] as Site;
    const found = rightCue(ctx, next);
    if (found?.subject) return { ...found, inherit: false };
    here = next;
  }
  return null;
}

/** Whether the writer's words before the quote start right after another quotation in the same sentence. */
function boundedByQuote(tokens: readonly Token[], s: Site): boolean {
  const t = tokens[s.leftFrom - 1];
  return !!t && t.para === s.para && t.quote >= 0;
}

/** The cue after the quote: “...,” she said / “...,” said Kim / “...?” asked the host. */
function rightCue(ctx: Context, s: Site): Found | null {
  const { tokens } = ctx;
  if (s.rightFrom < 0 || s.rightTo <= s.rightFrom) return null;
  // A quote that ends its own sentence (“We won.”) takes an attribution only from a short clause after it.
  const length = s.rightTo - s.rightFrom;
  if (s.innerEnd === '.' && length > 8) return null;
  const limit = /[,?!—-]/.test(s.innerEnd) ? s.rightTo : Math.min(s.rightTo, s.rightFrom + 12);
  let start = s.rightFrom;
  while (start < s.rightTo && !(tokens[start] as Token).word) start++;
  // ”...” ― Sonya Herridge: a dash and a name after the quote sign it.
  const dash = tokens[s.rightFrom] as Token;
  if (/^[―—–-]$/.test(dash.text) && start === s.rightFrom + 1) {
    const m = ctx.startingAt(start);
    if (m && (m.last >= s.rightTo || !(tokens[m.last] as Token).word)) {
      return {
        cue: null,
        subject: { first: start, last: m.last, kind: 'name', mention: m },
        side: 'right',
        inherit: false,
      };
    }
    // A name the lists do not know: the capitalized words that end the sentence.
    let k = start;
    while (k < s.rightTo && (tokens[k] as Token).word && isCapitalized((tokens[k] as Token).text)) k++;
    const end = tokens[k];
    if (k > start && k - start <= 4 && (!end || end.para !== s.para || !end.word)) {
      return { cue: null, subject: { first: start, last: k, kind: 'phrase' }, side: 'right', inherit: false };
    }
  }
  for (const cue of cuesIn(tokens, s.rightFrom, limit, s.rightFrom)) {
    // “...,” Anne Richards, assistant secretary of state for refugees, said: the name that opens it (after
    // a title: “...,” Mr. Tom Guerrero, who is an actor, said).
    const opening = ctx.startingAt(start) ?? titleThenMention(tokens, start, ctx.startingAt);
    if (!cue.according && opening && tokens[opening.last]?.text === ',' && cue.first > opening.last) {
      return {
        cue,
        subject: { first: start, last: opening.last, kind: 'name', mention: opening },
        side: 'right',
        inherit: false,
      };
    }
    // “...,” a Democratic staffer in the room wondered: the whole stretch before the verb is the speaker.
    const stretch =
      cue.according || cue.first <= start
        ? null
        : leadingPhrase(ctx, start, skipBack(tokens, cue.first, start));
    // “...” and said he was ...: a verb joined to the sentence's own is its subject's, not inverted.
    const joined = /^(?:and|but)$/.test(tokens[cue.first - 1]?.text ?? '') && cue.first <= start + 1;
    if (joined && !cue.according) {
      const subject = clauseSubject(tokens, s.sentenceFrom, s.open, ctx.startingAt);
      if (subject) return { cue, subject, side: 'right', inherit: false };
    }
    // ", said David Axelrod, a strategist": a comma before the verb, the name after it.
    const inverted =
      tokens[cue.first - 1]?.text === ',' ? subjectAfter(tokens, cue.first, s.rightTo, ctx.startingAt) : null;
    let subject = cue.according
      ? subjectAfter(tokens, cue.last - 1, s.rightTo, ctx.startingAt)
      : ((inverted?.kind === 'name' ? inverted : null) ??
        (stretch?.kind === 'phrase' ? stretch : null) ??
        subjectBefore(tokens, cue.first, s.rightFrom, ctx.endingAt) ??
        // Inverted only right after the quote (“...,” said Kim), not "..., and criticized Obama".
        (cue.first <= start + 1 ? subjectAfter(tokens, cue.first, s.rightTo, ctx.startingAt) : null));
    // “...,” the conference speaker says: whatever stands between the quote and its verb is the speaker.
    if (!subject && !cue.according && cue.first > start && cue.first - start <= 8) {
      subject = leadingPhrase(ctx, start, cue.first);
    }
    // “...,” but stopped short of calling it that: a gerund after the quote is the sentence subject's.
    if (!subject && cue.gerund) subject = clauseSubject(tokens, s.sentenceFrom, s.open, ctx.startingAt);
    if (subject) return { cue, subject, side: 'right', inherit: false };
    if (cue.gerund || cue.first === start) return { cue, subject: null, side: 'right', inherit: true };
  }
  // “This is fantastic!” beamed Donald Hartley: an unlisted verb, then the speaker's name.
  const verb = tokens[start];
  const named =
    verb &&
    verb.text.length > 2 &&
    verb.text.endsWith('ed') &&
    isLowerCaseWord(verb.text) &&
    start <= s.rightFrom + 1
      ? ctx.startingAt(start + 1)
      : undefined;
  if (named && /[,?!]/.test(s.innerEnd)) {
    const subject: Phrase = { first: named.first, last: named.last, kind: 'name', mention: named };
    return {
      cue: { first: start, last: start + 1, according: false, gerund: false },
      subject,
      side: 'right',
      inherit: false,
    };
  }
  // “...,” he surmised. / “...?” Kim wondered: a speaker and a verb right after the quote.
  if (/[,?!]/.test(s.innerEnd)) {
    const subject = leadingPhrase(ctx, start, Math.min(s.rightTo, start + 6));
    const verb = subject ? tokens[subject.last] : undefined;
    if (
      subject &&
      subject.kind !== 'phrase' &&
      verb?.word &&
      isLowerCaseWord(verb.text) &&
      !STOP_VERBS.has(verb.text)
    ) {
      return {
        cue: { first: subject.last, last: subject.last + 1, according: false, gerund: false },
        subject,
        side: 'right',
        inherit: false,
      };
    }
  }
  return null;
}

/** The token after the last word before `verb` that is not "also", "has" or an -ly adverb. */
function skipBack(tokens: readonly Token[], verb: number, lo: number): number {
  let j = verb;
  while (j - 1 > lo && isSkippableWord(tokens[j - 1] as Token)) j--;
  return j;
}

/** Lower-case words after a name that are not verbs of saying ("he and", "she is"). */
const STOP_VERBS = new Set(
  `and or but is was are were has had have will would can could who which that of in on at for to with the a
  an also not`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The name, pronoun or source phrase that opens tokens `[from, to)` and runs to `to`: the speaker right
 * after a quote ("the conference speaker says", "a Democratic staffer in the room wondered"). Null when
 * the words there are not a subject ("and donations began").
 */
function leadingPhrase(ctx: Context, from: number, to: number): Phrase | null {
  const { tokens } = ctx;
  const t = tokens[from];
  if (!t?.word || from >= to) return null;
  // "Mr Obama said": a title without its full stop opens the name mention that follows it.
  const m = ctx.startingAt(from) ?? titleThenMention(tokens, from, ctx.startingAt);
  if (m && m.last <= to + 8) return { first: from, last: m.last, kind: 'name', mention: m };
  // "columnist Ana Lima wrote": the name after a role noun.
  const named = ROLE_NOUNS.has(t.text) ? ctx.startingAt(from + 1) : undefined;
  if (named && named.last >= to - 1 && named.last <= to + 8)
    return { first: from + 1, last: named.last, kind: 'name', mention: named };
  const pronoun = SUBJECT_PRONOUNS.get(t.text.toLowerCase());
  if (pronoun) return { first: from, last: from + 1, kind: 'pronoun' };
  // "“...,” columnist Ai Jun wrote": a role noun opens the speaker's phrase too.
  if (
    !DETERMINERS.has(t.text.toLowerCase()) &&
    !(isCapitalized(t.text) && !FUNCTION_WORDS.has(t.text)) &&
    !ROLE_NOUNS.has(t.text)
  )
    return null;
  let k = from;
  while (k < to && (tokens[k] as Token).word) k++;
  if (k !== to || k - from > (ROLE_NOUNS.has(t.text) ? 4 : 8)) return null;
  return { first: from, last: k, kind: 'phrase' };
}

/** The name before a bracket that ends at token `close`: "Rep. Trey Gowdy (R-S.C.)". */
function bracketed(ctx: Context, close: number): Mention | undefined {
  for (let k = close - 1; k >= 0 && k > close - 8; k--) {
    if ((ctx.tokens[k] as Token).text === '(') return ctx.endingAt(k);
  }
  return undefined;
}

/**
 * The speaker of an earlier cue whose clause holds the nearer one: in "Cruz said he’s certain Rubio will
 * continue to be “a champion”", Cruz. The earlier cue must have a subject, and nothing but
 * words may stand between it and the nearer cue's subject (a comma or "who" starts another clause).
 */
function outerSpeaker(
  ctx: Context,
  s: Site,
  cues: readonly Cue[],
  inner: Cue,
  innerSubject: Phrase,
): Found | null {
  const { tokens } = ctx;
  const at = cues.indexOf(inner);
  for (const cue of cues.slice(at + 1)) {
    if (cue.according || cue.gerund || WEAK_SPEECH_VERBS.has((tokens[cue.first] as Token).text)) return null;
    for (let k = cue.last; k < innerSubject.first; k++) {
      const t = tokens[k] as Token;
      // "a woman asked for a photo and Clinton said": and/but join two clauses, not a reported one.
      if (!t.word || /^(?:who|which|and|but|or)$/.test(t.text)) return null;
    }
    const subject = subjectBefore(tokens, cue.first, s.leftFrom, ctx.endingAt);
    if (subject) return { cue, subject, side: 'left', inherit: false };
    return null;
  }
  return null;
}

/** The cue before the quote: Kim wrote: “...” / She continued, “...” / Kim claimed that Kanye’s “...” */
function leftCue(ctx: Context, s: Site): Found | null {
  const { tokens } = ctx;
  if (s.leftFrom >= s.open) return null;
  const bounded = boundedByQuote(tokens, s);
  const cues = cuesIn(tokens, s.leftFrom, s.open, s.open);
  const main = bounded ? -1 : mainClause(ctx, s);
  for (const cue of cues) {
    // "After Brown criticized him, Clinton shot back, “...”": a cue in the opening clause is not the quote's.
    if (cue.first < main) break;
    if (cue.according) {
      const subject = subjectAfter(tokens, cue.last - 1, s.open, ctx.startingAt);
      if (subject) return { cue, subject, side: 'left', inherit: false };
      continue;
    }
    if (cue.gerund) {
      // "..., which tried to rally support by saying that voters were “coming out in droves”": the relative
      // clause's antecedent.
      const rel = relativePronounBefore(tokens, cue.first, s.sentenceFrom, (k) => tokens[k]?.quote !== -1);
      const antecedent = rel >= 0 ? antecedentOf(tokens, rel - 1, s.sentenceFrom, ctx.endingAt) : null;
      if (antecedent) return { cue, subject: antecedent, side: 'left', inherit: false };
      // ", saying “...”": the subject of the verb before it ("Spicer said, adding, “...”"), else the
      // subject of the sentence, else the speaker of the quote just before in it.
      const before = cuesIn(tokens, s.sentenceFrom, cue.first, cue.first).find(
        (c) => !c.gerund && !c.according,
      );
      const subject =
        (before && tokens[before.first]?.quote === -1
          ? subjectBefore(tokens, before.first, s.sentenceFrom, ctx.endingAt)
          : null) ?? clauseSubject(tokens, s.sentenceFrom, cue.first, ctx.startingAt);
      return { cue, subject, side: 'left', inherit: !subject };
    }
    // "Rubio was asked by moderator Gerard Baker whether ...": the passive's agent speaks.
    if (tokens[cue.last]?.text === 'by') {
      const agent = subjectAfter(tokens, cue.last, s.open, ctx.startingAt);
      if (agent) return { cue, subject: agent, side: 'left', inherit: false };
    }
    // "Clinton, during a town hall in Columbus, Ohio, said": a sentence that opens with a name and a comma.
    const opener = bounded ? null : clauseSubject(tokens, s.leftFrom, cue.first, ctx.startingAt);
    const openerFirst =
      opener?.kind === 'name' && opener.first === s.leftFrom && tokens[opener.last]?.text === ',';
    const nearest = subjectBefore(tokens, cue.first, s.leftFrom, ctx.endingAt);
    // "Trump, Sexton said, has created a “...”": a name between the opener's comma and the verb speaks.
    const aside = openerFirst && nearest?.kind === 'name' && nearest.first === (opener as Phrase).last + 1;
    let subject = openerFirst && !aside ? opener : nearest;
    // "Trump said Fox executives were calling “every 15 minutes”": the outer speaker reports the words.
    const outer = subject ? outerSpeaker(ctx, s, cues, cue, subject) : null;
    if (outer) return outer;
    if (!subject && s.open - cue.last <= 6 && /^[,:]$/.test((tokens[s.open - 1] as Token).text)) {
      subject = subjectAfter(tokens, cue.first, s.open - 1, ctx.startingAt); // Said Kim: “...”
    }
    if (!subject && !bounded && cue === cues[0])
      subject = clauseSubject(tokens, s.leftFrom, cue.first, ctx.startingAt);
    // "Obama ... said it would tell": "it" is rarely the speaker when a cue before it has one.
    if (
      subject?.kind === 'pronoun' &&
      /^it$/i.test((tokens[subject.first] as Token).text) &&
      cue !== cues[cues.length - 1]
    )
      continue;
    if (subject) return { cue, subject, side: 'left', inherit: false };
    if (bounded && cue === cues[0]) return { cue, subject: null, side: 'left', inherit: true };
  }
  // A colon introduces the quote: Trump boomed: “...” / Clinton: “...”
  const colon = tokens[s.open - 1] as Token;
  if (main >= 0 && (colon.text === ',' || colon.text === ':')) {
    // "When Trump interrupted, Rubio smiled: “...”": the main clause's subject introduces the quote.
    const subject = clauseSubject(tokens, main, s.open - 1, ctx.startingAt);
    if (subject && subject.kind !== 'phrase') return { cue: null, subject, side: 'left', inherit: false };
  }
  const before = tokens[s.open - 2];
  if (colon.text === ':' && (before?.word || before?.text === ')') && s.open - 2 >= s.leftFrom) {
    const named = ctx.endingAt(s.open - 1) ?? (before.text === ')' ? bracketed(ctx, s.open - 2) : undefined);
    if (named)
      return {
        cue: null,
        subject: { first: named.first, last: named.last, kind: 'name', mention: named },
        side: 'left',
        inherit: false,
      };
    // A headline's label: Ana Lima: ‘We Are Full’ — capitalized words alone before the colon, a name the
    // people finder cannot tell in title case.
    const label = s.open - 1 - s.leftFrom;
    if (label >= 2 && label <= 3 && s.leftFrom === s.sentenceFrom) {
      let k = s.leftFrom;
      while (k < s.open - 1 && isNameWord(tokens[k] as Token)) k++;
      if (k === s.open - 1)
        return {
          cue: null,
          subject: { first: s.leftFrom, last: k, kind: 'phrase' },
          side: 'left',
          inherit: false,
        };
    }
    if (isLowerCaseWord(before.text)) {
      const subject =
        subjectBefore(tokens, s.open - 2, s.leftFrom, ctx.endingAt) ??
        clauseSubject(tokens, s.leftFrom, s.open - 2, ctx.startingAt);
      if (subject)
        return {
          cue: { first: s.open - 2, last: s.open - 1, according: false, gerund: false },
          subject,
          side: 'left',
          inherit: false,
        };
    }
  }
  return null;
}

/** Words that open a subordinate clause before a sentence's main clause ("After ..., Clinton said"). */
const SUBORDINATORS = new Set(
  `After When While Before Since Once Although Though Because Until Whereas`.split(/\s+/).filter(Boolean),
);

/**
 * The first token of the main clause of the quote's sentence when the sentence opens with a subordinate
 * clause closed by a comma and a name or pronoun starts the main clause before the quote ("After Brown
 * criticized him, Clinton shot back, “...”"); -1 otherwise.
 */
function mainClause(ctx: Context, s: Site): number {
  const { tokens } = ctx;
  const first = tokens[s.leftFrom] as Token;
  if (!first.word || !SUBORDINATORS.has(first.text)) return -1;
  // Only a quote the main clause introduces with a comma or colon; a quoted fragment keeps its cues.
  const mark = (tokens[s.open - 1] as Token).text;
  if (mark !== ',' && mark !== ':') return -1;
  for (let c = s.leftFrom + 2; c < s.open - 2; c++) {
    if ((tokens[c] as Token).text !== ',') continue;
    const subject = clauseSubject(tokens, c + 1, s.open, ctx.startingAt);
    if (!subject || subject.kind === 'phrase' || subject.first !== c + 1) return -1;
    // The subject's verb follows it ("Clinton shot back"), not a preposition ("Ernst in Iowa, ...").
    let v = subject.last;
    while (v < s.open && isSkippableWord(tokens[v] as Token)) v++;
    const verb = tokens[v] as Token;
    return verb.word && isLowerCaseWord(verb.text) && !STOP_VERBS.has(verb.text) ? c + 1 : -1;
  }
  return -1;
}

/** Whether a token is a capitalized word that is not a function word ("Lima", not "On" or "The"). */
function isNameWord(t: Token): boolean {
  return t.word && isCapitalized(t.text) && !FUNCTION_WORDS.has(t.text);
}

/**
 * Whether quotation `b` continues statement `a`, whose attribution follows it: the writer's words between
 * them are only that attribution, in the same paragraph (“We won,” she said. “It was close.”), and `b`
 * has no attribution of its own.
 */
function canJoin(ctx: Context, a: Site, b: Site): boolean {
  const { tokens } = ctx;
  const lastA = a.q.parts[a.q.parts.length - 1] as QuotePart;
  if (b.para !== lastA.para || a.rightFrom < 0) return false;
  if (!(a.rightMeetsQuote || a.rightTo === b.open)) return false;
  // “Oz is smart,” Mosko wrote in an email, and “full of it.”: a fragment that the same cue governs.
  if (isEmbedded(tokens, b) && cuesIn(tokens, a.rightFrom, b.open, b.open).length !== 1) return false;
  if (rightCue(ctx, b) || b.value) return false;
  return true;
}

/**
 * A quote that opens its sentence with no attribution of its own takes the speaker of the sentence before: its
 * cue's subject ("..., said Alan Abramowitz, a demographer. “He’s trying to appeal ...”"), or its own subject
 * when that is a person followed by a verb ("Betsy Ebeling shook her head. “Tom’s much better about it.”").
 * The sentence before is in the quote's paragraph, or ends the paragraph before when the quote opens its own;
 * from there only a person's name counts. Null when the sentence before holds a quotation (the quote before
 * then carries over) or names no one.
 */
function sentenceBefore(ctx: Context, s: Site): Found | null {
  const { tokens } = ctx;
  if (s.leftFrom !== s.open) return null;
  const end = s.open - 1;
  const last = tokens[end];
  if (!last || last.quote >= 0) return null;
  // The sentence before in the quote's paragraph, or the last of the paragraph before when the quote opens
  // its own ("Howard continued his scathing remarks. ¶ “Eight years ago she was ...”").
  const para = last.para;
  if (para !== s.para && !(para === s.para - 1 && endsSentence(tokens, end))) return null;
  let from = para === s.para ? end : end - 1;
  while (from > 0 && end - from < CONTEXT_TOKENS) {
    const t = tokens[from - 1] as Token;
    if (t.para !== para || endsSentence(tokens, from - 1)) break;
    if (t.quote >= 0) return null;
    from--;
  }
  // From the paragraph before, only a person named as the subject, not a phrase ("... said company leaders
  // had paid attention") nor a possessive's owner.
  const across = para !== s.para;
  for (const cue of cuesIn(tokens, from, end, end)) {
    const subject = cue.according
      ? subjectAfter(tokens, cue.last - 1, end, ctx.startingAt)
      : (subjectBefore(tokens, cue.first, from, ctx.endingAt) ??
        subjectAfter(tokens, cue.first, end, ctx.startingAt));
    if (subject && (!across || namesPerson(tokens, subject, true)))
      return { cue: null, subject, side: 'left', inherit: false };
  }
  // No cue, but a whole sentence whose subject is a person, in the quote's paragraph: "Charles Schultze, ...,
  // once summed up the danger of deficits with a metaphor. “It’s not so much ...”"
  const subject = readWhole(tokens, from, para) ? clauseSubject(tokens, from, end, ctx.startingAt) : null;
  if (subject && namesPerson(tokens, subject, across) && verbAfter(tokens, subject.last, end))
    return { cue: null, subject, side: 'left', inherit: false };
  return null;
}

/**
 * Whether a backward scan over paragraph `para` that stopped at token `from` read its sentence from the start:
 * it reached the text's or the paragraph's start or a sentence end, not the CONTEXT_TOKENS bound.
 */
function readWhole(tokens: readonly Token[], from: number, para: number): boolean {
  const t = tokens[from - 1];
  return !t || t.para !== para || endsSentence(tokens, from - 1);
}

/**
 * Whether a subject phrase is a person's name; with `notOwned`, not a possessive either ("Trump’s
 * reversals ... do not change" is about them, while in the quote's own paragraph "Donald Trump's first tweet
 * was a measured comment. “Really bad shooting ...”" is his).
 */
function namesPerson(tokens: readonly Token[], p: Phrase, notOwned: boolean): boolean {
  return p.kind === 'name' && !(notOwned && endsWithApostropheS((tokens[p.last - 1] as Token).text));
}

/**
 * Whether the paragraphs between paragraphs `a` and `b` (one or two) are lines, not sentences: short, with no
 * full stop, question or exclamation mark, colon or quote mark at their end, as a photo's caption or a heading
 * set between two paragraphs of one speaker's quotes is ("Hori Parata at his farm, the place where he was born").
 */
function onlyLinesBetween(seg: Segments, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  const { text, paragraphs } = seg;
  for (let p = a + 1; p < b; p++) {
    // (Paragraphs are trimmed: `end` follows the last character that is not white space.)
    const para = paragraphs[p] as Paragraph;
    if (para.end - para.start > LINE_CHARS || LINE_ENDS.has(text.charAt(para.end - 1))) return false;
  }
  return true;
}

/** Whether token `i` is the first of its paragraph. */
function opensParagraph(tokens: readonly Token[], i: number): boolean {
  return i === 0 || (tokens[i - 1] as Token).para !== (tokens[i] as Token).para;
}

/** The longest line (in UTF-16 units) that onlyLinesBetween passes over, and the ends that make it a sentence. */
const LINE_CHARS = 160;
const LINE_ENDS = new Set(['.', '!', '?', '…', ':', '"', '”', '’', "'", '»']);

/**
 * Whether a lower-case word follows the subject ending at `k` (after an aside between commas), as a verb does
 * ("Betsy Ebeling shook her head", "Charles Schultze, chairman of ..., once summed up"): a sentence, not a
 * line of names such as a reference list's "Wilson, John (2009)." before a quoted title.
 */
function verbAfter(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]?.text === ',') {
    k++;
    while (k < end && (tokens[k] as Token).text !== ',') k++;
    k++;
  }
  const w = tokens[k];
  return k < end && !!w && w.word && isLowerCaseWord(w.text);
}

/**
 * A clause that ends with a colon introduces the quote after it, at the start of the next paragraph ("Trump
 * added:") or in the same one ("Another respondent highlighted the risks: “...”"): its cue's subject, or
 * the clause's.
 */
function colonBefore(ctx: Context, s: Site): Found | null {
  const { tokens } = ctx;
  const colon = tokens[s.open - 1];
  if (!colon || colon.text !== ':' || colon.quote >= 0) return null;
  if (colon.para !== (s.leftFrom === s.open ? s.para - 1 : s.para)) return null;
  let from = s.open - 1;
  while (from > 0 && s.open - from < CONTEXT_TOKENS) {
    const t = tokens[from - 1] as Token;
    if (t.para !== colon.para || t.quote >= 0 || endsSentence(tokens, from - 1)) break;
    from--;
  }
  for (const cue of cuesIn(tokens, from, s.open - 1, s.open - 1)) {
    const subject =
      subjectBefore(tokens, cue.first, from, ctx.endingAt) ??
      clauseSubject(tokens, from, cue.first, ctx.startingAt);
    if (subject) return { cue, subject, side: 'left', inherit: false };
  }
  // The clause's subject, when the clause was read from its start (or from a quote before it).
  if (!readWhole(tokens, from, colon.para) && (tokens[from - 1] as Token).quote < 0) return null;
  const subject = clauseSubject(tokens, from, s.open - 1, ctx.startingAt);
  return subject ? { cue: null, subject, side: 'left', inherit: false } : null;
}

/**
 * The forms of attribution that do not depend on the language, for a text that is not English: a person's name
 * after the comma that closes the quote, with a few words before it and nothing after it in the sentence but an
 * aside set off by a comma («...», a ajouté Laurent Fabius. “...,” dijo Ana Lima, la ministra.); the words
 * between are the cue. (A noun such as "the minister" needs the language's grammar: not here.)
 */
function nameAfterQuote(ctx: Context, s: Site): Found | null {
  const { tokens } = ctx;
  if (s.rightFrom < 0 || s.rightMeetsQuote) return null;
  let i = s.rightFrom;
  // The comma after the closing mark («...», a dit), or inside it (“...,” dijo); or a question inside it.
  if (tokens[i]?.text === ',') i++;
  else if (s.innerEnd !== ',' && s.innerEnd !== '?' && s.innerEnd !== '!') return null;
  const from = i;
  while (i < s.rightTo && i - from < MAX_CUE_WORDS && isLowerCaseWord(tokens[i]!.text)) i++;
  const m = i > from ? ctx.startingAt(i) : undefined;
  if (!m || m.last > s.rightTo) return null;
  const next = tokens[m.last];
  if (m.last < s.rightTo && next?.text !== ',' && !endsSentence(tokens, m.last)) return null;
  return {
    cue: { first: from, last: i, according: false, gerund: false },
    subject: { first: m.first, last: m.last, kind: 'name', mention: m },
    side: 'right',
    inherit: false,
  };
}

/**
 * The other form for a text that is not English: a person's name, and at most a few words after it, right before
 * the colon that opens the quote (Laurent Fabius a déclaré : « ... », Lineker: “...”).
 */
function nameBeforeColon(ctx: Context, s: Site): Found | null {
  const { tokens } = ctx;
  const colon = s.open - 1;
  if (colon < s.leftFrom || tokens[colon]?.text !== ':') return null;
  let j = colon;
  while (j > s.leftFrom && colon - j < MAX_CUE_WORDS && isLowerCaseWord(tokens[j - 1]!.text)) j--;
  const m = ctx.endingAt(j);
  if (!m || m.first < s.leftFrom) return null;
  return {
    cue: j < colon ? { first: j, last: colon, according: false, gerund: false } : null,
    subject: { first: m.first, last: m.last, kind: 'name', mention: m },
    side: 'left',
    inherit: false,
  };
}

/** Words between a quote and its speaker's name in a text that is not English: a verb, its helper, a day. */
const MAX_CUE_WORDS = 3;

/** Turns a subject phrase into the statement's speaker, resolving names and pronouns to people. */
function toSpeaker(
  seg: Segments,
  phrase: Phrase,
  found: People,
  history: readonly Sighting[],
  spoken: readonly Sighting[],
): Speaker {
  const { text, tokens } = seg;
  const { people } = found;
  const first = tokens[phrase.first] as Token;
  const last = tokens[phrase.last - 1] as Token;
  const mention = span(text, first.start, last.end);
  switch (phrase.kind) {
    case 'name':
      return namedSpeaker(text, phrase.mention as Mention, people);
    case 'pronoun': {
      const g = SUBJECT_PRONOUNS.get(first.text.toLowerCase());
      if (g === 'male' || g === 'female') {
        const p = resolvePronounIn(history, spoken, people, first.start, first.para, g, tokens);
        const person = people[p];
        if (person) return { name: person.name, personId: person.id, mention };
      }
      return { name: writtenName(mention.text), mention };
    }
    case 'phrase': {
      // "the senator said": the person last introduced with that role ("Sen. Ana Lima").
      const person = people[roleReferent(tokens, phrase, found.mentions)];
      if (person) return { name: person.name, personId: person.id, mention };
      return { name: writtenName(mention.text), mention };
    }
    default: {
      const never: never = phrase.kind;
      throw new Error(`unknown phrase kind ${String(never)}`);
    }
  }
}

/** Titles written before a name that stand for a role noun: "Sen. Ana Lima" is "the senator". */
const TITLE_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen', ['senator', 'lawmaker']],
  ['rep', ['representative', 'congressman', 'congresswoman', 'lawmaker']],
  ['gov', ['governor']],
  ['senator', ['lawmaker']],
  ['congressman', ['lawmaker']],
  ['congresswoman', ['lawmaker']],
]);

/** How many name mentions a role description looks back over at most. */
const ROLE_LOOK_BACK = 400;

/**
 * The person a definite role description refers to ("the senator", "the former president", "the Vermont
 * senator"): the one person named before it right after that role word or its title ("Sen. Ana Lima",
 * "President Ana Lima", "Democratic nominee Ana Lima"). The description's capitalized words must be among
 * the few before that name ("Vermont" in "Vermont Sen. Ana Lima"), and "vice" must match too. Returns an
 * index into the people, or -1 when no one or more than one person fits.
 */
function roleReferent(tokens: readonly Token[], phrase: Phrase, mentions: readonly Mention[]): number {
  const the = tokens[phrase.first] as Token;
  if (phrase.last - phrase.first > 5 || (the.text !== 'the' && the.text !== 'The')) return -1;
  const role = (tokens[phrase.last - 1] as Token).text;
  if (!ROLE_NOUNS.has(role)) return -1;
  let ranks = '';
  const marks: string[] = [];
  for (let i = phrase.first + 1; i < phrase.last - 1; i++) {
    const w = (tokens[i] as Token).text;
    const lower = w.toLowerCase();
    if (RANKS.has(lower)) ranks += ` ${lower}`;
    else if (isCapitalized(w)) marks.push(w);
  }
  let hi = mentions.length;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < the.start) lo = mid + 1;
    else hi = mid;
  }
  let found = -1;
  for (let k = lo - 1; k >= 0 && k >= lo - ROLE_LOOK_BACK; k--) {
    const m = mentions[k] as Mention;
    if (m.person < 0 || m.person === found || !introducedAs(tokens, m.first, role, ranks, marks)) continue;
    if (found >= 0) return -1;
    found = m.person;
  }
  return found;
}

/** Words that make a role another one: "vice president", "former president", "deputy director". */
const RANKS = new Set(['vice', 'former', 'deputy', 'assistant', 'acting']);

/**
 * Whether the name at token `first` is written right after `role` or a title standing for it ("Sen.",
 * "President"), with the same rank words before the role as `ranks` (" former", " vice"), and each of
 * `marks` among the three words before the role.
 */
function introducedAs(
  tokens: readonly Token[],
  first: number,
  role: string,
  ranks: string,
  marks: readonly string[],
): boolean {
  let j = first - 1;
  if (tokens[j]?.text === '.') j--;
  const t = tokens[j];
  if (!t?.word) return false;
  const w = t.text.toLowerCase();
  if (w !== role && !TITLE_ROLES.get(w)?.includes(role)) return false;
  const before: string[] = [];
  for (let k = j - 1; k >= 0 && k >= j - 3 && (tokens[k] as Token).word; k--)
    before.push((tokens[k] as Token).text);
  let introRanks = '';
  for (let k = before.length - 1; k >= 0; k--) {
    const lower = (before[k] as string).toLowerCase();
    if (RANKS.has(lower)) introRanks += ` ${lower}`;
  }
  if (introRanks !== ranks) return false;
  return marks.every((mark) => before.includes(mark));
}

/**
 * Whether a quotation is a value rather than words: one stretch without a space that holds no letter ("2",
 * "1382694048000", "://") or is written as code or an address (`status_window`, `/storage/x`,
 * `http://...`, `a=b`). Header values, paths and identifiers in quote marks are not what anybody said.
 */
function isCodeOrNumber(text: string, q: Quotation): boolean {
  if (q.parts.length !== 1) return false;
  const { start, end } = q.parts[0] as QuotePart;
  if (end - start > 200) return false;
  let letter = false;
  let code = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) letter = true;
    else if (c === 47 || c === 95 || c === 92 || c === 61 || c === 64 || c === 35 || c === 123 || c === 60)
      code = true; // / _ \ = @ # { <
  }
  return code || !letter;
}
