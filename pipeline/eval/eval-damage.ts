// What web and OCR copies' damage costs: the dev part of a labels.jsonl set (default ../shared/dev-corpus) is
// evaluated as it is and then with each damage of web-copy-damage.ts applied to every document, and the figures
// are printed side by side. Only the dev part is copied; the held-out part (numbers divisible by 3) is never
// read. Run: npm run eval:damage [-- --gold DIR] [-- --only ID,ID].
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCheckEnv } from '../engine/check-env.ts';
import { splitOf } from './labels-jsonl.ts';
import type { EvalSummary } from './metrics.ts';
import { runEvaluation } from './run-eval.ts';
import { DAMAGES, type Damage } from './web-copy-damage.ts';

const { values } = parseArgs({ options: { gold: { type: 'string' }, only: { type: 'string' } } });
const gold = resolve(values.gold ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'dev-corpus'));
if (!existsSync(join(gold, 'labels.jsonl'))) throw new Error(`不是 labels.jsonl 格式的文件集：${gold}`);
const only = values.only?.split(',');
const damages = DAMAGES.filter((d) => !only || only.includes(d.id));

const work = mkdtempSync(join(tmpdir(), 'beishen-damage-'));
/** The dev part of the set, each document as the damage leaves it. */
function damagedCopy(d: Damage | null): string {
  const dir = join(work, d?.id ?? 'none');
  mkdirSync(join(dir, 'docs'), { recursive: true });
  for (const f of readdirSync(join(gold, 'docs'))) {
    if (splitOf(f) !== 'dev') continue;
    const text = readFileSync(join(gold, 'docs', f), 'utf8');
    writeFileSync(join(dir, 'docs', f), d ? d.apply(text) : text);
  }
  for (const f of ['labels.jsonl', 'SOURCES.tsv']) if (existsSync(join(gold, f))) copyFileSync(join(gold, f), join(dir, f));
  return dir;
}

const pct = (x: number | null) => (x === null ? '—' : x.toFixed(2));
function row(name: string, s: EvalSummary): string {
  const o = s.overall;
  return `| ${name} | ${o.recalled}/${o.labels} | ${o.recalledWithBasis}/${o.labels} | ${pct(o.precision)} | ${pct(s.issuerAccuracy)} | ${s.documentDate.same}/${s.documentDate.labelled} | ${s.cleanErrors} |`;
}

try {
  const env = await createCheckEnv({});
  console.log(`网页、OCR 副本的损伤对评测结果的影响（${gold} 的开发部分，每种损伤施加于全部文件）：\n`);
  console.log('| 损伤 | 检出 | 依据正确 | 精确率 | 发文机关层级与类型 | 按文件日期审查 | 无问题文件 error |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const d of [null, ...damages]) {
    const r = await runEvaluation({ env, goldDir: damagedCopy(d), controlsDir: null, split: 'dev' });
    console.log(row(d ? `${d.name}（${d.id}）` : '原样', r.summary));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
