// Benchmark of the batch engine behind `beishen check` (issue 7). Run: `npm run bench` (all
// benchmarks) or `node bin/run-ts.mjs test/bench/batch.bench.ts`.
// Environment: BENCH_DOCS (default 1000), BENCH_JOBS (default: cores), BENCH_BIG=1 to add the
// 10,000-document flat-memory run (generates ~10,000 more files; takes minutes), BENCH_BIG=only
// for that run alone.
// The document set is generated once into the temporary folder and reused: half .docx (the `docx`
// package), half .pdf (the same kind of documents converted by LibreOffice, so the PDFs embed
// subset CJK fonts as real ones do), 5–40 articles each. Every measured run is a child process:
// wall time and peak resident memory (all threads) are that run's alone.
// Figures printed: documents/s, peak RSS, full check ÷ text extraction alone (same pool), warm re-run
// after one rule changed ÷ cold run. Exit 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxFromText, normativeText } from '../batch/fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const RUNNER = join(ROOT, 'bin', 'run-ts.mjs');
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const JOBS = Number(process.env.BENCH_JOBS ?? availableParallelism());
const BIG = process.env.BENCH_BIG === '1' || process.env.BENCH_BIG === 'only';
const MIXED = process.env.BENCH_BIG !== 'only';
const MIXED_VERSION = 1;
const LARGE_VERSION = 2;

interface ChildResult {
  code: number;
  wallMs: number;
  maxRssMb: number;
  /** The run's closing line on stderr (counts, cache hits). */
  summary?: string;
}

// ------------------------------------------------------------------ child: one measured run
async function child(spec: { kind: 'check' | 'extract'; args: string[]; rules?: string }): Promise<void> {
  const t0 = performance.now();
  let code: number;
  if (spec.kind === 'check') {
    const { runCheck } = await import('../../pipeline/cli/check.ts');
    code = await runCheck(spec.args);
  } else {
    const { collectFiles } = await import('../../pipeline/batch/collect-files.ts');
    const { createCheckEnv } = await import('../../pipeline/engine/check-env.ts');
    const { runBatch } = await import('../../pipeline/batch/run-batch.ts');
    const files = await collectFiles(spec.args);
    const env = await createCheckEnv({ rulesDir: spec.rules });
    const result = await runBatch(files, env, { jobs: JOBS, cacheDir: null, stage: 'extract' });
    code = result.stats.notOk ? 3 : 0;
    await result.dispose();
  }
  const out: ChildResult = { code, wallMs: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(out)}\n`);
}

function measure(spec: { kind: 'check' | 'extract'; args: string[]; rules?: string }): ChildResult {
  const r = spawnSync(process.execPath, [RUNNER, SELF, '--child', JSON.stringify(spec)], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BEISHEN_TEST_FAULTS: '' },
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`benchmark run failed (exit ${r.status}):\n${r.stderr.slice(-3000)}`);
  const res = JSON.parse(line.slice('BENCH_RESULT '.length)) as ChildResult;
  if (res.code === 2) throw new Error(`beishen exited 2:\n${r.stderr.slice(-3000)}`);
  res.summary = r.stderr.split('\n').find((l) => l.startsWith('共 '));
  return res;
}

// ------------------------------------------------------------------ document sets
function articlesFor(i: number): number {
  return 5 + ((i * 7) % 36); // 5–40
}

async function ensureMixedSet(count: number): Promise<string> {
  const dir = join(tmpdir(), `beishen-bench-mixed-${count}-v${MIXED_VERSION}`);
  if (existsSync(`${dir}.done`)) return dir;
  rmSync(dir, { recursive: true, force: true });
  // Staging is kept across interrupted attempts: LibreOffice conversions already made are reused.
  const staging = `${dir}.staging`;
  rmSync(join(staging, 'docs'), { recursive: true, force: true });
  const pdfSrc = join(staging, 'pdf-src');
  mkdirSync(pdfSrc, { recursive: true });
  console.log(`生成 ${count} 件测试文件（一半 .docx，一半经 LibreOffice 转成 .pdf）→ ${dir}`);
  for (let i = 0; i < count; i++) {
    const folder = join(staging, 'docs', `乡镇${String(i % 10).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const buf = await docxFromText(normativeText(i, articlesFor(i)));
    const name = `文件${String(i).padStart(5, '0')}`;
    if (i % 2 === 0) writeFileSync(join(folder, `${name}.docx`), buf);
    else writeFileSync(join(pdfSrc, `${String(i % 10).padStart(2, '0')}-${name}.docx`), buf);
  }
  await convertToPdf(pdfSrc, join(staging, 'pdf-out'));
  for (const f of readdirSync(join(staging, 'pdf-out'))) {
    const [folder, name] = f.split('-');
    renameSync(join(staging, 'pdf-out', f), join(staging, 'docs', `乡镇${folder}`, name));
  }
  renameSync(join(staging, 'docs'), dir);
  rmSync(staging, { recursive: true, force: true });
  writeFileSync(`${dir}.done`, '');
  return dir;
}

