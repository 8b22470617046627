import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { DEFAULT_TIMEOUT_SECONDS, parseArgs, UsageError } from '../../cli/args.ts';

const files = (over: object = {}) => ({
  kind: 'files',
  files: [],
  format: 'text',
  width: undefined,
  allHtml: false,
  ...over,
});
const batch = (over: object = {}) => ({
  kind: 'batch',
  jobs: availableParallelism(),
  timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
  stats: false,
  ...over,
});

describe('parseArgs', () => {
  test.each([
    [[], files()],
    [['a.txt', 'b.html'], files({ files: ['a.txt', 'b.html'] })],
    [['-'], files({ files: ['-'] })],
    [['--format', 'csv', 'a.txt'], files({ files: ['a.txt'], format: 'csv' })],
    [['a.txt', '--format=md'], files({ files: ['a.txt'], format: 'md' })],
    [['-f', 'json', 'a.txt'], files({ files: ['a.txt'], format: 'json' })],
    [['--width', '60', 'a.txt'], files({ files: ['a.txt'], width: 60 })],
    [['--html', '-'], files({ files: ['-'], allHtml: true })],
    [['--', '--format', 'batch'], files({ files: ['--format', 'batch'] })],
    [['./batch'], files({ files: ['./batch'] })],
    [['batch'], batch()],
    [['batch', '--jobs', '3'], batch({ jobs: 3 })],
    [['batch', '-j', '1', '--timeout', '2.5'], batch({ jobs: 1, timeoutMs: 2500 })],
    [['--jobs=2', 'batch', '--timeout=0'], batch({ jobs: 2, timeoutMs: 0 })],
    [['batch', '--stats'], batch({ stats: true })],
    [['--help'], { kind: 'help' }],
    [['-h', 'batch'], { kind: 'help' }],
    [['a.txt', '-V'], { kind: 'version' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--bogus'], /unknown option --bogus/],
    [['-x', 'a.txt'], /unknown option -x/],
    [['--format', 'xml', 'a.txt'], /unknown format "xml"/],
    [['--format'], /--format needs a value/],
    [['--help=yes'], /--help takes no value/],
    [['--width', '10', 'a.txt'], /at least 40/],
    [['--width', 'wide'], /--width needs a whole number/],
    [['batch', '--jobs', '0'], /--jobs needs a whole number ≥ 1/],
    [['batch', '--jobs', '1.5'], /--jobs needs a whole number/],
    [['batch', '--timeout', '-1'], /--timeout needs a number of seconds ≥ 0/],
    [['batch', 'input.jsonl'], /takes no file names/],
    [['batch', '--format', 'csv'], /--format does not apply to batch/],
    [['batch', '--html'], /--html does not apply to batch/],
    [['a.txt', '--jobs', '2'], /--jobs applies to batch only/],
    [['a.txt', '--stats'], /--stats applies to batch only/],
    [['batch', '--stats=yes'], /--stats takes no value/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
