// Check a list of files. Documents are independent: one that fails is reported and the batch goes on.
import { checkDocument } from '../engine/check-document.ts';
import type { CheckEnv } from '../engine/check-env.ts';
import type { DocumentReport } from '../model/types.ts';
import type { CollectedFile } from './collect-files.ts';

export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
  current?: string;
}

export async function runBatch(
  files: CollectedFile[],
  env: CheckEnv,
  onProgress?: (p: BatchProgress) => void,
): Promise<DocumentReport[]> {
  const results: DocumentReport[] = [];
  let failed = 0;
  for (const f of files) {
    const r = await checkDocument(f.absolute, env, f.display);
    if (r.status !== 'ok') failed++;
    results.push(r);
    onProgress?.({ done: results.length, total: files.length, failed, current: f.display });
  }
  return results;
}
