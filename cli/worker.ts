import type { MessagePort } from 'node:worker_threads';
import { processLine, type BatchOutput } from './batch-line.ts';

/** Main thread -> worker: analyze one raw input line. `seq` numbers the lines a pool sends. */
export interface LineRequest {
  type: 'line';
  seq: number;
  line: string;
}

/** Worker -> main thread: the output for the line numbered `seq`. */
export interface LineResult extends BatchOutput {
  type: 'result';
  seq: number;
}

/** Worker -> main thread: loaded and listening (a worker that dies before this failed to start). */
export interface WorkerReady {
  type: 'ready';
}

export type WorkerMessage = LineResult | WorkerReady;

/** Serves LineRequests on `port` (a worker's parentPort), one at a time, until the worker is terminated. */
export function serveLines(port: MessagePort): void {
  const ready: WorkerReady = { type: 'ready' };
  port.postMessage(ready);
  port.on('message', (message: LineRequest) => {
    switch (message.type) {
      case 'line': {
        const result: LineResult = { type: 'result', seq: message.seq, ...processLine(message.line) };
        port.postMessage(result);
        break;
      }
      default:
        throw new Error(`worker got an unknown message type: ${(message as { type: string }).type}`);
    }
  });
}
