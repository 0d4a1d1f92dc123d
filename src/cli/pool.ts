import { getHeapStatistics } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Encoding } from '../render/index.js';
import type { ErrorCode, Result } from '../schema/extraction.js';
import { errorResult } from './errors.js';

export interface PoolTask {
  path: string;
  /** the decoded text; without it the worker reads and decodes the file at `path` itself */
  text?: string;
  warnings: string[];
  /** serialise the result in the worker, in this form, instead of sending the object back */
  encode?: Encoding;
  /** the --max-size bound for a file the worker reads itself */
  maxBytes?: number;
}

export interface WorkerRequest extends PoolTask {
  id: number;
}

/**
 * A result a worker serialised: the main thread writes the text as it is and reads only the summary.
 * Cloning a result object across threads costs more than the JSON text that replaces it.
 */
export interface EncodedResult {
  encoded: string;
  summary: { path: string; warnings: string[]; sha256?: string; error?: { code: ErrorCode; message: string } };
}

export type WorkerReply = { id: number; result: Result } | ({ id: number } & EncodedResult);

export type PoolResult = Result | EncodedResult;

export const summaryOf = (result: Result): EncodedResult['summary'] =>
  'error' in result
    ? { path: result.source.path, warnings: [], error: result.error }
    : { path: result.source.path, warnings: result.warnings, sha256: result.source.sha256 };

export interface PoolOptions {
  size: number;
  /** the worker module; defaults to the pipeline worker next to this file */
  workerUrl?: URL;
  resourceLimits?: ResourceLimits;
  /** an input whose worker ran out of memory under resourceLimits is tried once more in a worker without them */
  retryOutOfMemory?: boolean;
  /** given to every worker once (the pipeline options from --roster and --date) */
  workerData?: unknown;
}

export interface Pool {
  run(task: PoolTask): Promise<PoolResult>;
  /** allow up to `size` workers from now on (never fewer than before) */
  grow(size: number): void;
  /** how many workers were replaced after a crash */
  readonly restarts: number;
  /** how many inputs were retried without memory limits */
  readonly retries: number;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: { id: number; task: PoolTask; retried: boolean; resolve: (r: PoolResult) => void } | null;
  dead: boolean;
  /** a one-off worker for a retry: never handed queued work, not counted against the pool size */
  oneOff: boolean;
}

interface Waiting {
  task: PoolTask;
  retried: boolean;
  resolve: (r: PoolResult) => void;
}

// One document per worker at a time, so a crash can be blamed on exactly one input: that input is
// reported as `crashed` and a fresh worker takes the slot, so one bad file never stops the batch.
export function createPool(options: PoolOptions): Pool {
  return new WorkerPool(options);
}

class WorkerPool implements Pool {
  private size: number;
  private readonly workerUrl: URL;
  private readonly slots: Slot[] = [];
  /** inputs waiting for a free worker, in the order they were given */
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  private closed = false;
  restarts = 0;
  retries = 0;

  constructor(private readonly options: PoolOptions) {
    this.size = Math.max(1, Math.floor(options.size));
    this.workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  }

  grow(n: number): void {
    this.size = Math.max(this.size, Math.floor(n));
    this.pump();
  }

  run(task: PoolTask): Promise<PoolResult> {
    if (this.closed) return Promise.resolve(errorResult(task.path, 'crashed', 'worker pool is closed'));
    return new Promise<PoolResult>((resolve) => {
      this.queue.push({ task, retried: false, resolve });
      this.pump();
    });
  }

  // Every input still waiting or running gets its own error record, so none is lost from the batch's account.
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.resolve(errorResult(w.task.path, 'crashed', 'worker pool closed before this input ran'));
    const all = this.slots.splice(0);
    for (const s of all) {
      s.dead = true;
      s.busy?.resolve(errorResult(s.busy.task.path, 'crashed', 'worker pool closed while this input ran'));
      s.busy = null;
    }
    await Promise.all(all.map((s) => s.worker.terminate().catch(() => undefined)));
  }

  /** Hands queued inputs to idle workers, starting new ones up to the pool's size. */
  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy && !s.dead && !s.oneOff);
      if (!slot && this.slots.filter((s) => !s.oneOff).length < this.size) slot = this.spawn();
      if (!slot) return;
      this.dispatch(slot, this.queue.shift()!);
    }
  }

  private spawn(limited = true): Slot {
    // The retry still gets explicit limits (the process's own heap size): a worker without them that runs
    // out of memory takes the whole process down instead of ending as a catchable 'error' event.
    const limits = limited ? this.options.resourceLimits : { maxOldGenerationSizeMb: Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20) };
    const worker = new Worker(this.workerUrl, { workerData: this.options.workerData, ...(limits ? { resourceLimits: limits } : {}) });
    const slot: Slot = { worker, busy: null, dead: false, oneOff: false };
    worker.on('message', (reply: WorkerReply) => {
      const busy = slot.busy;
      if (!busy || reply.id !== busy.id) return;
      slot.busy = null;
      worker.unref();
      busy.resolve('result' in reply ? reply.result : { encoded: reply.encoded, summary: reply.summary });
      this.pump();
    });
    worker.on('error', (e: NodeJS.ErrnoException) => this.retire(slot, e.message || String(e), e.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => this.retire(slot, `exited with code ${code}`));
    // an idle worker must not keep the process alive; a busy one must (see dispatch)
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private dispatch(slot: Slot, job: Waiting): void {
    const id = this.nextId++;
    slot.busy = { id, task: job.task, retried: job.retried, resolve: job.resolve };
    slot.worker.ref();
    const request: WorkerRequest = { id, ...job.task };
    try {
      slot.worker.postMessage(request);
    } catch (e) {
      // e.g. a string too large to clone: the input failed, the worker is fine
      slot.busy = null;
      slot.worker.unref();
      job.resolve(errorResult(job.task.path, 'crashed', `could not send to worker: ${(e as Error).message}`));
    }
  }

  /** Removes a worker that crashed, exited or finished its one-off retry; its input is retried or reported. */
  private retire(slot: Slot, reason: string, outOfMemory = false): void {
    if (slot.dead) return;
    slot.dead = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const busy = slot.busy;
    slot.busy = null;
    void slot.worker.terminate().catch(() => undefined);
    if (busy) {
      this.restarts++;
      const { retryOutOfMemory, resourceLimits } = this.options;
      if (outOfMemory && retryOutOfMemory && resourceLimits && !busy.retried && !this.closed) this.retryUnlimited(busy);
      else busy.resolve(errorResult(busy.task.path, 'crashed', `worker crashed: ${reason}`));
    }
    this.pump();
  }

  // Workers run with small heaps so a batch stays within a flat memory budget; the rare input that
  // needs more (a 20 MB file) gets one more try in a worker of its own with the default heap.
  private retryUnlimited(job: Waiting): void {
    this.retries++;
    const slot = this.spawn(false);
    slot.oneOff = true;
    const resolve = (r: PoolResult): void => {
      job.resolve(r);
      this.retire(slot, 'done');
    };
    this.dispatch(slot, { ...job, retried: true, resolve });
  }
}
