/**
 * The popup in real Chromium with the built extension: it lists the statements the content script found on an
 * article tab and copies them with attribution. The popup is opened as a tab of its own with `?tab=<id>`, since
 * a headless browser has no toolbar to click.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveDirectory, type ExtensionBrowser, type StaticServer } from './chromium.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/popup');

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  // WHOSAID_EXTENSION_DIR: run these tests against another build of the extension.
  browser = await launchWithExtension({ extensionDir: process.env.WHOSAID_EXTENSION_DIR || undefined });
  server = await serveDirectory(FIXTURES);
  // Chromium refuses an origin of chrome-extension://, so grant clipboard access everywhere.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The tab id of the page just opened: new pages become the active tab, and without the "tabs" permission the
 * worker cannot match tabs by URL.
 */
async function activeTabId(): Promise<number> {
  const tabId = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  expect(tabId).toBeGreaterThan(0);
  return tabId;
}

/** Opens a fixture page in a new tab; returns the page and its tab id. */
async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${path}`);
  return { page, tabId: await activeTabId() };
}

/** Opens popup.html for `tabId` and waits until it has left its loading state. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('#content[aria-busy="false"]');
  return popup;
}

/** Opens the popup for an article, retrying while the content script is still reading the page. */
async function popupWithStatements(tabId: number): Promise<Page> {
  for (let attempt = 0; ; attempt++) {
    const popup = await openPopup(tabId);
    if ((await popup.locator('.statement').count()) > 0 || attempt === 10) return popup;
    await popup.close();
    await new Promise((ok) => setTimeout(ok, 300));
  }
}

describe('popup', () => {
  test('lists the statements of the article tab with speaker, kind and cue', async () => {
    const { page, tabId } = await openArticle('article.html');
    const popup = await popupWithStatements(tabId);
    const items = popup.locator('.statement');
    await expect.poll(() => items.count()).toBe(3);
    const words = await popup.locator('.statement .words').allTextContents();
    expect(words[0]).toContain('We will win');
    expect(words[1]).toContain('The numbers do not add up, and everyone in this room knows it');
    expect(words[2]).toContain('This is the harbor our grandparents asked for');
    const speakers = await popup.locator('.statement .speaker').allTextContents();
    expect(speakers[0]).toMatch(/Dana Ortiz$/);
    expect(speakers[1]).toBe('Lee Park');
    expect(speakers[2]).toMatch(/Dana Ortiz$/);
    expect(await popup.locator('.statement .kind').allTextContents()).toEqual(['Quote', 'Quote', 'Quote']);
    expect(await popup.locator('.statement .cue').allTextContents()).toEqual(['said', 'said', 'added']);
    await expect
      .poll(() => popup.locator('#page-title').textContent())
      .toBe('Council passes the harbor budget after a long night');
    expect(await popup.locator('#summary').textContent()).toMatch(/^3 statements · \d+ (person|people)$/);
    await popup.close();
    await page.close();
  });

  test('copies a statement with its attribution', async () => {
    const { page, tabId } = await openArticle('article.html');
    const popup = await popupWithStatements(tabId);
    const second = popup.locator('.statement').nth(1);
    await expect
      .poll(() => second.locator('.copy').getAttribute('aria-label'))
      .toBe('Copy quote by Lee Park with attribution');
    await second.locator('.copy').click();
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toBe('“The numbers do not add up, and everyone in this room knows it.” — Lee Park');
    expect(await popup.locator('#toast').textContent()).toBe('Copied quote by Lee Park');
    // The keyboard works too: focus the first copy button, Enter copies it.
    await popup.locator('.statement').first().locator('.copy').focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^“We will win\.” — (Mayor )?Dana Ortiz$/);
    await popup.close();
    await page.close();
  });

  test('says so when the page has no statements', async () => {
    const { page, tabId } = await openArticle('plain.html');
    const popup = await openPopup(tabId);
    await expect
      .poll(() => popup.locator('.state-title').textContent())
      .toBe('No statements found on this page');
    expect(await popup.locator('.state-detail').textContent()).toContain('looks for quotations');
    expect(await popup.locator('#statements').isHidden()).toBe(true);
    await popup.close();
    await page.close();
  });

  test('explains a tab without the content script and offers a reload', async () => {
    // A page whose content script is gone: the extension was loaded after it, simulated by a data: URL, where
    // content scripts do not run.
    const page = await browser.context.newPage();
    await page.goto('data:text/html,<p>“Hello there,” said Ann Lee.</p>');
    const tabId = await activeTabId();
    const popup = await openPopup(tabId);
    expect(await popup.locator('.state-title').textContent()).toBe('whosaid hasn’t read this page yet');
    expect(await popup.getByRole('button', { name: 'Reload page' }).isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });
});
