/**
 * The popup, background and options page in real Chromium with the built extension, driven as a user would.
 * The popup is opened as a tab of its own with `?tab=<id>` (a headless browser has no toolbar to click); the
 * context menu and the keyboard shortcut run the background's own handlers, since headless Chromium has no
 * native menus or browser shortcuts to press. Expected texts are written by hand from the fixtures in
 * tests/fixtures/popup/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveDirectory, type ExtensionBrowser, type StaticServer } from './chromium.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/popup');
/** The attribution of the article.html fixture, from its meta tags. */
const VIA_LEDGER = 'via The Harbor Ledger, March 14, 2026';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  // WHOSAID_EXTENSION_DIR: run these tests against another build of the extension.
  browser = await launchWithExtension({ extensionDir: process.env.WHOSAID_EXTENSION_DIR || undefined });
  server = await serveDirectory(FIXTURES);
  // Chromium refuses an origin of chrome-extension://, so grant clipboard access everywhere.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterEach(async () => {
  // Settings back to the defaults for the next test (the copy format, switched-off sites...).
  await browser.worker.evaluate(() => chrome.storage.sync.clear());
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
  await popup.setViewportSize({ width: 420, height: 600 });
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

/** An article tab and its popup, closed after `run`. */
async function withPopup(path: string, run: (popup: Page, page: Page, tabId: number) => Promise<void>) {
  const { page, tabId } = await openArticle(path);
  const popup = await popupWithStatements(tabId);
  try {
    await run(popup, page, tabId);
  } finally {
    await popup.close();
    await page.close();
  }
}

function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The visible statements' words, in order. */
function shownWords(popup: Page): Promise<string[]> {
  return popup.locator('#list .statement .words').allTextContents();
}

