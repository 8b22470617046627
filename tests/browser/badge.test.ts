/**
 * The toolbar badge follows the page after it loaded: a page that adds a quoted paragraph later (a "load more"
 * button) ends with the new count on its tab's badge, told by the content script's `whosaid/analysis-updated`
 * notice (no page load happens, so the background has no other reason to ask). Counts written by hand from
 * tests/fixtures/pages/load-more.html.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { launchWithExtension, serveDirectory, type ExtensionBrowser, type StaticServer } from './chromium.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  // WHOSAID_EXTENSION_DIR: run against another build of the extension.
  browser = await launchWithExtension({ extensionDir: process.env.WHOSAID_EXTENSION_DIR || undefined });
  server = await serveDirectory(FIXTURES);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a quote loaded later is counted on the badge', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/load-more.html`);
  // The page just opened is the active tab (the worker has no "tabs" permission to match it by URL).
  const tabId = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  expect(tabId).toBeGreaterThan(0);
  const badge = () => browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
  const title = () => browser.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), tabId);
  // The first pass: Alice Morgan's and Daniel Price's quotes. (The background sets '2' from it when its
  // tries after the page load find the pass done, which a busy machine may delay past its last try.)
  const quotes = () => page.evaluate(() => CSS.highlights.get('whosaid-quote')?.size ?? 0);
  await expect.poll(quotes, { timeout: 10_000 }).toBe(2);
  expect(['2', '']).toContain(await badge());
  await page.getByRole('button', { name: 'Load more' }).click();
  // Alice Morgan's second quote, after the page watcher's debounce and a pass.
  await expect.poll(badge, { timeout: 10_000 }).toBe('3');
  expect(await title()).toBe('whosaid: 3 statements');
  await page.close();
});
