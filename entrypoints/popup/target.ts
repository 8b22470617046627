/**
 * Which tab the popup is about, and asking that tab's content script for its Analysis.
 * The popup never re-parses: it only reads what the content script already has.
 */
import { browser } from 'wxt/browser';
import type { AnalysisReply, Request } from '../../protocol/messages.ts';

export interface TargetTab {
  id: number;
  /** Undefined when the browser does not tell us (no permission for the page). */
  url?: string;
  title?: string;
}

/** What asking the tab gave, tagged by `kind`. */
export type AnalysisResult =
  | { kind: 'ok'; reply: AnalysisReply }
  /** No content script answered: a browser page the extension may not read, or a page loaded before it. */
  | { kind: 'unreachable'; restricted: boolean }
  | { kind: 'error'; message: string };

/**
 * The tab this popup describes: `?tab=<id>` when given (tests open popup.html in a tab of its own), otherwise
 * the active tab of the current window. Returns null when there is none.
 */
export async function findTargetTab(search: string = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    try {
      const tab = await browser.tabs.get(Number(param));
      return { id: Number(param), url: tab.url, title: tab.title };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url, title: tab.title };
}

/** Pages no extension may script: browser pages, other extensions, the web store. */
const RESTRICTED_URL =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|view-source|resource):|^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//;

/** True for URLs whose pages extensions may not read. */
export function isRestrictedUrl(url: string | undefined): boolean {
  return url !== undefined && RESTRICTED_URL.test(url);
}

/** Chrome and Firefox wordings for "no listener in that tab". */
const NO_RECEIVER =
  /receiving end does not exist|could not establish connection|no matching message handler/i;

/** Sends one request to the tab's content script (top frame only). Rejects like `tabs.sendMessage`. */
export function sendToTab<T>(tabId: number, request: Request): Promise<T> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<T>;
}

/** Asks the tab for its Analysis. Never throws: failures come back as `unreachable` or `error`. */
export async function requestAnalysis(tab: TargetTab): Promise<AnalysisResult> {
  if (isRestrictedUrl(tab.url)) return { kind: 'unreachable', restricted: true };
  try {
    const reply: unknown = await sendToTab(tab.id, { type: 'whosaid/get-analysis' });
    if (!isAnalysisReply(reply)) return { kind: 'error', message: 'The page answered without an analysis.' };
    return { kind: 'ok', reply };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (NO_RECEIVER.test(message)) return { kind: 'unreachable', restricted: false };
    return { kind: 'error', message };
  }
}

/** Checks the fields the popup reads, so a half-built reply shows an error instead of a broken list. */
export function isAnalysisReply(value: unknown): value is AnalysisReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Partial<AnalysisReply>;
  const analysis = reply.analysis;
  return (
    typeof reply.url === 'string' &&
    typeof reply.title === 'string' &&
    typeof analysis === 'object' &&
    analysis !== null &&
    Array.isArray(analysis.statements) &&
    Array.isArray(analysis.people) &&
    analysis.statements.every(
      (s) => typeof s === 'object' && s !== null && typeof s.id === 'string' && typeof s.text === 'string',
    )
  );
}
