/** Feature part: which statement the reader's selection is in (the context menu's "copy with attribution"). */
import { offsetAt } from '../../page/extract.ts';
import type { Session } from './session.ts';

/** The id of the first statement whose spans contain the start of the current selection, else null. */
export async function statementAtSelection(session: Session): Promise<string | null> {
  const selection = session.doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const { page, reply } = await session.ensure();
  const start = offsetAt(page, range.startContainer, range.startOffset);
  const end = offsetAt(page, range.endContainer, range.endOffset) ?? start;
  if (start === null || end === null) return null;
  const hit = reply.analysis.statements.find((s) =>
    s.spans.some((span) => span.start < Math.max(end, start + 1) && start < span.end),
  );
  return hit?.id ?? null;
}
