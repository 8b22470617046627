/**
 * Where a reported clause ends: at the sentence end, a semicolon, a direct quote, ", according to", a
 * following ", she said", or a clause of the writer's (", and he compared ..."), not at ", and that ...".
 */
import {
  CLAUSE_COORDINATORS,
  CLAUSE_ENDERS_AFTER_COMMA,
  CLAUSE_OPENERS,
  CLAUSE_VERBS,
  FINITE_HINTS,
  NEW_CLAUSE_SUBJECTS,
  OBJECT_CONTENT_VERBS,
  OBJECT_VERBS,
  REPORTING_GERUNDS,
} from '../../lexicon/reporting.ts';
import { NEGATED_CONTRACTION, SPEECH_VERBS } from '../../lexicon/speech-verbs.ts';
import { isCapitalized } from '../../text/chars.ts';
import { mayBeIn, wordShapes } from '../../text/shapes.ts';
import { isDash, type Token } from '../../text/tokens.ts';
import {
  MAX_CONTENT_TOKENS,
  CLOSERS,
  apostropheNearEnd,
  isEnd,
  atEnd,
  isSentenceEnd,
  type Ctx,
} from './context.ts';
import { MAYBE_CUE } from './cue-words.ts';

/**
 * Where the reported clause that starts at token `from` ends (exclusive), inside the sentence `[from, hi)`:
 * at the sentence end, a semicolon or colon, a direct quote, ", according to", a following ", she said", or a
 * comma and a coordinator that opens a new clause of the writer's (", and he compared ..."), but not
 * ", and that ..." which goes on reporting.
 */
export function clauseEnd(ctx: Ctx, from: number, hi: number): number {
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
      // "and" or "but" in any case, lower-cased only when its length and first letter fit.
      const h = t.head | 32;
      if (i > from && t.end - t.start === 3 && (h === 97 || h === 98)) {
        const tl = t.text.toLowerCase();
        if (tl !== 'and' && tl !== 'but') continue;
        // "... and warned against delays", "... and Democrats accused the GOP": the writer goes on.
        const w2 = tokens[i + 1];
        const w3 = tokens[i + 2];
        if (w2?.word && ctx.inQuote[i + 1] === -1) {
          if (isSpokenClauseVerb(w2)) break;
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
    // "closed primaries — those open only to Democrats — deny many voters ...": an aside between two dashes
    // is part of the clause, which goes on after the second.
    if (isDash(tokens, i)) {
      const close = closingDash(ctx, i, hi);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (t.text !== ',' && !isDash(tokens, i)) continue;
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
 * The dash that closes an aside opened by the dash at `open`, in the same sentence and outside quotes, at most
 * `longest` tokens on; -1 when there is none (the dash then ends the clause, or not, as a comma would).
 */
export function closingDash(ctx: Ctx, open: number, hi: number, longest = LONGEST_ASIDE): number {
  const { tokens } = ctx;
  for (let j = open + 1; j < hi && j <= open + longest; j++) {
    const t = tokens[j] as Token;
    if (ctx.inQuote[j] !== -1 || t.text === ';' || t.text === ':' || (isEnd(t) && isSentenceEnd(tokens, j)))
      return -1;
    if (isDash(tokens, j)) return j > open + 1 ? j : -1;
  }
  return -1;
}

/** The most tokens between the two dashes of an aside. */
const LONGEST_ASIDE = 25;

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
    if (
      FINITE_HINTS.has(wl) ||
      CLAUSE_VERBS.has(wl) ||
      OBJECT_CONTENT_VERBS.has(wl) ||
      (apostropheNearEnd(wl) && NEGATED_CONTRACTION.test(wl))
    )
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
  // ", told Reuters", ", assured them": a verb of telling and its hearer right after the comma is the writer's
  // main verb after an aside ("the source, who said he had spoken to people inside, told Reuters").
  const verb = tokens[k] as Token;
  const hearer = tokens[k + 1];
  if (
    OBJECT_VERBS.has(verb.text) &&
    !verb.text.endsWith('ing') &&
    hearer?.word &&
    (isCapitalized(hearer.text) || OBJECT_PRONOUNS.has(hearer.text))
  )
    return true;
  for (let n = k; n < hi && n < k + 5; n++) {
    const t = tokens[n] as Token;
    if (!t.word) return false;
    if (isSpokenClauseVerb(t)) {
      const after = tokens[n + 1];
      return n + 1 >= hi || !after || !after.word || isCapitalized(after.text) || n === k;
    }
  }
  return false;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters']);

/**
 * Whether the clause that ends at token `to` goes on in a direct quote (He said that for young people,
 * “the rate is 51 percent.”): the quote is the statement then, and the clause before it no statement. Not
 * after a colon, which closes the clause ("He said he was too busy: “I have a lot going on.”").
 */
export function runsIntoQuote(ctx: Ctx, to: number, hi: number): boolean {
  for (let i = to; i < hi && i < to + 3; i++) {
    const qi = ctx.inQuote[i] as number;
    if (qi !== -1) return ctx.quoteStatement[qi]?.kind === 'direct';
    const t = ctx.tokens[i] as Token;
    if (t.word || !(t.text === ',' || isDash(ctx.tokens, i))) return false;
  }
  return false;
}

/** Whether a speech verb follows within six words from `k`, before any punctuation ("more than 4 in 10 said"). */
export function speechVerbWithin(ctx: Ctx, k: number, hi: number): boolean {
  const { tokens } = ctx;
  for (let n = k + 1; n < hi && n < k + 7; n++) {
    const t = tokens[n] as Token;
    if (!t.word || ctx.inQuote[n] !== -1) return false;
    if (isSpokenClauseVerb(t)) return true;
  }
  return false;
}

/** The shapes of the words both in SPEECH_VERBS and CLAUSE_VERBS ("said", "added", "argued"). */
const SPOKEN_CLAUSE_SHAPES = wordShapes([...SPEECH_VERBS].filter((w) => CLAUSE_VERBS.has(w)));

/** Whether a token is a speech verb that takes a clause, most words told by their shape alone. */
function isSpokenClauseVerb(t: Token): boolean {
  return mayBeIn(SPOKEN_CLAUSE_SHAPES, t) && SPEECH_VERBS.has(t.text) && CLAUSE_VERBS.has(t.text);
}
