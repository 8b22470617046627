/**
 * The content script in real Chromium with the built extension (run `npm run build` first): it reads the
 * article of a page of our own (tests/fixtures/pages/), highlights quotes and people with the CSS Custom
 * Highlight API, answers the popup's messages, and leaves the page's DOM exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { AnalysisReply } from '../../protocol/messages.ts';
import { FIXTURES, QUOTES, SPEAKERS } from './article-page.ts';
import { launchWithExtension, serveDirectory, type ExtensionBrowser, type StaticServer } from './chromium.ts';

let browser: ExtensionBrowser;
let server: StaticServer;
/** An extension page, to send messages from as the popup does. */
let extensionPage: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  server = await serveDirectory(FIXTURES);
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page, returns it with its tab id once the content script has drawn (or decided not to). */
async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('whosaid')) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${server.origin}/${path}`);
  const tabId = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  expect(tabId).toBeGreaterThan(0);
  return { page, tabId };
}

/** Sends a request to the tab's top frame from the extension page, retrying until the content script listens. */
async function send<T>(tabId: number, message: object): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await extensionPage.evaluate(
        ([id, m]) => chrome.tabs.sendMessage(id as number, m, { frameId: 0 }),
        [tabId, message] as const,
      );
    } catch (error) {
      if (attempt > 20 || !/Receiving end does not exist/i.test(String(error))) throw error;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}

/** The texts of the ranges registered under `name` in the page (main world), whitespace collapsed. */
function highlightTexts(page: Page, name: string): Promise<string[] | null> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    if (!h) return null;
    // A plain loop: hostile.html breaks Array.prototype.map in the page's world.
    const out: string[] = [];
    for (const r of h) out.push(r.toString().replace(/\s+/g, ' '));
    return out;
  }, name);
}

/** Every element the page's own source parses to, to compare the live DOM against. */
async function sourceOuterHtml(page: Page, path: string): Promise<string> {
  const source = readFileSync(resolve(FIXTURES, path), 'utf8');
  return page.evaluate(
    (html) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML,
    source,
  );
}

const liveOuterHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

describe('content script on an article', () => {
  let page: Page;
  let tabId: number;
  let reply: AnalysisReply;
  /** The direct and partial statements (the parser may also find reported speech around them). */
  let quotes: AnalysisReply['analysis']['statements'];

  beforeAll(async () => {
    ({ page, tabId } = await open('article.html'));
    reply = await send<AnalysisReply>(tabId, { type: 'whosaid/get-analysis' });
    quotes = reply.analysis.statements.filter((s) => s.kind !== 'indirect');
  });

  test('answers get-analysis with the article statements, timings and metadata', () => {
    expect(reply.url).toBe(`${server.origin}/article.html`);
    expect(reply.title).toBe('Library stays open after council vote | The Riverside Ledger');
    expect(reply.note).toBeUndefined();
    expect(quotes.map((s) => s.spans.map((x) => x.text).join(' '))).toEqual(QUOTES);
    expect(quotes.map((s) => s.speaker?.name)).toEqual(SPEAKERS);
    const { totalMs, readMs, messageMs, analyzeMs, highlightMs } = reply.timings;
    for (const ms of [totalMs, readMs, messageMs, analyzeMs, highlightMs])
      expect(ms).toBeGreaterThanOrEqual(0);
    expect(totalMs).toBeGreaterThanOrEqual(readMs! + messageMs! + analyzeMs! + highlightMs! - 0.5);
    // The restyle our stylesheet causes is part of highlighting; the script's start-up is outside the pass.
    const { restyleMs, startupMs } = reply.timings;
    expect(restyleMs).toBeGreaterThanOrEqual(0);
    expect(restyleMs).toBeLessThanOrEqual(highlightMs!);
    expect(startupMs).toBeGreaterThan(0);
    expect(reply.metadata).toMatchObject({
      siteName: 'The Riverside Ledger',
      byline: 'Nora Feld',
      published: '2026-03-14T09:30:00Z',
      url: 'https://ledger.example/news/library-vote',
    });
  });

  test('the analysis ran in the background; the page thread did the reading and the drawing', () => {
    expect(reply.analyzedIn).toBe('background');
    const { totalMs, readMs, analyzeMs, highlightMs, pageMs, messageMs } = reply.timings;
    // The whole pass counts the background's analysis and the page's handling of its message; the page's part
    // only the latter (rounding: 0.05 a field).
    expect(analyzeMs).toBeGreaterThan(0);
    expect(totalMs).toBeCloseTo(readMs! + messageMs! + analyzeMs! + highlightMs!, 0);
    expect(messageMs).toBeGreaterThan(0);
    expect(pageMs).toBeCloseTo(readMs! + messageMs! + highlightMs!, 0);
  });

  test('quote highlights cover exactly the quoted words, across <em> and <a>', async () => {
    expect(await highlightTexts(page, 'whosaid-quote')).toEqual(QUOTES);
  });

  test('reported speech is registered where the analysis says, and not drawn', async () => {
    const reported = reply.analysis.statements
      .filter((s) => s.kind === 'indirect')
      .flatMap((s) => s.spans.map((x) => x.text.replace(/\s+/g, ' ')));
    expect((await highlightTexts(page, 'whosaid-reported')) ?? []).toEqual(reported);
    const css = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
    );
    expect(css).not.toContain('whosaid-reported');
  });

  test('people are highlighted; nothing outside the article is', async () => {
    const people = await highlightTexts(page, 'whosaid-person');
    for (const name of SPEAKERS) expect(people).toContain(name);
    const outside = await page.evaluate(() => {
      const out: string[] = [];
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('whosaid-')) return;
        for (const r of h as Iterable<Range>)
          if (!r.commonAncestorContainer.parentElement?.closest('article')) out.push(r.toString());
      });
      return out;
    });
    expect(outside).toEqual([]);
  });

  test('every highlight name starts with whosaid- and quotes are tinted per speaker', async () => {
    const names = await page.evaluate(() => {
      const out: string[] = [];
      CSS.highlights.forEach((_h, name) => out.push(name));
      return out.sort();
    });
    expect(names).toEqual(
      expect.arrayContaining(['whosaid-person', 'whosaid-quote', 'whosaid-speaker-0', 'whosaid-speaker-1']),
    );
    for (const name of names) expect(name).toMatch(/^whosaid-/);
    expect(await highlightTexts(page, 'whosaid-speaker-1')).toEqual([QUOTES[1]]);
  });

  test('the default styles come with the content script: nothing adopted, the DOM is what the source parses to', async () => {
    expect(await liveOuterHtml(page)).toBe(await sourceOuterHtml(page, 'article.html'));
    // The manifest's content-script CSS (entrypoints/content/highlights.css) draws the default colours, so no
    // stylesheet is adopted (adopting one restyles the whole page).
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    const drawn = await page.evaluate(
      () => getComputedStyle(document.body, '::highlight(whosaid-speaker-0)').backgroundColor,
    );
    expect(drawn).toBe('rgba(255, 213, 79, 0.42)'); // the default quote colour #ffd54f, translucent
  });

  test('reveal flashes the statement; an unknown id answers ok: false', async () => {
    const id = quotes[2]!.id;
    expect(await send(tabId, { type: 'whosaid/reveal', statementId: id })).toEqual({ ok: true });
    expect(await highlightTexts(page, 'whosaid-flash')).toEqual([QUOTES[2]]);
    expect(await send(tabId, { type: 'whosaid/reveal', statementId: 'no-such-id' })).toEqual({ ok: false });
    await expect.poll(() => highlightTexts(page, 'whosaid-flash'), { timeout: 5000 }).toBeNull();
  });

  test('the statement at the selection', async () => {
    await page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + needle.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    }, 'for the roof');
    expect(await send(tabId, { type: 'whosaid/statement-at-selection' })).toEqual({
      statementId: quotes[1]!.id,
    });
    await page.evaluate(() => getSelection()!.removeAllRanges());
  });

  test('set-highlights switches them off and on; the DOM stays the same', async () => {
    const before = await liveOuterHtml(page);
    expect(await send(tabId, { type: 'whosaid/set-highlights', enabled: false })).toEqual({ enabled: false });
    expect(
      await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('whosaid-'))),
    ).toEqual([]);
    expect(await send(tabId, { type: 'whosaid/set-highlights' })).toEqual({ enabled: true });
    expect(await highlightTexts(page, 'whosaid-quote')).toEqual(QUOTES);
    expect(await liveOuterHtml(page)).toBe(before);
  });

  test('no whosaid error was logged', () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe('content script when the background does not answer', () => {
  /** How the background's analyzer answers (entrypoints/background/analyzer.ts). */
  const analyzerMode = (mode: 'answer' | 'silent' | 'hang') =>
    browser.worker.evaluate((m) => {
      const hooks = (globalThis as { whosaidBackground?: { setAnalyzerMode(m: string): void } })
        .whosaidBackground;
      hooks!.setAnalyzerMode(m);
    }, mode);

  // silent: no listener answers (as after a reload of the extension); hang: the answer never comes, and the
  // pass gives up after BACKGROUND_TIMEOUT_MS (4 s). The content script holds no parser of its own.
  test.each([
    ['silent', 0],
    ['hang', 4000],
  ] as const)('%s: the reply says the analysis failed, and nothing is drawn', async (mode, waitMs) => {
    await analyzerMode(mode);
    try {
      const { page, tabId } = await open('article.html');
      const reply = await send<AnalysisReply>(tabId, { type: 'whosaid/get-analysis' });
      expect(reply.note).toMatch(/the analysis failed: the extension did not answer/);
      expect(reply.analysis.statements).toEqual([]);
      expect(reply.analyzedIn).toBeUndefined();
      expect((await highlightTexts(page, 'whosaid-quote')) ?? []).toEqual([]);
      expect(reply.timings.wallMs).toBeGreaterThanOrEqual(waitMs);
      await page.close();
    } finally {
      await analyzerMode('answer');
    }
  });

  test('the answer comes from the background again once it answers', async () => {
    const { page, tabId } = await open('article.html');
    const reply = await send<AnalysisReply>(tabId, { type: 'whosaid/get-analysis' });
    expect(reply.analyzedIn).toBe('background');
    await page.close();
  });
});

describe('content script on a page that changes', () => {
  const ADDED = 'Nobody will lose a single opening hour while I chair this council';

  test('a paragraph added later is analyzed and highlighted; a removed one loses its highlight', async () => {
    const { page, tabId } = await open('article.html');
    await send(tabId, { type: 'whosaid/get-analysis' });
    await page.evaluate((quote) => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = `“${quote},” said Maria Santos on Friday, in a statement sent to every household in the town.`;
      document.querySelector('article')!.append(p);
    }, ADDED);
    await expect
      .poll(() => highlightTexts(page, 'whosaid-quote'), { timeout: 8000 })
      .toEqual([...QUOTES, ADDED]);
    // Same speaker, same tint as her first quote.
    expect(await highlightTexts(page, 'whosaid-speaker-0')).toEqual([QUOTES[0], ADDED]);
    const reply = await send<AnalysisReply>(tabId, { type: 'whosaid/get-analysis' });
    expect(reply.analysis.statements.some((s) => s.text === ADDED)).toBe(true);
    expect(reply.analyzedIn).toBe('background');

    await page.evaluate(() => document.querySelector('blockquote')!.remove());
    await expect
      .poll(() => highlightTexts(page, 'whosaid-quote'), { timeout: 8000 })
      .toEqual([QUOTES[0], QUOTES[1], ADDED]);
    await page.close();
  });

  test('single-page navigation to another article analyzes the new one', async () => {
    const { page, tabId } = await open('article.html');
    await send(tabId, { type: 'whosaid/get-analysis' });
    await page.evaluate(() => {
      history.pushState({}, '', '/second-story');
      const article = document.querySelector('article')!;
      const p = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
      article.replaceChildren(
        Object.assign(document.createElement('h1'), { textContent: 'Ferry timetable changes in May' }),
        p(
          'The harbor board will run the first ferry half an hour earlier from May, after a survey of commuters.',
        ),
        p(
          '“People asked for it and we listened,” said Lee Park, who chairs the board, on the quay this morning.',
        ),
        p(
          'The last ferry of the day will leave at eleven, as before, and fares stay the same until the autumn.',
        ),
      );
    });
    await expect
      .poll(() => highlightTexts(page, 'whosaid-quote'), { timeout: 8000 })
      .toEqual(['People asked for it and we listened']);
    const reply = await send<AnalysisReply>(tabId, { type: 'whosaid/get-analysis' });
    expect(reply.url).toBe(`${server.origin}/second-story`);
    await page.close();
  });
});

describe('the hover card', () => {
  /** The centre of the first client rect of the first occurrence of `needle` in the page. */
  const pointOf = (page: Page, needle: string) =>
    page.evaluate((n) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const at = (t as Text).data.indexOf(n);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(t, at);
        range.setEnd(t, at + n.length);
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`not in the page: ${n}`);
    }, needle);

  test('hovering a quote shows who said it; Escape closes it and leaves no trace', async () => {
    const { page, tabId } = await open('article.html');
    await send(tabId, { type: 'whosaid/get-analysis' });
    const before = await liveOuterHtml(page);
    const { x, y } = await pointOf(page, 'four hundred children');
    await page.mouse.move(x, y);
    const card = page.locator('whosaid-card .card');
    await expect.poll(() => card.count(), { timeout: 5000 }).toBe(1);
    expect(`${await card.locator('.who').textContent()}${await card.locator('.how').textContent()}`).toBe(
      'Maria Santos — said',
    );
    expect(await card.locator('.words').textContent()).toBe(QUOTES[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('whosaid-card').count()).toBe(0);
    expect(await liveOuterHtml(page)).toBe(before);
    await page.close();
  });

  test('the pointer beside a quote opens nothing', async () => {
    const { page, tabId } = await open('article.html');
    await send(tabId, { type: 'whosaid/get-analysis' });
    const { y } = await pointOf(page, 'Tom Becker, who voted');
    await page.mouse.move(1150, y); // right margin, same line
    await page.waitForTimeout(900);
    expect(await page.locator('whosaid-card').count()).toBe(0);
    await page.close();
  });

  test('Alt+Shift+W opens the card for the selection, with focus in it', async () => {
    const { page, tabId } = await open('article.html');
    await send(tabId, { type: 'whosaid/get-analysis' });
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const at = (t as Text).data.indexOf('for the roof');
        if (at < 0) continue;
        getSelection()!.setBaseAndExtent(t, at, t, at + 3);
        return;
      }
    });
    await page.keyboard.press('Alt+Shift+KeyW');
    const card = page.locator('whosaid-card .card');
    await expect.poll(() => card.count(), { timeout: 5000 }).toBe(1);
    expect(await card.locator('.who').textContent()).toBe('Tom Becker');
    const focused = await page.evaluate(
      () => document.querySelector('whosaid-card')?.shadowRoot?.activeElement?.textContent,
    );
    expect(focused).toBe('Copy');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => document.querySelector('whosaid-card')?.shadowRoot?.activeElement?.textContent,
      ),
    ).toBe('Close');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('whosaid-card').count()).toBe(0);
    await page.close();
  });
});

describe('content script and the settings', () => {
  /** Stores settings as the options page does (WXT's `sync:whosaid-settings` item). */
  const store = (value: object | null) =>
    extensionPage.evaluate(
      (v) =>
        v
          ? chrome.storage.sync.set({ 'whosaid-settings': v })
          : chrome.storage.sync.remove('whosaid-settings'),
      value,
    );
  const sheetText = (page: Page) =>
    page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
    );

  test('a settings change redraws the open page: colours, people off, then the site off', async () => {
    const { page, tabId } = await open('article.html');
    await send(tabId, { type: 'whosaid/get-analysis' });
    try {
      await store({
        highlights: { quotes: true, people: false, bySpeaker: false },
        colors: { quote: '#00ff00', person: '#ff0000' },
      });
      await expect.poll(() => highlightTexts(page, 'whosaid-person')).toBeNull();
      expect(await highlightTexts(page, 'whosaid-speaker-0')).toEqual(QUOTES);
      expect(await highlightTexts(page, 'whosaid-speaker-1')).toBeNull();
      expect(await sheetText(page)).toContain('rgba(0, 255, 0, 0.42)');

      await store({ disabledSites: ['127.0.0.1'] });
      await expect.poll(() => highlightTexts(page, 'whosaid-quote')).toBeNull();
      const reply = await send<AnalysisReply>(tabId, { type: 'whosaid/get-analysis' });
      expect(reply.note).toBe('whosaid is switched off for this site');
      expect(reply.analysis.statements).toEqual([]);

      await store(null);
      await expect.poll(() => highlightTexts(page, 'whosaid-quote')).toEqual(QUOTES);
      expect(await highlightTexts(page, 'whosaid-person')).toEqual(expect.arrayContaining(SPEAKERS));
    } finally {
      await store(null);
      await page.close();
    }
  });
});

describe('content script on a hostile page', () => {
  test('page errors, tampered globals, frames, shadow DOM, editors, RTL and 5,000 quote marks', async () => {
    const { page, tabId } = await open('hostile.html');
    const started = Date.now();
    const reply = await send<AnalysisReply>(tabId, { type: 'whosaid/get-analysis' });
    expect(Date.now() - started).toBeLessThan(5000);
    const texts = reply.analysis.statements.filter((s) => s.kind !== 'indirect').map((s) => s.text);
    expect(texts).toEqual(
      expect.arrayContaining(['The first lorries arrive at seven', 'We have waited long enough']),
    );
    for (const outside of ['This draft is mine', 'Inside the frame', 'Inside the shadow'])
      expect(texts.join('|')).not.toContain(outside);
    const quotes = (await highlightTexts(page, 'whosaid-quote')) ?? [];
    expect(quotes).toEqual(
      expect.arrayContaining(['The first lorries arrive at seven', 'We have waited long enough']),
    );
    // Nothing drawn inside the editor.
    const inEditor = await page.evaluate(() => {
      let n = 0;
      CSS.highlights.forEach((h) => {
        for (const r of h as Iterable<Range>)
          if (r.commonAncestorContainer.parentElement?.closest('[contenteditable]')) n++;
      });
      return n;
    });
    expect(inEditor).toBe(0);
    expect(consoleErrors.filter((e) => e.includes('[whosaid'))).toEqual([]);
    await page.close();
  });
});

describe('content script on a page that is not an article', () => {
  test('answers with an empty analysis and a note, and draws nothing', async () => {
    const { page, tabId } = await open('not-article.html');
    const reply = await send<AnalysisReply>(tabId, { type: 'whosaid/get-analysis' });
    expect(reply.note).toBe('not an article');
    expect(reply.analysis).toEqual({ people: [], statements: [] });
    expect(await highlightTexts(page, 'whosaid-quote')).toBeNull();
    expect(await liveOuterHtml(page)).toBe(await sourceOuterHtml(page, 'not-article.html'));
  });
});
