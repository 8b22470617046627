import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { run } from '../../cli/run.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const fixture = (name: string) => `tests/fixtures/cli/${name}`;
const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The command run in this process with fake streams: fast, for everything but worker threads. */
async function cli(args: string[], input = '', stdinIsTTY = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const collect = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString());
        done();
      },
    });
  const stdin = Object.assign(Readable.from([Buffer.from(input)]), { isTTY: stdinIsTTY });
  const code = await run(args, {
    stdin,
    stdout: collect((text) => (stdout += text)),
    stderr: collect((text) => (stderr += text)),
    spawnWorker: () => {
      throw new Error('no workers in process');
    },
  });
  return { code, stdout, stderr };
}

/** The real command as a process, through tsx so no build is needed (dist/cli.js is the same code bundled). */
function processCli(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['cli/main.ts', ...args], { cwd: root, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const QUOTE = '“We will not leave the island without a boat,” Mara Quillon said.';

describe('whosaid', () => {
  test('--help explains files, formats, batch and its blank lines, with examples', async () => {
    const { code, stdout, stderr } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const text of [
      '--format',
      'text',
      'json',
      'md',
      'csv',
      'whosaid batch',
      '--jobs',
      'Empty and blank lines are skipped',
      'Examples:',
      'Exit status:',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  test('--version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `whosaid ${version}\n`, stderr: '' });
  });

  test('a usage error: exit 2, nothing on stdout, the reason on stderr', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'xml', fixture('article.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'whosaid: unknown format "xml" (choose one of text, json, md, csv)\nTry "whosaid --help" for usage.\n',
    );
  });

  test('.txt as a text table; a missing file is reported and exits 1, the other file still printed', async () => {
    const { code, stdout, stderr } = await cli([
      '--width',
      '100',
      fixture('article.txt'),
      'tests/fixtures/cli/missing.txt',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('whosaid: tests/fixtures/cli/missing.txt: cannot read: no such file\n');
    expect(stdout).toMatch(
      /^== tests\/fixtures\/cli\/article\.txt: \d+ statements?, \d+ (?:person|people)\n/,
    );
    expect(stdout).toMatch(/\ns1 +direct +Mara Quillon +said +“We will not leave the island without a boat/);
  });

  test('.html as JSON: the article text (no menu, script or sidebar) and offsets into it', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'json', fixture('page.html')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const analysis = JSON.parse(stdout);
    expect(Object.keys(analysis)).toEqual(['people', 'statements', 'text']);
    expect(analysis.text).toContain('Mara Quillon said after the vote');
    for (const furniture of ['Menu items', 'This script text', 'Read our other stories', 'Gazette']) {
      expect(analysis.text).not.toContain(furniture);
    }
    const quote = analysis.statements.find((s: { text: string }) => s.text.startsWith('We will not leave'));
    expect(quote.kind).toBe('direct');
    expect(quote.speaker.name).toBe('Mara Quillon');
    for (const s of analysis.statements) {
      for (const span of s.spans) expect(analysis.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  test('csv over two files labels each row with its file', async () => {
    const { code, stdout } = await cli(['--format', 'csv', fixture('article.txt'), fixture('page.html')]);
    expect(code).toBe(0);
    const rows = stdout.split('\r\n');
    expect(rows[0]).toBe('file,id,kind,speaker,cue,text,start,end');
    expect(rows.some((row) => row.startsWith(`${fixture('article.txt')},s1,direct,Mara Quillon,said,`))).toBe(
      true,
    );
    expect(rows.some((row) => row.startsWith(`${fixture('page.html')},s1,direct,Mara Quillon,said,`))).toBe(
      true,
    );
  });

  test.each([
    [[], QUOTE],
    [['-'], QUOTE],
    [['--html', '-'], `<html><body><nav>Home</nav><article><p>${QUOTE}</p></article></body></html>`],
  ])('standard input %j', async (args, input) => {
    const { code, stdout } = await cli(['--format', 'md', ...args], input);
    expect(code).toBe(0);
    expect(stdout).toContain('## standard input\n');
    expect(stdout).toContain('| s1 | direct | Mara Quillon | said | “We will not leave the island');
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
      const { code, stdout, stderr } = await processCli(['batch', '--jobs', '3'], inputs.join('\n') + '\n');
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

  test('no file and a terminal on standard input: a usage error', async () => {
    const { code, stderr } = await cli([], '', true);
    expect(code).toBe(2);
    expect(stderr).toContain('no input: give FILE names');
  });

  test('a real process exits with the status: 1 when a file failed', { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await processCli([
      '--format',
      'csv',
      'tests/fixtures/cli/missing.txt',
      fixture('article.txt'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('whosaid: tests/fixtures/cli/missing.txt: cannot read: no such file\n');
    expect(stdout).toMatch(/^file,id,kind,speaker,cue,text,start,end\r\n/);
  });

  test('batch rejects file names and file-mode options', async () => {
    const { code, stderr } = await cli(['batch', '--format', 'csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format does not apply to batch');
  });
});
