import { DOUBLE_OPENERS } from '../lexicon/quote-marks.ts';
import { isSpaceCode, isSpaceOrEdge, isWordCode } from '../text/chars.ts';
import type { Paragraph } from '../text/paragraphs.ts';

/**
 * One stretch of quoted text inside one paragraph. `open`/`close` are the offsets of the marks
 * (`close` is the paragraph end when the quote was left open); `start`/`end` bound the words inside.
 */
export interface QuotePart {
  open: number;
  close: number;
  /** Offset just after the closing mark (the paragraph end when left open). */
  closeEnd: number;
  start: number;
  end: number;
  para: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  /** True when this part reopens a quote left open at the end of the previous paragraph. */
  reopens: boolean;
}

/** A quotation: one or more parts (a quote that runs over several paragraphs has one part per paragraph). */
export interface Quotation {
  parts: QuotePart[];
}

/** The kinds of opening mark on the stack: “ (or „ « ‹ ‘‘), ", ‘ and '. */
const DOUBLE = 0;
const STRAIGHT = 1;
const SINGLE = 2;
const STRAIGHT_SINGLE = 3;

/** Elisions written with a leading apostrophe, never quotes: ’90s, ’em, ’til, ’cause, rock ’n’ roll. */
const ELISION = /^(?:\d|em\b|til\b|cause\b|bout\b|n\b|tis\b|twas\b|round\b)/i;

