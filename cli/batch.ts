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
}

/**
 * Streams a batch: reads lines only while fewer than `window` are in flight and `output` is not full,
 * and writes each output as soon as it and every line before it are done, even while waiting for input.
 * Blank lines (empty or only spaces) are skipped and produce no output. Rejects when reading, writing or
 * `run` fails.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { output, run, window } = options;
  const inFlight: Pending[] = [];
  const summary: BatchSummary = { lines: 0, failed: 0 };
  let blocked = false; // output said it is full; reading waits for 'drain'
  let failure: { error: unknown } | null = null;

  // The loop below sleeps in `changed()` until a line completes, the output drains, or something fails.
  let wake: (() => void) | null = null;
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  const signal = () => {
    wake?.();
    wake = null;
  };
  const onDrain = () => {
    blocked = false;
    signal();
  };
  const onError = (error: unknown) => {
    failure ??= { error };
    signal();
  };
  output.on('drain', onDrain);
  output.on('error', onError);

  /** Writes every finished line at the head, in order. */
  const flush = () => {
    while (inFlight[0]?.done && !failure) {
      const { output: result } = inFlight.shift() as Pending;
      if (!result) continue;
      if (result.failed) summary.failed++;
      if (!output.write(result.out + '\n')) blocked = true;
    }
  };
  const settle = async (busy: () => boolean) => {
    while (busy() && !failure) await changed();
    if (failure) throw failure.error;
  };

  try {
    for await (const line of readLines(options.input)) {
      if (line.trim() === '') continue;
      summary.lines++;
      const pending: Pending = { done: false, output: null };
      inFlight.push(pending);
      run(line).then((result) => {
        pending.done = true;
        pending.output = result;
        flush();
        signal();
      }, onError);
      await settle(() => inFlight.length >= window || blocked);
    }
    await settle(() => inFlight.length > 0 || blocked);
  } finally {
    output.off('drain', onDrain);
    output.off('error', onError);
  }
  return summary;
}
