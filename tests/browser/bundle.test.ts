/**
 * The build outputs (DESIGN.md, "Contracts"): run after `npm run build`. The content script stays small enough
 * to inject on every news page, and dist/lib.js is an ES module whose `analyze` is the parser of lib/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { analyze as sourceAnalyze } from '../../lib/index.ts';
import type { Analysis } from '../../lib/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_SCRIPT = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const LIB = join(ROOT, 'dist/lib.js');
const NOT_BUILT = 'run `npm run build` first';

describe('content script bundle', () => {
  test('is built', () => {
    expect(existsSync(CONTENT_SCRIPT), NOT_BUILT).toBe(true);
  });

  test('is under 100 KB gzipped', () => {
    const gzipped = gzipSync(readFileSync(CONTENT_SCRIPT), { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThan(100 * 1024);
  });

  test('carries no WXT storage: the content script reads its settings itself (protocol/stored-settings.ts)', () => {
    // WXT storage's module set-up ran on every page; an identifier named `storage` in the content script's
    // files is enough for WXT's auto-imports to bring it back.
    expect(readFileSync(CONTENT_SCRIPT, 'utf8')).not.toContain('wxt/storage');
    expect(readFileSync(join(ROOT, '.output/chrome-mv3/background.js'), 'utf8')).toContain('wxt/storage');
  });
});

describe('dist/lib.js', () => {
  const text = [
    '“We will win the vote,” Kim Kardashian said on Monday.',
    '',
    'Her rival, Mr. Smith, called the plan “a disaster for the city.”',
  ].join('\n');

  async function load(): Promise<{ analyze: (text: string) => Analysis }> {
    expect(existsSync(LIB), NOT_BUILT).toBe(true);
    return (await import(pathToFileURL(LIB).href)) as { analyze: (text: string) => Analysis };
  }

  test('exports analyze', async () => {
    const lib = await load();
    expect(typeof lib.analyze).toBe('function');
  });

  test('analyze finds the quote and its speaker in a small text', async () => {
    const { analyze } = await load();
    const analysis = analyze(text);
    const quote = analysis.statements.find((s) => s.text.includes('We will win the vote'));
    expect(quote, JSON.stringify(analysis.statements)).toBeDefined();
    const start = text.indexOf('We will win');
    expect(quote!.spans[0]!.start).toBe(start);
    expect(quote!.speaker?.name).toBe('Kim Kardashian');
    expect(analysis.people.map((p) => p.name)).toContain('Kim Kardashian');
  });

  test('gives the same Analysis as lib/ (the bundle is not stale)', async () => {
    const { analyze } = await load();
    expect(analyze(text)).toEqual(sourceAnalyze(text));
    expect(analyze('')).toEqual({ people: [], statements: [] });
  });
});
