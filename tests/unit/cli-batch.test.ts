import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { parseBatchLine, processLine, type BatchOutput } from '../../cli/batch-line.ts';
import { runBatch } from '../../cli/batch.ts';
import { readLines } from '../../cli/lines.ts';
import { WorkerPool } from '../../cli/pool.ts';

describe('parseBatchLine', () => {
  test.each([
    ['{"id":"a","text":"Hi."}', { kind: 'text', id: 'a', text: 'Hi.' }],
    ['{"id":7,"text":""}', { kind: 'text', id: 7, text: '' }],
    ['{"id":"h","html":"<p>x</p>"}', { kind: 'html', id: 'h', html: '<p>x</p>' }],
    [
      '{"id":"h","html":"<p>x</p>","url":"https://example.org/a"}',
      { kind: 'html', id: 'h', html: '<p>x</p>', url: 'https://example.org/a' },
    ],
    ['  {"text":"t","id":"b","extra":[1]}  ', { kind: 'text', id: 'b', text: 't' }],
  ])('%s', (line, expected) => {
    expect(parseBatchLine(line)).toEqual(expected);
  });

  test.each([
    ['not json', null, /^invalid JSON/],
    ['{"id":"a","text":"unterminated', null, /^invalid JSON/],
    ['[1,2]', null, /must be a JSON object/],
    ['"text"', null, /must be a JSON object/],
    ['null', null, /must be a JSON object/],
    ['{"text":"no id"}', null, /^missing "id"$/],
    ['{"id":null,"text":"x"}', null, /"id" must be a string or a number/],
    ['{"id":{"a":1},"text":"x"}', null, /"id" must be a string or a number/],
    ['{"id":"a"}', 'a', /^missing "text" or "html"$/],
    ['{"id":"a","text":5}', 'a', /^"text" must be a string$/],
    ['{"id":2,"html":["<p>"]}', 2, /^"html" must be a string$/],
    ['{"id":2,"html":"<p>x</p>","url":3}', 2, /^"url" must be a string$/],
    ['{"id":3,"text":"x","html":"<p>x</p>"}', 3, /not both/],
  ])('%s is an error for id %j', (line, id, message) => {
    const parsed = parseBatchLine(line);
    expect(parsed).toMatchObject({ kind: 'error', id });
    expect(parsed.kind === 'error' && parsed.error).toMatch(message);
  });
});

describe('processLine', () => {
  const quote = '“We will not leave the island without a boat,” Mara Quillon said.';

  test('text: id, people, statements, and nothing else', () => {
    const { out, failed } = processLine(JSON.stringify({ id: 'a1', text: quote }));
    expect(failed).toBe(false);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['id', 'people', 'statements']);
    expect(parsed.id).toBe('a1');
    expect(parsed.statements[0].speaker.name).toBe('Mara Quillon');
  });

  test('html: plus "text", which the offsets refer to', () => {
    const html = `<html><body><nav>Home | News</nav><article><p>${quote}</p></article></body></html>`;
    const parsed = JSON.parse(processLine(JSON.stringify({ id: 5, html })).out);
    expect(Object.keys(parsed)).toEqual(['id', 'people', 'statements', 'text']);
    expect(parsed.text).toContain('Mara Quillon said.');
    expect(parsed.text).not.toContain('Home');
    for (const statement of parsed.statements) {
      for (const span of statement.spans) expect(parsed.text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(parsed.statements.length).toBeGreaterThan(0);
  });

  test('a bad line: {"id", "error"} and failed', () => {
    const { out, failed } = processLine('{"id":"x","text":false}');
    expect(failed).toBe(true);
    expect(JSON.parse(out)).toEqual({ id: 'x', error: '"text" must be a string' });
  });
});

async function collect(chunks: (string | Uint8Array)[]): Promise<string[]> {
  const lines: string[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const line of readLines(source())) lines.push(line);
  return lines;
}

describe('readLines', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  test.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\nb'], ['a', 'b']],
    [['a\r\nb\r\n'], ['a', 'b']],
    [
      ['a', 'b', '\nc'],
      ['ab', 'c'],
    ],
    [['\n\n'], ['', '']],
    [
      ['a\r', '\nb'],
      ['a', 'b'],
    ],
    [[''], []],
  ])('%j', async (chunks, lines) => {
    expect(await collect(chunks)).toEqual(lines);
  });

  test('a 30 MB line in 64 KB chunks is read in linear time', async () => {
    const chunk = 'x'.repeat(65_536);
    async function* source() {
      for (let i = 0; i < 480; i++) yield chunk;
      yield '\r\nnext';
    }
    const started = performance.now();
    const lines: string[] = [];
    for await (const line of readLines(source())) lines.push(line);
    // Quadratic joining took about 15 s here; linear takes well under a second.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(lines.map((l) => l.length)).toEqual([480 * 65_536, 4]);
  });

  test('a character split across chunks is decoded whole; a BOM is dropped', async () => {
    const all = bytes('\uFEFF“é”\n日本\n');
    const chunks = Array.from(all, (byte) => Uint8Array.of(byte)); // one byte per chunk
    expect(await collect(chunks)).toEqual(['“é”', '日本']);
  });
});