/** Every character that may be a quote mark. The regex engine finds the next one faster than a loop. */
const QUOTE_CHAR = /["'“”„«»‹›‘’]/g;

/** The offset of the first quote mark at or after `from`, or the text's length. */
function nextMark(text: string, from: number): number {
  QUOTE_CHAR.lastIndex = from;
  return QUOTE_CHAR.test(text) ? QUOTE_CHAR.lastIndex - 1 : text.length;
}

/** White space, or no character at all (-1: the paragraph's edge). */
function isSpaceOrEdgeCode(c: number): boolean {
  return c < 0 || isSpaceCode(c);
}

/** A letter or digit (-1, the paragraph's edge, is none). */
function isWordAt(c: number): boolean {
  return c >= 0 && isWordCode(c);
}

/**
 * Whether the straight mark at `i` opens a string in code: it follows an opening parenthesis or bracket
 * written against a name (`log("Fetch failed!")`, `require('fs')`, `headers["ETag"]`), which prose never
 * writes. What code passes to a function is not what anybody said.
 */
function isCodeString(text: string, i: number, paraStart: number): boolean {
  if (i - 2 < paraStart) return false;
  const prev = text.charCodeAt(i - 1);
  if (prev !== 40 && prev !== 91) return false;
  const before = text.charCodeAt(i - 2);
  return isWordCode(before) || before === 95 || before === 36 || before === 41 || before === 93;
}

/**
 * Whether the straight double mark at `i` opens a name or a value of JSON data: `{ "href": "https://..." }`.
 * A name follows "{" or "," (or "[") and is closed right before a colon; a value follows a colon that closes a
 * quoted name. What data holds is not what anybody said.
 */
function isJsonString(text: string, i: number, paraStart: number, paraEnd: number): boolean {
  const before = charBefore(text, i, paraStart);
  if (before >= 0 && text.charCodeAt(before) === 58) {
    // A value: the name before the colon is itself a JSON name (opened after "{", "," or "[").
    const nameEnd = charBefore(text, before, paraStart);
    if (nameEnd < 0 || text.charCodeAt(nameEnd) !== 34) return false;
    const nameStart = text.lastIndexOf('"', nameEnd - 1);
    return nameStart >= paraStart && opensData(text, charBefore(text, nameStart, paraStart));
  }
  if (!opensData(text, before)) return false;
  const close = text.indexOf('"', i + 1);
  return close > i && close + 1 < paraEnd && text.charCodeAt(close + 1) === 58;
}

/** The offset of the last character before `i` that is not a space, not before `paraStart`; -1 if none. */
function charBefore(text: string, i: number, paraStart: number): number {
  let b = i - 1;
  while (b >= paraStart && text.charCodeAt(b) === 32) b--;
  return b >= paraStart ? b : -1;
}

/** Whether the character at `at` is "{", "," or "[", which come before a name in JSON data. */
function opensData(text: string, at: number): boolean {
  const c = at >= 0 ? text.charCodeAt(at) : -1;
  return c === 123 || c === 44 || c === 91;
}

/**
 * The marks open in one paragraph, innermost last, with where each kind sits on the stack, so finding the
 * nearest open mark of a kind is O(1). One per `findQuotes` call, cleared for each paragraph.
 */
class OpenMarks {
  readonly kind: number[] = [];
  readonly at: number[] = [];
  /** Length of the opening mark: 1, or 2 for '' and ‘‘. */
  readonly width: number[] = [];
  readonly ofKind: number[][] = [[], [], [], []];

  clear(): void {
    if (this.kind.length > 0) this.popTo(0);
  }

  push(kind: number, at: number, width: number): void {
    (this.ofKind[kind] as number[]).push(this.kind.length);
    this.kind.push(kind);
    this.at.push(at);
    this.width.push(width);
  }

  /** The stack index of the innermost open mark of `kind`, or -1. */
  find(kind: number): number {
    const k = this.ofKind[kind] as number[];
    return k.length > 0 ? (k[k.length - 1] as number) : -1;
  }

  /** Drops the mark at `index` and every mark opened after it. */
  popTo(index: number): void {
    // pop(), not setting the length: that is a runtime call.
    while (this.kind.length > index) {
      (this.ofKind[this.kind.pop() as number] as number[]).pop();
      this.at.pop();
      this.width.pop();
    }
  }
}

/**
 * Finds the quotations in `text`: curly, straight, single and angle quote marks, paired with a stack so
 * quotes nested in quotes stay inside their outer quote. Apostrophes (Kanye’s, the Joneses’, O’Leary,
 * ’90s) are never quote marks. A double quote left open at a paragraph end ends there, unless the next
 * paragraph opens with a quote mark, which continues it. Linear in the length of the text.
 */
export function findQuotes(text: string, paras: readonly Paragraph[]): Quotation[] {
  const pairs: QuotePart[] = [];
  const open = new OpenMarks();
  let reopenAt = -1;
  // The next quote mark in the text: paragraphs without one cost nothing.
  let mark = -1;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Paragraph;
    const reopen = reopenAt;
    reopenAt = -1;
    open.clear();
    if (mark < para.start) mark = nextMark(text, para.start);
    while (mark < para.end) {
      const i = mark;
      const code = text.charCodeAt(i);
      // Two-character marks first: '' (a straight double quote typed as two apostrophes), ‘‘ and ’’.
      const width =
        (code === 39 || code === 0x2018 || code === 0x2019) && text.charCodeAt(i + 1) === code ? 2 : 1;
      const prev = i > para.start ? text.charCodeAt(i - 1) : -1;
      const next = i + width < para.end ? text.charCodeAt(i + width) : -1;
      let after = i + width;
      const low = code === 0x201c ? open.find(DOUBLE) : -1;
      if (low >= 0 && text.charCodeAt(open.at[low] as number) === 0x201e) {
        closeTo(text, pairs, open, low, i, width, p, reopen); // „German quotes“ close with a high mark
      } else if (
        low >= 0 &&
        !isSpaceOrEdgeCode(prev) &&
        (isSpaceOrEdgeCode(next) ||
          next === 46 ||
          next === 44 ||
          next === 59 ||
          next === 58 ||
          next === 33 ||
          next === 63 ||
          next === 41)
      ) {
        closeTo(text, pairs, open, low, i, width, p, reopen); // “Apparently not,“ he said: an opening mark typed as a closer
      } else if (
        code === 0x201c ||
        code === 0x201e ||
        code === 0xab ||
        code === 0x2039 ||
        (code === 0x2018 && width === 2)
      ) {
        open.push(DOUBLE, i, width); // “ „ « ‹ ‘‘
      } else if (code === 0x201d || code === 0xbb || code === 0x203a || (code === 0x2019 && width === 2)) {
        // ” » › ’’
        const k = Math.max(open.find(DOUBLE), open.find(STRAIGHT));
        if (k >= 0 && !(isSpaceOrEdgeCode(prev) && isWordAt(next) && open.kind[k] === STRAIGHT)) {
          closeTo(text, pairs, open, k, i, width, p, reopen);
        } else if (isSpaceOrEdgeCode(prev) && !isSpaceOrEdgeCode(next)) {
          open.push(DOUBLE, i, width); // ”Mr. Trump ...: a closing mark typed as an opener
        }
      } else if (code === 34 || width === 2) {
        // " or ''
        const k = open.find(STRAIGHT);
        const curly = open.find(DOUBLE);
        if (k >= 0) closeTo(text, pairs, open, k, i, width, p, reopen);
        else if (curly >= 0 && !isSpaceOrEdgeCode(prev) && !isWordAt(next)) {
          closeTo(text, pairs, open, curly, i, width, p, reopen); // “Mixed marks," he said: a straight mark closes a curly quote
        } else if (
          prev === 61 ||
          (width === 1 && (isCodeString(text, i, para.start) || isJsonString(text, i, para.start, para.end)))
        ) {
          // An HTML attribute left in the text (tweet_id="7782..."), a string in code or a JSON name or value:
          // skip it, marks and all.
          const close = text.indexOf('"', i + 1);
          if (close > i && close < para.end) after = close + 1;
        } else if (!isSpaceOrEdgeCode(next) && !(prev === 40 && next === 41)) open.push(STRAIGHT, i, width);
      } else if (code === 0x2018) {
        if (!isWordAt(prev) && !ELISION.test(text.slice(i + 1, i + 6))) open.push(SINGLE, i, width);
      } else if (!(isWordAt(prev) && isWordAt(next))) {
        // ’ or ' that is not an apostrophe inside a word (Kanye’s, O’Leary, don't)
        const k = open.find(code === 0x2019 ? SINGLE : STRAIGHT_SINGLE);
        if (k >= 0 && !isSpaceOrEdgeCode(prev) && !isWordAt(next)) {
          closeTo(text, pairs, open, k, i, width, p, reopen);
        } else if (code === 39 && width === 1 && isCodeString(text, i, para.start)) {
          const close = text.indexOf("'", i + 1);
          if (close > i && close < para.end) after = close + 1;
        } else if (
          code === 39 &&
          !isWordAt(prev) &&
          isWordAt(next) &&
          !ELISION.test(text.slice(i + 1, i + 6))
        ) {
          open.push(STRAIGHT_SINGLE, i, width);
        }
      }
      mark = nextMark(text, after);
    }
    // The paragraph ends: an open double quote ends here; single quotes never left open were apostrophes.
    const bottom = Math.min(open.ofKind[DOUBLE]?.[0] ?? Infinity, open.ofKind[STRAIGHT]?.[0] ?? Infinity);
    if (bottom !== Infinity) {
      const at = open.at[bottom] as number;
      const nextPara = paras[p + 1];
      pairs.push(part(text, at, open.width[bottom] as number, para.end, para.end, p, false, at === reopen));
      if (nextPara && isOpeningMark(text, nextPara.start)) reopenAt = nextPara.start;
    }
  }
  return group(topLevel(pairs));
}

