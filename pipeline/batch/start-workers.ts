// The worker pool's defaults and its early start, apart from the batch engine: `check` forks its workers
// before it loads the rest of itself, so that both load their modules at the same time.
import { WorkerPool } from './worker-pool.ts';

export const DEFAULT_TIMEOUT_SECONDS = 60;
export const DEFAULT_WORKER_MEMORY_MB = 1024;

/** One worker per job, never more than there are documents. */
export function poolSize(jobs: number, documents: number): number {
  return Math.max(1, Math.min(jobs, documents));
}

/**
 * Workers started before the run's settings are known: a worker spends most of its start-up
 * loading modules, which can overlap with the main thread loading the rules and the corpus.
 */
export function startWorkers(
  jobs: number, documents: number,
  opts: { timeoutMs?: number; maxMemoryMb?: number; warm?: { corpusDir?: string } } = {},
): WorkerPool {
  return new WorkerPool({
    size: poolSize(jobs, documents),
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000,
    maxOldGenerationSizeMb: opts.maxMemoryMb ?? DEFAULT_WORKER_MEMORY_MB,
    ...(opts.warm ? { warm: opts.warm } : {}),
  });
}