describe('the statement list', () => {
  test('shows the statements of the article tab with speaker, kind and cue', async () => {
    await withPopup('article.html', async (popup) => {
      const words = await shownWords(popup);
      expect(words).toHaveLength(3);
      expect(words[0]).toContain('We will win');
      expect(words[1]).toContain('The numbers do not add up, and everyone in this room knows it');
      expect(words[2]).toContain('This is the harbor our grandparents asked for');
      const speakers = await popup.locator('.statement .speaker').allTextContents();
      expect(speakers[0]).toMatch(/Dana Ortiz$/);
      expect(speakers[1]).toBe('Lee Park');
      expect(speakers[2]).toMatch(/Dana Ortiz$/);
      expect(await popup.locator('.statement .kind').allTextContents()).toEqual(['Quote', 'Quote', 'Quote']);
      expect(await popup.locator('.statement .cue').allTextContents()).toEqual(['said', 'said', 'added']);
      expect(await popup.locator('#page-title').textContent()).toBe(
        'Council passes the harbor budget after a long night',
      );
      // Speakers are counted by name (the parser's business to name each once): as many as the list shows.
      const distinct = new Set(speakers.map((name) => name.toLowerCase())).size;
      expect(await popup.locator('#summary').textContent()).toBe(`3 statements · ${distinct} speakers`);
    });
  });

  test('groups by speaker with counts, and lists the people named but not quoted', async () => {
    await withPopup('ferry.html', async (popup) => {
      await popup.getByRole('button', { name: 'By speaker' }).click();
      expect(await popup.getByRole('button', { name: 'By speaker' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      const nora = popup.locator('.group', {
        has: popup.locator('.group-name', { hasText: /^Nora Quist$/ }),
      });
      expect(await nora.locator('.count').textContent()).toBe('3');
      expect(await nora.locator('.statement .words').allTextContents()).toEqual([
        expect.stringContaining('We found soft ground under the north pier'),
        expect.stringContaining('When the soil reports came back in January'),
        // One quote split around its cue, read as one: the first part gets its period back.
        'We are not going to cut corners. The pier has to stand for a hundred years.',
      ]);
      const dana = popup.locator('.group', { has: popup.locator('.group-name', { hasText: /Dana Ortiz$/ }) });
      expect(await dana.locator('.count').textContent()).toBe('1');
      const notQuoted = await popup.locator('.people .person').allTextContents();
      expect(notQuoted).toEqual(expect.arrayContaining(['Hanna Berg', 'Tom Ilves']));
      expect(notQuoted).not.toContain('Nora Quist');
      await popup.getByRole('button', { name: 'In order' }).click();
      expect(await popup.locator('.group').count()).toBe(0);
      expect(await shownWords(popup)).toHaveLength(await popup.locator('#list .statement').count());
    });
  });

  test('filters by speaker and kind, searches, and clears', async () => {
    await withPopup('ferry.html', async (popup) => {
      const total = await popup.locator('#list .statement').count();
      expect(total).toBeGreaterThanOrEqual(5);
      await popup.getByLabel('Speaker').selectOption({ label: 'Nora Quist (3)' });
      expect(await popup.locator('.statement .speaker').allTextContents()).toEqual([
        'Nora Quist',
        'Nora Quist',
        'Nora Quist',
      ]);
      expect(await popup.locator('#summary').textContent()).toBe(`3 of ${total} statements`);

      await popup.getByLabel('Speaker').selectOption('');
      await popup.getByLabel('Kind of statement').selectOption('partial');
      expect(await shownWords(popup)).toEqual([expect.stringContaining('a number nobody believes')]);

      await popup.getByLabel('Kind of statement').selectOption('');
      await popup.getByRole('searchbox', { name: 'Search statements' }).fill('SUMMER season');
      expect(await shownWords(popup)).toEqual([
        expect.stringContaining('The harbor will be ready for the summer'),
      ]);

      await popup.getByRole('searchbox', { name: 'Search statements' }).fill('zeppelin');
      expect(await popup.locator('#no-match').isVisible()).toBe(true);
      expect(await popup.getByRole('button', { name: /^Copy \d+ shown$/ }).isDisabled()).toBe(true);
      await popup.getByRole('button', { name: 'Clear filters' }).click();
      expect(await popup.locator('#list .statement').count()).toBe(total);
      expect(await popup.getByRole('searchbox', { name: 'Search statements' }).inputValue()).toBe('');
    });
  });

  test('switching views and filtering moves nothing but the list', async () => {
    await withPopup('ferry.html', async (popup) => {
      const frame = () =>
        popup.evaluate(() =>
          ['toolbar', 'content', 'footer'].map((id) => {
            const box = document.getElementById(id)?.getBoundingClientRect();
            return [box?.top, box?.height];
          }),
        );
      const before = await frame();
      await popup.getByRole('button', { name: 'By speaker' }).click();
      expect(await frame()).toEqual(before);
      await popup.getByRole('searchbox', { name: 'Search statements' }).fill('zeppelin');
      expect(await frame()).toEqual(before);
    });
  });

  test('folds long quotes until unfolded', async () => {
    await withPopup('ferry.html', async (popup) => {
      const long = popup.locator('.statement', { hasText: 'When the soil reports came back' });
      const fold = long.getByRole('button', { name: 'Show all' });
      expect(await fold.getAttribute('aria-expanded')).toBe('false');
      const folded = await long.locator('.words').evaluate((el) => el.getBoundingClientRect().height);
      await fold.click();
      expect(await long.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe(
        'true',
      );
      const open = await long.locator('.words').evaluate((el) => el.getBoundingClientRect().height);
      expect(open).toBeGreaterThan(folded);
      // Short quotes have nothing to fold.
      const short = popup.locator('.statement', { hasText: 'We found soft ground' });
      expect(await short.locator('.fold').count()).toBe(0);
    });
  });

  test('clicking an item scrolls the page to the quote and flashes it', async () => {
    await withPopup('ferry.html', async (popup, page) => {
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await popup
        .locator('.statement', { hasText: 'The harbor will be ready for the summer' })
        .locator('.words')
        .click();
      await expect.poll(() => page.evaluate(() => CSS.highlights.has('whosaid-flash'))).toBe(true);
      // A hidden tab does not scroll; the popup sits over a visible page in real use.
      await page.bringToFront();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      expect(await popup.locator('#toast').textContent()).toBe('Shown in the page');
      // The keyboard way: the item's "Show" button.
      await popup.bringToFront();
      await popup
        .locator('.statement', { hasText: 'We found soft ground' })
        .getByRole('button', { name: 'Show quote by Nora Quist in the page' })
        .press('Enter');
      await page.bringToFront();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(100);
    });
  });

  test('moves between statements with the arrow keys and "/" goes to the search box', async () => {
    await withPopup('ferry.html', async (popup) => {
      await popup.locator('.statement').first().locator('.copy').focus();
      await popup.keyboard.press('ArrowDown');
      const focusedId = () =>
        popup.evaluate(() => document.activeElement?.closest('.statement')?.getAttribute('data-id'));
      const ids = await popup
        .locator('.statement')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
      expect(await focusedId()).toBe(ids[1]);
      await popup.keyboard.press('End');
      expect(await focusedId()).toBe(ids[ids.length - 1]);
      await popup.keyboard.press('/');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search');
    });
  });
});

describe('copying', () => {
  test('copies one statement with its attribution, by mouse and by keyboard', async () => {
    await withPopup('article.html', async (popup) => {
      const second = popup.locator('.statement').nth(1);
      await second.getByRole('button', { name: 'Copy quote by Lee Park with attribution' }).click();
      await expect
        .poll(() => clipboard(popup))
        .toMatch(
          /^“The numbers do not add up, and everyone in this room knows it\.?” — Lee Park, via The Harbor Ledger, March 14, 2026$/,
        );
      expect(await popup.locator('#toast').textContent()).toBe('Copied quote by Lee Park');
      await popup.locator('.statement').first().locator('.copy').focus();
      await popup.keyboard.press('Enter');
      await expect
        .poll(() => clipboard(popup))
        .toMatch(new RegExp(`^“We will win\\.?” — (Mayor )?Dana Ortiz, ${VIA_LEDGER}$`));
    });
  });

  test('copies as Markdown and as a citation; the choice is remembered', async () => {
    await withPopup('article.html', async (popup, _page, tabId) => {
      const lee = popup.locator('.statement').nth(1).locator('.copy');
      await popup.getByLabel('Copy as').selectOption('markdown');
      await lee.click();
      await expect
        .poll(() => clipboard(popup))
        .toMatch(
          /^> The numbers do not add up, and everyone in this room knows it\.?\n>\n> — Lee Park, in \[Council passes the harbor budget after a long night\]\(https:\/\/ledger\.example\/2026\/03\/harbor-budget\) \(The Harbor Ledger, March 14, 2026\)$/,
        );
      await popup.getByLabel('Copy as').selectOption('citation');
      await lee.click();
      await expect
        .poll(() => clipboard(popup))
        .toMatch(
          /^“The numbers do not add up, and everyone in this room knows it\.?” Lee Park, quoted in Sam Reyes, “Council passes the harbor budget after a long night,” The Harbor Ledger, March 14, 2026, https:\/\/ledger\.example\/2026\/03\/harbor-budget\.$/,
        );
      const again = await openPopup(tabId);
      expect(await again.getByLabel('Copy as').inputValue()).toBe('citation');
      await again.close();
    });
  });

  test('copies all statements shown, one block each', async () => {
    await withPopup('ferry.html', async (popup) => {
      await popup.getByLabel('Speaker').selectOption({ label: 'Nora Quist (3)' });
      await popup.getByRole('button', { name: 'Copy 3 shown' }).click();
      const text = await clipboard(popup);
      const blocks = text.split('\n\n');
      expect(blocks).toHaveLength(3);
      expect(blocks[0]).toMatch(
        /^“We found soft ground under the north pier\.?” — Nora Quist, via The Harbor Ledger, March 21, 2026$/,
      );
      expect(blocks[1]).toMatch(
        /^“When the soil reports came back in January .* before the first boat could dock\.?” — Nora Quist, via The Harbor Ledger, March 21, 2026$/,
      );
      expect(blocks[2]).toBe(
        '“We are not going to cut corners. The pier has to stand for a hundred years.” — Nora Quist, ' +
          'via The Harbor Ledger, March 21, 2026',
      );
    });
  });
});

describe('export', () => {
  /** Clicks an export button and returns the downloaded file's name and text. */
  async function exportFile(popup: Page, name: string): Promise<{ file: string; text: string }> {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name }).click(),
    ]);
    const path = await download.path();
    return { file: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  test('Markdown, CSV and JSON of the whole list', async () => {
    await withPopup('article.html', async (popup, _page, tabId) => {
      const reply = await browser.worker.evaluate(
        (tabId) => chrome.tabs.sendMessage(tabId, { type: 'whosaid/get-analysis' }),
        tabId,
      );

      const md = await exportFile(popup, 'Export as Markdown');
      expect(md.file).toBe('whosaid-council-passes-the-harbor-budget-after-a-long-night.md');
      expect(md.text).toContain('# Statements in “Council passes the harbor budget after a long night”');
      expect(md.text).toContain(
        'By Sam Reyes · The Harbor Ledger · March 14, 2026 · <https://ledger.example/2026/03/harbor-budget>',
      );
      expect(md.text).toMatch(
        /## Lee Park \(1\)\n\n- “The numbers do not add up, and everyone in this room knows it,?” \(direct quote, said\)/,
      );

      const csv = await exportFile(popup, 'Export as CSV');
      expect(csv.file).toBe('whosaid-council-passes-the-harbor-budget-after-a-long-night.csv');
      const rows = csv.text.trimEnd().split('\r\n');
      expect(rows[0]).toBe('id,kind,speaker,cue,text,start,end,title,url');
      expect(rows).toHaveLength(4);
      expect(rows[2]).toMatch(
        /^s\d+,direct,Lee Park,said,"The numbers do not add up, and everyone in this room knows it,?",\d+,\d+,/,
      );

      const json = await exportFile(popup, 'Export as JSON');
      expect(json.file).toBe('whosaid-council-passes-the-harbor-budget-after-a-long-night.json');
      const data = JSON.parse(json.text);
      expect(data.whosaid).toBe(1);
      expect(data.metadata.siteName).toBe('The Harbor Ledger');
      expect(data.analysis).toEqual(reply.analysis);
    });
  });
});

describe('background', () => {
  /** Selects `words` inside the page's paragraph that contains them. */
  async function select(page: Page, words: string): Promise<void> {
    await page.evaluate((words) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(words) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error(`not on the page: ${words}`);
    }, words);
  }

  /** Runs the context menu's handler as a click on "Copy quote with attribution" would. */
  async function clickMenu(tabId: number, selectionText: string): Promise<void> {
    await browser.worker.evaluate(
      async ({ tabId, selectionText }) => {
        const handlers = (
          globalThis as unknown as {
            whosaidBackground: { onMenuClick: (...args: unknown[]) => Promise<void> };
          }
        ).whosaidBackground;
        await handlers.onMenuClick(
          { menuItemId: 'whosaid-copy-quote', selectionText, editable: false, pageUrl: '' },
          { id: tabId },
        );
      },
      { tabId, selectionText },
    );
  }

  test('the context menu copies the selected words with the speaker of the quote they are in', async () => {
    // The menu item exists (update rejects for an unknown id).
    await browser.worker.evaluate(() =>
      chrome.contextMenus.update('whosaid-copy-quote', { title: 'Copy quote with attribution' }),
    );
    const { page, tabId } = await openArticle('article.html');
    const reader = await openPopup(tabId); // an extension page to read the clipboard from
    await select(page, 'do not add up');
    await clickMenu(tabId, 'do not add up');
    await reader.bringToFront();
    await expect.poll(() => clipboard(reader)).toBe(`“do not add up” — Lee Park, ${VIA_LEDGER}`);
    // Outside every quote: the words with the source only.
    await page.bringToFront();
    await select(page, 'ferry terminal');
    await clickMenu(tabId, 'ferry terminal');
    await reader.bringToFront();
    await expect.poll(() => clipboard(reader)).toBe(`“ferry terminal”, ${VIA_LEDGER}`);
    await reader.close();
    await page.close();
  });

  test('the keyboard shortcut switches the highlights off and on', async () => {
    const { page } = await openArticle('article.html');
    const quoteRanges = () => page.evaluate(() => CSS.highlights.get('whosaid-quote')?.size ?? 0);
    await expect.poll(quoteRanges).toBeGreaterThan(0);
    const toggle = () =>
      browser.worker.evaluate(() =>
        (
          globalThis as unknown as {
            whosaidBackground: { onCommand: (c: string) => Promise<boolean | null> };
          }
        ).whosaidBackground.onCommand('toggle-highlights'),
      );
    expect(await toggle()).toBe(false);
    await expect.poll(quoteRanges).toBe(0);
    expect(await toggle()).toBe(true);
    await expect.poll(quoteRanges).toBeGreaterThan(0);
    await page.close();
  });

  test('the toolbar badge shows the number of statements', async () => {
    const { page, tabId } = await openArticle('article.html');
    const badge = () => browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    await expect.poll(badge, { timeout: 10_000 }).toBe('3');
    await page.close();
  });

  test('the manifest declares the shortcut and the permissions it needs', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?.['toggle-highlights']?.suggested_key).toEqual({ default: 'Alt+Shift+H' });
    expect(manifest.permissions).toEqual(
      expect.arrayContaining(['activeTab', 'storage', 'contextMenus', 'clipboardWrite', 'offscreen']),
    );
  });
});

