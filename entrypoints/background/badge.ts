/**
 * Feature: the toolbar badge shows how many statements the tab's page has. The background asks the content script
 * (`whosaid/get-analysis`) when a tab finishes loading or becomes active, and again when the settings change.
 * With activation "on click" it does not ask (asking would make the page be read); the popup sets the badge then.
 * When the page changes later (content loaded on scroll, a single-page navigation), the content script's
 * `whosaid/analysis-updated` notice sets the new count.
 */
import { browser } from 'wxt/browser';
import { asAnalysisUpdated } from '../../protocol/messages.ts';
import { isActiveOn, loadSettings, watchSettings } from '../../protocol/settings.ts';
import { activeTab, analysisOf, toolbarAction } from './tabs.ts';

/** Delays (ms) between tries after a page load: the content script may still be reading the page. */
const RETRY_DELAYS = [0, 700, 2500];

/** The badge text for a statement count: '' for none or unknown, '999+' above 999. */
export function badgeText(count: number | null): string {
  if (count === null || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Sets the tab's badge and tooltip for `count` statements (null: unknown). */
export async function setBadge(tabId: number, count: number | null): Promise<void> {
  const action = toolbarAction();
  try {
    await action.setBadgeText({ tabId, text: badgeText(count) });
    await action.setTitle({
      tabId,
      title:
        count === null
          ? 'whosaid'
          : count === 0
            ? 'whosaid: no statements'
            : `whosaid: ${count} statement${count === 1 ? '' : 's'}`,
    });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Updates the tab's badge, trying again a little later while the content script is not ready. */
async function refreshBadge(tabId: number, url?: string): Promise<void> {
  const settings = await loadSettings();
  if (settings.activation === 'on-click' || (url && !isActiveOn(settings, url)) || !settings.enabled) {
    await setBadge(tabId, null);
    return;
  }
  for (const delay of RETRY_DELAYS) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const reply = await analysisOf(tabId);
    if (reply) {
      await setBadge(tabId, reply.analysis.statements.length);
      return;
    }
  }
  await setBadge(tabId, null);
}

export function badge(): void {
  void toolbarAction().setBadgeBackgroundColor({ color: '#3b5bdb' });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void refreshBadge(tabId, tab.url);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void refreshBadge(tabId));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const notice = asAnalysisUpdated(message);
    const tabId = sender.tab?.id;
    // Only the top frame's pass is the page's analysis (the popup reads frame 0 too).
    if (notice && tabId !== undefined && (sender.frameId ?? 0) === 0) void setBadge(tabId, notice.statements);
    return undefined;
  });
  watchSettings(() => {
    void activeTab().then((tab) => tab && refreshBadge(tab.id, tab.url));
  });
}
