/**
 * The cue, then the clause: "Kanye claimed that ...", "He said the tour would be his last", "told
 * reporters that ...", "..., saying the plan would fail": where the content starts (after a hearer, an
 * adjunct, "that") and whether what starts there is a clause.
 */
import {
  ADJUNCT_PREPOSITIONS,
  CLAUSE_COORDINATORS,
  CLAUSE_ENDERS_AFTER_COMMA,
  CLAUSE_OPENERS,
  CLAUSE_VERBS,
  FINITE_HINTS,
  NEW_CLAUSE_SUBJECTS,
  NOT_CLAUSE_AFTER,
  OBJECT_CONTENT_VERBS,
  OBJECT_VERBS,
  REPORTING_GERUNDS,
  SUBORDINATORS,
  THAT_VERBS,
  TIME_WORDS,
  TO_VERBS,
} from '../../lexicon/reporting.ts';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.ts';
import { NEGATED_CONTRACTION, SPEECH_VERBS } from '../../lexicon/speech-verbs.ts';
import { endsWithApostropheS, isCapitalized } from '../../text/chars.ts';
import { isDash, type Token } from '../../text/tokens.ts';
import type { Speaker } from '../../types.ts';
import { clauseEnd, closingDash, runsIntoQuote } from './clause-end.ts';
import {
  apostropheNearEnd,
  atEnd,
  endsInSingleS,
  isPassive,
  isSentenceEnd,
  wordCount,
  type Ctx,
  type Found,
} from './context.ts';
import { cueText, negatedFrom } from './cue-words.ts';
import { subjectOf, GERUND_SUBORDINATORS, DETERMINER_LIKE, opensRelativeAside } from './sources.ts';

const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * "Kanye claimed that his wife ...", "He said the tour would be his last", "told reporters that ...",
 * "..., saying the plan would fail": the cue, then the clause, in the sentence `[lo, hi)`.
 */
