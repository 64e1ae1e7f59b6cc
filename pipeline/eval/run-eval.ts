// Runs the full check (the same createCheckEnv + checkDocument as `beishen check`) over every
// gold document and over the real exported notices used as controls, then matches and sums up.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../engine/check-document.ts';
import { createCheckEnv, type CheckEnv, type CheckOptions } from '../engine/check-env.ts';
import { loadGoldSet } from './gold.ts';
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
}

export interface EvalResult {
  summary: EvalSummary;
  documents: DocumentEvaluation[];
  controls: ControlEvaluation[];
  ruleset: { id: string; version: string; rules: number };
}

export async function runEvaluation(opts: EvalOptions = {}): Promise<EvalResult> {
  const goldDir = resolve(opts.goldDir ?? DEFAULT_GOLD_DIR);
  const gold = loadGoldSet(goldDir);
  const env = opts.env ?? await createCheckEnv({
    rulesDir: opts.rulesDir, corpusDir: opts.corpusDir, profile: opts.profile, ingest: opts.ingest,
  });

  const documents: DocumentEvaluation[] = [];
  for (const g of gold) {
    const report = await checkDocument(g.path, env, g.document);
    documents.push({
      gold: g,
      status: report.status,
      error: report.error?.message,
      issuers: report.meta.issuers,
      // A document that could not be checked has no findings: all its labels are misses.
      match: matchDocument(g.expected, report.findings),
    });
  }

  const controlsDir = opts.controlsDir === null ? '' : resolve(opts.controlsDir ?? DEFAULT_CONTROLS_DIR);
  const controlsAvailable = controlsDir !== '' && existsSync(controlsDir) && statSync(controlsDir).isDirectory();
  const controls: ControlEvaluation[] = [];
  if (controlsAvailable) {
    for (const name of readdirSync(controlsDir).sort()) {
      const path = join(controlsDir, name);
      if (!statSync(path).isFile()) continue;
      const report = await checkDocument(path, env, name);
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
  };
}