/**
 * Closes the mark at stack `index` of paragraph `p` with the mark `[i, i + width)`. (A function of its own,
 * not a closure made per paragraph: tsx and esbuild's keepNames wrap every closure they create.)
 */
function closeTo(
  text: string,
  pairs: QuotePart[],
  open: OpenMarks,
  index: number,
  i: number,
  width: number,
  p: number,
  reopen: number,
): void {
  const at = open.at[index] as number;
  pairs.push(part(text, at, open.width[index] as number, i, i + width, p, true, at === reopen));
  open.popTo(index);
}

/** Whether the character at `at` opens a quote (used for a paragraph that continues an open quote). */
function isOpeningMark(text: string, at: number): boolean {
  const c = text.charAt(at);
  return (
    DOUBLE_OPENERS.has(c) ||
    c === '"' ||
    text.startsWith("''", at) ||
    (c === '”' && !isSpaceOrEdge(text.charAt(at + 1)))
  );
}

/** A part from its opening mark (at `open`, `width` units long) to `close` (its closing mark, or the paragraph end). */
function part(
  text: string,
  open: number,
  width: number,
  close: number,
  closeEnd: number,
  para: number,
  closed: boolean,
  reopens: boolean,
): QuotePart {
  let start = open + width;
  let end = close;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { open, close, closeEnd, start, end, para, closed, reopens };
}

/** Keeps the pairs not nested in another pair, in document order. */
function topLevel(pairs: QuotePart[]): QuotePart[] {
  pairs.sort((a, b) => a.open - b.open || b.close - a.close);
  const out: QuotePart[] = [];
  let reach = -1;
  for (const q of pairs) {
    if (q.open < reach) continue;
    if (q.end <= q.start) continue;
    out.push(q);
    reach = q.close;
  }
  return out;
}

/** Joins a part that reopens a quote to the quotation left open in the paragraph before. */
function group(parts: readonly QuotePart[]): Quotation[] {
  const out: Quotation[] = [];
  for (const q of parts) {
    const last = out[out.length - 1];
    const lastPart = last?.parts[last.parts.length - 1];
    if (last && lastPart && q.reopens && !lastPart.closed && lastPart.para === q.para - 1) last.parts.push(q);
    else out.push({ parts: [q] });
  }
  return out;
}