export function clauseAfterCue(ctx: Ctx, v: number, lo: number, hi: number): Found | null {
  const { tokens } = ctx;
  const w = cueText(tokens, v);
  // "were mistakenly charged fees": a passive reports nothing of its subject's.
  if (!w.endsWith('ing') && isPassive(tokens, v)) return null;
  // The subject is looked for last, once the words after the cue have made a statement.
  if (isShortAnswer(ctx, v, hi)) {
    const subject = subjectOf(ctx, v, lo, hi);
    return subject ? { parts: [[v + 1, v + 2]], cue: [v, v + 1], speaker: subject } : null;
  }
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
    return relativeBefore(ctx, v, lo) ? gapClause(ctx, v, k, hi, subjectOf(ctx, v, lo, hi)) : null;
  else if (looksLikeClause(ctx, k, hi) || opensWithCondition(ctx, k, hi)) from = k;
  // "Lawmakers have not said when they would take up the bill": after a denied cue, "when" asks a question.
  else if (tokens[k]?.text === 'when' && negatedFrom(tokens, v) < v && looksLikeClause(ctx, k + 1, hi))
    from = k;
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
  // "Ann Lee, who said the harbour would reopen in May, left early": a cue in a relative clause set off by
  // commas reports up to the comma where the main clause's verb comes back.
  else if (inRelativeAside(ctx, v, lo)) to = asideEnd(ctx, from, to);
  const subject = subjectOf(ctx, v, lo, hi);
  return subject ? { parts: [[from, to]], cue: [v, v + 1], speaker: subject } : null;
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

/** Subordinators that may open a reported clause: "said if she is elected, she will ...". */
const CONDITIONS = new Set(['if', 'when', 'once', 'unless', 'although', 'though', 'because', 'while']);

/**
 * Whether a reported clause that opens with a subordinate clause starts at `k` ("Trump said if Clinton is
 * elected, she will ..."): the subordinator, a comma within 20 words, then a clause.
 */
function opensWithCondition(ctx: Ctx, k: number, hi: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t?.word || ctx.inQuote[k] !== -1 || !CONDITIONS.has(t.text.toLowerCase())) return false;
  for (let n = k + 2; n < hi && n < k + 22; n++) {
    const w = tokens[n] as Token;
    if (ctx.inQuote[n] !== -1) return false;
    if (w.text === ',') return looksLikeClause(ctx, n + 1, hi);
    if (!w.word) return false;
    // No comma: "said if elected president he could work with them": a subject pronoun and its verb start
    // the main clause.
    if (NOMINATIVE.has(w.text) && FINITE_HINTS.has(tokens[n + 1]?.text.toLowerCase() ?? '')) return true;
  }
  return false;
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
function gapClause(ctx: Ctx, v: number, k: number, hi: number, speaker: Speaker | null): Found | null {
  if (!speaker) return null;
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

/** Whether the cue at `v` follows ", who" or ", which" (with at most two helping words between). */
function inRelativeAside(ctx: Ctx, v: number, lo: number): boolean {
  const { tokens } = ctx;
  for (let j = v - 1; j - 1 >= lo && j >= v - 3; j--) {
    const t = tokens[j] as Token;
    if (t.text === 'who' || t.text === 'which') return opensRelativeAside(ctx, j, lo);
    if (!t.word || !FINITE_HINTS.has(t.text)) return false;
  }
  return false;
}

/**
 * The first comma outside quotes in `(from, to)` before a verb of the sentence's main clause, once the clause
 * has a verb of its own ("that she and her deputy, Priya Osei, had tried" goes on); else `to`.
 */
function asideEnd(ctx: Ctx, from: number, to: number): number {
  const { tokens } = ctx;
  for (let i = from + 1; i < to; i++) {
    if ((tokens[i] as Token).text !== ',' || ctx.inQuote[i] !== -1) continue;
    const next = tokens[i + 1];
    if (
      next?.word &&
      !isCapitalized(next.text) &&
      (FINITE_HINTS.has(next.text) || /..ed$/.test(next.text)) &&
      hasFiniteVerb(ctx, from, i)
    )
      return i;
  }
  return to;
}

/** The first comma outside quotes in `[from, to)`, with the words before it; `to` when there is none. */
function firstComma(ctx: Ctx, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    if ((ctx.tokens[i] as Token).text === ',' && ctx.inQuote[i] === -1) return i;
  }
  return to;
}

export const OBJECT_PRONOUNS = new Set(
  'him her them me us you reporters journalists supporters voters'.split(' '),
);

/** After "told": the hearer ("reporters", "him", "The Associated Press", "a crowd in Ohio"); the token after. */
export function skipHearer(ctx: Ctx, k: number, hi: number): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t?.word || ctx.inQuote[k] !== -1) return k;
  if (OBJECT_PRONOUNS.has(t.text.toLowerCase())) return k + 1;
  const m = ctx.startingAt(k);
  if (m) return m.last;
  // "told The Post and Courier newspaper of Charleston on Saturday that ...", "told MSNBC's “Morning Joe”
  // that": a longer hearer (a title in quotes allowed), then "that", with no verb of its own in between.
  for (let n = k + 1; n < hi && n < k + 14; n++) {
    const w = tokens[n] as Token;
    const qi = ctx.inQuote[n] as number;
    if (qi !== -1 ? ctx.quoteStatement[qi] !== null : !w.word || FINITE_HINTS.has(w.text.toLowerCase()))
      break;
    if (w.text === 'that' && qi === -1) return n;
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

/** The most tokens between the two dashes of an aside right after a cue ("said — on Twitter — that"). */
const SHORT_ASIDE = 13;

/** Skips time words, a comma pair and a short prepositional phrase before "that" ("said in a statement that"). */
export function skipAdjuncts(ctx: Ctx, k: number, hi: number): number {
  const { tokens } = ctx;
  for (let rounds = 0; rounds < 4 && k < hi; rounds++) {
    const t = tokens[k] as Token;
    if (ctx.inQuote[k] !== -1) return k;
    const lower = t.text.toLowerCase();
    // "said Tuesday that", "complained bitterly that": a time word, or a manner adverb before "that".
    if (t.word && (TIME_WORDS.has(lower) || (lower.endsWith('ly') && tokens[k + 1]?.text === 'that'))) {
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
    // "said — on Twitter, as it happens — that ...": an aside between dashes.
    if (isDash(tokens, k)) {
      const close = closingDash(ctx, k, hi, SHORT_ASIDE);
      if (close < 0) return k;
      k = close + 1;
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
    if (
      FINITE_HINTS.has(wl) ||
      (apostropheNearEnd(wl) && (NEGATED_CONTRACTION.test(wl) || /[’'](?:s|re|ll|d|ve)$/.test(wl)))
    ) {
      if (endsWithApostropheS(wl) && n === k && !SUBJECT_PRONOUNS.has(wl.slice(0, -2)) && wl !== 'there’s')
        continue;
      return true;
    }
    if (n > k && wl.length > 4 && wl.endsWith('ed') && !isCapitalized(w.text)) return true;
    if (n > k && n <= k + 5 && endsInSingleS(wl) && wl.length > 3 && !isCapitalized(w.text)) {
      // "Mrs. Clinton's advantage obscures ...": a present tense after the subject's noun.
      const prev = tokens[n - 1] as Token;
      const pl = prev.text.toLowerCase();
      if (isCapitalized(prev.text) || SUBJECT_PRONOUNS.has(pl)) return true;
      if (
        n > k + 1 &&
        prev.word &&
        !DETERMINER_LIKE.has(pl) &&
        (!pl.endsWith('s') || pl.endsWith('ss')) &&
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
export function clauseStart(ctx: Ctx, from: number, to: number, afterColon = true): number {
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

/** Whether tokens `[from, to)` hold a finite verb (a modal, a form of be/have/do, a past tense). */
export function hasFiniteVerb(ctx: Ctx, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let n = from; n < to; n++) {
    const w = tokens[n] as Token;
    if (!w.word || ctx.inQuote[n] !== -1) continue;
    const wl = w.text.toLowerCase();
    if (
      FINITE_HINTS.has(wl) ||
      (apostropheNearEnd(wl) && (NEGATED_CONTRACTION.test(wl) || /[’'](?:re|ll|d|ve)$/.test(wl)))
    )
      return true;
    if (endsWithApostropheS(wl) && SUBJECT_PRONOUNS.has(wl.slice(0, -2))) return true;
    if (n > from && wl.length > 4 && wl.endsWith('ed') && !isCapitalized(w.text)) return true;
    if (n > from && endsInSingleS(wl) && wl.length > 3 && !isCapitalized(w.text)) {
      const prev = tokens[n - 1] as Token;
      if (isCapitalized(prev.text) || SUBJECT_PRONOUNS.has(prev.text.toLowerCase())) return true;
    }
  }
  return false;
}
