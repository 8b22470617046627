import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import packageJson from '../package.json' with { type: 'json' };
import { LINES_IN_FLIGHT_PER_JOB, parseArgs, UsageError, type Command } from './args.ts';
import { runBatch } from './batch.ts';
import { formatResults } from './format.ts';
import { helpText } from './help.ts';
import { WorkerPool } from './pool.ts';
import { analyzeInput, type FileResult } from './source.ts';

/** Where the command reads and writes: the process's streams in main.ts, fakes in tests. */
export interface Io {
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  /** Starts one batch worker thread. */
  spawnWorker: () => Worker;
}

/** Exit statuses (see --help). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Runs the command line `argv` (without node and the script) and gives its exit status. Input and usage
 * errors become messages and statuses; it throws only on a bug.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usage(io, error.message);
  }
  switch (command.kind) {
    case 'help':
      io.stdout.write(helpText(availableParallelism()));
      return EXIT.ok;
    case 'version':
      io.stdout.write(`whosaid ${packageJson.version}\n`);
      return EXIT.ok;
    case 'files':
      return runFiles(command, io);
    case 'batch':
      return runBatchCommand(command, io);
    default:
      throw new Error(`unknown command ${(command as { kind: string }).kind}`);
  }
}

function usage(io: Io, message: string): number {
  io.stderr.write(`whosaid: ${message}\nTry "whosaid --help" for usage.\n`);
  return EXIT.usage;
}

async function runFiles(command: Extract<Command, { kind: 'files' }>, io: Io): Promise<number> {
  let files = command.files;
  if (files.length === 0) {
    if (io.stdin.isTTY) return usage(io, 'no input: give FILE names, or "-" or a pipe for standard input');
    files = ['-'];
  }
  if (files.filter((file) => file === '-').length > 1) return usage(io, 'standard input ("-") given twice');
  const results: FileResult[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const result = await analyzeInput(file, command.allHtml, io.stdin);
      if (result.note) io.stderr.write(`whosaid: ${label(file)}: note: ${result.note}\n`);
      results.push(result);
    } catch (error) {
      failed = true;
      io.stderr.write(`whosaid: ${label(file)}: ${describeError(error)}\n`);
    }
  }
  const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
  const width = command.width ?? Math.max(40, columns ?? 80);
  if (results.length > 0) {
    io.stdout.write(formatResults(results, command.format, { width, several: files.length > 1 }));
  }
  return failed ? EXIT.failed : EXIT.ok;
}

function label(file: string): string {
  return file === '-' ? 'standard input' : file;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
};

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && READ_ERRORS[code]) return `cannot read: ${READ_ERRORS[code]}`;
  return error instanceof Error ? error.message : String(error);
}

async function runBatchCommand(command: Extract<Command, { kind: 'batch' }>, io: Io): Promise<number> {
  if (io.stdin.isTTY) {
    io.stderr.write('whosaid batch: reading JSON Lines from the terminal; end with Ctrl-D.\n');
  }
  const pool = new WorkerPool({ size: command.jobs, timeoutMs: command.timeoutMs, spawn: io.spawnWorker });
  const started = performance.now();
  try {
    const summary = await runBatch({
      input: io.stdin,
      output: io.stdout,
      run: (line) => pool.run(line),
      window: command.jobs * LINES_IN_FLIGHT_PER_JOB,
    });
    if (summary.failed > 0) {
      io.stderr.write(
        `whosaid batch: ${summary.failed} of ${summary.lines} lines could not be analyzed; ` +
          'their output lines have an "error" field.\n',
      );
    }
    if (command.stats) {
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(summary.lines / seconds) : summary.lines;
      io.stderr.write(
        `whosaid batch: ${summary.lines} lines (${summary.failed} ${summary.failed === 1 ? 'error' : 'errors'}) in ${seconds.toFixed(2)} s, ` +
          `${rate} lines/s, ${command.jobs} ${command.jobs === 1 ? 'job' : 'jobs'}\n`,
      );
    }
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`whosaid batch: ${describeError(error)}\n`);
    return EXIT.failed;
  } finally {
    await pool.close();
  }
}
