// A fixed-size pool of worker processes that each check one document at a time.
// Why processes, not threads: a thread shares the process's fate. V8 aborts the whole process when a
// thread's heap limit is reached in the wrong place (a 95 MB document.xml under --max-memory 64), and
// a thread's limit covers only its JavaScript heap — not PDFium's WebAssembly memory, native buffers
// or the OCR and LibreOffice programs it starts. A worker process is its own process group with its
// own temporary folder: the pool (its supervisor) limits its heap, watches the resident memory of the
// whole group, and on a timeout or overrun kills the group — children included — and removes the
// folder, whatever state the worker was in.
// Why not tinypool/piscina: their abort timers start when a task is queued (so a replacement
// worker's start-up counts against the next document's time limit) and they hand tasks to workers
// before the worker module has loaded. Here:
//   - the per-document deadline runs only while a ready worker is busy with that document;
//   - a worker that overruns, crashes or runs out of memory is killed and replaced, and the document
//     it held gets a precise outcome (timeout / crashed / out-of-memory);
//   - a worker that cannot even start is a configuration error for the whole run, not a document error.
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentResult, DocumentTask } from './process-document.ts';
import { groupResidentBytes } from './process-memory.ts';
import { makeTempFolder } from './temp-folders.ts';
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
  /** Load the corpus (of this folder, or the embedded one), the readers and the segmenter while waiting
   *  for the run's settings (worker-thread.ts), for runs whose documents will all be read. */
  warm?: { corpusDir?: string };
}

/** The pool cannot run at all (e.g. every worker fails to start): the run ends with exit code 2. */
export class PoolStartError extends Error {}

/**
 * Resident memory a worker process and its children may use beyond the heap limit: the program, the
 * corpus and the segmenter's dictionary (~150 MB), PDFium's memory, buffers of the document, OCR.
 */
export const NATIVE_MEMORY_ALLOWANCE_MB = 512;
/** How often the supervisor looks at a busy worker's resident memory. */
const MEMORY_POLL_MS = 200;

interface Job {
  id: number;
  task: DocumentTask;
  resolve: (r: PoolResult) => void;
  reject: (e: Error) => void;
  /** Called when a worker takes the job (the progress line times documents from then, not from the queue). */
  onStart?: () => void;
}

interface Slot {
  child: ChildProcess;
  /** The worker's own temporary folder (its TMPDIR): removed when the worker is gone. */
  tmp: string;
  /** Its modules are loaded: it can take the run's settings. */
  loaded: boolean;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set once the slot is finished with (killed, crashed, exited) so late events are ignored. */
  dead: boolean;
  /** The last few kilobytes the worker wrote to stderr: V8 says "heap limit" there before it aborts. */
  stderr: string;
  /** The watchdog found the group over its memory limit. */
  overMemory: boolean;
}

const ENTRY = fileURLToPath(new URL('./worker-entry.mjs', import.meta.url));
/** How long closing waits for a worker's pending cache writes. */
const FLUSH_TIMEOUT_MS = 30_000;
/** Consecutive start-up failures after which the pool gives up. */
const MAX_START_FAILURES = 3;
const STDERR_TAIL = 4096;
const OUT_OF_MEMORY = /heap limit|heap out of memory|allocation failed|out of memory/i;

