// beishen check: read the batch, check every document, write the reports, return the exit code.
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { createCheckEnv } from '../engine/check-env.ts';
import { buildRunReport } from '../engine/build-report.ts';
import { InputNotFoundError } from '../batch/collect-files.ts';
import { EmptyInputError, selectInputs } from '../batch/select-inputs.ts';
import { parseExtensions } from '../batch/input-selection.ts';
import { defaultCacheDir } from '../batch/cache.ts';
import { createProgress } from '../batch/progress.ts';
import { DEFAULT_TIMEOUT_SECONDS, DEFAULT_WORKER_MEMORY_MB, runBatch, startWorkers, type BatchResult } from '../batch/run-batch.ts';
import { parseShard } from '../batch/shard.ts';
import { renderBatchSummary } from '../batch/batch-summary.ts';
import { PoolStartError } from '../batch/worker-pool.ts';
import { writeReportJsonStreaming } from '../batch/write-report-json.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
import { RuleSetError } from '../rules/ruleset.ts';
import type { RunReport } from '../model/types.ts';
import { REPORT_FORMATS, writeReports } from '../../reports/index.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { parseCommandArgs, parseList, UsageError, reportingUsageErrors } from './args.ts';
import { EXIT_ERROR, exitCodeFor, FAIL_ON_VALUES, type FailOn } from './exit-codes.ts';

async function check(args: string[]): Promise<number> {
  const opts = parseCheckArgs(args);

  let selected;
  try {
    selected = await selectInputs(opts.inputs, { ext: opts.ext, exclude: [opts.out, ...(opts.cacheDir ? [opts.cacheDir] : [])], shard: opts.shard });
  } catch (e) {
    if (e instanceof InputNotFoundError || e instanceof EmptyInputError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT_ERROR;
    }
    throw e;
  }
  const { files } = selected;

  // Workers load their modules while this thread loads the rules and the corpus, so checking starts
  // sooner. All of them, even with a cache: a run the cache answers entirely (the only one that needs
  // none) loses a little to them; every other run — a first run, a re-run after a rule change —
  // would otherwise wait for the workers that start late.
  const limits = { timeoutMs: opts.timeoutSeconds * 1000, maxMemoryMb: opts.maxMemoryMb };
  const pool = files.length ? startWorkers(opts.jobs, files.length, limits) : undefined;
  let env;
  try {
    env = await createCheckEnv({
      rulesDir: opts.rulesDir, corpusDir: opts.corpusDir, profile: opts.profile, ingest: { maxBytes: opts.maxBytes },
    });
  } catch (e) {
    await pool?.close();
    if (e instanceof RuleSetError) {
      process.stderr.write(`规则集无效，未进行检查：\n${e.message}\n`);
      return EXIT_ERROR;
    }
    process.stderr.write(`配置错误：${(e as Error).message}\n`);
    return EXIT_ERROR;
  }

  let result: BatchResult;
  try {
    result = await runBatch(files, env, {
      jobs: opts.jobs, ...limits, cacheDir: opts.cacheDir, progress: createProgress({ quiet: opts.quiet }), pool,
    });
  } catch (e) {
    await pool?.close();
    if (e instanceof PoolStartError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT_ERROR;
    }
    throw e;
  }

  try {
    const head: RunReport = {
      ...buildRunReport([], env.ruleSet), summary: result.summary(),
      ...(selected.skipped.length ? { skipped: selected.skipped } : {}), inputs: selected.inputs,
    };
    await mkdir(opts.out, { recursive: true });
    const written: string[] = [];
    if (opts.formats.includes('json')) {
      const path = join(opts.out, 'report.json');
      const { documents: _none, ...meta } = head;
      await writeReportJsonStreaming(path, meta, result.documentsJson());
      written.push(path);
    }
    // Other formats render from the whole report: only the DocumentReports are held, never the texts.
    const others = opts.formats.filter((f) => f !== 'json' && f !== 'text');
    const wantText = opts.formats.includes('text') && !opts.quiet;
    if (others.length || wantText) {
      const report: RunReport = { ...head, documents: await result.loadAll() };
      written.push(...(await writeReports(report, opts.out, others)));
      if (wantText) process.stdout.write(renderTextSummary(report, written));
    }
    if (!opts.quiet) process.stderr.write(renderBatchSummary(result.stats, opts.cacheDir, selected.skipped));
    return exitCodeFor({ ...head, documents: result.digests() }, opts.failOn);
  } finally {
    await result.dispose();
  }
}

