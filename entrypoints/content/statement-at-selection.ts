/**
 * Feature part: which statement the reader's selection is in (the context menu's "copy with attribution",
 * the hover card's keyboard shortcut).
 */
import type { Statement } from '../../lib/types.ts';
import { offsetAt } from '../../page/extract.ts';
import type { PassResult } from './page-pass.ts';
import type { Session } from './session.ts';

/** The id of the first statement the current selection (or caret) overlaps, else null. Waits for a pass. */
export async function statementAtSelection(session: Session): Promise<string | null> {
  const range = currentRange(session.doc);
  if (!range) return null;
  return statementInRange(await session.ensure(), range)?.id ?? null;
}

/** The current selection's first range, or null when there is none. */
export function currentRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
}

/**
 * The first statement of `result` with a span overlapping `range` (a collapsed range, the caret, counts when
 * it is inside a span), or null. Positions outside the page text (menus, other frames) match nothing.
 */
export function statementInRange(result: PassResult, range: Range): Statement | null {
  const { page, reply } = result;
  const start = offsetAt(page, range.startContainer, range.startOffset);
  if (start === null) return null;
  const end = Math.max(offsetAt(page, range.endContainer, range.endOffset) ?? start, start + 1);
  return (
    reply.analysis.statements.find((s) => s.spans.some((span) => span.start < end && start < span.end)) ??
    null
  );
}
