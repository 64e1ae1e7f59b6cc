// The labelled evaluation set: one document plus a sidecar YAML (<name>.yaml) per case.
// Labels name a category, a provision and a basis — never a rule id — so the rules must earn
// the match. Sidecars are validated against corpus/gold/schema.json before anything runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import type { Category, IssuerKind, IssuerLevel } from '../model/types.ts';
import type { LabelBasis } from './label-basis.ts';

export const GOLD_SCHEMA_URL = new URL('../../corpus/gold/schema.json', import.meta.url);

export interface GoldLabel {
  provision?: string;
  category: Category;
  /** Other categories a careful reviewer could equally file this under. */
  alsoAccept?: Category[];
  severity?: 'error' | 'warning' | 'info';
  basis?: { law: string; article: string };
  quote?: string;
  /** Labels of real documents (labels.jsonl): the exact words of the document the problem is in,
   *  located in the extracted text instead of a provision label. */
  anchor?: string;
  /** Free-form basis as the reviewer wrote it, and the laws and articles parsed out of it. */
  basisText?: string;
  bases?: LabelBasis[];
  why?: string;
}

export interface GoldDoc {
  /** Sidecar file name, e.g. township-fireworks-ban.yaml. */
  sidecar: string;
  document: string;
  /** Absolute path of the document. */
  path: string;
  clean: boolean;
  note?: string;
  /** Issuer as a reviewer reads it off the document; labels.jsonl sets give no kind, and a level
   *  only where the sources name one. */
  issuer: { name: string; level: IssuerLevel | null; kind?: IssuerKind };
  expected: GoldLabel[];
  /** labels.jsonl sets: which third the document belongs to, and whether the copy is complete. */
  split?: 'dev' | 'holdout';
  complete?: boolean;
  /** The document's date as the sources give it (YYYY[-MM[-DD]]). */
  date?: string;
  /** Quotes of clauses a reviewer might question without a pinned basis: findings there count neither way. */
  doubtful?: string[];
}

export class GoldSetError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'GoldSetError';
  }
}

let validator: ReturnType<Ajv.default['compile']> | undefined;
function validate(data: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(GOLD_SCHEMA_URL, 'utf8'));
    validator = new Ajv.default({ allErrors: true, strict: true }).compile(schema);
  }
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}

/** Problems of one sidecar (schema, missing document); empty when valid. */
export function checkSidecar(dir: string, file: string, text: string): string[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return [`${file}: YAML 无法解析：${(e as Error).message}`];
  }
  const problems = validate(data).map((p) => `${file}: ${p}`);
  if (problems.length) return problems;
  const doc = data as { document: string };
  if (!existsSync(join(dir, doc.document))) problems.push(`${file}: 找不到所标注的文件 ${doc.document}`);
  return problems;
}

/** Loads every sidecar in DIR; throws GoldSetError listing every problem at once. */
export function loadGoldSet(dir: string): GoldDoc[] {
  if (!existsSync(dir)) throw new GoldSetError([`评测集目录不存在：${dir}`]);
  const sidecars = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const problems: string[] = [];
  const docs: GoldDoc[] = [];
  const seen = new Map<string, string>();
  for (const file of sidecars) {
    const text = readFileSync(join(dir, file), 'utf8');
    const p = checkSidecar(dir, file, text);
    if (p.length) {
      problems.push(...p);
      continue;
    }
    const data = parseYaml(text) as Omit<GoldDoc, 'sidecar' | 'path'>;
    const other = seen.get(data.document);
    if (other) problems.push(`${file}: 文件 ${data.document} 已由 ${other} 标注`);
    seen.set(data.document, file);
    docs.push({ ...data, sidecar: file, path: join(dir, data.document) });
  }
  if (problems.length) throw new GoldSetError(problems);
  if (docs.length === 0) throw new GoldSetError([`评测集目录中没有标注文件（*.yaml）：${dir}`]);
  return docs;
}
