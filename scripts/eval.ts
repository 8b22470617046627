/**
 * `npm run eval [-- --split dev|train] [--out DIR] [--limit N]`: scores `analyze()` against the PolNeAR
 * attribution corpus in /work/shared/corpora/polnear/<split>.jsonl (default split `dev`, default out `.eval`).
 * When the corpus is absent it says so and exits 0. `POLNEAR_DIR` overrides the corpus folder.
 *
 * All offsets are UTF-16 code units into the article text, as in the corpus and the Analysis.
 *
 * Definitions
 *
 * - Gold quotes: attributions with quoted characters, the characters of their content spans that lie inside
 *   double quote marks (“…”, "…", ''…'', «…», „…“), the marks themselves excluded. That is the corpus's
 *   `quoted: true` plus the New York Times' ''…'' quotes, which the corpus flags `quoted: false`. A span whose
 *   quote is not closed counts as quoted up to its end (a quote running on over paragraphs); a span whose first
 *   mark is a closing one counts as quoted from its start (the continuation of such a quote). `quoted: true`
 *   attributions without quoted characters count nowhere.
 * - Quote recall: a gold quote is found when one predicted statement covers at least half of its quoted
 *   characters (statement characters = the union of its spans). Any kind counts, as the parser issue defines
 *   it: a scare or partial quote inside reported speech is part of an `indirect` statement's words (issue 4),
 *   and PolNeAR marks such attributions `quoted: true`.
 * - Quote precision: a predicted `direct`/`partial` statement is correct when at least half of its characters
 *   lie inside the quoted characters of gold quoted attributions (the union over the article).
 * - Speaker accuracy: over found gold quotes whose attribution has a source. The statement covering the most of
 *   the quote is judged. It is right when `speaker.mention` overlaps a gold source span, or `speaker.name`
 *   matches the gold source text or any mention of a coreference chain that has a span overlapping the gold
 *   source. Names match when, case-insensitive, possessive 's and titles (Mr., Sen., President, the, ...)
 *   dropped, one contains the other as whole words ("Tom Clarke" matches "Mr. Clarke"). A speaker name that is
 *   only a pronoun ("he") never matches by name, only by its mention. A statement without a speaker is wrong.
 *   A few gold attributions have source and cue swapped (source "said", cue "Mulgrew"); they are swapped back.
 * - He/she named: statements whose speaker mention is "he" or "she" and overlaps a gold source whose
 *   coreference chain names someone (a mention with a capital letter that is neither a pronoun nor opened by a
 *   determiner or possessive: "Mr. Trump", not "The Republican nominee"). Right when the
 *   speaker's name matches one of those names as above; a pronoun left unresolved is wrong. Speaker accuracy
 *   counts such a speaker right by its mention alone; this says whether the pronoun was resolved to the right
 *   person, the name the popup shows.
 * - Indirect: gold attributions with `quoted: false`, no quoted characters, a source and content. A predicted
 *   `indirect` statement matches a gold one when their overlap is at least half of the longer of the two (gold
 *   length = union of its content spans, predicted length = union of its spans). Recall counts matched gold,
 *   precision matched predictions. Reported speech that holds a scare or partial quote is `indirect` (issue
 *   4) while PolNeAR marks it quoted, so such a statement counts as false; `matchedQuoted` says how many false
 *   ones match a quoted gold attribution that way (a figure beside the table, not part of it).
 *
 * Output: a short table on stdout, `<out>/<split>-report.md` (figures, then every miss with context, grouped
 * by type) and `<out>/<split>-summary.json`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { analyze } from '../lib/index.ts';
import type { Analysis, Span, Statement } from '../lib/index.ts';

/** The corpus folder; `POLNEAR_DIR` overrides it. */
export const CORPUS_DIR = process.env.POLNEAR_DIR ?? '/work/shared/corpora/polnear';