describe('states', () => {
  test('says so when the page has no statements, and why', async () => {
    const { page, tabId } = await openArticle('plain.html');
    const popup = await openPopup(tabId);
    expect(await popup.locator('#state .state-title').textContent()).toBe('No statements found on this page');
    expect(await popup.locator('#state .state-detail').textContent()).toContain('looks for quotations');
    expect(await popup.locator('#list').isHidden()).toBe(true);
    expect(await popup.locator('#toolbar').isHidden()).toBe(true);
    expect(await popup.locator('#notice').isHidden()).toBe(true);
    await popup.close();
    await page.close();
  });

  test('waits for a page that is still loading, then lists its statements', async () => {
    // The article arrives in two parts, 1.5 s apart; the content script only runs once the document is read.
    const html = readFileSync(resolve(FIXTURES, 'article.html'), 'utf8');
    const cut = html.indexOf('<p>“We will win');
    const slow = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, cut));
      setTimeout(() => res.end(html.slice(cut)), 1500);
    });
    await new Promise<void>((ok) => slow.listen(0, '127.0.0.1', ok));
    const { port } = slow.address() as AddressInfo;
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
    const tabId = await activeTabId();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('Waiting for the page to load…').waitFor({ timeout: 5000 });
    await popup.waitForSelector('#content[aria-busy="false"]');
    expect(await popup.locator('.statement').count()).toBe(3);
    await popup.close();
    await page.close();
    slow.closeAllConnections();
    await new Promise((ok) => slow.close(ok));
  });

  test('says what was left out of a page read in part', async () => {
    // The article, then far more text than the content script reads (200,000 characters).
    const html = readFileSync(resolve(FIXTURES, 'article.html'), 'utf8');
    const filler =
      '<p>The harbor board met again on Friday to go through the ferry accounts line by line.</p>\n';
    const long = html.replace('</article>', `${filler.repeat(3000)}</article>`);
    const big = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(long);
    });
    await new Promise<void>((ok) => big.listen(0, '127.0.0.1', ok));
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${(big.address() as AddressInfo).port}/`);
    const popup = await popupWithStatements(await activeTabId());
    expect(await popup.locator('.statement').count()).toBe(3);
    expect(await popup.getByRole('note').textContent()).toBe('Page text cut at 200000 characters.');
    await popup.close();
    await page.close();
    big.closeAllConnections();
    await new Promise((ok) => big.close(ok));
  });

  test('explains a tab without the content script and offers a reload', async () => {
    // Content scripts do not run on data: URLs: the same answer as a page opened before whosaid was installed.
    const page = await browser.context.newPage();
    await page.goto('data:text/html,<p>“Hello there,” said Ann Lee.</p>');
    const popup = await openPopup(await activeTabId());
    expect(await popup.locator('#state .state-title').textContent()).toBe(
      'whosaid hasn’t read this page yet',
    );
    expect(await popup.getByRole('button', { name: 'Reload page' }).isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('options', () => {
  async function openOptions(): Promise<Page> {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
    return options;
  }

  test('switching a site off applies to the popup at once, and switching it on again too', async () => {
    const { page, tabId } = await openArticle('article.html');
    const options = await openOptions();
    await options.getByLabel('Site to switch off').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Switch off on this site' }).click();
    await expect
      .poll(() => options.locator('#sites .site').allTextContents())
      .toEqual(['127.0.0.1Switch on']);
    let popup = await openPopup(tabId);
    expect(await popup.locator('#state .state-title').textContent()).toBe('whosaid is off on 127.0.0.1');
    await popup.close();
    await options.getByRole('button', { name: 'Switch whosaid on for 127.0.0.1' }).click();
    await expect.poll(() => options.locator('#sites .site').count()).toBe(0);
    popup = await popupWithStatements(tabId);
    expect(await popup.locator('.statement').count()).toBe(3);
    await popup.close();
    await options.close();
    await page.close();
  });

  test('the highlight options apply to an open tab', async () => {
    const { page } = await openArticle('ferry.html');
    const size = (name: string) => page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, name);
    await expect.poll(() => size('whosaid-person')).toBeGreaterThan(0);
    const options = await openOptions();
    await options.getByLabel('People named').uncheck();
    await expect.poll(() => size('whosaid-person')).toBe(0);
    expect(await size('whosaid-quote')).toBeGreaterThan(0);
    await options.getByLabel('People named').check();
    await expect.poll(() => size('whosaid-person')).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  test('switched off everywhere: the popup says so and switches it back on', async () => {
    const { page, tabId } = await openArticle('article.html');
    const options = await openOptions();
    await options.getByRole('switch', { name: /Read news pages/ }).uncheck();
    await expect.poll(() => options.locator('#saved').textContent()).toBe('Saved');
    const popup = await openPopup(tabId);
    expect(await popup.locator('#state .state-title').textContent()).toBe('whosaid is switched off');
    await popup.getByRole('button', { name: 'Switch on' }).click();
    await expect.poll(() => options.getByRole('switch', { name: /Read news pages/ }).isChecked()).toBe(true);
    await options.close();
    await page.close();
  });

  test('read on click: a new page is not read until the popup opens on it', async () => {
    const options = await openOptions();
    await options.getByRole('radio', { name: /When I open whosaid/ }).check();
    await expect.poll(() => options.locator('#saved').textContent()).toBe('Saved');
    const { page, tabId } = await openArticle('article.html');
    const quoteRanges = () => page.evaluate(() => CSS.highlights.get('whosaid-quote')?.size ?? 0);
    const badge = () => browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    // A page that changes (content loaded later) is not read either: the page watcher waits for a first pass.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Ferries leave the north quay every half hour until the last one at eleven.';
      document.querySelector('article')!.append(paragraph);
    });
    await new Promise((ok) => setTimeout(ok, 1500));
    expect(await quoteRanges()).toBe(0);
    expect(await badge()).toBe('');
    const popup = await popupWithStatements(tabId);
    expect(await popup.locator('.statement').count()).toBe(3);
    await expect.poll(badge).toBe('3');
    await expect.poll(quoteRanges).toBeGreaterThan(0);
    await popup.close();
    await options.close();
    await page.close();
  });

  test('a colour chosen in the options is the one the open tab draws with', async () => {
    const { page } = await openArticle('article.html');
    /** The colours the browser draws the first speaker's quotes and the people in. */
    const drawn = () =>
      page.evaluate(() => ({
        quote: getComputedStyle(document.body, '::highlight(whosaid-speaker-0)').backgroundColor,
        person: getComputedStyle(document.body, '::highlight(whosaid-person)').textDecorationColor,
      }));
    const adopted = () => page.evaluate(() => document.adoptedStyleSheets.length);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('whosaid-quote')?.size ?? 0))
      .toBeGreaterThan(0);
    // The settings' defaults (#ffd54f, #90caf9) drawn translucent, by the content script's own stylesheet (in
    // the manifest): no stylesheet adopted, so drawing made the browser restyle nothing.
    const defaults = { quote: 'rgba(255, 213, 79, 0.42)', person: 'rgba(144, 202, 249, 0.95)' };
    expect(await drawn()).toEqual(defaults);
    expect(await adopted()).toBe(0);
    const options = await openOptions();
    await options.getByLabel('A colour for each speaker').uncheck();
    await options.getByLabel('Quote colour').fill('#ff0000');
    await expect.poll(drawn).toEqual({ quote: 'rgba(255, 0, 0, 0.42)', person: defaults.person });
    expect(await adopted()).toBe(1);
    // Back to the default colour: the adopted sheet goes, the content script's stylesheet draws again.
    await options.getByLabel('Quote colour').fill('#ffd54f');
    await expect.poll(adopted).toBe(0);
    expect(await drawn()).toEqual(defaults);
    await options.close();
    await page.close();
  });

  test('the options list the keyboard shortcut', async () => {
    const options = await openOptions();
    await expect
      .poll(() => options.locator('#shortcuts').textContent())
      .toBe('Alt+Shift+HSwitch highlights on or off in this tab');
    await options.close();
  });

  test('the copy format chosen in the options is the popup’s', async () => {
    const { page, tabId } = await openArticle('article.html');
    const options = await openOptions();
    await options.getByRole('radio', { name: /^Markdown/ }).check();
    await expect.poll(() => options.locator('#saved').textContent()).toBe('Saved');
    const popup = await popupWithStatements(tabId);
    expect(await popup.getByLabel('Copy as').inputValue()).toBe('markdown');
    await popup.close();
    await options.close();
    await page.close();
  });
});
