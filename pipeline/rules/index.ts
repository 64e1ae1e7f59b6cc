// Loads a rule set: rule files (YAML) → schema → semantic checks → profile → compiled engine.
// Any problem is a RuleSetError with file:line reasons (exit 2), never a runtime surprise.
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/corpus.ts';
import { findCitationProblems } from './citation-source.ts';
import { compileRules } from './engine.ts';
import { loadRuleFiles, ruleFiles } from './load-files.ts';
import { readManifest } from './manifest.ts';
import { loadProfile } from './profiles.ts';
import { RuleSetError, type RuleSet } from './ruleset.ts';
import type { LoadedRule, Profile } from './types.ts';
import { validateRules } from './validate.ts';

export interface LoadedRuleSet extends RuleSet {
  profileInfo: Profile;
  loaded: LoadedRule[];
  /** The validated rule set as plain data, for threads that need the same rules (see fromPrepared). */
  prepared(): PreparedRuleSet;
}

/** A rule set that was loaded and validated once (in the main thread): plain, cloneable data. */
export interface PreparedRuleSet {
  id: string;
  version: string;
  hash: string;
  corpusHash: string;
  profile: Profile;
  defs: LoadedRule['def'][];
}

export async function loadRuleSet(dir: string, corpus: Corpus, opts: { profile?: string }): Promise<LoadedRuleSet> {
  const files = ruleFiles(dir);
  const { rules, problems, texts } = loadRuleFiles(dir, files);
  if (!files.length) problems.push({ file: dir, line: 1, message: '规则目录中没有规则文件（*.yaml）' });
  problems.push(...validateRules(rules, corpus));
  const prof = loadProfile(dir, opts.profile ?? 'default');
  problems.push(...prof.problems);
  const known = new Set(rules.map((r) => r.def.id));
  for (const id of [...Object.keys(prof.profile.params ?? {}), ...Object.keys(prof.profile.severity ?? {}), ...(prof.profile.enable ?? []), ...(prof.profile.disable ?? [])]) {
    if (!known.has(id)) problems.push({ file: `profiles/${prof.profile.name}.yaml`, line: 1, message: `配置引用了不存在的规则“${id}”` });
  }
  if (problems.length) throw new RuleSetError(problems);
  const manifest = readManifest(dir);
  const hash = createHash('sha256');
  for (const t of texts) hash.update(t).update('\u0000');
  for (const t of prof.texts) hash.update(t).update('\u0000');
  hash.update(corpus.hash);
  return build(manifest, hash.digest('hex'), rules, prof.profile, corpus);
}

/**
 * The rule set from data a previous loadRuleSet prepared: no YAML parsing, schema or semantic
 * checks again (about half a second per worker thread), only compilation. Falls back to a full
 * load when the corpus is not the one the rules were validated against.
 */
export async function fromPrepared(p: PreparedRuleSet, corpus: Corpus, reload: () => Promise<LoadedRuleSet>): Promise<LoadedRuleSet> {
  if (p.corpusHash !== corpus.hash) return reload();
  const rules: LoadedRule[] = p.defs.map((def) => ({ def, source: { file: '', line: 1, lineOf: () => 1 } }));
  return build({ id: p.id, version: p.version }, p.hash, rules, p.profile, corpus);
}

async function build(
  manifest: { id: string; version: string }, hash: string, rules: LoadedRule[], profile: Profile, corpus: Corpus,
): Promise<LoadedRuleSet> {
  const prof = { profile };
  const engine = compileRules(rules, prof.profile, corpus, findCitationProblems);
  return {
    id: manifest.id,
    version: manifest.version,
    hash,
    rules: engine.rules.map((r) => ({
      id: r.def.id, kind: r.def.kind, title: r.def.title, category: r.def.category,
      severity: prof.profile.severity?.[r.def.id] ?? r.def.severity, basis: r.def.basis.map(({ law, article }) => ({ law, article })),
    })),
    check: (input) => engine.check(input),
    ruleHashes: engine.ruleHashes,
    checkRules: (input, ids) => engine.checkRules(input, ids),
    finish: (input, runs) => engine.finish(input, runs),
    profileInfo: prof.profile,
    loaded: rules,
    prepared: () => ({ id: manifest.id, version: manifest.version, hash, corpusHash: corpus.hash, profile, defs: rules.map((r) => r.def) }),
  };
}
