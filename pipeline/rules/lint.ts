// `rules lint`: everything that makes a rule set unusable, with file:line — schema, duplicate ids,
// unresolvable or misquoted basis, unfillable placeholders, regexes that do not compile, use \b, hold a
// free character window or risk catastrophic backtracking, the vocabulary (rules/vocab) and broken profiles.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../corpus/corpus.ts';
import { loadRuleFiles, ruleFiles } from './load-files.ts';
import { loadProfile } from './profiles.ts';
import type { RuleProblem } from './ruleset.ts';
import { redosProblems, validateRules } from './validate.ts';
import { loadVocabulary, vocabularyReferences } from './load-vocab.ts';

export async function lintRuleDir(dir: string, corpus: Corpus): Promise<{ problems: RuleProblem[]; rules: number }> {
  const files = ruleFiles(dir);
  const { rules, problems } = loadRuleFiles(dir, files);
  if (!files.length) problems.push({ file: dir, line: 1, message: '规则目录中没有规则文件（*.yaml）' });
  problems.push(...validateRules(rules, corpus));
  problems.push(...(await redosProblems(rules)));
  const vocab = loadVocabulary(dir, corpus);
  problems.push(...vocab.problems, ...vocabularyReferences(rules, vocab));
  const profileDir = join(dir, 'profiles');
  if (existsSync(profileDir)) {
    const known = new Set(rules.map((r) => r.def.id));
    for (const f of readdirSync(profileDir).filter((x) => x.endsWith('.yaml')).sort()) {
      const { profile, problems: p } = loadProfile(dir, f.replace(/\.yaml$/, ''));
      problems.push(...p);
      const refs = [...Object.keys(profile.params ?? {}), ...Object.keys(profile.severity ?? {}), ...(profile.enable ?? []), ...(profile.disable ?? [])];
      for (const id of refs) if (!known.has(id)) problems.push({ file: join('profiles', f), line: 1, message: `配置引用了不存在的规则“${id}”` });
    }
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { problems, rules: rules.length };
}
