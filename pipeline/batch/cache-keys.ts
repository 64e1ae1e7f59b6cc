// What a cached result depends on. A parse result depends on the document's bytes, the ingest
// options, the tool's version and the code that parses (ingest, text, structure, analyse, model —
// plus the locked library versions); a report additionally on the rule set (rule files and profile),
// the corpus, the registry of repealed laws, the profile, the rest of the pipeline code and the
// document's display path (rules may use it, e.g. in finding fingerprints).
// Hashing the source files, not just the tool version, keeps a development checkout's cache honest
// when code changes without a version bump. Changing a rule file changes only the report key, so
// a re-run after a rule change re-parses nothing and runs the rules on the cached parses.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT, type CheckOptions } from '../engine/check-env.ts';
import { TOOL } from '../engine/build-report.ts';
import { REPEALED_FILE } from '../corpus/repealed.ts';

export interface CacheFingerprints {
  parse: string;
  report: string;
}

const PARSE_CODE = ['pipeline/ingest', 'pipeline/text', 'pipeline/structure', 'pipeline/analyse', 'pipeline/model'];

export function hashParts(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p.length}:${p}`);
  return h.digest('hex');
}

/** `judging`: the day documents are judged as of (check-env.ts judgingKey) — findings depend on it. */
export async function computeFingerprints(options: CheckOptions, ruleSetHash: string, corpusHash: string, judging = ''): Promise<CacheFingerprints> {
  const lock = await hashFiles([join(PROJECT_ROOT, 'package-lock.json')]);
  const parseCode = await hashTree(PARSE_CODE.map((d) => join(PROJECT_ROOT, d)));
  const allCode = await hashTree([join(PROJECT_ROOT, 'pipeline')]);
  const ingest = JSON.stringify(options.ingest ?? {}, Object.keys(options.ingest ?? {}).sort());
  const parse = hashParts('parse', TOOL.version, lock, parseCode, ingest);
  // The registry of repealed laws is corpus data outside the corpus folder (its hash covers the laws only).
  const registry = await hashFiles([REPEALED_FILE]);
  const report = hashParts('report', parse, allCode, ruleSetHash, corpusHash, registry, options.profile ?? 'default', judging);
  return { parse, report };
}

/** The extension takes part: it breaks ties in format sniffing (the same bytes as .txt or .md). */
export function parseKey(fp: CacheFingerprints, sha256: string, extension: string): string {
  return hashParts(fp.parse, sha256, extension);
}

/** A small result computed from a document's parse (`name` says which, with its version), cached beside it. */
export function derivedKey(name: string, parseKeyOfDocument: string): string {
  return hashParts(name, parseKeyOfDocument);
}

export function reportKey(fp: CacheFingerprints, sha256: string, displayPath: string): string {
  return hashParts(fp.report, sha256, displayPath);
}


async function hashTree(roots: string[]): Promise<string> {
  const files: string[] = [];
  for (const r of roots) files.push(...(await listFiles(r)));
  return hashFiles(files.sort());
}

async function hashFiles(files: string[]): Promise<string> {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f.slice(PROJECT_ROOT.length));
    h.update(await readFile(f).catch(() => Buffer.from('missing')));
  }
  return h.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
