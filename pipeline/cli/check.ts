// beishen check: read the batch, check every document, write the reports, return the exit code.
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createCheckEnv } from '../engine/check-env.ts';
import { buildRunReport, summarize } from '../engine/build-report.ts';
import { lawBaseInfo } from '../engine/law-base.ts';
import { isIsoDate, todayInChina } from '../text/dates.ts';
import { loadConfig, type ReviewConfig } from '../config/review-config.ts';
import { loadReviewFile, ReviewMemory } from '../review/review-file.ts';
import { loadBaseline, ReviewApplier, type Baseline } from '../review/apply-review.ts';
import { serialiseReport } from '../batch/report-digest.ts';
import { InputNotFoundError, type CollectedFile } from '../batch/collect-files.ts';
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
import type { DocumentReport, Finding, RunReport } from '../model/types.ts';
import { crossDigest, crossDocumentFindings, DIGEST_NAME, type CrossInput } from '../crossdoc/run-crossdoc.ts';
import { ParsedLoader } from '../batch/parsed-source.ts';
import { localIsoDate } from '../../reports/local-time.ts';
import { writeReports } from '../../reports/index.ts';
import { OutputDir } from '../../reports/output-dir.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { paintFor } from '../../reports/colour.ts';
import { parseCommandArgs, UsageError, reportingUsageErrors } from './args.ts';
import { OUTPUT_OPTIONS, parseOutputChoice, writeToStdout, type OutputChoice } from './output-options.ts';
import { writeAnnotated } from './annotated-output.ts';
import { EXIT_ERROR, exitCodeFor, FAIL_ON_VALUES, type FailOn } from './exit-codes.ts';

async function check(args: string[]): Promise<number> {
  const opts = parseCheckArgs(args);
  // Everything that can refuse the run is settled before the batch starts: the config, the review
  // file, the baseline and the output folder.
  const config = await loadConfig(opts.configFile, opts.inputs[0]);
  const memory = opts.reviewFile ? new ReviewMemory(await loadReviewFile(opts.reviewFile)) : undefined;
  const baseline = opts.baseline
    ? await loadBaseline(opts.baseline)
    : opts.newOnly && !opts.output.stdout ? await loadBaseline(join(opts.output.out, 'report.json'), true) : null;
  if (opts.newOnly && !baseline && !opts.quiet) process.stderr.write('没有上次的报告可比较（--new-only），全部问题都作为新问题列出。\n');
  // The inputs are listed before the output folder is opened: its staging folder, made beside it, is
  // no input even when the output lies inside an input folder.
  let selected: Awaited<ReturnType<typeof selectInputs>>;
  try {
    selected = await selectInputs(opts.inputs, { ext: opts.ext, exclude: [...(opts.output.stdout ? [] : [opts.output.out]), ...(opts.cacheDir ? [opts.cacheDir] : [])], shard: opts.shard });
  } catch (e) {
    if (e instanceof InputNotFoundError || e instanceof EmptyInputError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT_ERROR;
    }
    throw e;
  }
  const output = opts.output.stdout ? null : await OutputDir.open(opts.output.out);
  try {
    return await checkInto(opts, output, { config, memory, baseline }, selected);
  } finally {
    await output?.abort();
  }
}

interface RunSettings {
  config: ReviewConfig;
  memory?: ReviewMemory;
  baseline: Baseline | null;
}

async function checkInto(opts: CheckArgs, output: OutputDir | null, settings: RunSettings, selected: Awaited<ReturnType<typeof selectInputs>>): Promise<number> {
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
      ...(opts.asOf ? { asOf: opts.asOf } : {}), today: opts.today,
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

  // Without a cache the workers' parses would be lost, and comparing the documents of the batch
  // (pipeline/crossdoc) would parse each one again: they go to a cache of this run alone.
  // Without a cache, annotated copies are made from the parses the workers keep in a cache of the run's
  // own (the cross-document comparison reads its digests from the batch's results instead).
  const runCache = opts.cacheDir ?? (files.length >= 2 && opts.output.formats.includes('annotated') ? await mkdtemp(join(tmpdir(), 'beishen-run-cache-')) : null);
  try {
    return await checkBatch(opts, output, settings, files, selected, env, pool, runCache);
  } finally {
    if (runCache && runCache !== opts.cacheDir) await rm(runCache, { recursive: true, force: true });
  }
}

