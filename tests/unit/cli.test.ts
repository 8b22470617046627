import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  test('--html reads a file of any name as HTML', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
    try {
      const saved = join(folder, 'saved-page.txt');
      await copyFile(join(root, fixture('page.html')), saved);
      const { code, stdout } = await cli(['--html', '--format', 'json', saved]);
      expect(code).toBe(0);
      const analysis = JSON.parse(stdout);
      expect(analysis.text).toContain('Mara Quillon said after the vote');
      expect(analysis.text).not.toContain('<p>');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
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

  test.concurrent(
    'batch under tsx (the development path): workers load TypeScript',
    { timeout: 30_000 },
    async () => {
      const input = [
        JSON.stringify({ id: 'a', text: QUOTE }),
        'oops',
        JSON.stringify({ id: 'b', text: '' }),
      ].join('\n');
      const { code, stdout, stderr } = await processCli(['batch', '--jobs', '1', '--stats'], input);
      expect(code).toBe(0);
      expect(stderr).toMatch(
        /^whosaid batch: 1 of 3 lines could not be analyzed; .*\nwhosaid batch: 3 lines \(1 error\) in \d+\.\d\d s, \d+ lines\/s, 1 job\n$/,
      );
      const outputs = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(outputs.map((o) => o.id)).toEqual(['a', null, 'b']);
      expect(outputs[0].statements[0].speaker.name).toBe('Mara Quillon');
      expect(outputs[2]).toEqual({ id: 'b', people: [], statements: [] });
    },
  );

  test('no file and a terminal on standard input: a usage error', async () => {
    const { code, stderr } = await cli([], '', true);
    expect(code).toBe(2);
    expect(stderr).toContain('no input: give FILE names');
  });

  test.concurrent(
    'a real process exits with the status: 1 when a file failed',
    { timeout: 30_000 },
    async () => {
      const { code, stdout, stderr } = await processCli([
        '--format',
        'csv',
        'tests/fixtures/cli/missing.txt',
        fixture('article.txt'),
      ]);
      expect(code).toBe(1);
      expect(stderr).toBe('whosaid: tests/fixtures/cli/missing.txt: cannot read: no such file\n');
      expect(stdout).toMatch(/^file,id,kind,speaker,cue,text,start,end\r\n/);
    },
  );

  test('batch rejects file names and file-mode options', async () => {
    const { code, stderr } = await cli(['batch', '--format', 'csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format does not apply to batch');
  });
});
