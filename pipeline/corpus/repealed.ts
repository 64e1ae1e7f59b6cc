// The registry of repealed/replaced laws and renamed agencies (corpus/repealed.yaml).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlCached } from '../engine/build-cache.ts';
import type { RenamedAgency, RepealedLaw } from './corpus.ts';
import { assertValid } from './schemas.ts';

export const REPEALED_FILE = fileURLToPath(new URL('../../corpus/repealed.yaml', import.meta.url));

export interface Registry {
  laws: RepealedLaw[];
  agencies: RenamedAgency[];
}

let shared: Registry | undefined;

export function loadRegistry(file = REPEALED_FILE): Registry {
  if (file === REPEALED_FILE && shared) return shared;
  const data = parseYamlCached(readFileSync(file, 'utf8')) as Partial<Registry>;
  assertValid('repealed.schema.json', data, file);
  const reg: Registry = { laws: data.laws ?? [], agencies: data.agencies ?? [] };
  if (file === REPEALED_FILE) shared = reg;
  return reg;
}
