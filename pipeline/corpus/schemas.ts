// Validators for the corpus data files (law JSON, the repealed registry): compiled once and cached
// (engine/schema-validator.ts), since every worker thread validates the registry when it loads the corpus.
import { fileURLToPath } from 'node:url';
import { schemaValidator } from '../engine/schema-validator.ts';

const SCHEMA_DIR = new URL('../../corpus/schema/', import.meta.url);

/** Throws an Error naming the file and the first schema violations. */
export function assertValid(schemaFile: string, data: unknown, where: string): void {
  const v = schemaValidator(fileURLToPath(new URL(schemaFile, SCHEMA_DIR)), { allErrors: true, strict: true });
  if (v(data)) return;
  const errs = (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
  throw new Error(`${where} 不符合 ${schemaFile}：${errs}`);
}
