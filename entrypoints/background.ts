/**
 * The background worker: keeps the toolbar badge showing how many statements the tab's page has.
 * It asks the content script (`whosaid/get-analysis`) when a tab finishes loading or becomes active.
 */
import { browser } from '#imports';
import type { AnalysisReply } from '../protocol/messages.ts';

/** Delays (ms) between tries after a page load: the content script may still be analyzing. */
const RETRY_DELAYS = [0, 700, 2500];

/** The badge text for a statement count: '' for none, '999+' above 999. */
function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Asks the tab for its statement count; null when no content script answered. */
async function statementCount(tabId: number): Promise<number | null> {
  try {
    const reply = (await browser.tabs.sendMessage(
      tabId,
      { type: 'whosaid/get-analysis' },
      { frameId: 0 },
    )) as AnalysisReply | undefined;
    const statements = reply?.analysis?.statements;
    return Array.isArray(statements) ? statements.length : null;
  } catch {
    return null;
  }
}

async function setBadge(tabId: number, count: number | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(count ?? 0) });
    if (count !== null) {
      await browser.action.setTitle({
        tabId,
        title:
          count === 0 ? 'whosaid: no statements' : `whosaid: ${count} statement${count === 1 ? '' : 's'}`,
      });
    }
  } catch {
    // The tab closed meanwhile.
  }
}

/** Updates the tab's badge, trying again a little later while the content script is not ready. */
async function refreshBadge(tabId: number): Promise<void> {
  for (const delay of RETRY_DELAYS) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const count = await statementCount(tabId);
    if (count !== null) {
      await setBadge(tabId, count);
      return;
    }
  }
  await setBadge(tabId, null);
}

export default defineBackground(() => {
  void browser.action.setBadgeBackgroundColor({ color: '#3b5bdb' });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void refreshBadge(tabId);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void refreshBadge(tabId));
});
