// Loads a rule set: rule files (YAML) → schema → semantic checks → profile → compiled engine.
// Any problem is a RuleSetError with file:line reasons (exit 2), never a runtime surprise.
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/corpus.ts';
import { buildRuleSet, type LoadedRuleSet } from './build-rule-set.ts';
import { loadRuleFiles, ruleFiles } from './load-files.ts';
import { loadVocabulary, vocabularyReferences } from './load-vocab.ts';
import { readManifest } from './manifest.ts';
import { loadProfile } from './profiles.ts';
import { RuleSetError } from './ruleset.ts';
import { redosProblems, validateRules } from './validate.ts';

export { fromPrepared, type LoadedRuleSet, type PreparedRuleSet } from './build-rule-set.ts';

export async function loadRuleSet(dir: string, corpus: Corpus, opts: { profile?: string }): Promise<LoadedRuleSet> {
  const files = ruleFiles(dir);
  const { rules, problems, texts } = loadRuleFiles(dir, files);
  if (!files.length) problems.push({ file: dir, line: 1, message: '规则目录中没有规则文件（*.yaml）' });
  problems.push(...validateRules(rules, corpus));
  const vocab = loadVocabulary(dir, corpus);
  problems.push(...vocab.problems, ...vocabularyReferences(rules, vocab));
  // Whatever the command: a rule set given to `check --rules` is checked for runaway regexes too (the
  // analysis runs once per rule set: check keeps the validated set, engine/ruleset-cache.ts).
  problems.push(...(await redosProblems(rules)));
  const prof = loadProfile(dir, opts.profile ?? 'default');
  problems.push(...prof.problems);
  const known = new Set(rules.map((r) => r.def.id));
  for (const id of [...Object.keys(prof.profile.params ?? {}), ...Object.keys(prof.profile.severity ?? {}), ...(prof.profile.enable ?? []), ...(prof.profile.disable ?? [])]) {
    if (!known.has(id)) problems.push({ file: `profiles/${prof.profile.name}.yaml`, line: 1, message: `配置引用了不存在的规则“${id}”` });
  }
  if (problems.length) throw new RuleSetError(problems);
  const manifest = readManifest(dir);
  const hash = createHash('sha256');
  for (const t of [...texts, ...vocab.texts]) hash.update(t).update('\u0000');
  for (const t of prof.texts) hash.update(t).update('\u0000');
  hash.update(corpus.hash);
  return buildRuleSet(manifest, hash.digest('hex'), rules, prof.profile, corpus, vocab.lists);
}

