// beishen check, after check.ts listed the inputs and forked the workers: settle the run's settings,
// check every document, write the reports, return the exit code.
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createCheckEnv } from '../engine/check-env.ts';
import { buildRunReport, summarize } from '../engine/build-report.ts';
import { lawBaseInfo } from '../engine/law-base.ts';
import { loadConfig, type ReviewConfig } from '../config/review-config.ts';
import { loadReviewFile, ReviewMemory } from '../review/review-file.ts';
import { loadBaseline, ReviewApplier, type Baseline } from '../review/apply-review.ts';
import { serialiseReport } from '../batch/report-digest.ts';
import type { CollectedFile } from '../batch/collect-files.ts';
import type { selectInputs } from '../batch/select-inputs.ts';
import { createProgress } from '../batch/progress.ts';
import { runBatch, type BatchResult } from '../batch/run-batch.ts';
import { renderBatchSummary } from '../batch/batch-summary.ts';
import { PoolStartError, type WorkerPool } from '../batch/worker-pool.ts';
import { writeReportJsonStreaming } from '../batch/write-report-json.ts';
import { RuleSetError } from '../rules/ruleset.ts';
import type { DocumentReport, Finding, RunReport } from '../model/types.ts';
import { crossDigest, crossDocumentFindings, DIGEST_NAME, type CrossDigest, type CrossInput } from '../crossdoc/run-crossdoc.ts';
import type { ParsedLoader } from '../batch/parsed-source.ts';
import { localIsoDate } from '../../reports/local-time.ts';
import { writeReports } from '../../reports/index.ts';
import { OutputDir } from '../../reports/output-dir.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { paintFor } from '../../reports/colour.ts';
import { writeToStdout } from './output-options.ts';
import type { CheckArgs } from './check-args.ts';
import { EXIT_ERROR, exitCodeFor } from './exit-codes.ts';

/**
 * The run after the inputs were listed and the workers forked (check.ts): everything that can refuse
 * the run is settled before the batch starts — the config, the review file, the baseline and the
 * output folder. The pool is this function's to close, whatever happens.
 */
export async function checkSelected(opts: CheckArgs, selected: Awaited<ReturnType<typeof selectInputs>>, pool: WorkerPool | undefined): Promise<number> {
  let output: OutputDir | null;
  let settings: RunSettings;
  try {
    const config = await loadConfig(opts.configFile, opts.inputs[0]);
    const memory = opts.reviewFile ? new ReviewMemory(await loadReviewFile(opts.reviewFile)) : undefined;
    const baseline = opts.baseline
      ? await loadBaseline(opts.baseline)
      : opts.newOnly && !opts.output.stdout ? await loadBaseline(join(opts.output.out, 'report.json'), true) : null;
    if (opts.newOnly && !baseline && !opts.quiet) process.stderr.write('没有上次的报告可比较（--new-only），全部问题都作为新问题列出。\n');
    output = opts.output.stdout ? null : await OutputDir.open(opts.output.out);
    settings = { config, memory, baseline };
  } catch (e) {
    await pool?.close();
    throw e;
  }
  try {
    return await checkInto(opts, output, settings, selected, pool);
  } finally {
    await output?.abort();
  }
}

interface RunSettings {
  config: ReviewConfig;
  memory?: ReviewMemory;
  baseline: Baseline | null;
}

async function checkInto(
  opts: CheckArgs, output: OutputDir | null, settings: RunSettings, selected: Awaited<ReturnType<typeof selectInputs>>, pool: WorkerPool | undefined,
): Promise<number> {
  const { files } = selected;
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
  env: Awaited<ReturnType<typeof createCheckEnv>>, pool: WorkerPool | undefined, runCache: string | null,
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
    let committed = false;
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
          // Loaded only for annotated copies (it brings the readers and the .docx writer).
          const { writeAnnotated } = await import('./annotated-output.ts');
          await writeAnnotated(report, output, (d) => byDisplay.get(d.path), { cacheDir: runCache, maxBytes: opts.maxBytes, quiet: opts.quiet });
        }
        written.push(...(await output.commit()));
        committed = true;
        if (wantText) process.stdout.write(renderTextSummary(report, written, { paint: paintFor(process.stdout), limit: opts.textLimit }));
      }
    }
    // Nothing rendered from the whole report (json only, or text alone to stdout): the staged files still go in.
    if (output && !committed) await output.commit();
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
  const made = new Map<string, CrossDigest>();
  for await (const { input, digest } of result.crossInputs()) {
    inputs.push(input);
    if (digest) made.set(input.path, digest);
  }
  const byDisplay = new Map(files.flatMap((f) => (typeof f.absolute === 'string' ? [[f.display, f.absolute] as const] : [])));
  // The workers send each document's digest with its report; only reports answered from the cache
  // need theirs from the cache (or, failing that, from the parse).
  let loader: Promise<ParsedLoader> | undefined;
  try {
    return await crossDocumentFindings(inputs, async (d) => {
      const digest = made.get(d.path);
      if (digest) return digest;
      const file = byDisplay.get(d.path);
      // The loader (and the readers behind it) only for those: most runs never load it.
      loader ??= import('../batch/parsed-source.ts').then((m) => m.ParsedLoader.open({ cacheDir, maxBytes }));
      return file ? (await loader).derived(DIGEST_NAME, d.path, file, d.sha256, crossDigest) : undefined;
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
  return {
    ...d,
    findings: d.findings.map((f) => ({
      ...f, message: '', suggestion: '', location: { ...f.location, text: '' }, basis: [], related: [],
      // The other places keep their ids (review decisions and baselines are per place), not their texts.
      ...(f.alsoAt ? { alsoAt: f.alsoAt.map(({ message: _m, ...p }) => ({ ...p, text: '' })) } : {}),
    })),
  };
}

