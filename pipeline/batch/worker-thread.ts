// The body of one worker thread: build the CheckEnv once (compiling the rule set the main thread
// already loaded and validated), then process documents one at a time
// as the pool sends them. Messages: → {type:'task', id, task}; ← {type:'ready'} | {type:'result', id,
// outcome} | {type:'init-error', message}.
import { parentPort, workerData } from 'node:worker_threads';
import { createCheckEnv, type CheckOptions } from '../engine/check-env.ts';
import type { PreparedRuleSet } from '../rules/build-rule-set.ts';
import { ResultCache } from './cache.ts';
import type { CacheFingerprints } from './cache-keys.ts';
import { processDocument, type BatchStage, type DocumentTask, type ProcessContext } from './process-document.ts';
import { injectFault } from './test-faults.ts';

export interface WorkerInit {
  options: CheckOptions;
  /** The main thread's validated rule set: the worker compiles it without re-reading the files. */
  prepared?: PreparedRuleSet;
  cacheDir: string | null;
  fingerprints: CacheFingerprints;
  stage: BatchStage;
}

export type ToWorker = { type: 'task'; id: number; task: DocumentTask };

async function start(port: NonNullable<typeof parentPort>, init: WorkerInit): Promise<void> {
  let ctx: ProcessContext;
  try {
    ctx = {
      env: await createCheckEnv(init.options, init.prepared),
      cache: init.cacheDir ? await ResultCache.open(init.cacheDir) : null,
      fingerprints: init.fingerprints,
      stage: init.stage,
    };
  } catch (e) {
    port.postMessage({ type: 'init-error', message: (e as Error)?.message ?? String(e) });
    return;
  }
  port.on('message', async (msg: ToWorker) => {
    if (msg.type !== 'task') return;
    await injectFault(msg.task.display);
    const outcome = await processDocument(msg.task, ctx);
    port.postMessage({ type: 'result', id: msg.id, outcome });
  });
  port.postMessage({ type: 'ready' });
}

if (parentPort && (workerData as { beishenWorker?: WorkerInit } | undefined)?.beishenWorker) {
  void start(parentPort, (workerData as { beishenWorker: WorkerInit }).beishenWorker);
}