export class WorkerPool {
  private slots = new Set<Slot>();
  private queue: Job[] = [];
  private nextId = 1;
  private startFailures = 0;
  private closed = false;
  private fatal: Error | null = null;
  private init: WorkerInit | null;
  private watchdog: NodeJS.Timeout | null = null;

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
    this.send(slot, { type: 'init', init: this.init });
  }

  private send(slot: Slot, msg: unknown): void {
    if (slot.dead || !slot.child.connected) return;
    try {
      slot.child.send(msg as never);
    } catch {
      /* the worker is going away: its exit event reports it */
    }
  }

  /** Runs one document; `onStart` is called when a worker takes it. */
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
      this.retire(s);
    }));
    this.stopWatchdog();
  }

  /** Asks a worker to finish its pending cache writes; gives up after FLUSH_TIMEOUT_MS or if it dies. */
  private flush(slot: Slot): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        slot.child.off('message', onMessage);
        slot.child.off('exit', done);
        resolve();
      };
      const onMessage = (msg: { type: string }) => { if (msg.type === 'flushed') done(); };
      const timer = setTimeout(done, FLUSH_TIMEOUT_MS);
      slot.child.on('message', onMessage);
      slot.child.on('exit', done);
      this.send(slot, { type: 'flush' });
    });
  }

  private spawn(): void {
    const tmp = makeTempFolder('worker');
    const child = fork(ENTRY, [], {
      // Regexes are compiled to native code at their first run, skipping V8's interpreted first tier: a
      // worker runs hundreds of rule and vocabulary regexes, most of them many times per document, and
      // compiling each twice (bytecode, then native code) cost ~100 ms of CPU in each worker's first
      // fifty documents of the benchmark set (rules 450-475 → 350-385 ms), and nothing later.
      execArgv: [`--max-old-space-size=${this.opts.maxOldGenerationSizeMb}`, '--no-regexp-tier-up'],
      serialization: 'advanced',
      // Its own process group, so that killing the group also ends the programs it started.
      detached: true,
      // Library chatter on stdout (pdf.js warnings …) must not mix into the text summary on stdout.
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, TMPDIR: tmp, BEISHEN_WORKER_PROCESS: '1', ...(this.opts.warm ? { BEISHEN_WORKER_WARM: JSON.stringify(this.opts.warm) } : {}) },
    });
    const slot: Slot = { child, tmp, loaded: false, ready: false, job: null, timer: null, dead: false, stderr: '', overMemory: false };
    this.slots.add(slot);
    child.stdout!.pipe(process.stderr, { end: false });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => { slot.stderr = (slot.stderr + s).slice(-STDERR_TAIL); });
    child.on('message', (msg: { type: string; id?: number; outcome?: DocumentResult; message?: string }) => {
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
    child.on('error', (err: Error) => this.lost(slot, err.message));
    child.on('exit', (code, signal) => this.lost(slot, signal ? `信号 ${signal}` : `退出码 ${code}`));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (!slot.ready || slot.job || slot.dead) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.timedOut(slot), this.opts.timeoutMs);
      this.send(slot, { type: 'task', id: job.id, task: job.task });
      job.onStart?.();
    }
    if ([...this.slots].some((s) => s.job)) this.startWatchdog();
    else this.stopWatchdog();
  }

  private startWatchdog(): void {
    if (this.watchdog) return;
    const limit = (this.opts.maxOldGenerationSizeMb + NATIVE_MEMORY_ALLOWANCE_MB) * 1024 * 1024;
    this.watchdog = setInterval(() => {
      for (const slot of this.slots) {
        if (!slot.job || slot.dead || slot.child.pid === undefined) continue;
        if (groupResidentBytes(slot.child.pid) > limit) {
          slot.overMemory = true;
          this.lost(slot, '内存超限');
        }
      }
    }, MEMORY_POLL_MS);
    this.watchdog.unref();
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
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

  /** The worker died (error, exit, or the watchdog) — report its document and start a fresh worker. */
  private lost(slot: Slot, detail: string): void {
    if (slot.dead) return;
    if (!slot.ready && !slot.job) {
      this.startFailed(slot, new Error(this.describe(slot, detail)));
      return;
    }
    const job = slot.job;
    this.release(slot);
    job?.resolve({ kind: 'crashed', outOfMemory: slot.overMemory || OUT_OF_MEMORY.test(slot.stderr), detail });
    this.replace(slot);
  }

  /** What went wrong at start-up: the worker's last words on stderr when it had any. */
  private describe(slot: Slot, detail: string): string {
    const last = slot.stderr.trim().split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).pop();
    return last ? `${detail}：${last.trim().slice(0, 300)}` : detail;
  }

  private startFailed(slot: Slot, err: Error): void {
    this.retire(slot);
    if (this.closed) return;
    if (++this.startFailures >= MAX_START_FAILURES) {
      this.fatal = new PoolStartError(`无法启动检查进程：${err.message}`);
      for (const job of this.queue.splice(0)) job.reject(this.fatal);
      for (const s of this.slots) if (s.job) { const j = s.job; this.release(s); j.reject(this.fatal); }
      return;
    }
    this.spawn();
  }

  private replace(slot: Slot): void {
    this.retire(slot);
    if (!this.closed) this.spawn();
    this.pump();
  }

  /** Kills the worker's whole process group and removes its temporary folder. */
  private retire(slot: Slot): void {
    if (slot.dead) return;
    slot.dead = true;
    this.release(slot);
    this.slots.delete(slot);
    const pid = slot.child.pid;
    if (pid !== undefined) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    if (slot.child.connected) slot.child.disconnect();
    const remove = () => rmSync(slot.tmp, { recursive: true, force: true });
    // The group is gone once the worker has exited (its children were killed with it).
    if (slot.child.exitCode !== null || slot.child.signalCode !== null) remove();
    else slot.child.once('exit', remove);
  }
}
