import type { Worker } from 'node:worker_threads';
import { failure, idOfLine, type BatchOutput } from './batch-line.ts';
import type { LineRequest, WorkerMessage } from './worker.ts';

export interface PoolOptions {
  /** Number of workers, at least 1. */
  size: number;
  /** Per-line time limit in milliseconds; 0 for none. A worker over it is terminated and replaced. */
  timeoutMs: number;
  /** Starts one worker that runs serveLines(parentPort). */
  spawn: () => Worker;
}

interface Task {
  seq: number;
  line: string;
  /**
   * Was on a worker that crashed with several lines, so which one crashed it is unknown. A suspect runs
   * alone on its worker: if that worker crashes, it is the culprit.
   */
  suspect: boolean;
  resolve: (output: BatchOutput) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Lines sent to this worker, in order; it works on the first, the others wait in its message queue. */
  tasks: Task[];
  /** The time limit of the first task. */
  timer: ReturnType<typeof setTimeout> | null;
  /** Set once the worker said it is listening. */
  ready: boolean;
  /** Set once the worker failed or was terminated: late events from it are ignored. */
  dead: boolean;
}

/** Workers failing to start this many times per worker, with none starting in between, stop the batch. */
const FAILED_STARTS_PER_WORKER_BEFORE_GIVING_UP = 3;

/**
 * Lines sent ahead to each worker, so it never waits for a round trip through the main thread. With one at
 * a time a worker waited between every two lines; see LINES_IN_FLIGHT_PER_JOB for the measurements.
 */
export const LINES_PER_WORKER = 4;

/**
 * A fixed set of worker threads analyzing batch lines, up to LINES_PER_WORKER lines sent ahead to each
 * (a worker works on one at a time; the time limit runs for the one it is working on). A line that crashes
 * its worker or runs over the time limit gets an error output and the worker is replaced, so one hostile
 * line costs one line, not the batch. Lines go only to workers that said they are ready; when workers keep
 * failing to start, the pool gives up. Results come back in completion order; the caller keeps input order.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private failedStartsInARow = 0;
  private nextSeq = 0;
  private fatal: Error | null = null;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw new RangeError(`pool size must be a whole number ≥ 1, got ${options.size}`);
    }
    for (let i = 0; i < options.size; i++) this.slots.push(this.start());
  }

  /**
   * The output for one raw input line. Never rejects for a bad line or a crashed worker; rejects only when
   * workers cannot run at all (they keep crashing without finishing a line): then every line still waiting
   * rejects too. Rejects when the pool is closed.
   */
  run(line: string): Promise<BatchOutput> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<BatchOutput>((resolve, reject) => {
      this.queue.push({ seq: this.nextSeq++, line, suspect: false, resolve, reject });
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
        slot.tasks = [];
        return slot.worker.terminate();
      }),
    );
  }

  private start(): Slot {
    const worker = this.options.spawn();
    const slot: Slot = { worker, tasks: [], timer: null, ready: false, dead: false };
    worker.on('message', (message: WorkerMessage) => {
      if (slot.dead) return;
      if (message.type === 'ready') {
        slot.ready = true;
        this.failedStartsInARow = 0;
        this.dispatch();
        return;
      }
      const task = slot.tasks.shift();
      if (task?.seq !== message.seq) {
        throw new Error(`worker answered line ${message.seq}, expected ${task?.seq ?? 'none'}`);
      }
      this.startTimer(slot);
      task.resolve({ out: message.out, failed: message.failed });
      this.dispatch();
    });
    worker.on('error', (error) => this.crashed(slot, `worker crashed: ${error.message}`));
    worker.on('exit', (code) => this.crashed(slot, `worker exited with code ${code}`));
    return slot;
  }

  /** Sends queued lines, in order, to ready workers, each to the one with the fewest; suspects alone. */
  private dispatch(): void {
    for (let task = this.queue[0]; task; task = this.queue[0]) {
      let best: Slot | null = null;
      for (const slot of this.slots) {
        // Only ready workers get lines, so a line's time limit never includes a worker's start.
        if (slot.dead || !slot.ready || slot.tasks.length >= LINES_PER_WORKER) continue;
        if (slot.tasks[0]?.suspect || (task.suspect && slot.tasks.length > 0)) continue;
        if (!best || slot.tasks.length < best.tasks.length) best = slot;
      }
      if (!best) return;
      this.queue.shift();
      best.tasks.push(task);
      const request: LineRequest = { type: 'line', seq: task.seq, line: task.line };
      best.worker.postMessage(request);
      if (best.tasks.length === 1) this.startTimer(best);
    }
  }

  /** (Re)starts the time limit for the slot's first task, which the worker is now working on. */
  private startTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (this.options.timeoutMs > 0 && slot.tasks.length > 0) {
      slot.timer = setTimeout(() => this.timedOut(slot), this.options.timeoutMs);
    }
  }

  private timedOut(slot: Slot): void {
    const task = slot.tasks[0];
    if (slot.dead || !task) return;
    this.retire(slot);
    const seconds = this.options.timeoutMs / 1000;
    task.resolve(failure(idOfLine(task.line), `timed out after ${seconds} s (see --timeout)`));
    this.dispatch();
  }

  /**
   * A worker died. Before it was ready: count it, and give up when workers keep failing to start. With one
   * line: that line crashed it. With several: the worker may have finished some whose answers are still on
   * their way, so none is blamed; they run again one at a time (see Task.suspect).
   */
  private crashed(slot: Slot, reason: string): void {
    if (slot.dead || this.closed) return;
    const tasks = slot.tasks;
    const started = slot.ready;
    slot.tasks = [];
    this.retire(slot);
    if (!started) {
      if (++this.failedStartsInARow >= FAILED_STARTS_PER_WORKER_BEFORE_GIVING_UP * this.options.size) {
        this.giveUp(new Error(`workers keep failing to start (last: ${reason})`));
        return;
      }
    } else if (tasks.length === 1) {
      const [task] = tasks as [Task];
      task.resolve(failure(idOfLine(task.line), reason));
    } else {
      for (const task of tasks) task.suspect = true;
      this.queue.unshift(...tasks);
    }
    this.dispatch();
  }

  /** Closes the pool and rejects every line still waiting. */
  private giveUp(error: Error): void {
    this.fatal = error;
    const waiting = [...this.slots.flatMap((slot) => slot.tasks), ...this.queue];
    void this.close();
    for (const task of waiting) task.reject(error);
  }

  /**
   * Stops the slot's worker and puts a new worker in a new slot in its place. The lines it had not begun
   * go back to the front of the queue; the first one is the caller's to answer.
   */
  private retire(slot: Slot): void {
    slot.dead = true;
    this.queue.unshift(...slot.tasks.slice(1));
    slot.tasks = [];
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots[index] = this.start();
  }
}
