// ajv validators for the corpus data files (law JSON, the repealed registry).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const SCHEMA_DIR = new URL('../../corpus/schema/', import.meta.url);
const cache = new Map<string, ValidateFunction>();

function validator(name: string): ValidateFunction {
  let v = cache.get(name);
  if (!v) {
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL(name, SCHEMA_DIR)), 'utf8'));
    v = new Ajv({ allErrors: true, strict: true }).compile(schema);
    cache.set(name, v);
  }
  return v;
}

/** Throws an Error naming the file and the first schema violations. */
export function assertValid(schemaFile: string, data: unknown, where: string): void {
  const v = validator(schemaFile);
  if (v(data)) return;
  const errs = (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
  throw new Error(`${where} 不符合 ${schemaFile}：${errs}`);
}
