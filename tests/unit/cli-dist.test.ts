import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
let out: string;
let alone: string;

const QUOTE = '“We will not leave the island without a boat,” Mara Quillon said.';

/** Runs the bundled cli.js with `input` on standard input. */
function bundled(
  args: string[],
  input: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(out, 'cli.js'), ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

// Builds dist/ into a temp folder, then runs cli.js copied where no node_modules can be found: the bundle
// must carry linkedom and start its own workers.
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'whosaid-dist-'));
  await run(process.execPath, ['scripts/build-dist.mjs', out], { cwd: root });
  alone = await mkdtemp(join(tmpdir(), 'whosaid-alone-'));
  await copyFile(join(out, 'cli.js'), join(alone, 'cli.js'));
}, 60_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
  await rm(alone, { recursive: true, force: true });
});

describe('build-dist', () => {
  test('cli.js is an executable node script', async () => {
    const text = await readFile(join(out, 'cli.js'), 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((await stat(join(out, 'cli.js'))).mode & 0o111).toBe(0o111);
  });

  test('lib.js exports analyze and nothing that needs Node or a DOM', async () => {
    const lib = await import(pathToFileURL(join(out, 'lib.js')).href);
    expect(Object.keys(lib)).toEqual(['analyze']);
    const text = '“We will win,” Mara Quillon said.';
    const analysis = lib.analyze(text);
    expect(analysis.statements[0].speaker.name).toBe('Mara Quillon');
    const source = await readFile(join(out, 'lib.js'), 'utf8');
    expect(source).not.toMatch(/from ["']node:|require\(/);
    expect(await readFile(join(out, 'lib.d.ts'), 'utf8')).toContain(
      'export declare function analyze(text: string): Analysis;',
    );
  });

  test(
    'batch with 3 workers: one line per input line in input order, bad lines answered, blank lines skipped',
    { timeout: 30_000 },
    async () => {
      const inputs: string[] = [];
      const expected: { id: unknown; error?: RegExp; html?: boolean }[] = [];
      for (let i = 0; i < 45; i++) {
        // Long and short articles interleaved, so workers finish out of order.
        const text = `${'The council met again. '.repeat(i % 4 === 0 ? 400 : 1)}${QUOTE}`;
        switch (i % 9) {
          case 3:
            inputs.push('{"id": "broken", "text": ');
            expected.push({ id: null, error: /^invalid JSON/ });
            break;
          case 5:
            inputs.push(JSON.stringify({ id: i, title: 'no text' }));
            expected.push({ id: i, error: /^missing "text" or "html"$/ });
            break;
          case 6:
            inputs.push('', '   ');
            inputs.push(
              JSON.stringify({
                id: `h${i}`,
                html: `<article><p>${text}</p></article>`,
                url: 'https://example.org/x',
              }),
            );
            expected.push({ id: `h${i}`, html: true });
            break;
          default:
            inputs.push(JSON.stringify({ id: i, text }));
            expected.push({ id: i });
        }
      }
      const { code, stdout, stderr } = await bundled(['batch', '--jobs', '3'], inputs.join('\n') + '\n');
      expect(code).toBe(0);
      expect(stderr).toBe(
        `whosaid batch: 10 of 45 lines could not be analyzed; their output lines have an "error" field.\n`,
      );
      const lines = stdout.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(expected.length);
      lines.forEach((line, i) => {
        const out = JSON.parse(line);
        const want = expected[i]!;
        expect(out.id).toEqual(want.id);
        if (want.error) {
          expect(Object.keys(out)).toEqual(['id', 'error']);
          expect(out.error).toMatch(want.error);
        } else {
          expect(Object.keys(out)).toEqual(
            want.html ? ['id', 'people', 'statements', 'text'] : ['id', 'people', 'statements'],
          );
          expect(out.people).toBeInstanceOf(Array);
          expect(out.statements).toBeInstanceOf(Array);
          if (want.html) expect(out.text).toContain(QUOTE);
        }
      });
    },
  );

  test('cli.js runs alone: an HTML batch line through two bundled workers', { timeout: 30_000 }, async () => {
    const lines = [1, 2, 3, 4].map((id) =>
      JSON.stringify({
        id,
        html: `<article><p>“We will win number ${id},” Mara Quillon said.</p></article>`,
      }),
    );
    const child = execFile(process.execPath, [join(alone, 'cli.js'), 'batch', '--jobs', '2'], { cwd: alone });
    child.stdin?.end(lines.join('\n'));
    let stdout = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const outputs = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(outputs.map((o) => o.id)).toEqual([1, 2, 3, 4]);
    expect(outputs[2].text).toBe('“We will win number 3,” Mara Quillon said.');
  });
});
