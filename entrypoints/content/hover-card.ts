/**
 * Feature: hover or click a highlighted statement and a small card says who said it and how ("Ann Lee —
 * said"), with a Copy button. Keyboard: Alt+Shift+W opens it for the statement at the selection or caret;
 * focus moves into the card, Tab stays in it, Escape closes it and gives focus back. The card lives in a
 * shadow root under one element appended to <html> while it is open, and removed when it closes: it leaves
 * no trace.
 */
import type { ContentScriptContext } from '#imports';
import type { Statement } from '../../lib/types.ts';
import { offsetAt, rangeFor } from '../../page/extract.ts';
import { toRange } from '../../page/highlight.ts';
import { plainAttribution, sourceOf } from '../../protocol/attribution.ts';
import { guarded, reportOnce } from './errors.ts';
import type { Session } from './session.ts';
import { currentRange, statementInRange } from './statement-at-selection.ts';
import { OWN_ELEMENT_ATTRIBUTE } from './watch-page.ts';

/** Pointer rest over a statement before the card opens, and grace time to move into the card (ms). */
const HOVER_OPEN_MS = 450;
const HOVER_CLOSE_MS = 350;

const KIND_WORDS: Record<Statement['kind'], string> = {
  direct: 'quote',
  partial: 'partial quote',
  indirect: 'reported speech',
};

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 22rem; box-sizing: border-box; padding: .6rem .75rem;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff;
  border: 1px solid rgba(0,0,0,.18); border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.18); }
