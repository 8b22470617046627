/**
 * The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR: the content script reads our article page,
 * draws its quotes and people with the CSS Custom Highlight API through Firefox's Xray wrappers, shows the hover
 * card, and leaves the DOM as the source parses to. The popup, options and background are covered in Chromium
 * (content.test.ts, popup.test.ts); their moz-extension:// pages cannot be opened over WebDriver BiDi.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIXTURES, QUOTES, SPEAKERS } from './article-page.ts';
import { serveDirectory, type StaticServer } from './chromium.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox.ts';

let firefox: FirefoxWithExtension;
let server: StaticServer;
let page: Page;
const errors: string[] = [];

/** The texts of the ranges registered under `name`, whitespace collapsed; null when there is no such highlight. */
const highlightTexts = (name: string) =>
  page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')) : null;
  }, name);

const liveOuterHtml = () => page.evaluate(() => document.documentElement.outerHTML);

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  server = await serveDirectory(FIXTURES);
  page = await firefox.browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('whosaid')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/article.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => CSS.highlights.has('whosaid-quote'), { timeout: 20_000 });
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  test('installs under the id the manifest gives', () => {
    const manifest = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../.output/firefox-mv2/manifest.json'), 'utf8'),
    ) as { browser_specific_settings?: { gecko?: { id?: string } } };
    expect(firefox.extensionId).toBe(manifest.browser_specific_settings?.gecko?.id);
  });

  test('quotes are highlighted exactly, tinted per speaker; people are underlined', async () => {
    expect(await highlightTexts('whosaid-quote')).toEqual(QUOTES);
    expect(await highlightTexts('whosaid-speaker-1')).toEqual([QUOTES[1]]);
    const people = await highlightTexts('whosaid-person');
    for (const name of SPEAKERS) expect(people).toContain(name);
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    for (const name of names) expect(name).toMatch(/^whosaid-/);
  });

  test('the DOM is exactly what the source parses to', async () => {
    const source = readFileSync(resolve(FIXTURES, 'article.html'), 'utf8');
    const parsed = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML,
      source,
    );
    expect(await liveOuterHtml()).toBe(parsed);
  });

  test('hovering a quote shows who said it; Escape closes the card and leaves no trace', async () => {
    const before = await liveOuterHtml();
    const { x, y } = await page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const at = (t as Text).data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(t, at);
        range.setEnd(t, at + needle.length);
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`not in the page: ${needle}`);
    }, 'four hundred children');
    await page.mouse.move(x, y);
    const card = () =>
      page.evaluate(() => {
        const root = document.querySelector('whosaid-card')?.shadowRoot;
        const text = (sel: string) => root?.querySelector(sel)?.textContent ?? '';
        return root ? `${text('.who')}${text('.how')} | ${text('.words')}` : null;
      });
    await expect.poll(card, { timeout: 5000 }).toBe(`Maria Santos — said | ${QUOTES[0]}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('whosaid-card') === null)).toBe(true);
    expect(await liveOuterHtml()).toBe(before);
  });

  test('no whosaid error reached the console', () => {
    expect(errors).toEqual([]);
  });
});
