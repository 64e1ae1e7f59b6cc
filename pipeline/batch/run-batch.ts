// Check a list of files with a pool of worker threads. Documents are independent: one that fails —
// unreadable, malformed, too slow, crashing its worker — is reported and the batch goes on.
//
// The main thread reads each file (in path order, a bounded window ahead of the workers), hashes it,
// answers from the cache when it can, spots duplicates by SHA-256, and hands the bytes to a worker.
// Results stream to a spill file as they finish; the main thread keeps a small index per document.
import { availableParallelism } from 'node:os';
import { failedReport } from '../engine/check-document.ts';
import { summarize } from '../engine/build-report.ts';
import { judgingKey, type CheckEnv } from '../engine/check-env.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.ts';
import { sniffFormat } from '../ingest/sniff.ts';
import { DocumentError, type DocumentReport, type RunReport } from '../model/types.ts';
import { ResultCache } from './cache.ts';
import { computeFingerprints, reportKey, type CacheFingerprints } from './cache-keys.ts';
import type { CollectedFile } from './collect-files.ts';
import type { CrossDigest, CrossInput } from '../crossdoc/run-crossdoc.ts';
import type { BatchStage, CrossRecord, DocumentResult } from './process-document.ts';
import { compactDigest, digestOf, serialiseReport, type ReportDigest } from './report-digest.ts';
import type { BatchProgress, ProgressSink } from './progress.ts';
import { readInput } from './read-input.ts';
import { Spill, type SpillRecord } from './spill.ts';
import { onInterrupt, sweepAbandoned } from './temp-folders.ts';
import { DEFAULT_TIMEOUT_SECONDS, DEFAULT_WORKER_MEMORY_MB, poolSize } from './start-workers.ts';
import { NATIVE_MEMORY_ALLOWANCE_MB, WorkerPool, type PoolResult } from './worker-pool.ts';

export type { BatchProgress } from './progress.ts';


export interface BatchOptions {
  jobs?: number;
  /** Per-document time limit (ms). */
  timeoutMs?: number;
  /** Heap limit of each worker (MB). */
  maxMemoryMb?: number;
  /** Cache folder, or null for no cache. */
  cacheDir?: string | null;
  /** The cache folder is this run's own (check --no-cache): no report is looked up or stored in it,
   *  only what the run reads back after the batch — the cross-document digests, and the parses when
   *  `parses` (annotated copies are made from them). */
  runOnlyCache?: { parses: boolean };
  stage?: BatchStage;
  progress?: ProgressSink;
  /** Where the spill file goes (default: the system temporary folder). */
  spillParent?: string;
  /** Workers started ahead (see startWorkers); the batch initialises, uses and closes them. */
  pool?: WorkerPool;
}

export interface BatchStats {
  documents: number;
  /** Answered from the report cache without any work. */
  fromCache: number;
  /** Checked by a worker whose parse came from the cache. */
  parseReused: number;
  /** Parsed and checked from scratch. */
  parsed: number;
  duplicates: number;
  timedOut: number;
  crashed: number;
  notOk: number;
  wallMs: number;
}

/** What the main thread keeps per document: where its result is, and enough for summary and exit code. */
interface Entry {
  path: string;
  rec?: SpillRecord;
  /** Where the worker wrote the document's CrossRecord (absent when no worker made one). */
  crossRec?: SpillRecord;
  dupOf?: string;
  digest?: ReportDigest;
}

export class BatchResult {
  constructor(
    private readonly entries: Entry[],
    private readonly spill: Spill,
    readonly stats: BatchStats,
  ) {}

  /** Every document's report, in path order, read back from the spill one at a time. */
  async *documents(): AsyncGenerator<DocumentReport> {
    for await (const json of this.documentsJson()) yield JSON.parse(json) as DocumentReport;
  }

  /** The same as serialised reports (serialiseReport), for report.json: most are copied as written. */
  async *documentsJson(): AsyncGenerator<string> {
    const byPath = new Map(this.entries.map((e) => [e.path, e]));
    for (const e of this.entries) {
      if (e.dupOf) {
        const report = await this.spill.read(byPath.get(e.dupOf)!.rec!);
        yield serialiseReport({ ...report, path: e.path, notes: [...(report.notes ?? []), duplicateNote(e.dupOf)] });
      } else {
        yield await this.spill.readJson(e.rec!);
      }
    }
  }

