import type { Worker } from 'node:worker_threads';
import { failure, idOfLine, type BatchOutput } from './batch-line.ts';
import type { LineRequest, LineResult } from './worker.ts';

export interface PoolOptions {
  /** Number of workers, at least 1. */
  size: number;
  /** Per-line time limit in milliseconds; 0 for none. A worker over it is terminated and replaced. */
  timeoutMs: number;
  /** Starts one worker that runs serveLines(parentPort). */
  spawn: () => Worker;
}

interface Task {
  line: string;
  resolve: (output: BatchOutput) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** Set once the worker failed or was terminated: late events from it are ignored. */
  dead: boolean;
}

/** Workers that crash this many times in a row, with no line done in between, stop the batch. */
const CRASHES_PER_WORKER_BEFORE_GIVING_UP = 3;

/**
 * A fixed set of worker threads analyzing batch lines, one line per worker at a time. A line that crashes
 * its worker or runs over the time limit gets an error output and the worker is replaced, so one hostile
 * line costs one line, not the batch. Results come back in completion order; the caller keeps input order.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private crashesInARow = 0;
  private fatal: Error | null = null;
  private fatalListeners: ((error: Error) => void)[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw new RangeError(`pool size must be a whole number ≥ 1, got ${options.size}`);
    }
    for (let i = 0; i < options.size; i++) this.slots.push(this.start());
  }

  /**
   * The output for one raw input line. Never rejects for a bad line or a crashed worker; rejects only when
   * workers cannot run at all (they keep crashing without finishing a line) or the pool is closed.
   */
  run(line: string): Promise<BatchOutput> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<BatchOutput>((resolve) => {
      this.queue.push({ line, resolve });
      this.dispatch();
    });
  }

  /** Terminates every worker. Lines still queued are never answered. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await Promise.all(
      this.slots.map((slot) => {
        slot.dead = true;
        if (slot.timer) clearTimeout(slot.timer);
        return slot.worker.terminate();
      }),
    );
  }

  /** Never resolves; rejects when the pool gives up on its workers, so a waiting caller can stop. */
  failed(): Promise<never> {
    return new Promise<never>((_, reject) => {
      if (this.fatal) reject(this.fatal);
      else this.fatalListeners.push(reject);
    });
  }

  private start(): Slot {
    const worker = this.options.spawn();
    const slot: Slot = { worker, task: null, timer: null, dead: false };
    worker.on('message', (message: LineResult) => {
      if (slot.dead || !slot.task) return;
      this.crashesInARow = 0;
      const task = slot.task;
      slot.task = null;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      task.resolve({ out: message.out, failed: message.failed });
      this.dispatch();
    });
    worker.on('error', (error) => this.crashed(slot, `worker crashed: ${error.message}`));
    worker.on('exit', (code) => this.crashed(slot, `worker exited with code ${code}`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || slot.dead) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      const request: LineRequest = { type: 'line', line: task.line };
      slot.worker.postMessage(request);
      if (this.options.timeoutMs > 0) {
        slot.timer = setTimeout(() => this.timedOut(slot), this.options.timeoutMs);
      }
    }
  }

  private timedOut(slot: Slot): void {
    const task = slot.task;
    if (slot.dead || !task) return;
    this.retire(slot);
    const seconds = this.options.timeoutMs / 1000;
    task.resolve(failure(idOfLine(task.line), `timed out after ${seconds} s (see --timeout)`));
    this.dispatch();
  }

  private crashed(slot: Slot, reason: string): void {
    if (slot.dead || this.closed) return;
    const task = slot.task;
    this.retire(slot);
    if (++this.crashesInARow > CRASHES_PER_WORKER_BEFORE_GIVING_UP * this.options.size) {
      this.fatal = new Error(`workers keep crashing (last: ${reason})`);
      for (const reject of this.fatalListeners) reject(this.fatal);
      this.fatalListeners = [];
      void this.close();
      return;
    }
    if (task) task.resolve(failure(idOfLine(task.line), reason));
    this.dispatch();
  }

  /** Stops the slot's worker and puts a new worker in a new slot in its place. */
  private retire(slot: Slot): void {
    slot.dead = true;
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots[index] = this.start();
  }
}
