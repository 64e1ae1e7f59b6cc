// JSON Schema validators, compiled once per schema and cached (build-cache.ts) as ajv's standalone
// code: compiling a schema — and, first, ajv's meta-schema — costs ~100 ms in every process and
// worker thread that validates anything; requiring the cached code costs about a millisecond. The
// key hashes the schema text, the options and ajv's version, so an edited schema is compiled again.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { buildCachePath, writeBuildCache } from './build-cache.ts';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface ValidatorOptions {
  allErrors?: boolean;
  strict?: boolean;
}

const require = createRequire(import.meta.url);
const CACHE = 'beishen-validators';
const compiled = new Map<string, Validator>();

/** The validator of a schema file, from the cache when the same schema was compiled before. */
export function schemaValidator(schemaFile: string, options: ValidatorOptions = {}): Validator {
  const text = readFileSync(schemaFile, 'utf8');
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const key = `${createHash('sha256').update(`${ajvVersion}\0${JSON.stringify(options)}\0${text}`).digest('hex')}.cjs`;
  let v = compiled.get(key);
  if (v) return v;
  const path = buildCachePath(CACHE, key);
  try {
    if (path) v = require(path) as Validator;
  } catch {
    /* not compiled yet (or unreadable): compile below */
  }
  if (!v) v = compile(text, options, key);
  compiled.set(key, v);
  return v;
}

function compile(text: string, options: ValidatorOptions, key: string): Validator {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const ajv = new Ajv({ ...options, code: { source: true } });
  const validate = ajv.compile(JSON.parse(text));
  const standalone = (require('ajv/dist/standalone') as { default: (a: unknown, v: unknown) => string }).default;
  // The generated module requires ajv's runtime helpers by package name: point them at this
  // installation, so the cached file loads wherever the cache folder is.
  const code = standalone(ajv, validate).replace(/require\("(ajv\/[^"]+)"\)/g, (_, m: string) => `require(${JSON.stringify(require.resolve(m))})`);
  const path = writeBuildCache(CACHE, key, code);
  if (!path) return validate as Validator;
  try {
    return require(path) as Validator;
  } catch {
    return validate as Validator;
  }
}