  async loadAll(): Promise<DocumentReport[]> {
    const all: DocumentReport[] = [];
    for await (const d of this.documents()) all.push(d);
    return all;
  }

  /**
   * Every document's input to the cross-document comparison, in path order, with the digest a worker made
   * of it (or of the file it duplicates) — read from that worker's small record, not from the report. A
   * document without one (answered from the cache, or not read) is read from its report, digest undefined.
   */
  async *crossInputs(): AsyncGenerator<{ input: CrossInput; digest?: CrossDigest }> {
    const byPath = new Map(this.entries.map((e) => [e.path, e]));
    for (const e of this.entries) {
      const source = e.dupOf ? byPath.get(e.dupOf)! : e;
      if (source.crossRec) {
        const { meta, digest } = JSON.parse(await this.spill.readJson(source.crossRec)) as CrossRecord;
        yield { input: { path: e.path, status: e.digest!.status, meta }, digest };
      } else {
        const d = await this.spill.read(source.rec!);
        yield { input: { path: e.path, status: d.status, meta: d.meta, sha256: d.sha256 } };
      }
    }
  }

  /** Status and finding severities/categories of every document: enough for summary and exit code. */
  digests(): DocumentReport[] {
    return this.entries.map((e) => e.digest) as unknown as DocumentReport[];
  }

  summary(): RunReport['summary'] {
    return summarize(this.digests());
  }

  async dispose(): Promise<void> {
    await this.spill.dispose();
  }
}

export function duplicateNote(firstPath: string): string {
  return `与 ${firstPath} 内容相同（SHA-256 一致），未重复检查，结果同该文件。`;
}

