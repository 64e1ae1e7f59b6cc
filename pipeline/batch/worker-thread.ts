// The body of one worker thread. It starts in two steps: loading this module graph (the costly part
// under tsx) needs nothing from the run, so the pool may start workers while the main thread is
// still loading the rules; the run's settings arrive afterwards in an 'init' message, and the
// worker builds its CheckEnv (compiling the rule set the main thread already validated) and then
// processes documents one at a time as the pool sends them.
// Messages: ← {type:'loaded'} → {type:'init', init} ← {type:'ready'} | {type:'init-error', message};
// then → {type:'task', id, task} ← {type:'result', id, outcome}; at the end → {type:'flush'} ← {type:'flushed'}.
import { parentPort, workerData } from 'node:worker_threads';
import { createCheckEnv, type CheckOptions } from '../engine/check-env.ts';
import type { PreparedRuleSet } from '../rules/build-rule-set.ts';
import { ResultCache } from './cache.ts';
import type { CacheFingerprints } from './cache-keys.ts';
import { processDocument, toResult, type BatchStage, type DocumentTask, type ProcessContext } from './process-document.ts';
import { injectFault } from './test-faults.ts';

export interface WorkerInit {
  options: CheckOptions;
  /** The main thread's validated rule set: the worker compiles it without re-reading the files. */
  prepared?: PreparedRuleSet;
  cacheDir: string | null;
  fingerprints: CacheFingerprints;
  stage: BatchStage;
}

export type ToWorker = { type: 'init'; init: WorkerInit } | { type: 'task'; id: number; task: DocumentTask } | { type: 'flush' };

async function start(port: NonNullable<typeof parentPort>, init: WorkerInit): Promise<ProcessContext | null> {
  try {
    const ctx: ProcessContext = {
      env: await createCheckEnv(init.options, init.prepared),
      cache: init.cacheDir ? await ResultCache.open(init.cacheDir) : null,
      fingerprints: init.fingerprints,
      stage: init.stage,
    };
    port.postMessage({ type: 'ready' });
    return ctx;
  } catch (e) {
    port.postMessage({ type: 'init-error', message: (e as Error)?.message ?? String(e) });
    return null;
  }
}

// Only in a thread the pool started (vitest, for one, runs test files in worker threads too).
if (parentPort && (workerData as { beishenWorker?: boolean } | undefined)?.beishenWorker === true) {
  const port = parentPort;
  let ctx: Promise<ProcessContext | null> | null = null;
  port.on('message', async (msg: ToWorker) => {
    if (msg.type === 'init') {
      ctx ??= start(port, msg.init);
      return;
    }
    const context = await ctx;
    if (!context) return;
    if (msg.type === 'flush') {
      // The pool is closing: cache entries still being written behind must reach the disk first.
      await context.cache?.flush();
      port.postMessage({ type: 'flushed' });
      return;
    }
    await injectFault(msg.task.display);
    const outcome = await processDocument(msg.task, context);
    port.postMessage({ type: 'result', id: msg.id, outcome: toResult(outcome) });
  });
  port.postMessage({ type: 'loaded' });
}
