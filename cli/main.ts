/**
 * The whosaid command (built to dist/cli.js). On the main thread it runs the command line; started as a
 * worker thread (by batch mode, from this same file) it serves batch lines.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { run } from './run.ts';
import { serveLines } from './worker.ts';

/**
 * A batch worker running this file. Under tsx (cli/main.ts, for development and tests) the worker registers
 * tsx's loader before importing this file, since worker threads do not inherit it. A worker's console output
 * goes to standard error, so it can never corrupt the JSON Lines on standard output.
 */
function spawnWorker(): Worker {
  const self = import.meta.url;
  let worker: Worker;
  if (self.endsWith('.ts')) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); });`;
    worker = new Worker(code, { eval: true, stdout: true });
  } else {
    worker = new Worker(new URL(self), { stdout: true });
  }
  worker.stdout.pipe(process.stderr, { end: false });
  return worker;
}

if (isMainThread) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`whosaid batch | head`): stop quietly.
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    spawnWorker,
  });
} else if (parentPort) {
  serveLines(parentPort);
}
