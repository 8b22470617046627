/**
 * `npm start`: the whosaid demo. Analyzes the bundled sample article (tests/fixtures/articles/sample.txt) with
 * `analyze()` and prints who said what and the people found. Then, when Debian's Chromium is installed, renders
 * the article as a small news page, opens it in Chromium with the built extension (.output/chrome-mv3), waits
 * for the extension's highlights, saves docs/screenshot.png (the page beside the toolbar popup) and prints what
 * the content script reports.
 *
 * Expected conditions (no Chromium, no build, no highlights in time) are reported in one plain line and the
 * demo still exits 0; only an unexpected failure exits 1.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { analyze } from '../lib/index.ts';
import type { Analysis, Statement } from '../lib/index.ts';
import {
  CHROMIUM_PATH,
  EXTENSION_DIR,
  hasChromium,
  launchWithExtension,
  serveDirectory,
  type ExtensionBrowser,
} from '../tests/browser/chromium.ts';
import type { Worker } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'tests/fixtures/articles/sample.txt');
const SCREENSHOT = join(ROOT, 'docs/screenshot.png');
/** How long to wait for the content script's first highlight before giving up. */
const HIGHLIGHT_TIMEOUT_MS = 10_000;
/** The popup's picture: about the size Chrome gives a toolbar popup. */
const POPUP_SIZE = { width: 420, height: 600 };

const HEADLINE = 'Whitlock answers critics over harbour theatre vote';
const BYLINE = 'By our arts correspondent · Thursday';

/** A condition the demo expects and explains in one line (no stack trace). */
class Notice extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Tables

/** Splits `text` into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
function fold(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Prints rows as a table: a header, a rule, then each row; the last column may hold several lines. */
function printTable(header: string[], rows: string[][][]): void {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => Math.max(0, ...(row[i] ?? []).map((l) => l.length)))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '─'.repeat(w))));
  for (const row of rows) {
    const height = Math.max(...row.map((cell) => cell.length));
    for (let k = 0; k < height; k++) console.log(line(row.map((cell) => cell[k] ?? '')));
  }
}

/** "Dana Whitlock (she)" when the mention next to the statement differs from the name; "—" for no speaker. */
function speakerLabel(statement: Statement): string {
  const { speaker } = statement;
  if (!speaker) return '—';
  const mention = speaker.mention?.text;
  // Show the mention only when it adds something: "she", "the trust", not "Whitlock".
  return mention && !speaker.name.includes(mention) ? `${speaker.name} (${mention})` : speaker.name;
}

/**
 * The statement's words as a reader sees them: quotes in curly marks, reported speech as is; the parts of a
 * quote split around its cue or continued over paragraphs are joined by " … ".
 */
function quoteLabel(statement: Statement): string {
  const words = statement.spans.length > 1 ? statement.spans.map((s) => s.text).join(' … ') : statement.text;
  switch (statement.kind) {
    case 'direct':
    case 'partial':
      return `“${words}”`;
    case 'indirect':
      return words;
    default:
      throw new Error(`unknown statement kind: ${JSON.stringify(statement.kind satisfies never)}`);
  }
}

