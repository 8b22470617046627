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

/** How long the popup waits for a page that is still loading before it gives up on its content script. */
export const LOADING_WAIT_MS = 10_000;
const RETRY_MS = 400;

/**
 * Asks the tab for its Analysis. While the tab is still loading (its content script runs at document_idle),
 * asks again every RETRY_MS for up to LOADING_WAIT_MS, calling `onWaiting` once. Never throws: failures come
 * back as `unreachable` or `error`.
 */
export async function requestAnalysis(tab: TargetTab, onWaiting?: () => void): Promise<AnalysisResult> {
  if (isRestrictedUrl(tab.url)) return { kind: 'unreachable', restricted: true };
  const deadline = Date.now() + LOADING_WAIT_MS;
  let waiting = false;
  for (;;) {
    const result = await askOnce(tab.id);
    if (result.kind !== 'unreachable' || Date.now() > deadline || !(await isLoading(tab.id))) return result;
    if (!waiting) onWaiting?.();
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

async function askOnce(tabId: number): Promise<AnalysisResult> {
  try {
    const reply: unknown = await sendToTab(tabId, { type: 'whosaid/get-analysis' });
    if (!isAnalysisReply(reply)) return { kind: 'error', message: 'The page answered without an analysis.' };
    return { kind: 'ok', reply };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (NO_RECEIVER.test(message)) return { kind: 'unreachable', restricted: false };
    return { kind: 'error', message };
  }
}

async function isLoading(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'loading';
  } catch {
    return false;
  }
}

/**
 * Checks every field the popup reads (the reply crosses from a page's world), so a malformed reply shows an error
 * instead of a broken list.
 */
export function isAnalysisReply(value: unknown): value is AnalysisReply {
  if (!isObject(value)) return false;
  const { url, title, analysis, timings } = value;
  return (
    typeof url === 'string' &&
    typeof title === 'string' &&
    isObject(timings) &&
    typeof timings.totalMs === 'number' &&
    isObject(analysis) &&
    Array.isArray(analysis.people) &&
    analysis.people.every(isPerson) &&
    Array.isArray(analysis.statements) &&
    analysis.statements.every(isStatement)
  );
}

const KINDS = new Set(['direct', 'partial', 'indirect']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isSpan(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.start === 'number' &&
    typeof value.end === 'number' &&
    typeof value.text === 'string'
  );
}

function isPerson(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    Array.isArray(value.mentions) &&
    value.mentions.every(isSpan)
  );
}

function isStatement(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { speaker, cue } = value;
  return (
    typeof value.id === 'string' &&
    typeof value.text === 'string' &&
    KINDS.has(value.kind as string) &&
    Array.isArray(value.spans) &&
    value.spans.every(isSpan) &&
    (speaker === null || (isObject(speaker) && typeof speaker.name === 'string')) &&
    (cue === null || isSpan(cue))
  );
}
