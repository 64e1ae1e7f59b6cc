// Runs the full check (the same createCheckEnv + checkDocument as `beishen check`) over every
// gold document and over the real exported notices used as controls, then matches and sums up.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument as checkOne, checkParsed, failedReport } from '../engine/check-document.ts';
import type { DocumentReport, Finding } from '../model/types.ts';
import { actsHeld } from '../engine/law-base.ts';
import { createCheckEnv, type CheckEnv, type CheckOptions } from '../engine/check-env.ts';
import { loadGoldSet, type GoldDoc } from './gold.ts';
import { isLabelsJsonlSet, loadLabelsJsonl, type Split } from './labels-jsonl.ts';
import { matchDocument } from './match.ts';
import { summarise, type ControlEvaluation, type DocumentEvaluation, type EvalSummary } from './metrics.ts';

export const DEFAULT_GOLD_DIR = fileURLToPath(new URL('../../corpus/gold/', import.meta.url));
/** Five real exported notices (pkulaw), beside the repository; absent on most machines. */
export const DEFAULT_CONTROLS_DIR = fileURLToPath(new URL('../../../shared/samples/real/pkulaw-exports/', import.meta.url));

export interface EvalOptions extends CheckOptions {
  goldDir?: string;
  /** Folder of real documents expected to carry no error-level finding; null = none. */
  controlsDir?: string | null;
  env?: CheckEnv;
  /** labels.jsonl sets: which part to evaluate (default dev; the held-out third only when asked). */
  split?: Split;
}

export interface EvalResult {
  summary: EvalSummary;
  documents: DocumentEvaluation[];
  controls: ControlEvaluation[];
  ruleset: { id: string; version: string; rules: number };
  /** The law base judged by: the corpus folder (null: the embedded corpus) and how many acts and texts it holds. */
  lawBase: { dir: string | null; titles: number; versions: number };
  /** The set's format and, for labels.jsonl sets, the part evaluated. */
  set: { dir: string; format: 'sidecars' | 'labels.jsonl'; split?: Split };
}

/** Document-level checks of dates and validity say nothing about a copy that lost its ending. */
const NEEDS_COMPLETE_COPY = /validity|effective-date|publication|provisional|issuer-unknown/;

async function checkWithText(path: string, env: CheckEnv, name: string): Promise<{ report: DocumentReport; text: string }> {
  const { ingestFile } = await import('../ingest/index.ts');
  const { structureDocument } = await import('../structure/index.ts');
  let file;
  try {
    file = await ingestFile(path, env.options.ingest);
    const parsed = { format: file.format, ingest: file.ingest, doc: structureDocument(file.ingest) };
    return { report: checkParsed(parsed, env, name, file.sha256), text: file.ingest.text };
  } catch (e) {
    return { report: failedReport(name, file?.sha256 ?? '', file?.format ?? 'unknown', e), text: file?.ingest.text ?? '' };
  }
}

export async function runEvaluation(opts: EvalOptions = {}): Promise<EvalResult> {
  const goldDir = resolve(opts.goldDir ?? DEFAULT_GOLD_DIR);
  const jsonl = isLabelsJsonlSet(goldDir);
  const gold: GoldDoc[] = jsonl ? loadLabelsJsonl(goldDir, opts.split ?? 'dev') : loadGoldSet(goldDir);
  const env = opts.env ?? await createCheckEnv({
    rulesDir: opts.rulesDir, corpusDir: opts.corpusDir, profile: opts.profile, ingest: opts.ingest,
  });

  const documents: DocumentEvaluation[] = [];
  for (const g of gold) {
    const { report, text } = await checkWithText(g.path, env, g.document);
    const partial = g.complete === false;
    documents.push({
      gold: g,
      status: report.status,
      error: report.error?.message,
      issuers: report.meta.issuers,
      meta: report.meta,
      // A document that could not be checked has no findings: all its labels are misses.
      match: matchDocument(g.expected, report.findings, {
        text, corpus: env.corpus, doubtful: g.doubtful,
        ignoreRules: partial ? (f: Finding) => f.category === 'form' && NEEDS_COMPLETE_COPY.test(f.ruleId) : undefined,
      }),
    });
  }

  const controlsDir = opts.controlsDir === null ? '' : resolve(opts.controlsDir ?? DEFAULT_CONTROLS_DIR);
  const controlsAvailable = controlsDir !== '' && existsSync(controlsDir) && statSync(controlsDir).isDirectory();
  const controls: ControlEvaluation[] = [];
  if (controlsAvailable) {
    for (const name of readdirSync(controlsDir).sort()) {
      const path = join(controlsDir, name);
      if (!statSync(path).isFile()) continue;
      const report = await checkOne(path, env, name);
      controls.push({
        path: name,
        status: report.status,
        error: report.error?.message,
        errors: report.findings.filter((f) => f.severity === 'error'),
        warnings: report.findings.filter((f) => f.severity === 'warning').length,
      });
    }
  }
  const { id, version, rules } = env.ruleSet;
  return {
    summary: summarise(documents, controls, controlsDir, controlsAvailable),
    documents,
    controls,
    ruleset: { id, version, rules: rules.length },
    lawBase: { dir: env.options.corpusDir ?? null, titles: actsHeld(env.corpus), versions: env.corpus.laws.length },
    set: jsonl ? { dir: goldDir, format: 'labels.jsonl', split: opts.split ?? 'dev' } : { dir: goldDir, format: 'sidecars' },
  };
}
