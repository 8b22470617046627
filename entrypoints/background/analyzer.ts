/**
 * Feature: the content script's page text is analyzed here (`whosaid/analyze`), not on the page's main thread.
 * The background lives across pages (Chrome's service worker while it is awake, Firefox's background page), so
 * the parser's code stays compiled and its word tables are built once, where each page's content script would
 * otherwise run it cold. The whole text is analyzed at once: no chunks off the page. The content script holds
 * no parser: when no answer comes, its pass notes that the analysis failed (entrypoints/content/page-pass.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { analyze } from '../../lib/index.ts';
import { asAnalyzeRequest, type AnalyzeResult } from '../../protocol/messages.ts';

/**
 * How the analyzer answers: 'answer' (always, except in the browser tests of a background that does not
 * answer), 'silent' (no listener answers, as when the extension was reloaded), 'hang' (never answers).
 */
export type AnalyzerMode = 'answer' | 'silent' | 'hang';

let mode: AnalyzerMode = 'answer';

/** For the browser tests (through `globalThis.whosaidBackground`): sets how the analyzer answers. */
export function setAnalyzerMode(next: AnalyzerMode): void {
  mode = next;
}

/** Analyzes `text`, timing it here with performance.now(). */
export function analyzeText(text: string): AnalyzeResult {
  const start = performance.now();
  const analysis = analyze(text);
  return { analysis, analyzeMs: performance.now() - start };
}

export function analyzer(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const request = asAnalyzeRequest(message);
    // Our own content scripts only: other extensions' pages and our own extension pages get no answer.
    if (!request || sender.id !== browser.runtime.id || !sender.tab) return undefined;
    switch (mode) {
      case 'answer':
        // A throw becomes a rejected answer, which the content script's pass notes as a failed analysis.
        return new Promise<AnalyzeResult>((resolve) => resolve(analyzeText(request.text)));
      case 'silent':
        return undefined;
      case 'hang':
        return new Promise<never>(() => {});
      default:
        throw new Error(`unknown analyzer mode ${JSON.stringify(mode satisfies never)}`);
    }
  });
}
