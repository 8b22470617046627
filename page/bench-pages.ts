/**
 * Benchmark (not a test): the content script's page pass against Mozilla Readability's `parse()` on the saved
 * pages of ../shared/corpora/readability-pages, in the same Chromium, plus the longest task of ours and a
 * generated page of 5 MB of text. Run after `npm run build`:
 *
 *     npx tsx page/bench-pages.ts [name...]
 *
 * Prints one line per page and a summary: pages with attributed statements, the median ratio of our pass
 * (`timings.totalMs`: read + analyze + highlight) to Readability's parse (on a clone, clone not timed), and
 * the longest task of ours. Other sites' requests are blocked; nothing is fetched.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { AnalysisReply } from '../protocol/messages.ts';
import { launchWithExtension, serveDirectory } from '../tests/browser/chromium.ts';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpora/readability-pages');
const READABILITY = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');

interface Row {
  name: string;
  statements: number;
  attributed: number;
  oursMs: number;
  longestMs: number;
  readabilityMs: number;
  note?: string;
}

/** A page of about `megabytes` MB of article text: paragraphs with quotes, names and plain sentences. */
function hugePage(megabytes: number): string {
  const paragraph = (i: number) =>
    `<p>“We will finish section ${i} before the winter,” said Ann Lee, the engineer in charge of the works. ` +
    `The council had asked for a timetable, and the contractors said the weather would decide most of it.</p>`;
  const count = Math.ceil((megabytes * 1e6) / 200);
  return `<!doctype html><html><head><title>Huge</title></head><body><article><h1>A very long report</h1>${Array.from(
    { length: count },
    (_, i) => paragraph(i),
  ).join('\n')}</article></body></html>`;
}

async function askAnalysis(extensionPage: Page, tabId: number): Promise<AnalysisReply> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await extensionPage.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'whosaid/get-analysis' }, { frameId: 0 }),
        tabId,
      );
    } catch (error) {
      if (attempt > 100 || !/Receiving end does not exist/i.test(String(error))) throw error;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`No corpus at ${CORPUS}: nothing to measure.`);
    return;
  }
  const names = process.argv.slice(2).length
    ? process.argv.slice(2)
    : readdirSync(CORPUS).filter((n) => existsSync(join(CORPUS, n, 'source.html')));
  const hugeDir = mkdtempSync(join(tmpdir(), 'whosaid-huge-'));
  writeFileSync(join(hugeDir, 'source.html'), hugePage(5));
  const browser = await launchWithExtension();
  const server = await serveDirectory(CORPUS);
  const hugeServer = await serveDirectory(hugeDir);
  const local = (href: string) => href.startsWith(server.origin) || href.startsWith(hugeServer.origin);
  await browser.context.route(
    (url) => !local(url.href) && url.protocol !== 'chrome-extension:' && url.protocol !== 'data:',
    (route) => route.abort(),
  );
  const extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const readabilitySource = readFileSync(READABILITY, 'utf8');

  const rows: Row[] = [];
  const targets = [
    ...names.map((name) => ({ name, url: `${server.origin}/${name}/source.html` })),
    { name: '(generated 5 MB)', url: `${hugeServer.origin}/source.html` },
  ];
  for (const { name, url } of targets) {
    const page = await browser.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const tabId = await browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      const reply = await askAnalysis(extensionPage, tabId);
      // Readability after our pass, in the page's main world, on a clone (parse() changes the document).
      await page.addScriptTag({
        content: `${readabilitySource}\nwindow.__whosaidBenchReadability = Readability;`,
      });
      const readabilityMs = await page.evaluate(() => {
        const R = (
          window as unknown as { __whosaidBenchReadability: new (d: Document) => { parse(): unknown } }
        ).__whosaidBenchReadability;
        const times: number[] = [];
        for (let i = 0; i < 3; i++) {
          const clone = document.cloneNode(true) as Document;
          const t = performance.now();
          new R(clone).parse();
          times.push(performance.now() - t);
        }
        return times.sort((a, b) => a - b)[1]!;
      });
      const statements = reply.analysis.statements;
      rows.push({
        name,
        statements: statements.length,
        attributed: statements.filter((s) => s.speaker).length,
        oursMs: reply.timings.totalMs,
        longestMs: reply.timings.longestTaskMs ?? reply.timings.totalMs,
        readabilityMs,
        ...(reply.note ? { note: reply.note } : {}),
      });
      const r = rows[rows.length - 1]!;
      console.log(
        `${name.padEnd(42)} ours ${r.oursMs.toFixed(1).padStart(7)} ms  longest ${r.longestMs.toFixed(1).padStart(6)} ms  ` +
          `readability ${readabilityMs.toFixed(1).padStart(7)} ms  ratio ${(r.oursMs / readabilityMs).toFixed(2).padStart(5)}  ` +
          `statements ${String(r.statements).padStart(3)} (${r.attributed} attributed)${r.note ? `  note: ${r.note}` : ''}` +
          `  [read ${reply.timings.readMs} analyze ${reply.timings.analyzeMs} highlight ${reply.timings.highlightMs}]`,
      );
    } catch (error) {
      console.log(`${name.padEnd(42)} FAILED: ${String(error).split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  await browser.close();
  await server.close();
  await hugeServer.close();
  rmSync(hugeDir, { recursive: true, force: true });

  const corpusRows = rows.filter((r) => !r.name.startsWith('('));
  const analyzed = corpusRows.filter((r) => !r.note);
  const ratios = analyzed.map((r) => r.oursMs / r.readabilityMs).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)] ?? NaN;
  const worst = [...rows].sort((a, b) => b.longestMs - a.longestMs)[0];
  console.log(
    `\n${corpusRows.length} pages; ${analyzed.length} read as articles; ${analyzed.filter((r) => r.attributed > 0).length} with attributed statements ` +
      `(${analyzed.reduce((n, r) => n + r.attributed, 0)} attributed of ${analyzed.reduce((n, r) => n + r.statements, 0)} statements).\n` +
      `Median ratio ours/Readability over the articles: ${median.toFixed(2)}; p90 ${(ratios[Math.floor(ratios.length * 0.9)] ?? NaN).toFixed(2)}.\n` +
      `Longest task of ours: ${worst?.longestMs.toFixed(1)} ms (${worst?.name}).`,
  );
}

await main();