@media (prefers-color-scheme: dark) { .card { color: #f2f2f2; background: #26282b; border-color: rgba(255,255,255,.2); } }
.who { font-weight: 600; }
.how { opacity: .75; }
.words { margin: .35rem 0 .5rem; font-style: italic; overflow-wrap: anywhere; }
.row { display: flex; gap: .5rem; justify-content: flex-end; }
button { font: inherit; font-size: 13px; padding: .2rem .6rem; border-radius: 6px; cursor: pointer;
  border: 1px solid rgba(127,127,127,.5); background: transparent; color: inherit; }
button:focus-visible { outline: 2px solid #2878ff; outline-offset: 1px; }
`;

interface OpenCard {
  statementId: string;
  /** The statement's words, to tell whether a new pass still has it. */
  text: string;
  host: HTMLElement;
  /** What had focus before a keyboard open, to give it back. */
  returnFocus: Element | null;
}

export function hoverCard(ctx: ContentScriptContext, session: Session): void {
  const doc = session.doc;
  let card: OpenCard | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pending: { x: number; y: number } | null = null;

  /** The statement under the viewport point (x, y), from the latest pass; null when none or not ready. */
  const statementAtPoint = (x: number, y: number): Statement | null => {
    const result = session.result;
    if (!result || !session.enabled || !result.reply.analysis.statements.length) return null;
    const point = caretAt(doc, x, y);
    if (!point) return null;
    const offset = offsetAt(result.page, point.node, point.offset);
    // Only what is drawn: quotes (reported speech has no highlight; Alt+Shift+W still reaches it).
    const quoted = result.reply.analysis.statements.filter((s) => s.kind !== 'indirect');
    const statement = offset === null ? null : statementAtOffset(quoted, offset);
    // The caret snaps to the nearest text: past the end of a line is not over the quote.
    return statement && isOver(statement, x, y) ? statement : null;
  };

  const isOver = (statement: Statement, x: number, y: number): boolean => {
    const page = session.result?.page;
    if (!page) return false;
    for (const span of statement.spans) {
      const r = rangeFor(page, span.start, span.end);
      const range = r && toRange(doc, r);
      if (!range) continue;
      for (const rect of range.getClientRects())
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
    }
    return false;
  };

  const close = () => {
    if (!card) return;
    const { host, returnFocus } = card;
    card = null;
    host.remove();
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected)
      returnFocus.focus({ preventScroll: true });
  };

  const open = (statement: Statement, fromKeyboard: boolean) => {
    const result = session.result;
    if (!result) return;
    if (card?.statementId === statement.id) return;
    const returnFocus = fromKeyboard ? doc.activeElement : null;
    close();
    const span = statement.spans[0];
    const domRange = span && rangeFor(result.page, span.start, span.end);
    const range = domRange && toRange(doc, domRange);
    if (!range) return;
    const host = doc.createElement('whosaid-card');
    host.setAttribute(OWN_ELEMENT_ATTRIBUTE, '');
    // Open, so tests (and assistive tools) can reach it; the page gains nothing by reading it.
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const box = doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Who said this');
    const who = doc.createElement('div');
    const name = doc.createElement('span');
    name.className = 'who';
    name.textContent = statement.speaker?.name ?? 'Unattributed';
    const how = doc.createElement('span');
    how.className = 'how';
    how.textContent = ` — ${statement.cue?.text ?? KIND_WORDS[statement.kind]}`;
    who.append(name, how);
    const words = doc.createElement('div');
    words.className = 'words';
    const text = statement.text.replace(/\s+/g, ' ').trim();
    words.textContent = text.length > 180 ? `${text.slice(0, 177)}…` : text;
    const row = doc.createElement('div');
    row.className = 'row';
    const copy = doc.createElement('button');
    copy.type = 'button';
    copy.textContent = 'Copy';
    copy.addEventListener('click', () => {
      const line = attribution(statement, result.reply);
      navigator.clipboard.writeText(line).then(
        () => (copy.textContent = 'Copied'),
        (error: unknown) => {
          reportOnce('hover-card:copy', error);
          copy.textContent = 'Copy failed';
        },
      );
    });
    const dismiss = doc.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = 'Close';
    dismiss.addEventListener('click', close);
    row.append(copy, dismiss);
    box.append(who, words, row);
    shadow.append(style, box);
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close();
      } else if (event.key === 'Tab') {
        // Keep focus in the card: two buttons, cycle between them.
        event.preventDefault();
        (shadow.activeElement === copy ? dismiss : copy).focus();
      }
    });
    box.addEventListener('mouseenter', () => clearTimeout(closeTimer));
    box.addEventListener('mouseleave', () => (closeTimer = ctx.setTimeout(close, HOVER_CLOSE_MS)));
    doc.documentElement.append(host);
    place(box, range.getBoundingClientRect(), doc);
    card = { statementId: statement.id, text: statement.text, host, returnFocus };
    if (fromKeyboard) copy.focus();
  };

  const onMove = guarded('hover-card', (event: MouseEvent) => {
    if (card && event.composedPath().includes(card.host)) return;
    pending = { x: event.clientX, y: event.clientY };
    clearTimeout(openTimer);
    openTimer = ctx.setTimeout(
      guarded('hover-card', () => {
        if (!pending) return;
        const statement = statementAtPoint(pending.x, pending.y);
        if (statement) {
          clearTimeout(closeTimer);
          open(statement, false);
        } else if (card) closeTimer = ctx.setTimeout(close, HOVER_CLOSE_MS);
      }),
      HOVER_OPEN_MS,
    );
  });

  const onClick = guarded('hover-card', (event: MouseEvent) => {
    if (card && event.composedPath().includes(card.host)) return;
    const statement = statementAtPoint(event.clientX, event.clientY);
    if (statement) open(statement, false);
    else close();
  });

  const onKey = guarded('hover-card', (event: KeyboardEvent) => {
    if (event.key === 'Escape' && card) {
      close();
      return;
    }
    if (!(event.altKey && event.shiftKey && event.code === 'KeyW')) return;
    const range = currentRange(doc);
    const statement = range && session.result ? statementInRange(session.result, range) : null;
    if (!statement) return;
    event.preventDefault();
    open(statement, true);
  });

  ctx.addEventListener(doc, 'mousemove', onMove, { passive: true });
  ctx.addEventListener(doc, 'click', onClick, { capture: true });
  ctx.addEventListener(doc, 'keydown', onKey, { capture: true });
  ctx.addEventListener(window, 'scroll', () => close(), { passive: true });
  ctx.onInvalidated(close);
  // A new pass may have dropped the statement the card shows.
  const stop = session.onPass((result) => {
    const shown = card;
    if (
      shown &&
      !result.reply.analysis.statements.some((s) => s.id === shown.statementId && s.text === shown.text)
    )
      close();
  });
  ctx.onInvalidated(() => void stop());
}

/** The plain attribution line the popup copies too: `“We will win.” — Ann Lee`, via the site and date. */
function attribution(statement: Statement, reply: Parameters<typeof sourceOf>[0]): string {
  const source = sourceOf(reply);
  const via = [source.site && `via ${source.site}`, source.date].filter(Boolean).join(', ');
  return via ? `${plainAttribution(statement)} (${via})` : plainAttribution(statement);
}

/** The first statement with a span holding `offset` (`start <= offset < end`), or null. */
export function statementAtOffset(statements: readonly Statement[], offset: number): Statement | null {
  return statements.find((s) => s.spans.some((span) => span.start <= offset && offset < span.end)) ?? null;
}

/** The text position under a viewport point: `caretPositionFromPoint`, or Chrome's older `caretRangeFromPoint`. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Puts the card below the statement's first line, or above it when there is no room, inside the viewport. */
function place(box: HTMLElement, anchor: DOMRect, doc: Document): void {
  const view = doc.documentElement;
  const width = Math.min(box.offsetWidth || 320, view.clientWidth - 16);
  const height = box.offsetHeight || 100;
  const left = Math.max(8, Math.min(anchor.left, view.clientWidth - width - 8));
  const below = anchor.bottom + 6;
  const top = below + height > view.clientHeight ? Math.max(8, anchor.top - height - 6) : below;
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}