/** A Writable that keeps what is written and is slow to drain when `delayMs` is set. */
function sink(delayMs = 0, highWaterMark = 16_384) {
  const lines: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      if (delayMs) setTimeout(done, delayMs);
      else done();
    },
  });
  return { stream, lines };
}

describe('runBatch', () => {
  test('keeps input order while results finish out of order; skips blank lines; bounds lines in flight', async () => {
    const input = Array.from({ length: 40 }, (_, i) => (i % 10 === 3 ? '   \n' : `${i}\n`));
    let inFlight = 0;
    let maxInFlight = 0;
    const run = async (line: string): Promise<BatchOutput> => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await sleep((Number(line) * 7) % 5); // later lines often finish first
      inFlight--;
      return { out: `{"id":${line}}`, failed: line === '5' };
    };
    const { stream, lines } = sink();
    const summary = await runBatch({ input, output: stream, run, window: 6 });
    const expected = input.map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual(expected.map((id) => `{"id":${id}}`));
    expect(summary).toEqual({ lines: 36, failed: 1 });
    expect(maxInFlight).toBeLessThanOrEqual(6);
  });

  test('a slow reader holds back the input: lines read stay within the window plus what the sink buffers', async () => {
    let produced = 0;
    async function* endless() {
      for (let i = 0; i < 120; i++) {
        produced++;
        yield `${i}\n`;
      }
    }
    const { stream, lines } = sink(3, 1); // every write waits for a drain
    const run = async (line: string): Promise<BatchOutput> => ({ out: line, failed: false });
    const done = runBatch({ input: endless(), output: stream, run, window: 4 });
    await sleep(50);
    // About 15 lines written in 50 ms; without backpressure all 120 would have been read at once.
    expect(produced).toBeLessThan(40);
    expect(produced - lines.length).toBeLessThanOrEqual(4 + 2);
    await done;
    expect(lines).toHaveLength(120);
  });

  test('writes a finished line at once, without waiting for more input', async () => {
    let release = () => {};
    const more = new Promise<void>((resolve) => (release = resolve));
    async function* stalling() {
      yield 'first\n';
      await more; // the producer has nothing more for now
      yield 'second\n';
    }
    const { stream, lines } = sink();
    const run = async (line: string): Promise<BatchOutput> => ({ out: line.toUpperCase(), failed: false });
    const done = runBatch({ input: stalling(), output: stream, run, window: 4 });
    await sleep(20);
    expect(lines).toEqual(['FIRST']);
    release();
    await done;
    expect(lines).toEqual(['FIRST', 'SECOND']);
  });

  test('rejects when the run function fails for good', async () => {
    const run = async (): Promise<BatchOutput> => {
      throw new Error('workers gone');
    };
    const { stream } = sink();
    await expect(runBatch({ input: ['a\n', 'b\n'], output: stream, run, window: 2 })).rejects.toThrow(
      'workers gone',
    );
  });
});