function printAnalysis(analysis: Analysis): void {
  const columns = process.stdout.columns ?? 110;
  const { statements, people } = analysis;

  console.log(`\nWho said what (${statements.length} statements)\n`);
  const rows = statements.map((s, i) => [String(i + 1), s.kind, speakerLabel(s), s.cue?.text ?? '—']);
  const header = ['#', 'kind', 'speaker', 'cue'];
  const used = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
  // The statement column takes what the other columns and their two-space gaps leave of the terminal.
  const quoteWidth = Math.max(30, columns - used.reduce((a, b) => a + b + 2, 0));
  printTable(
    [...header, 'statement'],
    statements.map((s, i) => [...(rows[i] ?? []).map((cell) => [cell]), fold(quoteLabel(s), quoteWidth)]),
  );

  console.log(`\nPeople (${people.length})\n`);
  printTable(
    ['name', 'gender', 'mentions', 'as'],
    people.map((p) => {
      const forms = [...new Set(p.mentions.map((m) => m.text))].join(', ');
      return [[p.name], [p.gender ?? '—'], [String(p.mentions.length)], fold(forms, 60)];
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The article as a news page

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small, self-contained news page around the article's paragraphs. */
function newsPage(article: string): string {
  const paragraphs = article
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `      <p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(HEADLINE)} | The Harbour Gazette</title>
  <meta name="author" content="our arts correspondent">
  <style>
    body { margin: 0; font: 18px/1.6 Georgia, 'DejaVu Serif', serif; color: #1d1d1f; background: #fff; }
    header.site, footer { font-family: system-ui, 'DejaVu Sans', sans-serif; }
    header.site { border-bottom: 3px solid #1d1d1f; padding: 14px 32px; display: flex; align-items: baseline; gap: 32px; }
    header.site strong { font: 700 24px Georgia, 'DejaVu Serif', serif; }
    nav a { color: #444; text-decoration: none; margin-right: 18px; font-size: 15px; }
    main { max-width: 720px; margin: 32px auto; padding: 0 24px; }
    h1 { font-size: 36px; line-height: 1.2; margin: 0 0 8px; }
    .byline { color: #666; font: 14px system-ui, 'DejaVu Sans', sans-serif; margin-bottom: 24px; }
    footer { border-top: 1px solid #ccc; color: #777; font-size: 13px; padding: 16px 32px; }
  </style>
</head>
<body>
  <header class="site">
    <strong>The Harbour Gazette</strong>
    <nav><a href="#">Home</a><a href="#">Local</a><a href="#">Arts</a><a href="#">Opinion</a><a href="#">Sport</a></nav>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(HEADLINE)}</h1>
      <div class="byline">${escapeHtml(BYLINE)}</div>
${paragraphs}
    </article>
  </main>
  <footer>A made-up newspaper for the whosaid demo. Every person and event in this article is fictional.</footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// The extension in Chromium

interface ReplySummary {
  statements: number;
  people: number;
  totalMs: number | null;
  note: string | null;
}

/**
 * Opens the news page in Chromium with the extension, waits for highlights, saves the screenshot, and compares
 * the content script's counts with `expected`, the analysis of the bare article.
 */
async function browserDemo(article: string, expected: Analysis): Promise<void> {
  console.log('\nIn the browser\n');
  if (!hasChromium()) {
    throw new Notice(
      `No Chromium at ${CHROMIUM_PATH}, so no browser demo. Install Debian's Chromium with ` +
        '`apt-get install -y chromium` (or set CHROMIUM_PATH) and run `npm start` again.',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Notice(`No built extension in ${relative(ROOT, EXTENSION_DIR)}: run \`npm run build\` first.`);

  const siteDir = mkdtempSync(join(tmpdir(), 'whosaid-demo-'));
  writeFileSync(join(siteDir, 'index.html'), newsPage(article));
  const server = await serveDirectory(siteDir);
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    // Errors thrown in the page, the content script's included: they explain a missing highlight.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message.split('\n')[0] ?? error.message));
    const url = `${server.origin}/index.html`;
    await page.goto(url);
    console.log(`Opened ${url} in Chromium with the extension (${browser.extensionId}).`);

    const highlighted = await page
      .waitForFunction(() => CSS.highlights.has('whosaid-quote'), undefined, {
        timeout: HIGHLIGHT_TIMEOUT_MS,
      })
      .then(() => true)
      .catch(() => false);
    if (!highlighted) {
      throw new Notice(
        `No highlights after ${HIGHLIGHT_TIMEOUT_MS / 1000} s: the content script did not register ` +
          "CSS.highlights 'whosaid-quote' on the page. The screenshot was not updated." +
          (errors.length ? ` Errors in the page: ${[...new Set(errors)].join('; ')}` : ''),
      );
    }
    const names = await page.evaluate(() =>
      [...CSS.highlights.keys()].filter((k) => k.startsWith('whosaid-')),
    );
    console.log(`Highlights registered: ${names.join(', ')}`);

    const tabId = await activeTabId(browser.worker);
    const pageShot = join(siteDir, 'page.png');
    await page.screenshot({ path: pageShot, fullPage: true });
    const popupShot = join(siteDir, 'popup.png');
    const popupProblem = await screenshotPopup(browser, tabId, popupShot);
    if (popupProblem) console.log(`The popup is left out of the screenshot: ${popupProblem}`);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    if (popupProblem) copyFileSync(pageShot, SCREENSHOT);
    else await sideBySide(browser, `${server.origin}/side-by-side.html`, siteDir, SCREENSHOT);
    console.log(`Screenshot saved to ${relative(process.cwd(), SCREENSHOT) || SCREENSHOT}`);

    const reply = await askContentScript(browser.worker, tabId);
    if (typeof reply === 'string') {
      console.log(`The content script did not answer 'whosaid/get-analysis': ${reply}`);
    } else {
      const ms = reply.totalMs === null ? '' : ` in ${reply.totalMs.toFixed(1)} ms (its whole page pass)`;
      const same = reply.statements === expected.statements.length && reply.people === expected.people.length;
      console.log(
        `The content script reports ${reply.statements} statements and ${reply.people} people${ms}` +
          (reply.note ? `; note: ${reply.note}` : '') +
          (same
            ? ', as analyze() found above.'
            : '. (It reads the page, which adds a headline, byline, nav and footer to the article text.)'),
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(siteDir, { recursive: true, force: true });
  }
}

/**
 * The id of the tab just opened. New pages become the active tab, and without the "tabs" permission the
 * extension cannot match tabs by URL.
 */
async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/**
 * Opens popup.html for `tabId` in a popup-sized tab (headless Chromium has no toolbar to click) and saves it
 * to `file` once it lists statements. Returns null, or why there is no popup picture.
 */
async function screenshotPopup(
  browser: ExtensionBrowser,
  tabId: number,
  file: string,
): Promise<string | null> {
  const popup = await browser.context.newPage();
  try {
    await popup.setViewportSize({ width: POPUP_SIZE.width, height: POPUP_SIZE.height });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const listed = await popup
      .waitForSelector('.statement', { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!listed) return 'it listed no statements within 5 s';
    await popup.screenshot({ path: file });
    return null;
  } finally {
    await popup.close();
  }
}

/** Puts page.png and popup.png (in `dir`, served at `url`'s folder) side by side and saves that to `file`. */
async function sideBySide(browser: ExtensionBrowser, url: string, dir: string, file: string): Promise<void> {
  writeFileSync(
    join(dir, 'side-by-side.html'),
    `<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; background: #dfe1e6; display: flex; gap: 24px; align-items: flex-start;
         width: max-content; font: 14px system-ui, 'DejaVu Sans', sans-serif; color: #333; }
  img { display: block; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.25); }
  figure { margin: 0; } figcaption { margin: 0 0 8px; }
</style>
<figure><figcaption>The article, highlighted</figcaption><img src="page.png"></figure>
<figure><figcaption>The toolbar popup</figcaption><img src="popup.png"></figure>`,
  );
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    const width = await page.evaluate(() => document.body.scrollWidth);
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await page.close();
  }
}

/**
 * Sends `{ type: 'whosaid/get-analysis' }` to tab `tabId`, from the extension's service worker.
 * Returns a summary of the reply, or a string saying why there is none.
 */
async function askContentScript(worker: Worker, tabId: number): Promise<ReplySummary | string> {
  try {
    return await worker.evaluate(async (id): Promise<ReplySummary | string> => {
      const reply: unknown = await chrome.tabs.sendMessage(id, { type: 'whosaid/get-analysis' });
      if (typeof reply !== 'object' || reply === null) return `unexpected answer ${JSON.stringify(reply)}`;
      const r = reply as {
        analysis?: { statements?: unknown[]; people?: unknown[] };
        timings?: { totalMs?: unknown };
        note?: unknown;
      };
      return {
        statements: r.analysis?.statements?.length ?? 0,
        people: r.analysis?.people?.length ?? 0,
        totalMs: typeof r.timings?.totalMs === 'number' ? r.timings.totalMs : null,
        note: typeof r.note === 'string' ? r.note : null,
      };
    }, tabId);
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const article = readFileSync(SAMPLE, 'utf8');
  console.log(`whosaid demo: ${relative(ROOT, SAMPLE)} (${article.length} characters)`);
  const started = performance.now();
  const analysis = analyze(article);
  const cold = performance.now() - started;
  const again = performance.now();
  analyze(article);
  const warm = performance.now() - again;
  printAnalysis(analysis);
  console.log(
    `\nanalyze() took ${cold.toFixed(1)} ms on its first call (loading its tables), ${warm.toFixed(1)} ms after.`,
  );
  try {
    await browserDemo(article, analysis);
  } catch (error) {
    if (error instanceof Notice) console.log(error.message);
    else throw error;
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
