// Start-up of the command line (issue 15): `beishen check` of one document, each run a new process,
// measured from the spawn to the exit — once with empty build caches (the sources are compiled and
// the rule set validated on the way) and then warm (median of 7). Targets: one document from a cold
// process ≤ 1.0 s; warm ≤ 0.8 s. Also `beishen --version`, the floor of any command.
// The build caches go to a temporary folder (BEISHEN_BUILD_CACHE), so the project's own stay untouched.
// Run: node bin/run-ts.mjs test/bench/startup.bench.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'beishen.mjs');
const DOC = join(ROOT, 'corpus', 'samples', 'qingshi-township-fireworks-notice.docx');
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timed(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`beishen ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return ms;
}

const work = mkdtempSync(join(tmpdir(), 'beishen-startup-'));
const env = { ...process.env, BEISHEN_BUILD_CACHE: join(work, 'build-cache') };
const check = ['check', DOC, '--no-cache', '--format', 'json', '--out', join(work, 'out'), '--quiet', '--jobs', '1'];
try {
  console.log(`负载 ${loadavg()[0]!.toFixed(1)}（2 核，与其他任务共用：墙钟时间随负载增长）`);
  const cold = timed(check, env);
  const warm = median(Array.from({ length: RUNS }, () => timed(check, env)));
  const version = median(Array.from({ length: RUNS }, () => timed(['--version'], env)));
  console.log(`check 一件文件，构建缓存为空（编译源码、校验规则集）：${cold.toFixed(0)} ms`);
  console.log(`check 一件文件，新进程、缓存已有（中位数，${RUNS} 次）：${warm.toFixed(0)} ms（目标 ≤ 1000 ms；预热目标 ≤ 800 ms）`);
  console.log(`beishen --version（中位数）：${version.toFixed(0)} ms`);
  process.exitCode = warm <= 1000 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