export async function runBatch(files: CollectedFile[], env: CheckEnv, opts: BatchOptions = {}): Promise<BatchResult> {
  const started = Date.now();
  const jobs = opts.jobs ?? availableParallelism();
  const stage = opts.stage ?? 'check';
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000;
  const maxMemoryMb = opts.maxMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
  const maxBytes = env.options.ingest?.maxBytes ?? DEFAULT_MAX_BYTES;
  const cache = opts.cacheDir && stage === 'check' ? await ResultCache.open(opts.cacheDir, { sweep: true }) : null;
  const fingerprints: CacheFingerprints = cache
    ? await computeFingerprints(env.options, env.ruleSet.hash, env.corpus.hash, judgingKey(env))
    : { parse: '', report: '' };
  const stats: BatchStats = {
    documents: files.length, fromCache: 0, parseReused: 0, parsed: 0, duplicates: 0, timedOut: 0, crashed: 0, notOk: 0, wallMs: 0,
  };
  const progressState: BatchProgress = { done: 0, total: files.length, failed: 0 };
  sweepAbandoned(opts.spillParent);
  const spill = await Spill.create(opts.spillParent);
  const entries = new Map<string, Entry>();
  const firstBySha = new Map<string, string>();
  const store = opts.runOnlyCache ? { reports: false, parses: opts.runOnlyCache.parses } : { reports: true, parses: true };
  const init = { options: env.options, prepared: env.prepared, cacheDir: cache?.dir ?? null, fingerprints, stage, spillDir: spill.dir, store, crossDigests: files.length >= 2 };
  let pool: WorkerPool | null = opts.pool ?? null;
  pool?.initialize(init);
  const getPool = () =>
    (pool ??= new WorkerPool({ size: poolSize(jobs, files.length), init, timeoutMs, maxOldGenerationSizeMb: maxMemoryMb }));

  const recordJson = async (json: string | SpillRecord, digest: ReportDigest, cross?: string | SpillRecord) => {
    // A worker's report is already in the spill (its own file): only where it is comes here.
    const rec = typeof json === 'string' ? await spill.append(json) : json;
    const crossRec = typeof cross === 'string' ? await spill.append(cross) : cross;
    entries.set(digest.path, { path: digest.path, rec, digest: compactDigest(digest), ...(crossRec ? { crossRec } : {}) });
    finished(digest.status !== 'ok', digest.path);
  };
  const record = (report: DocumentReport) => recordJson(serialiseReport(report), digestOf(report));
  const finished = (notOk: boolean, path: string) => {
    progressState.done++;
    if (notOk) progressState.failed++;
    progressState.current = path;
    opts.progress?.update({ ...progressState });
  };

  // The bytes of one document, already read and hashed: answer from the cache or hand to a worker.
  const dispatch = async (file: CollectedFile, bytes: Buffer, sha256: string): Promise<void> => {
    if (cache && store.reports) {
      const hit = await cache.get<DocumentReport>('report', reportKey(fingerprints, sha256, file.display));
      // A report is about one file's bytes: one about other bytes is never served (it is recomputed).
      if (hit && hit.sha256 === sha256) {
        stats.fromCache++;
        return record({ ...hit, path: file.display });
      }
    }
    const format = sniffFormat(bytes, file.display);
    const result = await getPool().run({ bytes, name: file.display, display: file.display, sha256 }, () => opts.progress?.started?.(file.display));
    if (result.kind === 'done') {
      countOutcome(result.outcome, stats);
      return recordJson(result.outcome.rec ?? result.outcome.json!, result.outcome.digest, result.outcome.crossRec ?? result.outcome.crossJson);
    }
    return record(failedInPool(result, file.display, sha256, format, timeoutMs, maxMemoryMb, stats));
  };

  // Files are read one after another in path order (so "the first of two identical files" is always
  // the same one), a bounded window ahead of the workers: enough to keep every worker busy, never
  // the whole batch in memory.
  const window = Math.max(4, jobs * 3);
  const inflight = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    const q: Promise<void> = p.finally(() => inflight.delete(q));
    inflight.add(q);
  };
  // Interrupted (Ctrl+C): the workers, their programs and folders, and the spill go with the run.
  const stopHandling = onInterrupt(async () => {
    await (pool as WorkerPool | null)?.close();
    await spill.dispose();
  });
  try {
    for (const file of files) {
      while (inflight.size >= window) await Promise.race(inflight);
      const read = await readInput(file, maxBytes);
      if (!read.ok) {
        track(record(read.report));
        continue;
      }
      const first = firstBySha.get(read.sha256);
      if (first !== undefined) {
        stats.duplicates++;
        entries.set(file.display, { path: file.display, dupOf: first });
        finished(false, file.display);
        continue;
      }
      firstBySha.set(read.sha256, file.display);
      track(dispatch(file, read.bytes, read.sha256));
    }
    await Promise.all(inflight);
  } catch (e) {
    await Promise.allSettled(inflight);
    await (pool as WorkerPool | null)?.close();
    await spill.dispose();
    stopHandling();
    throw e;
  }
  await (pool as WorkerPool | null)?.close();
  stopHandling();
  opts.progress?.finish();

  const sorted = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const e of sorted) {
    if (e.dupOf) e.digest = { ...entries.get(e.dupOf)!.digest!, path: e.path };
    if (e.digest!.status !== 'ok') stats.notOk++;
  }
  stats.wallMs = Date.now() - started;
  return new BatchResult(sorted, spill, stats);
}

function countOutcome(o: DocumentResult, stats: BatchStats): void {
  if (o.parseCached) stats.parseReused++;
  else stats.parsed++;
}

/** The report of a document whose worker timed out or died. */
export function failedInPool(
  result: Exclude<PoolResult, { kind: 'done' }>, display: string, sha256: string, format: DocumentReport['format'],
  timeoutMs: number, maxMemoryMb: number, stats: BatchStats,
): DocumentReport {
  if (result.kind === 'timeout') {
    stats.timedOut++;
    const s = Math.round(timeoutMs / 100) / 10;
    return failedReport(display, sha256, format, new DocumentError('timeout',
      `处理超时：超过 ${s} 秒仍未完成，已中止该文件的处理（可用 --timeout 调整时限）。`));
  }
  stats.crashed++;
  return failedReport(display, sha256, format, result.outOfMemory
    ? new DocumentError('out-of-memory', `处理该文件时内存超过上限（每个检查进程 JavaScript 堆 ${maxMemoryMb} MB，连同其子进程共 ${maxMemoryMb + NATIVE_MEMORY_ALLOWANCE_MB} MB），已中止；文件可能异常庞大或结构异常。`)
    : new DocumentError('worker-crashed', `处理该文件时检查进程意外终止（${result.detail}），已跳过该文件。`));
}

