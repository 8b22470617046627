/** Talking to a tab's content script from the background. */
import { browser } from 'wxt/browser';
import type { AnalysisReply, Request } from '../../protocol/messages.ts';
import { isAnalysisReply } from '../popup/target.ts';

/** Sends one request to the tab's top frame; rejects like `tabs.sendMessage` when nothing listens. */
export function sendToTab<T>(tabId: number, request: Request): Promise<T> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<T>;
}

/** The tab's AnalysisReply, or null when no content script answered with one. */
export async function analysisOf(tabId: number): Promise<AnalysisReply | null> {
  try {
    const reply: unknown = await sendToTab(tabId, { type: 'whosaid/get-analysis' });
    return isAnalysisReply(reply) ? reply : null;
  } catch {
    return null;
  }
}

/** The active tab of the focused window, or null. */
export async function activeTab(): Promise<{ id: number; url?: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** `browser.action` (MV3) or `browser.browserAction` (Firefox MV2). */
export function toolbarAction(): typeof browser.action {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('background: neither browser.action nor browser.browserAction exists');
  return action;
}