/**
 * LibreOffice headless, two instances (own profiles) each converting half the files in one call.
 * A long batch call occasionally drops a file without an error: missing ones are converted again.
 */
async function convertToPdf(src: string, out: string): Promise<void> {
  const all = readdirSync(src).sort();
  const missing = () => {
    const made = new Set(existsSync(out) ? readdirSync(out) : []);
    return all.filter((f) => !made.has(f.replace(/\.docx$/, '.pdf')));
  };
  for (let pass = 0; pass < 3 && missing().length; pass++) {
    const files = missing();
    const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)].filter((h) => h.length);
    await Promise.all(halves.map((part, k) => new Promise<void>((resolve, reject) => {
      const profile = join(tmpdir(), `beishen-bench-lo-${process.pid}-${k}`);
      const p = spawn('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out,
        ...part.map((f) => join(src, f))], { stdio: 'ignore' });
      p.on('error', reject);
      p.on('close', () => resolve());
    })));
  }
  const left = missing();
  if (left.length) throw new Error(`LibreOffice could not convert ${left.length} files, e.g. ${left[0]}`);
}

async function ensureLargeSet(count: number): Promise<string> {
  const dir = join(tmpdir(), `beishen-bench-large-${count}-v${LARGE_VERSION}`);
  if (existsSync(`${dir}.done`)) return dir;
  console.log(`生成 ${count} 件测试文件（.txt 与 .docx）→ ${dir}`);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `批次${String(i % 50).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const text = normativeText(i, articlesFor(i));
    if (i % 4 === 0) writeFileSync(join(folder, `文件${String(i).padStart(5, '0')}.docx`), await docxFromText(text));
    else writeFileSync(join(folder, `文件${String(i).padStart(5, '0')}.txt`), text);
  }
  writeFileSync(`${dir}.done`, '');
  return dir;
}

/** A copy of the default rules (or, if they do not load, the batch tests' rules) that we may edit. */
async function rulesCopy(): Promise<{ dir: string; note: string }> {
  const { createCheckEnv } = await import('../../pipeline/engine/check-env.ts');
  const dir = join(tmpdir(), `beishen-bench-rules-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  let note = '规则：rules/（默认规则集）';
  try {
    await createCheckEnv({});
    cpSync(join(ROOT, 'rules'), dir, { recursive: true });
  } catch (e) {
    note = `规则：默认规则集无法加载（${(e as Error).message.split('\n')[0]}），改用 test/batch/fixtures/rules`;
    cpSync(join(ROOT, 'test', 'batch', 'fixtures', 'rules'), dir, { recursive: true });
  }
  return { dir, note };
}

/** "Change one rule": the first rule file's first severity, or a comment if there is none. */
function changeOneRule(dir: string): string {
  const file = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !/^ruleset\./.test(f)).sort()[0];
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = /severity: error/.test(text) ? text.replace('severity: error', 'severity: warning') : `${text}\n# benchmark edit\n`;
  writeFileSync(path, changed);
  return file;
}

