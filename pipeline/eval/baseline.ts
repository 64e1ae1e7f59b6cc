// The stored baseline (corpus/gold/baseline.json): the figures of the last accepted run.
// A figure below its baseline is a regression; equal passes; better passes and can be recorded
// with --update-baseline. Ratios must not fall; error counts must not rise.
import { readFileSync, writeFileSync } from 'node:fs';
import { CATEGORIES } from '../model/types.ts';
import type { EvalSummary } from './metrics.ts';

export const DEFAULT_BASELINE_URL = new URL('../../corpus/gold/baseline.json', import.meta.url);

/** A set's baseline file for the law base it is judged by: the embedded corpus (baseline.json, what a machine without
 *  the law library measures) or the law library (baseline-library.json). Their figures differ, and each must hold. */
export function baselineFileName(lawBase: 'embedded' | 'library'): string {
  return lawBase === 'library' ? 'baseline-library.json' : 'baseline.json';
}

export interface Baseline {
  recordedAt: string;
  ruleset: { id: string; version: string; rules: number };
  documents: number;
  /** Higher is better (ratios 0..1). */
  atLeast: Record<string, number>;
  /** Lower is better (counts). */
  atMost: Record<string, number>;
}

export interface Regression {
  figure: string;
  baseline: number;
  current: number | null;
}

/** The flat figures a baseline records. null ratios (nothing to measure) are left out. */
export function baselineFigures(s: EvalSummary): Pick<Baseline, 'atLeast' | 'atMost'> {
  const atLeast: Record<string, number> = {};
  const put = (k: string, v: number | null) => { if (v !== null) atLeast[k] = v; };
  put('overall.recall', s.overall.recall);
  put('overall.precision', s.overall.precision);
  put('overall.basisAccuracy', s.overall.basisAccuracy);
  put('overall.recallWithBasis', s.overall.recallWithBasis);
  put('issuerAccuracy', s.issuerAccuracy);
  for (const c of CATEGORIES) {
    put(`${c}.recall`, s.byCategory[c].recall);
    put(`${c}.precision`, s.byCategory[c].precision);
  }
  const atMost: Record<string, number> = { cleanErrors: s.cleanErrors, failedDocuments: s.failedDocuments };
  if (s.controls.available) atMost['controls.errorFindings'] = s.controls.errorFindings;
  return { atLeast, atMost };
}

export function compareWithBaseline(s: EvalSummary, b: Baseline): { regressions: Regression[]; improvements: Regression[] } {
  const now = baselineFigures(s);
  const regressions: Regression[] = [];
  const improvements: Regression[] = [];
  for (const [k, v] of Object.entries(b.atLeast)) {
    const cur = now.atLeast[k] ?? null;
    // A ratio that became unmeasurable (no findings at all) counts as a drop to nothing.
    if (cur === null || cur < v) regressions.push({ figure: k, baseline: v, current: cur });
    else if (cur > v) improvements.push({ figure: k, baseline: v, current: cur });
  }
  for (const [k, v] of Object.entries(b.atMost)) {
    // Controls that are absent on this machine are skipped, not failed.
    if (k.startsWith('controls.') && !s.controls.available) continue;
    const cur = now.atMost[k] ?? null;
    if (cur === null || cur > v) regressions.push({ figure: k, baseline: v, current: cur });
    else if (cur < v) improvements.push({ figure: k, baseline: v, current: cur });
  }
  return { regressions, improvements };
}

export function readBaseline(path: URL | string): Baseline | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`基线文件无法读取：${(e as Error).message}`);
  }
}

export function writeBaseline(path: URL | string, s: EvalSummary, ruleset: Baseline['ruleset'], now = new Date()): Baseline {
  const b: Baseline = { recordedAt: now.toISOString(), ruleset, documents: s.documents, ...baselineFigures(s) };
  writeFileSync(path, `${JSON.stringify(b, null, 2)}\n`);
  return b;
}