export interface GoldAttribution {
  id: string;
  source: Span[];
  cue: Span[];
  content: Span[];
  quoted: boolean;
}

export interface Article {
  id: string;
  split: string;
  publisher: string;
  date: string;
  title: string;
  text: string;
  attributions: GoldAttribution[];
  chains: Span[][];
}

// ---------------------------------------------------------------------------------------------------------
// Character sets as sorted, disjoint half-open intervals.

/** Sorted, disjoint, non-empty half-open intervals `[start, end)` in UTF-16 code units. */
export type Ranges = Array<[number, number]>;

/** Sorts and merges intervals; empty ones are dropped. */
export function normalize(ranges: Array<[number, number]>): Ranges {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Number of code units in a normalized set. */
export function size(r: Ranges): number {
  let n = 0;
  for (const [s, e] of r) n += e - s;
  return n;
}

/** Number of code units in both normalized sets. */
export function overlap(a: Ranges, b: Ranges): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const [as, ae] = a[i]!;
    const [bs, be] = b[j]!;
    n += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
    if (ae < be) i++;
    else j++;
  }
  return n;
}

export function spansToRanges(spans: readonly Span[]): Ranges {
  return normalize(spans.map((s) => [s.start, s.end]));
}

// ---------------------------------------------------------------------------------------------------------
// Quoted characters of a gold content span.

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

/**
 * The quoted characters of one span of `text` (see the file comment): the stretches inside double quote
 * marks, marks excluded. A straight `"` (or `''`, the New York Times' double quote) opens when the character before it is the span start, a space or an
 * opening bracket/dash and the one after it is not a space; otherwise it closes. An opening mark inside an open
 * quote (a new paragraph of the same quote) keeps the quote open.
 */