// ------------------------------------------------------------------ main
async function mixedRuns(rules: string, note: string, work: string, base: string[]): Promise<[string, boolean][]> {
  const fmt = (r: ChildResult) => `${(r.wallMs / 1000).toFixed(1)} s，${(DOCS / (r.wallMs / 1000)).toFixed(1)} 件/秒，峰值内存 ${Math.round(r.maxRssMb)} MB${r.summary ? `\n    ${r.summary}` : ''}`;
  const mixed = await ensureMixedSet(DOCS);
  const cache = join(work, 'cache');
  console.log(`批处理基准：${DOCS} 件（${DOCS / 2} .docx + ${DOCS / 2} .pdf，每件 5–40 条），--jobs ${JOBS}，${availableParallelism()} 核。${note}`);

  const extract = measure({ kind: 'extract', args: [mixed], rules });
  console.log(`仅提取文字（同一线程池）：${fmt(extract)}`);
  const full = measure({ kind: 'check', args: [mixed, '--out', join(work, 'out-full'), '--no-cache', ...base] });
  console.log(`完整检查（无缓存）：      ${fmt(full)}，退出码 ${full.code}`);
  const cold = measure({ kind: 'check', args: [mixed, '--out', join(work, 'out-cold'), '--cache', cache, ...base] });
  console.log(`完整检查（冷缓存，写入）：${fmt(cold)}`);
  const warm = measure({ kind: 'check', args: [mixed, '--out', join(work, 'out-warm'), '--cache', cache, ...base] });
  console.log(`重跑（无改动，全部命中）：${fmt(warm)}`);
  const changedFile = changeOneRule(rules);
  const changed = measure({ kind: 'check', args: [mixed, '--out', join(work, 'out-changed'), '--cache', cache, ...base] });
  console.log(`重跑（改动 ${changedFile} 中一条规则）：${fmt(changed)}`);
  const report = JSON.parse(readFileSync(join(work, 'out-full', 'report.json'), 'utf8')) as { summary: { ok: number; failed: number } };
  console.log(`检查结果：通过 ${report.summary.ok} 件，未能检查 ${report.summary.failed} 件`);

  const ratio = full.wallMs / extract.wallMs;
  const warmRatio = changed.wallMs / cold.wallMs;
  const peak = Math.max(full.maxRssMb, cold.maxRssMb, changed.maxRssMb);
  return [
    [`${DOCS} 件 ≤ 30 s（实测 ${(full.wallMs / 1000).toFixed(1)} s）`, full.wallMs <= 30_000 * (DOCS / 1000)],
    [`完整检查 ÷ 仅提取 ≤ 1.5（实测 ${ratio.toFixed(2)}）`, ratio <= 1.5],
    [`峰值内存 ≤ 1.5 GB（实测 ${Math.round(peak)} MB）`, peak <= 1536],
    [`改一条规则后重跑 ÷ 冷运行 ≤ 20%（实测 ${(warmRatio * 100).toFixed(0)}%）`, warmRatio <= 0.2],
  ];
}

async function main(): Promise<void> {
  const { dir: rules, note } = await rulesCopy();
  const work = join(tmpdir(), `beishen-bench-run-${process.pid}`);
  mkdirSync(work, { recursive: true });
  // Not --quiet: the closing line (cache hits …) is printed with each figure.
  const base = ['--rules', rules, '--format', 'json', '--jobs', String(JOBS)];
  const targets: [string, boolean][] = MIXED ? await mixedRuns(rules, note, work, base) : [];

  if (BIG) {
    const large = await ensureLargeSet(10_000);
    const small = join(tmpdir(), `beishen-bench-large-sub-v${LARGE_VERSION}`);
    if (!existsSync(small)) {
      mkdirSync(small);
      for (const d of readdirSync(large).filter((d) => d.startsWith('批次')).slice(0, 5)) cpSync(join(large, d), join(small, d), { recursive: true });
    }
    const args = (dir: string, out: string) => ({ kind: 'check' as const, args: [dir, '--out', join(work, out), '--no-cache', ...base] });
    const r1k = measure(args(small, 'out-1k'));
    const r10k = measure(args(large, 'out-10k'));
    console.log(`1,000 件（.txt/.docx）：${(r1k.wallMs / 1000).toFixed(1)} s，峰值内存 ${Math.round(r1k.maxRssMb)} MB`);
    console.log(`10,000 件（.txt/.docx）：${(r10k.wallMs / 1000).toFixed(1)} s，${(10_000 / (r10k.wallMs / 1000)).toFixed(1)} 件/秒，峰值内存 ${Math.round(r10k.maxRssMb)} MB`);
    targets.push([`10,000 件内存平稳：峰值 ≤ 1,000 件时的 1.5 倍（${Math.round(r10k.maxRssMb)} / ${Math.round(r1k.maxRssMb)} MB）`, r10k.maxRssMb <= 1.5 * r1k.maxRssMb]);
  }
  console.log('\n目标：');
  for (const [label, ok] of targets) console.log(`  ${ok ? '达到' : '未达到'}  ${label}`);
  rmSync(work, { recursive: true, force: true });
  rmSync(rules, { recursive: true, force: true });
  process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
}

if (process.argv[2] === '--child') await child(JSON.parse(process.argv[3]));
else await main();

