/**
 * Feature: analyze and highlight the page once it is idle after loading (when the settings say so: on this
 * site, `automatic` activation); remove the highlights when the script ends.
 */
import type { ContentScriptContext } from '#imports';
import { clearHighlights } from '../../page/highlight.ts';
import { guarded } from './errors.ts';
import type { Session } from './session.ts';

export function analyzeOnLoad(ctx: ContentScriptContext, session: Session): void {
  ctx.requestIdleCallback(
    guarded('analyze-on-load', () => {
      void session.ready.then(() => {
        if (ctx.isValid && session.isActive() && session.settings.activation === 'automatic')
          void session.ensure();
      });
    }),
    { timeout: 1500 },
  );
  ctx.onInvalidated(() => clearHighlights(session.doc));
}