export function quotedRanges(text: string, span: Span): Ranges {
  const out: Array<[number, number]> = [];
  let openAt = -1; // offset just after the opening mark, or -1 outside a quote
  let seenMark = false;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    let kind: 'open' | 'close' | null = null;
    let width = 1; // of the mark: 2 for ''
    if (OPENING.has(ch)) {
      // „ is German opening; “ closes a German quote, but English text uses “ to open.
      kind = openAt >= 0 && ch === '“' && text[openAt - 1] === '„' ? 'close' : 'open';
    } else if (CLOSING.has(ch)) kind = 'close';
    else if (ch === STRAIGHT || (ch === "'" && text[i + 1] === "'" && i + 1 < span.end)) {
      width = ch === STRAIGHT ? 1 : 2;
      const before = i > 0 ? text[i - 1]! : ' ';
      const after = i + width < text.length ? text[i + width]! : ' ';
      const opensHere = (/[\s([{—–-]/u.test(before) || i === span.start) && !/\s/u.test(after);
      kind = opensHere ? 'open' : 'close';
    }
    if (kind === 'open') {
      if (openAt < 0) openAt = i + width;
    } else if (kind === 'close') {
      if (openAt >= 0) out.push([openAt, i]);
      else if (!seenMark) out.push([span.start, i]);
      openAt = -1;
    }
    if (kind) seenMark = true;
    i += width - 1;
  }
  if (openAt >= 0) out.push([openAt, span.end]);
  return normalize(out);
}

/** The quoted characters of a gold attribution: the union over its content spans. */
export function goldQuoted(text: string, attribution: GoldAttribution): Ranges {
  return normalize(attribution.content.flatMap((s) => quotedRanges(text, s)));
}

// ---------------------------------------------------------------------------------------------------------
// Speaker matching.

/** Words dropped before names are compared: titles and articles. */
const TITLES = new Set(
  'mr mrs ms miss dr sen senator rep gov governor president gen prof rev the a an'.split(' '),
);
const PRONOUNS = new Set('i me we us you he him his she her it its they them their'.split(' '));

/** The lower-case words of a name, possessive 's and titles dropped. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’']s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !TITLES.has(w));
}

/** True when one name contains the other as whole words (see the file comment). */
export function namesMatch(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const contains = (long: string[], short: string[]) => {
    for (let i = 0; i + short.length <= long.length; i++) {
      if (short.every((w, k) => long[i + k] === w)) return true;
    }
    return false;
  };
  return contains(wa, wb) || contains(wb, wa);
}

function spansOverlap(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

const SPEECH_VERB =
  /^(?:said|says|say|told|added|asked|wrote|explained|noted|continued|argued|stated)[:,]?$/u;

/** The gold source spans, or the cue spans when the annotation swapped them (source "said", cue "Mulgrew"). */
export function goldSource(gold: GoldAttribution): Span[] {
  const text = (spans: Span[]) => spans.map((s) => s.text.trim()).join(' ');
  const swapped =
    SPEECH_VERB.test(text(gold.source)) && gold.cue.length > 0 && !SPEECH_VERB.test(text(gold.cue));
  return swapped ? gold.cue : gold.source;
}

/** Whether the statement's speaker is the gold source (see the file comment). */
export function speakerRight(statement: Statement, gold: GoldAttribution, chains: Span[][]): boolean {
  const speaker = statement.speaker;
  if (!speaker) return false;
  const source = goldSource(gold);
  if (speaker.mention && source.some((s) => spansOverlap(s, speaker.mention!))) return true;
  if (words(speaker.name).every((w) => PRONOUNS.has(w))) return false;
  const names = source.map((s) => s.text);
  for (const chain of chains) {
    if (chain.some((m) => source.some((s) => spansOverlap(m, s)))) names.push(...chain.map((m) => m.text));
  }
  return names.some((n) => namesMatch(speaker.name, n));
}

// ---------------------------------------------------------------------------------------------------------
// Scoring one article.

const isQuote = (s: Statement) => s.kind === 'direct' || s.kind === 'partial';

export interface ArticleScore {
  article: Article;
  analysis: Analysis | null;
  error?: string;
  ms: number;
  quote: { gold: number; found: number; predicted: number; correct: number };
  speaker: { judged: number; right: number; missing: number };
  /** Statements whose speaker is a pronoun standing for a gold source named in its chain (see pronounNamed). */
  pronoun: { judged: number; right: number };
  indirect: { gold: number; found: number; predicted: number; correct: number; matchedQuoted: number };
  missedQuotes: Array<{ gold: GoldAttribution; quoted: Ranges; best: Statement | null; covered: number }>;
  falseQuotes: Statement[];
  wrongSpeakers: Array<{ gold: GoldAttribution; statement: Statement }>;
  missedIndirect: GoldAttribution[];
  falseIndirect: Statement[];
}

export function scoreArticle(
  article: Article,
  analysis: Analysis | null,
): Omit<ArticleScore, 'ms' | 'error'> {
  const { text } = article;
  const statements = analysis?.statements ?? [];
  const all = statements.map((s) => ({ s, r: spansToRanges(s.spans) }));
  const quotes = all.filter((p) => isQuote(p.s));
  const indirect = statements
    .filter((s) => s.kind === 'indirect')
    .map((s) => ({ s, r: spansToRanges(s.spans) }));

  const gold = article.attributions.map((a) => ({ a, q: goldQuoted(text, a) }));
  const goldQuotes = gold.filter((g) => size(g.q) > 0);
  const goldIndirect = gold
    .filter((g) => !g.a.quoted && size(g.q) === 0 && g.a.source.length > 0 && g.a.content.length > 0)
    .map(({ a }) => ({ a, r: spansToRanges(a.content) }));

  const score: Omit<ArticleScore, 'ms' | 'error'> = {
    article,
    analysis,
    quote: { gold: goldQuotes.length, found: 0, predicted: quotes.length, correct: 0 },
    speaker: { judged: 0, right: 0, missing: 0 },
    pronoun: { judged: 0, right: 0 },
    indirect: {
      gold: goldIndirect.length,
      found: 0,
      predicted: indirect.length,
      correct: 0,
      matchedQuoted: 0,
    },
    missedQuotes: [],
    falseQuotes: [],
    wrongSpeakers: [],
    missedIndirect: [],
    falseIndirect: [],
  };

  for (const g of goldQuotes) {
    let best: Statement | null = null;
    let covered = 0;
    for (const p of all) {
      const n = overlap(p.r, g.q);
      if (n > covered) [best, covered] = [p.s, n];
    }
    if (best && covered * 2 >= size(g.q)) {
      score.quote.found++;
      if (g.a.source.length > 0) {
        score.speaker.judged++;
        if (speakerRight(best, g.a, article.chains)) score.speaker.right++;
        else {
          if (!best.speaker) score.speaker.missing++;
          score.wrongSpeakers.push({ gold: g.a, statement: best });
        }
      }
    } else score.missedQuotes.push({ gold: g.a, quoted: g.q, best, covered });
  }
  const allQuoted = normalize(goldQuotes.flatMap((g) => g.q));
  for (const p of quotes) {
    if (overlap(p.r, allQuoted) * 2 >= size(p.r) && size(p.r) > 0) score.quote.correct++;
    else score.falseQuotes.push(p.s);
  }

  const matches = (a: Ranges, b: Ranges) => overlap(a, b) * 2 >= Math.max(size(a), size(b));
  for (const g of goldIndirect) {
    if (indirect.some((p) => matches(p.r, g.r))) score.indirect.found++;
    else score.missedIndirect.push(g.a);
  }
  const quotedContent = gold
    .filter((g) => g.a.source.length > 0 && g.a.content.length > 0 && (g.a.quoted || size(g.q) > 0))
    .map((g) => spansToRanges(g.a.content));
  for (const p of indirect) {
    if (goldIndirect.some((g) => matches(p.r, g.r))) score.indirect.correct++;
    else {
      score.falseIndirect.push(p.s);
      if (quotedContent.some((r) => matches(p.r, r))) score.indirect.matchedQuoted++;
    }
  }
  for (const s of statements) {
    const named = pronounNamed(article, s);
    if (named === null) continue;
    score.pronoun.judged++;
    if (named) score.pronoun.right++;
  }
  return score;
}

const HE_OR_SHE = /^(?:he|she)$/i;

/**
 * Whether a coreference mention names someone: it has a capital letter, is not a pronoun, and does not open
 * with a determiner or a possessive ("The Republican nominee", "his campaign" describe; "Mr. Trump" names).
 */
function isNameMention(text: string): boolean {
  const first =
    text
      .trim()
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)[0] ?? '';
  if (!/\p{Lu}/u.test(text) || DESCRIPTION_OPENERS.has(first)) return false;
  const named = words(text);
  return named.length > 0 && !named.every((w) => PRONOUNS.has(w));
}

const DESCRIPTION_OPENERS = new Set(
  'the a an this that these those his her their its our my your one some many'.split(' '),
);

/**
 * For a statement whose speaker's mention is "he" or "she" and lies on a gold source whose coreference chain
 * names someone (isNameMention): whether the speaker's name is one of those names (namesMatch). Null for any
 * other statement. Speaker accuracy counts a pronoun speaker right by its mention alone; this says whether the
 * pronoun was resolved to the right person, as the popup shows it.
 */
export function pronounNamed(article: Article, statement: Statement): boolean | null {
  const speaker = statement.speaker;
  const mention = speaker?.mention;
  if (!speaker || !mention || !HE_OR_SHE.test(mention.text)) return null;
  const gold = article.attributions.find((g) => goldSource(g).some((s) => spansOverlap(s, mention)));
  if (!gold) return null;
  const source = goldSource(gold);
  const chain = article.chains.find((c) => c.some((m) => source.some((s) => spansOverlap(m, s))));
  const names = (chain ?? []).map((m) => m.text).filter(isNameMention);
  if (names.length === 0) return null;
  return !words(speaker.name).every((w) => PRONOUNS.has(w)) && names.some((n) => namesMatch(speaker.name, n));
}

// ---------------------------------------------------------------------------------------------------------
// Figures and the report.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(correct: number, predicted: number, found: number, gold: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? found / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function total<K extends 'quote' | 'indirect'>(scores: ArticleScore[], key: K) {
  const t = { gold: 0, found: 0, predicted: 0, correct: 0 };
  for (const s of scores) {
    t.gold += s[key].gold;
    t.found += s[key].found;
    t.predicted += s[key].predicted;
    t.correct += s[key].correct;
  }
  return t;
}

export function summarize(split: string, scores: ArticleScore[]) {
  const quote = total(scores, 'quote');
  const indirect = {
    ...total(scores, 'indirect'),
    matchedQuoted: scores.reduce((n, s) => n + s.indirect.matchedQuoted, 0),
  };
  const speaker = { judged: 0, right: 0, missing: 0 };
  const pronoun = { judged: 0, right: 0 };
  for (const s of scores) {
    speaker.judged += s.speaker.judged;
    speaker.right += s.speaker.right;
    speaker.missing += s.speaker.missing;
    pronoun.judged += s.pronoun.judged;
    pronoun.right += s.pronoun.right;
  }
  const ms = scores.map((s) => s.ms);
  return {
    split,
    articles: scores.length,
    errors: scores.filter((s) => s.error).length,
    analyzeMs: { total: round(ms.reduce((a, b) => a + b, 0)), max: round(Math.max(0, ...ms)) },
    quote: { ...quote, ...roundAll(prf(quote.correct, quote.predicted, quote.found, quote.gold)) },
    speaker: { ...speaker, accuracy: round(speaker.judged ? speaker.right / speaker.judged : 0, 4) },
    pronoun: { ...pronoun, accuracy: round(pronoun.judged ? pronoun.right / pronoun.judged : 0, 4) },
    indirect: {
      ...indirect,
      ...roundAll(prf(indirect.correct, indirect.predicted, indirect.found, indirect.gold)),
    },
  };
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function roundAll(p: Prf): Prf {
  return { precision: round(p.precision, 4), recall: round(p.recall, 4), f1: round(p.f1, 4) };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export function table(summary: ReturnType<typeof summarize>): string {
  const { quote, speaker, pronoun, indirect } = summary;
  const rows = [
    ['', 'P', 'R', 'F1', 'counts'],
    [
      'quotes',
      pct(quote.precision),
      pct(quote.recall),
      pct(quote.f1),
      `${quote.correct}/${quote.predicted} pred ok, ${quote.found}/${quote.gold} gold found`,
    ],
    [
      'speaker acc',
      '',
      '',
      pct(speaker.accuracy),
      `${speaker.right}/${speaker.judged} right (${speaker.missing} without speaker)`,
    ],
    [
      'he/she named',
      '',
      '',
      pct(pronoun.accuracy),
      `${pronoun.right}/${pronoun.judged} resolved to the person the gold chain names`,
    ],
    [
      'indirect',
      pct(indirect.precision),
      pct(indirect.recall),
      pct(indirect.f1),
      `${indirect.correct}/${indirect.predicted} pred ok, ${indirect.found}/${indirect.gold} gold found`,
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}

/** The text around `[start, end)` within its paragraph, the target between ⟦ ⟧, on one line. */
export function context(text: string, start: number, end: number, margin = 160): string {
  const paraStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const paraEnd = nl < 0 ? text.length : nl;
  const from = Math.max(paraStart, start - margin);
  const to = Math.min(paraEnd, end + margin);
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  return (
    (from > paraStart ? '…' : '') +
    flat(text.slice(from, start)) +
    '⟦' +
    flat(text.slice(start, end)) +
    '⟧' +
    flat(text.slice(end, to)) +
    (to < paraEnd ? '…' : '')
  );
}

const spanList = (spans: readonly Span[]) => spans.map((s) => JSON.stringify(s.text)).join(' + ') || '(none)';

function speakerText(s: Statement): string {
  if (!s.speaker) return '(none)';
  const m = s.speaker.mention
    ? ` [mention ${JSON.stringify(s.speaker.mention.text)}@${s.speaker.mention.start}]`
    : '';
  return `${JSON.stringify(s.speaker.name)}${m}`;
}

const MAX_INDIRECT_LISTED = 300;

export function report(summary: ReturnType<typeof summarize>, scores: ArticleScore[]): string {
  const out: string[] = [];
  out.push(`# whosaid eval: PolNeAR ${summary.split}`, '');
  out.push('Definitions: see the doc comment of scripts/eval.ts.', '');
  out.push('```text', table(summary), '```', '');
  out.push(
    `${summary.indirect.matchedQuoted} of the false indirect statements match a quoted gold attribution ` +
      '(reported speech holding a scare or partial quote, which PolNeAR marks quoted).',
    '',
  );
  out.push(
    `${summary.articles} articles, ${summary.errors} analyze() errors, analyze() total ${summary.analyzeMs.total} ms ` +
      `(slowest article ${summary.analyzeMs.max} ms).`,
    '',
  );

  const errors = scores.filter((s) => s.error);
  if (errors.length) {
    out.push(`## analyze() threw (${errors.length})`, '');
    for (const s of errors) out.push(`- ${s.article.id}: ${s.error}`);
    out.push('');
  }

  const missed = scores.flatMap((s) => s.missedQuotes.map((m) => ({ s, m })));
  out.push(`## Missed quotes (${missed.length})`, '');
  out.push(
    'Gold quoted content between ⟦ ⟧; "best" is the predicted quote statement covering most of it.',
    '',
  );
  const missedGroups: Array<[string, typeof missed]> = [
    ['No quote statement overlaps', missed.filter(({ m }) => !m.best)],
    ['Covered less than half', missed.filter(({ m }) => m.best)],
  ];
  for (const [title, group] of missedGroups) {
    out.push(`### ${title} (${group.length})`, '');
    for (const { s, m } of group) {
      const first = m.gold.content[0]!;
      const last = m.gold.content[m.gold.content.length - 1]!;
      out.push(
        `- **${s.article.id}** ${m.gold.id}: source ${spanList(m.gold.source)}, cue ${spanList(m.gold.cue)}`,
      );
      out.push(`  - ${context(s.article.text, first.start, last.end)}`);
      if (m.best) {
        out.push(
          `  - best: ${m.best.kind} covering ${m.covered}/${size(m.quoted)} quoted chars: ${JSON.stringify(m.best.text)}`,
        );
      }
    }
    out.push('');
  }

  const falses = scores.flatMap((s) => s.falseQuotes.map((st) => ({ s, st })));
  out.push(`## False quote statements (${falses.length})`, '');
  for (const { s, st } of falses) {
    const first = st.spans[0];
    const last = st.spans[st.spans.length - 1];
    out.push(`- **${s.article.id}** ${st.id} ${st.kind}, speaker ${speakerText(st)}`);
    if (first && last) out.push(`  - ${context(s.article.text, first.start, last.end)}`);
  }
  out.push('');

  const wrong = scores.flatMap((s) => s.wrongSpeakers.map((w) => ({ s, w })));
  out.push(`## Wrong speakers (${wrong.length})`, '');
  out.push('Gold source between ⟦ ⟧ in its sentence, then the quote; predicted speaker and cue.', '');
  const wrongGroups: Array<[string, typeof wrong]> = [
    ['No speaker', wrong.filter(({ w }) => !w.statement.speaker)],
    ['Another speaker', wrong.filter(({ w }) => w.statement.speaker)],
  ];
  for (const [title, group] of wrongGroups) {
    out.push(`### ${title} (${group.length})`, '');
    for (const { s, w } of group) {
      const source = goldSource(w.gold);
      const src = source[0]!;
      const c = w.gold.content[0]!;
      const cue = w.statement.cue ? JSON.stringify(w.statement.cue.text) : 'none';
      out.push(
        `- **${s.article.id}** ${w.statement.id}: gold ${spanList(source)} (cue ${spanList(w.gold.cue)}) ` +
          `vs predicted ${speakerText(w.statement)} (cue ${cue})`,
      );
      out.push(`  - source: ${context(s.article.text, src.start, src.end, 120)}`);
      if (Math.abs(c.start - src.start) > 200)
        out.push(`  - quote: ${context(s.article.text, c.start, c.end, 60)}`);
    }
    out.push('');
  }

  const missedInd = scores.flatMap((s) => s.missedIndirect.map((g) => ({ s, g })));
  out.push(`## Missed indirect (${missedInd.length})`, '');
  if (missedInd.length > MAX_INDIRECT_LISTED) out.push(`(first ${MAX_INDIRECT_LISTED} listed)`, '');
  for (const { s, g } of missedInd.slice(0, MAX_INDIRECT_LISTED)) {
    const first = g.content[0]!;
    const last = g.content[g.content.length - 1]!;
    out.push(`- **${s.article.id}** ${g.id}: source ${spanList(g.source)}, cue ${spanList(g.cue)}`);
    out.push(`  - ${context(s.article.text, first.start, last.end, 80)}`);
  }
  out.push('');

  const falseInd = scores.flatMap((s) => s.falseIndirect.map((st) => ({ s, st })));
  out.push(`## False indirect statements (${falseInd.length})`, '');
  if (falseInd.length > MAX_INDIRECT_LISTED) out.push(`(first ${MAX_INDIRECT_LISTED} listed)`, '');
  for (const { s, st } of falseInd.slice(0, MAX_INDIRECT_LISTED)) {
    const first = st.spans[0];
    const last = st.spans[st.spans.length - 1];
    out.push(`- **${s.article.id}** ${st.id}, speaker ${speakerText(st)}`);
    if (first && last) out.push(`  - ${context(s.article.text, first.start, last.end, 80)}`);
  }
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------

export function readCorpus(split: string): Article[] | null {
  const file = join(CORPUS_DIR, `${split}.jsonl`);
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'dev' },
      out: { type: 'string', default: '.eval' },
      limit: { type: 'string' },
    },
  });
  const split = values.split;
  if (split !== 'dev' && split !== 'train') {
    console.error(`--split must be dev or train, not ${JSON.stringify(split)}`);
    process.exit(2);
  }
  const articles = readCorpus(split);
  if (!articles) {
    console.log(`PolNeAR corpus not found at ${join(CORPUS_DIR, `${split}.jsonl`)}; nothing to evaluate.`);
    return;
  }
  const limit = values.limit ? Number(values.limit) : articles.length;
  const scores: ArticleScore[] = [];
  for (const article of articles.slice(0, limit)) {
    let analysis: Analysis | null = null;
    let error: string | undefined;
    const t0 = performance.now();
    try {
      analysis = analyze(article.text);
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    const ms = performance.now() - t0;
    scores.push({ ...scoreArticle(article, analysis), ms, ...(error ? { error } : {}) });
  }
  const summary = summarize(split, scores);
  mkdirSync(values.out, { recursive: true });
  const reportPath = join(values.out, `${split}-report.md`);
  const summaryPath = join(values.out, `${split}-summary.json`);
  writeFileSync(reportPath, report(summary, scores));
  writeFileSync(summaryPath, JSON.stringify(summary, null, 2) + '\n');
  console.log(`PolNeAR ${split}: ${summary.articles} articles, ${summary.errors} errors`);
  console.log(table(summary));
  console.log(`report: ${reportPath}\nsummary: ${summaryPath}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
