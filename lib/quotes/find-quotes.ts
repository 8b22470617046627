import { DOUBLE_CLOSERS, DOUBLE_OPENERS } from '../lexicon/quote-marks.ts';
import { isSpaceOrEdge, isWordChar } from '../text/chars.ts';
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

type MarkKind = 'double' | 'straight' | 'single' | 'straightSingle';

interface Open {
  kind: MarkKind;
  at: number;
  /** Length of the opening mark: 1, or 2 for '' and ‘‘. */
  width: number;
}

/** Quote marks, two-character ones first: '' (a straight double quote typed as two apostrophes), ‘‘ and ’’. */
const QUOTE_CHAR = /''|‘‘|’’|["'“”„«»‹›‘’]/g;

/** Elisions written with a leading apostrophe, never quotes: ’90s, ’em, ’til, ’cause, rock ’n’ roll. */
const ELISION = /^(?:\d|em\b|til\b|cause\b|bout\b|n\b|tis\b|twas\b|round\b)/i;

/**
 * Finds the quotations in `text`: curly, straight, single and angle quote marks, paired with a stack so
 * quotes nested in quotes stay inside their outer quote. Apostrophes (Kanye’s, the Joneses’, O’Leary,
 * ’90s) are never quote marks. A double quote left open at a paragraph end ends there, unless the next
 * paragraph opens with a quote mark, which continues it. Linear in the length of the text.
 */
export function findQuotes(text: string, paras: readonly Paragraph[]): Quotation[] {
  const pairs: QuotePart[] = [];
  let reopenAt = -1;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Paragraph;
    const reopen = reopenAt;
    reopenAt = -1;
    const stack: Open[] = [];
    // Where each kind of mark sits on the stack, so finding the nearest open mark of a kind is O(1).
    const at: Record<MarkKind, number[]> = { double: [], straight: [], single: [], straightSingle: [] };
    const push = (kind: MarkKind, i: number) => {
      at[kind].push(stack.length);
      stack.push({ kind, at: i, width: c.length });
    };
    const closeTo = (index: number, i: number, closed: boolean) => {
      const o = stack[index] as Open;
      pairs.push(part(text, o, i, i + c.length, p, closed, o.at === reopen));
      for (let k = stack.length - 1; k >= index; k--) at[(stack[k] as Open).kind].pop();
      stack.length = index;
    };
    const find = (kinds: readonly MarkKind[]) => {
      let best = -1;
      for (const kind of kinds) best = Math.max(best, at[kind][at[kind].length - 1] ?? -1);
      return best;
    };
    let c = '';
    QUOTE_CHAR.lastIndex = para.start;
    for (let m = QUOTE_CHAR.exec(text); m && m.index < para.end; m = QUOTE_CHAR.exec(text)) {
      const i = m.index;
      c = m[0];
      const prev = i > para.start ? text.charAt(i - 1) : undefined;
      const next = i + c.length < para.end ? text.charAt(i + c.length) : undefined;
      const low = c === '“' ? find(['double']) : -1;
      if (low >= 0 && text.charAt((stack[low] as Open).at) === '„') {
        closeTo(low, i, true); // „German quotes“ close with a high mark
      } else if (low >= 0 && !isSpaceOrEdge(prev) && (isSpaceOrEdge(next) || /[.,;:!?)]/.test(next ?? ''))) {
        closeTo(low, i, true); // “Apparently not,“ he said: an opening mark typed as a closer
      } else if (DOUBLE_OPENERS.has(c) || c === '‘‘') {
        push('double', i);
      } else if (DOUBLE_CLOSERS.has(c) || c === '’’') {
        const k = find(['double', 'straight']);
        if (k >= 0 && !(isSpaceOrEdge(prev) && isWordChar(next) && (stack[k] as Open).kind === 'straight')) {
          closeTo(k, i, true);
        } else if (isSpaceOrEdge(prev) && !isSpaceOrEdge(next)) {
          push('double', i); // ”Mr. Trump ...: a closing mark typed as an opener
        }
      } else if (c === '"' || c === "''") {
        const k = find(['straight']);
        const curly = find(['double']);
        if (k >= 0) closeTo(k, i, true);
        else if (curly >= 0 && !isSpaceOrEdge(prev) && !isWordChar(next)) {
          closeTo(curly, i, true); // “Mixed marks," he said: a straight mark closes a curly quote
        } else if (prev === '=') {
          // An HTML attribute left in the text (tweet_id="7782..."): skip its value, marks and all.
          const close = text.indexOf('"', i + 1);
          if (close > i && close < para.end) QUOTE_CHAR.lastIndex = close + 1;
        } else if (!isSpaceOrEdge(next)) push('straight', i);
      } else if (c === '‘') {
        if (!isWordChar(prev) && !ELISION.test(text.slice(i + 1, i + 6))) push('single', i);
      } else if (c === '’' || c === "'") {
        if (isWordChar(prev) && isWordChar(next)) continue; // Kanye’s, O’Leary, don't
        const k = find([c === '’' ? 'single' : 'straightSingle']);
        if (k >= 0 && !isSpaceOrEdge(prev) && !isWordChar(next)) {
          closeTo(k, i, true);
        } else if (
          c === "'" &&
          !isWordChar(prev) &&
          isWordChar(next) &&
          !ELISION.test(text.slice(i + 1, i + 6))
        ) {
          push('straightSingle', i);
        }
      }
    }
    // The paragraph ends: an open double quote ends here; single quotes never left open were apostrophes.
    const bottom = Math.min(at.double[0] ?? Infinity, at.straight[0] ?? Infinity);
    if (bottom !== Infinity) {
      const outer = stack[bottom] as Open;
      const nextPara = paras[p + 1];
      pairs.push(part(text, outer, para.end, para.end, p, false, outer.at === reopen));
      if (nextPara && isOpeningMark(text, nextPara.start)) reopenAt = nextPara.start;
    }
  }
  return group(topLevel(pairs));
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

/** A part from its opening mark to `close` (its closing mark, or the paragraph end). */
function part(
  text: string,
  o: Open,
  close: number,
  closeEnd: number,
  para: number,
  closed: boolean,
  reopens: boolean,
): QuotePart {
  const open = o.at;
  let start = open + o.width;
  let end = close;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
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