/**
 * A worker speaking the pool's protocol, written as plain JavaScript so no TypeScript loader is needed:
 * "hang" loops forever, "crash" throws, anything else is echoed.
 */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ type: 'ready' });
parentPort.on('message', ({ seq, line }) => {
  if (line.includes('hang')) for (;;);
  if (line.includes('crash')) throw new Error('boom on ' + line);
  parentPort.postMessage({ type: 'result', seq, out: 'ok ' + line, failed: false });
});`;

describe('WorkerPool', () => {
  test('a line over the time limit or crashing its worker gets an error line; the others go on', async () => {
    const pool = new WorkerPool({
      size: 2,
      timeoutMs: 600,
      spawn: () => new Worker(FAKE_WORKER, { eval: true }),
    });
    try {
      const lines = ['{"id":1}', '{"id":2,"x":"hang"}', '{"id":3}', '{"id":"c","x":"crash"}', '{"id":5}'];
      const outputs = await Promise.all(lines.map((line) => pool.run(line)));
      expect(outputs[0]).toEqual({ out: 'ok {"id":1}', failed: false });
      expect(outputs[1]).toMatchObject({ failed: true });
      expect(JSON.parse(outputs[1]!.out)).toEqual({ id: 2, error: 'timed out after 0.6 s (see --timeout)' });
      expect(outputs[2]).toEqual({ out: 'ok {"id":3}', failed: false });
      expect(JSON.parse(outputs[3]!.out)).toEqual({
        id: 'c',
        error: 'worker crashed: boom on {"id":"c","x":"crash"}',
      });
      expect(outputs[4]).toEqual({ out: 'ok {"id":5}', failed: false });
      // Replaced workers still serve lines.
      expect(await pool.run('after')).toEqual({ out: 'ok after', failed: false });
    } finally {
      await pool.close();
    }
  });

  test('a crash among lines sent ahead is blamed on the line that caused it, whatever arrives first', async () => {
    const pool = new WorkerPool({
      size: 1,
      timeoutMs: 0,
      spawn: () => new Worker(FAKE_WORKER, { eval: true }),
    });
    try {
      for (let round = 0; round < 3; round++) {
        // All three go to the one worker at once: "a" is answered, then "b" kills it with "c" still queued.
        const outputs = await Promise.all(
          ['{"id":"a"}', '{"id":"b","x":"crash"}', '{"id":"c"}'].map((l) => pool.run(l)),
        );
        expect(outputs.map((o) => o.failed)).toEqual([false, true, false]);
        expect(outputs[0]!.out).toBe('ok {"id":"a"}');
        expect(JSON.parse(outputs[1]!.out)).toEqual({
          id: 'b',
          error: 'worker crashed: boom on {"id":"b","x":"crash"}',
        });
        expect(outputs[2]!.out).toBe('ok {"id":"c"}');
      }
    } finally {
      await pool.close();
    }
  });

  test('gives up when workers cannot start', async () => {
    const broken = 'throw new Error("cannot start");';
    const pool = new WorkerPool({ size: 1, timeoutMs: 0, spawn: () => new Worker(broken, { eval: true }) });
    try {
      // Both lines wait while workers fail to start; once the pool gives up, both reject, as do later ones.
      const waiting = [pool.run('a'), pool.run('b')];
      await expect(waiting[0]).rejects.toThrow(
        'workers keep failing to start (last: worker crashed: cannot start)',
      );
      await expect(waiting[1]).rejects.toThrow(/workers keep failing to start/);
      await expect(pool.run('c')).rejects.toThrow(/workers keep failing to start/);
    } finally {
      await pool.close();
    }
  });
});
