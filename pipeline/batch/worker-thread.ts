// The body of one worker process (worker-pool.ts). It starts in two steps: loading this module graph
// needs nothing from the run, so the pool may start workers while the main process is still loading
// the rules; the run's settings arrive afterwards in an 'init' message, and the worker builds its
// CheckEnv (compiling the rule set the main process already validated) and then processes documents
// one at a time as the pool sends them.
// Messages: ← {type:'loaded'} → {type:'init', init} ← {type:'ready'} | {type:'init-error', message};
// then → {type:'task', id, task} ← {type:'result', id, outcome}; at the end → {type:'flush'} ← {type:'flushed'}.
import { createCheckEnv, type CheckOptions } from '../engine/check-env.ts';
import type { PreparedRuleSet } from '../rules/build-rule-set.ts';
import { ResultCache } from './cache.ts';
import type { CacheFingerprints } from './cache-keys.ts';
import { processDocument, toResult, type BatchStage, type CacheStores, type DocumentTask, type ProcessContext } from './process-document.ts';
import { injectFault } from './test-faults.ts';
import { SpillWriter } from './spill.ts';
import { loadCorpus } from '../corpus/index.ts';
import { loadReaders } from '../engine/check-document.ts';
import { startWorkerProfile, writeWorkerProfile } from './worker-profile.ts';

export interface WorkerInit {
  options: CheckOptions;
  /** The main thread's validated rule set: the worker compiles it without re-reading the files. */
  prepared?: PreparedRuleSet;
  cacheDir: string | null;
  fingerprints: CacheFingerprints;
  stage: BatchStage;
  /** The run's spill folder: the worker appends its reports there and sends back where (spill.ts). */
  spillDir?: string;
  /** What goes into the cache (BatchOptions.runOnlyCache); everything when absent. */
  store?: CacheStores;
  /** ProcessContext.crossDigests; true when absent. */
  crossDigests?: boolean;
}

export type ToWorker = { type: 'init'; init: WorkerInit } | { type: 'task'; id: number; task: DocumentTask } | { type: 'flush' };

interface Port {
  postMessage(msg: unknown): void;
}

async function start(port: Port, init: WorkerInit): Promise<ProcessContext | null> {
  try {
    const ctx: ProcessContext = {
      options: init.options,
      // Only a check needs the rules and the corpus; extracting or parsing a document does not.
      env: init.stage === 'check' ? await createCheckEnv(init.options, init.prepared) : null,
      cache: init.cacheDir ? await ResultCache.open(init.cacheDir) : null,
      fingerprints: init.fingerprints,
      stage: init.stage,
      store: init.store ?? { reports: true, parses: true },
      crossDigests: init.crossDigests ?? true,
    };
    port.postMessage({ type: 'ready' });
    return ctx;
  } catch (e) {
    port.postMessage({ type: 'init-error', message: (e as Error)?.message ?? String(e) });
    return null;
  }
}

// Only in a process the pool started.
if (process.env.BEISHEN_WORKER_PROCESS === '1' && process.send) {
  startWorkerProfile();
  const send = process.send.bind(process);
  const port: Port = { postMessage: (msg) => void send(msg as never) };
  let ctx: Promise<ProcessContext | null> | null = null;
  let spill: SpillWriter | undefined;
  // The pool going away (the main process ended, even by SIGKILL) closes the channel: this worker
  // ends too, with the programs it started (it leads its own process group).
  process.on('disconnect', () => {
    try {
      process.kill(-process.pid, 'SIGKILL');
    } catch {
      process.exit(0);
    }
  });
  process.on('message', async (msg: ToWorker) => {
    if (msg.type === 'init') {
      if (msg.init.spillDir) spill = new SpillWriter(msg.init.spillDir);
      ctx ??= start(port, msg.init);
      return;
    }
    const context = await ctx;
    if (!context) return;
    if (msg.type === 'flush') {
      // The pool is closing: cache entries still being written behind must reach the disk first.
      await context.cache?.flush();
      await writeWorkerProfile();
      port.postMessage({ type: 'flushed' });
      return;
    }
    await injectFault(msg.task.display);
    const outcome = await processDocument(msg.task, context);
    port.postMessage({ type: 'result', id: msg.id, outcome: toResult(outcome, spill) });
  });
  port.postMessage({ type: 'loaded' });
  // While the main process loads the rest of the command and the rules, this worker would wait for
  // them idle: it loads what reading and checking its first document will need. Only when the pool
  // asks (runs that read every document): a run the cache answers needs none of it.
  const warm = process.env.BEISHEN_WORKER_WARM;
  if (warm) setImmediate(() => void warmUp(JSON.parse(warm) as { corpusDir?: string }));
}

/** Loads ahead what the first document needs; whatever fails here fails again, and is reported, there. */
async function warmUp(w: { corpusDir?: string }): Promise<void> {
  try {
    // The corpus's one-time work includes loading the word segmenter.
    (await loadCorpus(w.corpusDir)).prepare();
    await loadReaders();
  } catch {
    /* reported where the document needs it */
  }
}