export interface CheckArgs {
  inputs: string[];
  out: string;
  failOn: FailOn;
  jobs: number;
  formats: string[];
  quiet: boolean;
  profile?: string;
  rulesDir?: string;
  corpusDir?: string;
  cacheDir: string | null;
  timeoutSeconds: number;
  maxBytes: number;
  maxMemoryMb: number;
  shard: ReturnType<typeof parseShard>;
  /** --ext: extensions checked in folders, instead of the document formats. */
  ext?: string[];
}

/** Upper bounds of the numeric options: beyond them a value is a mistake (Node's timers overflow past 2^31 ms). */
export const LIMITS = { jobs: 64, timeoutSeconds: 86_400, maxMemoryMb: 65_536, maxBytes: 2 * 1024 ** 3 };

export function parseCheckArgs(args: string[]): CheckArgs {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string', default: 'beishen-report' },
    format: { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    profile: { type: 'string' },
    rules: { type: 'string' },
    corpus: { type: 'string' },
    jobs: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    timeout: { type: 'string' },
    'max-size': { type: 'string' },
    'max-memory': { type: 'string' },
    shard: { type: 'string' },
    ext: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('请指定要检查的文件或目录。');
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON_VALUES.includes(failOn)) throw new UsageError(`--fail-on 只能是 ${FAIL_ON_VALUES.join('|')}`);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > LIMITS.jobs) throw new UsageError(`--jobs 须为 1 到 ${LIMITS.jobs} 之间的整数。`);
  const formats = parseList(values.format, REPORT_FORMATS, ['json', 'html', 'text']);
  if (values.cache !== undefined && values['no-cache']) throw new UsageError('--cache 与 --no-cache 不能同时使用。');
  const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > LIMITS.timeoutSeconds) {
    throw new UsageError(`--timeout 须为大于 0、不超过 ${LIMITS.timeoutSeconds} 的秒数。`);
  }
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  const maxMemoryMb = values['max-memory'] === undefined ? DEFAULT_WORKER_MEMORY_MB : Number(values['max-memory']);
  if (!Number.isInteger(maxMemoryMb) || maxMemoryMb < 64 || maxMemoryMb > LIMITS.maxMemoryMb) {
    throw new UsageError(`--max-memory 须为 64 到 ${LIMITS.maxMemoryMb} 之间的整数（MB，每个检查进程的 JavaScript 堆）。`);
  }
  if (values.profile !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(values.profile)) {
    throw new UsageError('--profile 须为规则配置的名称（字母、数字、- 和 _，如 shandong），不能是路径。');
  }
  let ext: string[] | undefined;
  if (values.ext !== undefined) {
    ext = parseExtensions(values.ext) ?? undefined;
    if (!ext) throw new UsageError('--ext 须为逗号分隔的扩展名，如 --ext docx,pdf,txt。');
  }
  let shard = null;
  if (values.shard !== undefined) {
    shard = parseShard(values.shard);
    if (!shard) throw new UsageError('--shard 的格式为 i/n，1 ≤ i ≤ n，例如 --shard 2/4。');
  }
  return {
    inputs: positionals, out: resolve(values.out!), failOn, jobs, formats, quiet: values.quiet!,
    profile: values.profile, rulesDir: values.rules, corpusDir: values.corpus,
    cacheDir: values['no-cache'] ? null : resolve(values.cache ?? defaultCacheDir()),
    timeoutSeconds, maxBytes, maxMemoryMb, shard, ext,
  };
}

/** "64MB", "500KB", "1.5GB", "2048B"; a bare number means MB. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?\s*$/i.exec(value);
  if (!m) throw new UsageError('--max-size 的格式如 64MB、500KB、1GB（不写单位时按 MB）。');
  const unit = (m[2] ?? 'mb').toLowerCase();
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  const bytes = Math.floor(Number(m[1]) * mult);
  if (bytes < 1 || bytes > LIMITS.maxBytes) throw new UsageError('--max-size 须大于 0、不超过 2GB。');
  return bytes;
}

export function runCheck(args: string[]): Promise<number> {
  return reportingUsageErrors('', () => check(args));
}
