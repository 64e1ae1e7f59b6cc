// The real evaluation: the full check over the gold set (and the real controls when present) and
// over the four held-out sets, each compared with its stored baseline (baseline.json in each folder). A figure below the baseline fails; equal passes;
// improvements pass (record them with `beishen eval --update-baseline [--gold DIR]`).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline, readBaseline } from '../../pipeline/eval/baseline.ts';
import { evalToJson } from '../../pipeline/eval/render-eval.ts';
import { DEFAULT_GOLD_DIR, runEvaluation, type EvalResult } from '../../pipeline/eval/run-eval.ts';
import { createCheckEnv } from '../../pipeline/engine/check-env.ts';
import { CATEGORIES } from '../../pipeline/model/types.ts';

const HOLDOUT = join(DEFAULT_GOLD_DIR, 'holdout');
const HOLDOUT_2 = join(DEFAULT_GOLD_DIR, 'holdout-2');
const HOLDOUT_3 = join(DEFAULT_GOLD_DIR, 'holdout-3');
const HOLDOUT_4 = join(DEFAULT_GOLD_DIR, 'holdout-4');
const HOLDOUT_5 = join(DEFAULT_GOLD_DIR, 'holdout-5');
const HOLDOUT_6 = join(DEFAULT_GOLD_DIR, 'holdout-6');
const HOLDOUT_7 = join(DEFAULT_GOLD_DIR, 'holdout-7');
const HOLDOUT_8 = join(DEFAULT_GOLD_DIR, 'holdout-8');
const HOLDOUT_9 = join(DEFAULT_GOLD_DIR, 'holdout-9');
const HOLDOUT_10 = join(DEFAULT_GOLD_DIR, 'holdout-10');
const HOLDOUT_11 = join(DEFAULT_GOLD_DIR, 'holdout-11');
let gold: EvalResult;
let holdout: EvalResult;
let holdout2: EvalResult;
let holdout3: EvalResult;
let holdout4: EvalResult;
let holdout5: EvalResult;
let holdout6: EvalResult;
let holdout7: EvalResult;
let holdout8: EvalResult;
let holdout9: EvalResult;
let holdout10: EvalResult;
let holdout11: EvalResult;
beforeAll(async () => {
  const env = await createCheckEnv({});
  gold = await runEvaluation({ env });
  holdout = await runEvaluation({ env, goldDir: HOLDOUT, controlsDir: null });
  holdout2 = await runEvaluation({ env, goldDir: HOLDOUT_2, controlsDir: null });
  holdout3 = await runEvaluation({ env, goldDir: HOLDOUT_3, controlsDir: null });
  holdout4 = await runEvaluation({ env, goldDir: HOLDOUT_4, controlsDir: null });
  holdout5 = await runEvaluation({ env, goldDir: HOLDOUT_5, controlsDir: null });
  holdout6 = await runEvaluation({ env, goldDir: HOLDOUT_6, controlsDir: null });
  holdout7 = await runEvaluation({ env, goldDir: HOLDOUT_7, controlsDir: null });
  holdout8 = await runEvaluation({ env, goldDir: HOLDOUT_8, controlsDir: null });
  holdout9 = await runEvaluation({ env, goldDir: HOLDOUT_9, controlsDir: null });
  holdout10 = await runEvaluation({ env, goldDir: HOLDOUT_10, controlsDir: null });
  holdout11 = await runEvaluation({ env, goldDir: HOLDOUT_11, controlsDir: null });
}, 360_000);

function regressions(result: EvalResult, dir: string): string[] {
  const baseline = readBaseline(join(dir, 'baseline.json'));
  if (!baseline) return [`没有基线：运行 beishen eval --update-baseline --gold ${dir} 记录`];
  return compareWithBaseline(result.summary, baseline).regressions.map((r) => `${r.figure}: ${r.current ?? '—'} < 基线 ${r.baseline}`);
}

describe('beishen eval on corpus/gold', () => {
  it('checks every gold document (none failed to ingest)', () => {
    const failed = [...gold.documents, ...holdout.documents, ...holdout2.documents, ...holdout3.documents, ...holdout4.documents, ...holdout5.documents, ...holdout6.documents, ...holdout7.documents, ...holdout8.documents, ...holdout9.documents, ...holdout10.documents, ...holdout11.documents].filter((d) => d.status !== 'ok').map((d) => `${d.gold.document}: ${d.error}`);
    expect(failed).toEqual([]);
    expect(gold.summary.documents).toBeGreaterThanOrEqual(60);
  });

  it('reports every category and lists every miss and false positive', () => {
    const j = evalToJson(gold);
    expect(Object.keys(j.summary.byCategory).sort()).toEqual([...CATEGORIES].sort());
    const misses = gold.documents.reduce((n, d) => n + d.match.labels.filter((o) => !o.recalled).length, 0);
    expect(j.misses).toHaveLength(misses);
    expect(j.falsePositives).toHaveLength(gold.summary.overall.falsePositives);
  });

  it('no figure is below the stored baseline (gold set)', () => {
    expect(regressions(gold, DEFAULT_GOLD_DIR)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set)', () => {
    expect(regressions(holdout, HOLDOUT)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 2)', () => {
    expect(regressions(holdout2, HOLDOUT_2)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 3)', () => {
    expect(regressions(holdout3, HOLDOUT_3)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 4)', () => {
    expect(regressions(holdout4, HOLDOUT_4)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 5)', () => {
    expect(regressions(holdout5, HOLDOUT_5)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 6, tuned on since)', () => {
    expect(regressions(holdout6, HOLDOUT_6)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 7, tuned on since)', () => {
    expect(regressions(holdout7, HOLDOUT_7)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 8, two thirds tuned on)', () => {
    expect(regressions(holdout8, HOLDOUT_8)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 9, two thirds tuned on)', () => {
    expect(regressions(holdout9, HOLDOUT_9)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 10, two thirds tuned on)', () => {
    expect(regressions(holdout10, HOLDOUT_10)).toEqual([]);
  });

  it('no figure is below the stored baseline (held-out set 11, blind, not yet read)', () => {
    expect(regressions(holdout11, HOLDOUT_11)).toEqual([]);
  });
});
