/** Feature: analyze and highlight the page once it is idle after loading; remove the highlights when unloaded. */
import type { ContentScriptContext } from '#imports';
import { clearHighlights } from '../../page/highlight.ts';
import { guarded } from './errors.ts';
import type { Session } from './session.ts';

export function analyzeOnLoad(ctx: ContentScriptContext, session: Session): void {
  ctx.requestIdleCallback(
    guarded('analyze-on-load', () => {
      if (!session.result) void session.ensure();
    }),
    { timeout: 1500 },
  );
  ctx.onInvalidated(() => clearHighlights(session.doc));
}
