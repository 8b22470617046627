import { availableParallelism } from 'node:os';

/** Output formats of file mode. */
export const FORMATS = ['text', 'json', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command line asks for, tagged by `kind`. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'files';
      /** File names in argument order; `-` is standard input. Empty: read piped standard input. */
      files: string[];
      format: Format;
      /** Columns of the text format; undefined: the terminal's width, or 80 when not a terminal. */
      width?: number;
      /** Read every input (standard input too) as HTML, whatever its name. */
      allHtml: boolean;
    }
  | {
      kind: 'batch';
      /** Worker threads, at least 1. */
      jobs: number;
      /** Per-line time limit in milliseconds; 0 for none. */
      timeoutMs: number;
      /** Print lines, errors, time and lines per second to standard error at the end. */
      stats: boolean;
    };

/** A mistake in the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Default per-line time limit of batch mode, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/**
 * Batch lines in flight per job (sent to a worker, or done and waiting for an earlier line). Output keeps
 * input order, so a long article at the head holds the window and starves the other workers once it is
 * full. CPU profiles of 2 jobs on PolNeAR (4620 lines): workers waited 15-20% of the time with 3 lines ahead
 * per worker and 8 per job, 8-12% with 4 and 32. Memory stays bounded: 32 lines per job.
 */
export const LINES_IN_FLIGHT_PER_JOB = 32;

/**
 * Parses the arguments after `node cli.js`. Options may come before or after file names; `--` ends options.
 * `--name value` and `--name=value` are both accepted. Throws a UsageError on anything it does not know.
 */
export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const seen = new Map<string, string>();
  let help = false;
  let version = false;
  let allHtml = false;
  let stats = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = canonicalName(eq === -1 ? arg : arg.slice(0, eq));
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    switch (name) {
      case '--help':
      case '--version':
      case '--html':
      case '--stats':
        if (inline !== undefined) throw new UsageError(`${name} takes no value`);
        if (name === '--help') help = true;
        else if (name === '--version') version = true;
        else if (name === '--html') allHtml = true;
        else stats = true;
        break;
      case '--format':
      case '--jobs':
      case '--width':
      case '--timeout': {
        let value = inline;
        if (value === undefined) {
          value = argv[i + 1];
          if (value === undefined) throw new UsageError(`${name} needs a value`);
          i++;
        }
        seen.set(name, value);
        break;
      }
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };

  if (positional[0] === 'batch') {
    if (positional.length > 1) {
      throw new UsageError(`batch reads standard input and takes no file names (got ${positional[1]})`);
    }
    for (const name of ['--format', '--width', '--html']) {
      if (seen.has(name) || (name === '--html' && allHtml)) {
        throw new UsageError(`${name} does not apply to batch, which reads and writes JSON Lines`);
      }
    }
    const jobsText = seen.get('--jobs');
    const jobs = jobsText === undefined ? availableParallelism() : positiveInteger('--jobs', jobsText);
    const timeoutText = seen.get('--timeout');
    const timeoutSeconds =
      timeoutText === undefined ? DEFAULT_TIMEOUT_SECONDS : nonNegativeNumber('--timeout', timeoutText);
    return { kind: 'batch', jobs, timeoutMs: Math.round(timeoutSeconds * 1000), stats };
  }

  for (const name of ['--jobs', '--timeout']) {
    if (seen.has(name)) throw new UsageError(`${name} applies to batch only`);
  }
  if (stats) throw new UsageError('--stats applies to batch only');
  const formatText = seen.get('--format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(formatText)) {
    throw new UsageError(`unknown format "${formatText}" (choose one of ${FORMATS.join(', ')})`);
  }
  const widthText = seen.get('--width');
  const width = widthText === undefined ? undefined : positiveInteger('--width', widthText);
  if (width !== undefined && width < 40) throw new UsageError('--width must be at least 40');
  return { kind: 'files', files: positional, format: formatText as Format, width, allHtml };
}

const SHORT: Record<string, string> = { '-h': '--help', '-V': '--version', '-f': '--format', '-j': '--jobs' };

function canonicalName(flag: string): string {
  return SHORT[flag] ?? flag;
}

function positiveInteger(name: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new UsageError(`${name} needs a whole number ≥ 1, not "${text}"`);
  return Number(text);
}

function nonNegativeNumber(name: string, text: string): number {
  if (!/^\d+(?:\.\d+)?$/.test(text))
    throw new UsageError(`${name} needs a number of seconds ≥ 0, not "${text}"`);
  return Number(text);
}
