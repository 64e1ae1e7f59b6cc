// Benchmark of `beishen impact` on an archive an earlier `check` has cached (issue 14: a 1,000-document
// archive with a cache takes ≤ 10 s). Run: `BENCH_ONLY=impact npm run bench`.
// Environment: BENCH_DOCS (default 1000). The archive is generated once into the temporary folder:
// county notices and measures of 5–40 provisions; one in five cites articles of 行政复议法 2017 (some
// changed, some only renumbered), one in ten restates the old 第九条 without citing it. `check` fills the
// cache (timed too, for reference); then impact runs twice as the user would run it, a new process each
// time: from the check's report.json, and from the folder (which reads and hashes every file).
// Exit 1 when a target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normativeText } from '../batch/fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'beishen.mjs');
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const VERSION = 1;
const TARGET_MS = 10_000;

const CITING = [
  '申请人可以依照《中华人民共和国行政复议法》第九条的规定提出行政复议申请。',
  '外国人、无国籍人、外国组织申请行政复议的，依照《中华人民共和国行政复议法》第四十一条的规定办理。',
  '行政复议机构依照《中华人民共和国行政复议法》第三条的规定履行职责。',
];
const RESTATING = '公民、法人或者其他组织认为具体行政行为侵犯其合法权益的，可以自知道该具体行政行为之日起六十日内提出行政复议申请。';

function archive(): string {
  const dir = join(tmpdir(), `beishen-bench-impact-v${VERSION}-${DOCS}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'docs'), { recursive: true });
  for (let i = 0; i < DOCS; i++) {
    let text = normativeText(i, 5 + (i % 36));
    const year = 2019 + (i % 4);
    text = text.replace(/\d{4}年(\d+)月(\d+)日\s*$/, `${year}年$1月$2日\n`);
    if (i % 5 === 0) text = text.replace(/(第二条[^\n]*)/, `$1${CITING[i % CITING.length]}`);
    if (i % 10 === 3) text = text.replace(/(第三条[^\n]*)/, `$1${RESTATING}`);
    writeFileSync(join(dir, 'docs', `doc-${String(i).padStart(5, '0')}.txt`), text);
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

function run(args: string[]): { code: number; ms: number; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? 1, ms: performance.now() - t0, stdout: r.stdout, stderr: r.stderr };
}

const dir = archive();
const cache = join(dir, 'cache');
rmSync(cache, { recursive: true, force: true });
const check = run(['check', join(dir, 'docs'), '-o', join(dir, 'checked'), '--format', 'json', '--cache', cache, '-q', '--fail-on', 'never']);
if (check.code !== 0) {
  process.stderr.write(check.stderr);
  process.exit(1);
}
process.stdout.write(`check ${DOCS} documents, filling the cache: ${(check.ms / 1000).toFixed(1)} s\n`);
let missed = false;
for (const [label, input] of [['from report.json', join(dir, 'checked', 'report.json')], ['from the folder', join(dir, 'docs')]] as const) {
  const r = run(['impact', input, '--law', '中华人民共和国行政复议法', '--from', '2017-09-01', '--to', '2023-09-01', '-o', join(dir, 'impact'), '--cache', cache]);
  if (r.code !== 1) {
    process.stderr.write(`impact exited ${r.code}: ${r.stderr}`);
    process.exit(1);
  }
  const ok = r.ms <= TARGET_MS;
  missed ||= !ok;
  process.stdout.write(`impact ${label}: ${(r.ms / 1000).toFixed(2)} s (target ≤ ${TARGET_MS / 1000} s) ${ok ? 'ok' : 'MISSED'}\n  ${r.stdout.split('\n')[0]}\n`);
}
process.exitCode = missed ? 1 : 0;
