/** Feature part: scroll a statement into view and flash its words (the popup's "show in page"). */
import type { ContentScriptContext } from '#imports';
import { rangeFor } from '../../page/extract.ts';
import { clearFlash, flashRanges, toRange } from '../../page/highlight.ts';
import type { Session } from './session.ts';

/** How long a revealed statement stays flashed, in milliseconds. */
export const FLASH_MS = 1600;

/** Scrolls to statement `statementId` and flashes it. Returns false when there is no such statement or
 * its words are no longer in the page. */
export async function revealStatement(
  ctx: ContentScriptContext,
  session: Session,
  statementId: string,
): Promise<boolean> {
  const { page, reply } = await session.ensure();
  const statement = reply.analysis.statements.find((s) => s.id === statementId);
  if (!statement) return false;
  const ranges = statement.spans
    .map((span) => rangeFor(page, span.start, span.end))
    .map((r) => r && toRange(session.doc, r))
    .filter((r): r is Range => r !== null);
  const first = ranges[0];
  if (!first) return false;
  const target = first.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flashRanges(session.doc, ranges);
  // Two blinks, then gone: a Highlight cannot be animated with CSS transitions.
  ctx.setTimeout(() => clearFlash(session.doc), FLASH_MS / 4);
  ctx.setTimeout(() => flashRanges(session.doc, ranges), FLASH_MS / 2);
  ctx.setTimeout(() => clearFlash(session.doc), FLASH_MS);
  return true;
}
