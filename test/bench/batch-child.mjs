// One measured run of the batch benchmark (batch.bench.ts), started as its own process with plain
// Node, as bin/beishen.mjs runs: the compiled copy of the sources when it can be had (else tsx), so
// the figures include the program's real start-up. Prints one line: BENCH_RESULT {code, wallMs, maxRssMb}.
// argv[2]: {kind: 'check' | 'extract', args, rules?, jobs}.
import { pathToFileURL } from 'node:url';
import { compiledSources } from '../../bin/compiled-sources.mjs';

const t0 = performance.now();
const spec = JSON.parse(process.argv[2]);
const compiled = await compiledSources();
let load;
if (compiled) {
  process.env.BEISHEN_COMPILED = compiled;
  load = (rel) => import(pathToFileURL(`${compiled}/${rel}.js`).href);
} else {
  (await import('tsx/esm/api')).register();
  load = (rel) => import(new URL(`../../${rel}.ts`, import.meta.url).href);
}
let code;
if (spec.kind === 'check') {
  code = await (await load('pipeline/cli/check')).runCheck(spec.args);
} else {
  // Text extraction alone, through the same pool: the batch engine's own floor.
  const { collectFiles } = await load('pipeline/batch/collect-files');
  const { createCheckEnv } = await load('pipeline/engine/check-env');
  const { runBatch } = await load('pipeline/batch/run-batch');
  const { files } = await collectFiles(spec.args);
  const env = await createCheckEnv({ rulesDir: spec.rules });
  const result = await runBatch(files, env, { jobs: spec.jobs, cacheDir: null, stage: 'extract' });
  code = result.stats.notOk ? 3 : 0;
  await result.dispose();
}
const out = { code, wallMs: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`BENCH_RESULT ${JSON.stringify(out)}\n`);
