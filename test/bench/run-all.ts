// `npm run bench`: every test/bench/*.bench.ts in turn, each in its own child process (so one
// benchmark's memory and workers never skew the next). Scripts are configured through environment
// variables (each documents its own, e.g. BENCH_DOCS for batch.bench.ts), not arguments, since
// they share one command line. BENCH_ONLY=<substring> runs only matching scripts.
// Exit code: the worst of the scripts'.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const runner = fileURLToPath(new URL('../../bin/run-ts.mjs', import.meta.url));
const only = process.env.BENCH_ONLY;
const scripts = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
let worst = 0;
for (const s of scripts) {
  process.stdout.write(`\n=== ${s} ===\n`);
  const r = spawnSync(process.execPath, [runner, join(here, s)], { stdio: 'inherit' });
  const code = r.status ?? 1;
  if (code !== 0) process.stdout.write(`${s} exited with ${code}${r.signal ? ` (${r.signal})` : ''}\n`);
  worst = Math.max(worst, code);
}
process.exitCode = worst;
