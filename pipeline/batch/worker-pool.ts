// A fixed-size pool of worker threads that each check one document at a time.
// Why not tinypool/piscina: their abort timers start when a task is queued (so a replacement
// worker's start-up — tsx, corpus, rules: about a second — counts against the next document's
// time limit) and they hand tasks to workers before the worker module has loaded. The batch needs
// exactly three things they make awkward, each a few lines here:
//   - the per-document deadline runs only while a ready worker is busy with that document;
//   - a worker that overruns, crashes or runs out of memory is terminated and replaced, and the
//     document it held gets a precise outcome (timeout / crashed / out-of-memory);
//   - a worker that cannot even start is a configuration error for the whole run, not a document error.
import { Worker } from 'node:worker_threads';
import type { DocumentResult, DocumentTask } from './process-document.ts';
import type { WorkerInit } from './worker-thread.ts';

export type PoolResult =
  | { kind: 'done'; outcome: DocumentResult }
  | { kind: 'timeout' }
  | { kind: 'crashed'; outOfMemory: boolean; detail: string };

export interface PoolOptions {
  size: number;
  /** The run's settings for each worker; may be given later (initialize), see worker-thread.ts. */
  init?: WorkerInit;
  /** Per-document limit in milliseconds, measured from the moment a ready worker starts it. */
  timeoutMs: number;
  /** V8 old-generation heap limit of each worker (MB). */
  maxOldGenerationSizeMb: number;
}

/** The pool cannot run at all (e.g. every worker fails to start): the run ends with exit code 2. */
export class PoolStartError extends Error {}

interface Job {
  id: number;
  task: DocumentTask;
  resolve: (r: PoolResult) => void;
  reject: (e: Error) => void;
  /** Called when a worker takes the job (the progress line times documents from then, not from the queue). */
  onStart?: () => void;
}

interface Slot {
  worker: Worker;
  /** Its modules are loaded: it can take the run's settings. */
  loaded: boolean;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set once the slot is finished with (terminated, crashed, exited) so late events are ignored. */
  dead: boolean;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
/** How long closing waits for a worker's pending cache writes. */
const FLUSH_TIMEOUT_MS = 30_000;
/** Consecutive start-up failures after which the pool gives up. */
const MAX_START_FAILURES = 3;

export class WorkerPool {
  private slots = new Set<Slot>();
  private queue: Job[] = [];
  private nextId = 1;
  private startFailures = 0;
  private closed = false;
  private fatal: Error | null = null;
  private init: WorkerInit | null;

  /** Starts workers at once: they load their modules while the caller prepares the run. */
  constructor(private readonly opts: PoolOptions) {
    this.init = opts.init ?? null;
    for (let i = 0; i < opts.size; i++) this.spawn();
  }

  /** The run's settings (once): workers that have loaded get them now, the others when they have. */
  initialize(init: WorkerInit): void {
    if (this.init) throw new Error('worker pool already initialised');
    this.init = init;
    for (const slot of this.slots) if (slot.loaded) this.sendInit(slot);
  }

  private sendInit(slot: Slot): void {
    slot.worker.postMessage({ type: 'init', init: this.init });
  }

  /** Runs one document. The task's bytes are transferred (not copied) to the worker. */
  run(task: DocumentTask, onStart?: () => void): Promise<PoolResult> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('worker pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject, onStart });
      this.pump();
    });
  }

  /** Stops every worker, after idle ones have finished writing their cache entries. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map(async (s) => {
      if (s.ready && !s.job && !s.dead) await this.flush(s);
      await this.retire(s);
    }));
  }

  /** Asks a worker to finish its pending cache writes; gives up after FLUSH_TIMEOUT_MS or if it dies. */
  private flush(slot: Slot): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        slot.worker.off('message', onMessage);
        slot.worker.off('exit', done);
        resolve();
      };
      const onMessage = (msg: { type: string }) => { if (msg.type === 'flushed') done(); };
      const timer = setTimeout(done, FLUSH_TIMEOUT_MS);
      slot.worker.on('message', onMessage);
      slot.worker.on('exit', done);
      slot.worker.postMessage({ type: 'flush' });
    });
  }

  private spawn(): void {
    const worker = new Worker(ENTRY, {
      workerData: { beishenWorker: true },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb },
      // Library chatter in a worker (pdf.js warnings …) must not mix into the text summary on stdout.
      stdout: true,
    });
    worker.stdout.pipe(process.stderr, { end: false });
    const slot: Slot = { worker, loaded: false, ready: false, job: null, timer: null, dead: false };
    this.slots.add(slot);
    worker.on('message', (msg: { type: string; id?: number; outcome?: DocumentResult; message?: string }) => {
      if (slot.dead) return;
      if (msg.type === 'loaded') {
        slot.loaded = true;
        if (this.init) this.sendInit(slot);
      } else if (msg.type === 'ready') {
        slot.ready = true;
        this.startFailures = 0;
        this.pump();
      } else if (msg.type === 'result' && slot.job && msg.id === slot.job.id) {
        const job = slot.job;
        this.release(slot);
        job.resolve({ kind: 'done', outcome: msg.outcome! });
        this.pump();
      } else if (msg.type === 'init-error') {
        this.startFailed(slot, new Error(msg.message));
      }
    });
    worker.on('error', (err: Error & { code?: string }) => this.lost(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY', err.message));
    worker.on('exit', (code) => this.lost(slot, false, `工作线程退出（退出码 ${code}）`));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job || slot.dead) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.timedOut(slot), this.opts.timeoutMs);
      const bytes = job.task.bytes;
      const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage({ type: 'task', id: job.id, task: job.task }, transfer);
      job.onStart?.();
    }
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private timedOut(slot: Slot): void {
    const job = slot.job;
    if (!job || slot.dead) return;
    this.release(slot);
    job.resolve({ kind: 'timeout' });
    this.replace(slot);
  }

  /** The worker died (error or exit) — report its document and start a fresh worker. */
  private lost(slot: Slot, outOfMemory: boolean, detail: string): void {
    if (slot.dead) return;
    if (!slot.ready && !slot.job) {
      this.startFailed(slot, new Error(detail));
      return;
    }
    const job = slot.job;
    this.release(slot);
    job?.resolve({ kind: 'crashed', outOfMemory, detail });
    this.replace(slot);
  }

  private startFailed(slot: Slot, err: Error): void {
    void this.retire(slot);
    if (this.closed) return;
    if (++this.startFailures >= MAX_START_FAILURES) {
      this.fatal = new PoolStartError(`无法启动检查工作线程：${err.message}`);
      for (const job of this.queue.splice(0)) job.reject(this.fatal);
      for (const s of this.slots) if (s.job) { const j = s.job; this.release(s); j.reject(this.fatal); }
      return;
    }
    this.spawn();
  }

  private replace(slot: Slot): void {
    void this.retire(slot);
    if (!this.closed) this.spawn();
    this.pump();
  }

  private async retire(slot: Slot): Promise<void> {
    if (slot.dead) return;
    slot.dead = true;
    this.release(slot);
    this.slots.delete(slot);
    await slot.worker.terminate().catch(() => {});
  }
}
