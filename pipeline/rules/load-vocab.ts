// Reads the legal vocabulary (DIR/vocab/*.yaml): schema, anchors that resolve in the corpus and hold
// their quoted words, forms that compile. Problems carry file:line like rule problems.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { Corpus } from '../corpus/corpus.ts';
import { compileVocabulary, CONDUCT_FAMILY, VocabularyError, type VocabAnchor, type VocabList } from '../analyse/vocabulary.ts';
import { readYamlFile } from './load-files.ts';
import type { RuleProblem } from './ruleset.ts';
import { unknownVocabIds } from './match.ts';
import type { LoadedRule } from './types.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../../rules/schema/vocab.schema.json', import.meta.url));
let validator: ReturnType<Ajv['compile']> | undefined;

export function vocabFiles(dir: string): string[] {
  const vdir = join(dir, 'vocab');
  if (!existsSync(vdir)) return [];
  return readdirSync(vdir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(vdir, f));
}

export function anchorProblem(a: VocabAnchor, corpus: Corpus): string | null {
  let resolved;
  try {
    resolved = corpus.resolve(a.law, a.article);
  } catch {
    resolved = undefined;
  }
  if (!resolved) return `依据《${a.law}》${a.article}在法规库中不存在`;
  const norm = (s: string) => s.replace(/[\s：:]/g, '');
  if (!norm(resolved.text).includes(norm(a.quote))) return `《${a.law}》${a.article}的条文中没有“${a.quote}”（条号可能有误）`;
  return null;
}

export function loadVocabulary(dir: string, corpus: Corpus): { lists: VocabList[]; texts: string[]; problems: RuleProblem[] } {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  const lists: VocabList[] = [];
  const texts: string[] = [];
  const problems: RuleProblem[] = [];
  const where = new Map<string, { file: string; lineOf(path: (string | number)[]): number }>();
  for (const file of vocabFiles(dir)) {
    const { shown, text, parsed, problems: yamlProblems } = readYamlFile(file);
    texts.push(text);
    problems.push(...yamlProblems);
    if (!parsed) continue;
    if (!validator(parsed.value)) {
      for (const e of validator.errors ?? []) {
        const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        problems.push({ file: shown, line: parsed.lineOf(path), message: `词表不符合模式：${e.instancePath || '/'} ${e.message ?? e.keyword}` });
      }
      continue;
    }
    const list = parsed.value as VocabList;
    if (lists.some((l) => l.id === list.id)) problems.push({ file: shown, line: 1, message: `词表编号“${list.id}”重复` });
    lists.push(list);
    where.set(list.id, { file: shown, lineOf: parsed.lineOf });
    const check = (a: VocabAnchor | undefined, path: (string | number)[]) => {
      const p = a && anchorProblem(a, corpus);
      if (p) problems.push({ file: shown, line: parsed.lineOf(path), message: `${list.id}: ${p}` });
    };
    check(list.anchor, ['anchor']);
    list.entries.forEach((e, i) => check(e.anchor, ['entries', i, 'anchor']));
    // A conduct wording reads as the article's own term: the entry names that term, and its anchor quotes it.
    if (list.family === CONDUCT_FAMILY) {
      list.entries.forEach((e, i) => {
        if (!e.anchor?.quote.includes(e.name)) problems.push({ file: shown, line: parsed.lineOf(['entries', i]), message: `${list.id}/${e.id}: 行为称谓“${e.name}”须出现在其 anchor 所引条文中` });
      });
    }
  }
  if (!problems.length) {
    try {
      compileVocabulary(lists);
    } catch (e) {
      if (!(e instanceof VocabularyError)) throw e;
      for (const p of e.problems) {
        const w = where.get(p.list);
        const i = lists.find((l) => l.id === p.list)?.entries.findIndex((x) => x.id === p.entry) ?? -1;
        problems.push({ file: w?.file ?? 'vocab', line: w ? w.lineOf(i >= 0 ? ['entries', i] : []) : 1, message: `${p.list}${p.entry ? `/${p.entry}` : ''}: ${p.message}` });
      }
    }
  }
  return { lists, texts, problems };
}

/** Rules that name vocabulary entries, lists or families the vocabulary does not hold. */
export function vocabularyReferences(rules: LoadedRule[], vocab: { lists: VocabList[]; problems: RuleProblem[] }): RuleProblem[] {
  if (vocab.problems.length) return [];
  const compiled = compileVocabulary(vocab.lists);
  const out: RuleProblem[] = [];
  for (const r of rules) {
    const unknown = r.def.match ? unknownVocabIds(r.def.match, compiled) : [];
    if (unknown.length) out.push({ file: r.source.file, line: r.source.lineOf(['match']), message: `${r.def.id}: 词表中没有“${unknown.join('、')}”` });
  }
  return out;
}
