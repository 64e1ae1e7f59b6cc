// The real evaluation: the full check over the gold set (and the real controls when present) and
// over the held-out sets, each compared with its stored baseline (baseline.json in each folder). A figure below the baseline fails; equal passes;
// improvements pass (record them with `beishen eval --update-baseline [--gold DIR]`). Where the law library is at hand
// (../shared/laws), every set is judged by it too and compared with baseline-library.json: what `beishen eval` measures
// there by default.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baselineFileName, compareWithBaseline, readBaseline } from '../../pipeline/eval/baseline.ts';
import { lawLibrarySource, libraryCorpusDir } from '../../pipeline/corpus/library.ts';
import { evalToJson } from '../../pipeline/eval/render-eval.ts';
import { DEFAULT_GOLD_DIR, runEvaluation, type EvalResult } from '../../pipeline/eval/run-eval.ts';
import { createCheckEnv } from '../../pipeline/engine/check-env.ts';
import { CATEGORIES } from '../../pipeline/model/types.ts';

// Each held-out set, with how it has been used (it names its baseline test).
const HELD_OUT: { dir: string; use: string }[] = [
  { dir: 'holdout', use: 'held-out set' },
  { dir: 'holdout-2', use: 'held-out set 2' },
  { dir: 'holdout-3', use: 'held-out set 3' },
  { dir: 'holdout-4', use: 'held-out set 4' },
  { dir: 'holdout-5', use: 'held-out set 5' },
  { dir: 'holdout-6', use: 'held-out set 6, tuned on since' },
  { dir: 'holdout-7', use: 'held-out set 7, tuned on since' },
  { dir: 'holdout-8', use: 'held-out set 8, two thirds tuned on' },
  { dir: 'holdout-9', use: 'held-out set 9, two thirds tuned on' },
  { dir: 'holdout-10', use: 'held-out set 10, two thirds tuned on' },
  { dir: 'holdout-11', use: 'held-out set 11, half tuned on' },
  { dir: 'holdout-12', use: 'held-out set 12, half tuned on' },
  { dir: 'holdout-13', use: 'held-out set 13, half tuned on' },
  { dir: 'holdout-14', use: 'held-out set 14, half tuned on' },
  { dir: 'holdout-15', use: 'held-out set 15, read whole' },
  { dir: 'holdout-16', use: 'held-out set 16, read whole' },
  { dir: 'holdout-17', use: 'held-out set 17, read whole' },
  { dir: 'holdout-18', use: 'held-out set 18, read whole' },
  { dir: 'holdout-19', use: 'held-out set 19, read whole' },
  { dir: 'holdout-20', use: 'held-out set 20, read whole' },
  { dir: 'holdout-21', use: 'held-out set 21, read whole' },
  { dir: 'holdout-22', use: 'held-out set 22, read whole' },
  { dir: 'holdout-23', use: 'held-out set 23, read whole' },
  { dir: 'holdout-24', use: 'held-out set 24, read whole' },
  { dir: 'holdout-25', use: 'held-out set 25, read whole' },
  { dir: 'holdout-26', use: 'held-out set 26, read whole' },
  { dir: 'holdout-27', use: 'held-out set 27, the documents before h27-i read' },
  { dir: 'holdout-28', use: 'held-out set 28, read whole' },
  { dir: 'holdout-29', use: 'held-out set 29, unread' },
];
/** The gold set (with the real controls) and every held-out set, judged by one corpus. */
async function evaluateSets(corpusDir?: string): Promise<{ gold: EvalResult; heldOut: Map<string, EvalResult> }> {
  const env = await createCheckEnv(corpusDir ? { corpusDir } : {});
  const gold = await runEvaluation({ env });
  const heldOut = new Map<string, EvalResult>();
  for (const { dir } of HELD_OUT) heldOut.set(dir, await runEvaluation({ env, goldDir: join(DEFAULT_GOLD_DIR, dir), controlsDir: null }));
  return { gold, heldOut };
}

/** One test per set: no figure below the baseline of that law base. */
function baselineTests(sets: () => { gold: EvalResult; heldOut: Map<string, EvalResult> }, lawBase: 'embedded' | 'library'): void {
  it('no figure is below the stored baseline (gold set)', () => {
    expect(regressions(sets().gold, DEFAULT_GOLD_DIR, lawBase)).toEqual([]);
  });
  for (const { dir, use } of HELD_OUT) {
    it(`no figure is below the stored baseline (${use})`, () => {
      expect(regressions(sets().heldOut.get(dir)!, join(DEFAULT_GOLD_DIR, dir), lawBase)).toEqual([]);
    });
  }
}

let gold: EvalResult;
let heldOut: Map<string, EvalResult>;
beforeAll(async () => {
  ({ gold, heldOut } = await evaluateSets());
}, 480_000);

function regressions(result: EvalResult, dir: string, lawBase: 'embedded' | 'library'): string[] {
  const baseline = readBaseline(join(dir, baselineFileName(lawBase)));
  if (!baseline) return [`没有基线：运行 beishen eval --update-baseline --gold ${dir}${lawBase === 'embedded' ? ' --corpus corpus/laws' : ''} 记录`];
  return compareWithBaseline(result.summary, baseline).regressions.map((r) => `${r.figure}: ${r.current ?? '—'} < 基线 ${r.baseline}`);
}

describe('beishen eval on corpus/gold', () => {
  it('checks every gold document (none failed to ingest)', () => {
    const failed = [...gold.documents, ...[...heldOut.values()].flatMap((r) => r.documents)].filter((d) => d.status !== 'ok').map((d) => `${d.gold.document}: ${d.error}`);
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

  baselineTests(() => ({ gold, heldOut }), 'embedded');
});

// The law library is read where it is (../shared/laws; the test configuration turns it off for every other test); a
// machine without it measures the embedded corpus only, above.
const library = lawLibrarySource({});
describe.runIf(library !== null)('beishen eval judged by the law library', () => {
  let sets: Awaited<ReturnType<typeof evaluateSets>>;
  beforeAll(async () => {
    const corpusDir = await libraryCorpusDir(library);
    expect(corpusDir).not.toBeNull();
    sets = await evaluateSets(corpusDir!);
  }, 600_000);

  baselineTests(() => sets, 'library');
});
