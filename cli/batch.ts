import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { BatchOutput } from './batch-line.ts';
import { readLines } from './lines.ts';

export interface BatchOptions {
  /** JSON Lines in: one `{"id","text"}` or `{"id","html","url"?}` a line. */
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** JSON Lines out, one line per non-empty input line, in input order. */
  output: Writable;
  /** Analyzes one raw line (a worker pool, or processLine directly). */
  run: (line: string) => Promise<BatchOutput>;
  /** Lines in flight at most (sent out, or done and waiting for an earlier line): bounds memory. */
  window: number;
}

export interface BatchSummary {
  /** Non-empty input lines read (= output lines written). */
  lines: number;
  /** Output lines that are errors. */
  failed: number;
}

interface Pending {
  done: boolean;
  output: BatchOutput | null;
  promise: Promise<BatchOutput>;
}

/**
 * Streams a batch: reads lines only while fewer than `window` are in flight, writes each output as soon as
 * every earlier line is written, and waits for `output` to drain when it is full. Blank lines (empty or
 * only spaces) are skipped and produce no output. Rejects when reading, writing or `run` fails.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { output, run, window } = options;
  const inFlight: Pending[] = [];
  const summary: BatchSummary = { lines: 0, failed: 0 };

  const write = async (result: BatchOutput): Promise<void> => {
    if (result.failed) summary.failed++;
    if (!output.write(result.out + '\n')) await once(output, 'drain');
  };
  const writeFinished = async (): Promise<void> => {
    while (inFlight[0]?.done) {
      const head = inFlight.shift() as Pending;
      await write(head.output as BatchOutput);
    }
  };

  for await (const line of readLines(options.input)) {
    if (line.trim() === '') continue;
    summary.lines++;
    const pending: Pending = { done: false, output: null, promise: run(line) };
    pending.promise.then(
      (result) => {
        pending.done = true;
        pending.output = result;
      },
      () => {}, // left not done: awaiting it as the head rethrows the error
    );
    inFlight.push(pending);
    await writeFinished();
    while (inFlight.length >= window) {
      const head = inFlight.shift() as Pending;
      await write(await head.promise);
      await writeFinished();
    }
  }
  while (inFlight.length > 0) {
    const head = inFlight.shift() as Pending;
    await write(await head.promise);
  }
  return summary;
}