async function checkBatch(
  opts: CheckArgs, output: OutputDir | null, settings: RunSettings, files: CollectedFile[],
  selection: Pick<Awaited<ReturnType<typeof selectInputs>>, 'skipped' | 'inputs'>,
  env: Awaited<ReturnType<typeof createCheckEnv>>, pool: ReturnType<typeof startWorkers> | undefined, runCache: string | null,
): Promise<number> {
  const limits = { timeoutMs: opts.timeoutSeconds * 1000, maxMemoryMb: opts.maxMemoryMb };
  let result: BatchResult;
  try {
    result = await runBatch(files, env, {
      jobs: opts.jobs, ...limits, cacheDir: runCache, progress: createProgress({ quiet: opts.quiet }), pool,
      ...(runCache && runCache !== opts.cacheDir ? { runOnlyCache: { parses: opts.output.formats.includes('annotated') } } : {}),
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
    const extra = await batchFindings(result, files, runCache, opts.maxBytes, settings.config.timeZone);
    const review = new ReviewApplier({ memory: settings.memory, baseline: settings.baseline, extra });
    const documentsJson = review.active ? reviewedJson(result, review) : () => result.documentsJson();
    // The summary and exit code follow the reviewed documents: a baseline leaves known findings out,
    // and a finding a reviewer found to be no problem does not fail the run.
    let digests: DocumentReport[] = result.digests();
    let summary = result.summary();
    if (review.active) {
      const pairs: { original: DocumentReport; reviewed: DocumentReport }[] = [];
      for await (const d of result.documents()) {
        const original = lightweight(d);
        pairs.push({ original, reviewed: review.apply(original) });
      }
      digests = pairs.map((p) => p.reviewed);
      summary = { ...summarize(digests), ...review.summaryOf(pairs) };
    }
    const head: RunReport = {
      ...buildRunReport([], env.ruleSet, new Date(), lawBaseInfo(env.corpus, opts.asOf)), summary,
      ...(selection.skipped.length ? { skipped: selection.skipped } : {}), inputs: selection.inputs,
    };
    const render = { config: settings.config };
    const formats = opts.output.formats;
    const written: string[] = [];
    const wantJson = formats.includes('json');
    if (output && wantJson) {
      const { documents: _none, ...meta } = head;
      await writeReportJsonStreaming(await output.stagedPath('report.json'), meta, documentsJson());
    }
    if (!output && wantJson) {
      const { documents: _none, ...meta } = head;
      await writeReportJsonStreaming(process.stdout, meta, documentsJson());
    }
    // Other formats render from the whole report: only the DocumentReports are held, never the texts.
    const others = formats.filter((f) => f !== 'json' && f !== 'text');
    const wantText = formats.includes('text') && !opts.quiet;
    if (others.length || wantText) {
      const all = await result.loadAll();
      const report: RunReport = { ...head, documents: review.active ? all.map((d) => review.apply(d)) : all };
      if (!output) {
        await writeToStdout(report, formats[0]!, render);
      } else {
        await writeReports(report, output, others, render);
        if (formats.includes('annotated')) {
          const byDisplay = new Map(files.flatMap((f) => (typeof f.absolute === 'string' ? [[f.display, f.absolute] as const] : [])));
          await writeAnnotated(report, output, (d) => byDisplay.get(d.path), { cacheDir: runCache, maxBytes: opts.maxBytes, quiet: opts.quiet });
        }
        written.push(...(await output.commit()));
        if (wantText) process.stdout.write(renderTextSummary(report, written, { paint: paintFor(process.stdout), limit: opts.textLimit }));
      }
    }
    if (output && !written.length) await output.commit();
    if (!opts.quiet) process.stderr.write(renderBatchSummary(result.stats, opts.cacheDir, selection.skipped));
    return exitCodeFor({ ...head, documents: digests }, opts.failOn);
  } finally {
    await result.dispose();
  }
}

/** Conflicts between the documents of the batch (pipeline/crossdoc), from the parses the workers cached. */
async function batchFindings(result: BatchResult, files: CollectedFile[], cacheDir: string | null, maxBytes: number, timeZone: string): Promise<Map<string, Finding[]>> {
  if (files.length < 2) return new Map();
  const inputs: CrossInput[] = [];
  for await (const d of result.documents()) inputs.push({ path: d.path, status: d.status, meta: d.meta, sha256: d.sha256 });
  const byDisplay = new Map(files.flatMap((f) => (typeof f.absolute === 'string' ? [[f.display, f.absolute] as const] : [])));
  // The workers send each document's digest with its report; only reports answered from the cache
  // need theirs from the cache (or, failing that, from the parse).
  let loader: Promise<ParsedLoader> | undefined;
  try {
    return await crossDocumentFindings(inputs, async (d) => {
      const made = await result.crossDigest(d.path);
      if (made) return made;
      const file = byDisplay.get(d.path);
      return file ? (await (loader ??= ParsedLoader.open({ cacheDir, maxBytes }))).derived(DIGEST_NAME, d.path, file, d.sha256, crossDigest) : undefined;
    }, localIsoDate(new Date(), timeZone));
  } finally {
    if (loader) await (await loader).close();
  }
}

/** The documents of report.json with the review marks and the baseline applied. */
function reviewedJson(result: BatchResult, review: ReviewApplier): () => AsyncGenerator<string> {
  return async function* () {
    for await (const d of result.documents()) yield serialiseReport(review.apply(d));
  };
}

/** A document without the texts of its findings: what the summary and the exit code need, held for the whole batch. */
function lightweight(d: DocumentReport): DocumentReport {
  return { ...d, findings: d.findings.map((f) => ({ ...f, message: '', suggestion: '', location: { ...f.location, text: '' }, basis: [], related: [] })) };
}

export interface CheckArgs {
  inputs: string[];
  output: OutputChoice;
  failOn: FailOn;
  jobs: number;
  quiet: boolean;
  configFile?: string;
  reviewFile?: string;
  baseline?: string;
  newOnly: boolean;
  /** At most this many findings in the text output (default: all). */
  textLimit?: number;
  profile?: string;
  rulesDir?: string;
  corpusDir?: string;
  cacheDir: string | null;
  timeoutSeconds: number;
  maxBytes: number;
  maxMemoryMb: number;
  shard: ReturnType<typeof parseShard>;
  /** --as-of DATE|today, resolved to a date. */
  asOf?: string;
  /** The day of the check. */
  today: string;
  /** --ext: extensions checked in folders, instead of the document formats. */
  ext?: string[];
}

/** Upper bounds of the numeric options: beyond them a value is a mistake (Node's timers overflow past 2^31 ms). */
export const LIMITS = { jobs: 64, timeoutSeconds: 86_400, maxMemoryMb: 65_536, maxBytes: 2 * 1024 ** 3 };

export const DEFAULT_OUT = 'beishen-report';

export function parseCheckArgs(args: string[]): CheckArgs {
  const { values, positionals } = parseCommandArgs(args, {
    ...OUTPUT_OPTIONS,
    'fail-on': { type: 'string', default: 'error' },
    config: { type: 'string' },
    review: { type: 'string' },
    baseline: { type: 'string' },
    'new-only': { type: 'boolean', default: false },
    'text-limit': { type: 'string' },
    profile: { type: 'string' },
    rules: { type: 'string' },
    corpus: { type: 'string' },
    jobs: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    timeout: { type: 'string' },
    'max-size': { type: 'string' },
    'max-memory': { type: 'string' },
    shard: { type: 'string' },
    'as-of': { type: 'string' },
    ext: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('请指定要检查的文件或目录。');
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON_VALUES.includes(failOn)) throw new UsageError(`--fail-on 只能是 ${FAIL_ON_VALUES.join('|')}`);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > LIMITS.jobs) throw new UsageError(`--jobs 须为 1 到 ${LIMITS.jobs} 之间的整数。`);
  const output = parseOutputChoice(values, { out: DEFAULT_OUT, formats: ['json', 'html', 'text'] });
  if (values.baseline !== undefined && values['new-only']) throw new UsageError('--baseline 与 --new-only 不能同时使用（--new-only 即以输出目录中上次的 report.json 为基线）。');
  if (values['new-only'] && output.stdout) throw new UsageError('--new-only 需要输出目录中上次的 report.json；写到标准输出时请用 --baseline FILE。');
  let textLimit: number | undefined;
  if (values['text-limit'] !== undefined) {
    textLimit = Number(values['text-limit']);
    if (!Number.isInteger(textLimit) || textLimit < 0) throw new UsageError('--text-limit 须为非负整数。');
  }
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
  const today = todayInChina();
  const asOf = values['as-of'] === undefined ? undefined : values['as-of'] === 'today' ? today : values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError('--as-of 须为日期（如 2025-06-30）或 today。');
  return {
    ...(asOf ? { asOf } : {}), today,
    inputs: positionals, output, failOn, jobs, quiet: values.quiet!,
    configFile: values.config, reviewFile: values.review, baseline: values.baseline, newOnly: values['new-only']!, textLimit,
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
  return reportingUsageErrors('check', () => check(args));
}
