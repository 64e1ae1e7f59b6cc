// The bundled samples checked in-process, as `beishen check corpus/samples` checks them (one run per
// test file; the reports, not the texts, are kept).
import { join } from 'node:path';
import { buildRunReport } from '../../pipeline/engine/build-report.ts';
import { checkDocument } from '../../pipeline/engine/check-document.ts';
import { createCheckEnv } from '../../pipeline/engine/check-env.ts';
import type { RunReport } from '../../pipeline/model/types.ts';
import { ROOT } from './cli.ts';

export const SAMPLES_DIR = join(ROOT, 'corpus', 'samples');

export async function checkSamples(names: string[]): Promise<RunReport> {
  const env = await createCheckEnv({});
  const docs = [];
  for (const n of names) docs.push(await checkDocument(join(SAMPLES_DIR, n), env, `corpus/samples/${n}`));
  return buildRunReport(docs, env.ruleSet);
}
