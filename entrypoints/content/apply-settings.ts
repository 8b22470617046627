/**
 * Feature: the user's settings (protocol/settings.ts). Read once at start, then watched: a change redraws
 * the open page at once (colours, which highlights) or switches whosaid off or on for this site.
 */
import { browser, type ContentScriptContext } from '#imports';
import { DEFAULT_SETTINGS } from '../../protocol/settings-data.ts';
import { readStoredSettings, watchStoredSettings } from '../../protocol/stored-settings.ts';
import { guarded, reportOnce } from './errors.ts';
import type { Session } from './session.ts';

/** Without an answer from storage by then, go on with the defaults (ms). */
const SETTINGS_TIMEOUT_MS = 1000;

export function applySettings(ctx: ContentScriptContext, session: Session): void {
  const fallback = ctx.setTimeout(() => session.configure(DEFAULT_SETTINGS), SETTINGS_TIMEOUT_MS);
  readStoredSettings(browser.storage).then(
    (settings) => {
      clearTimeout(fallback);
      session.configure(settings);
    },
    (error: unknown) => {
      clearTimeout(fallback);
      reportOnce('apply-settings', error);
      session.configure(DEFAULT_SETTINGS);
    },
  );
  const stop = watchStoredSettings(
    browser.storage.onChanged,
    guarded('apply-settings', (settings) => session.configure(settings)),
  );
  ctx.onInvalidated(stop);
}
