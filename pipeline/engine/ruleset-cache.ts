// The validated rule set, cached by the content of everything it was validated from: every YAML and
// JSON file of the rule folder (rules, manifest, profiles, schemas), the schemas in the source tree,
// the profile, the corpus and the program itself (build-cache.ts). Loading from YAML with schema and
// semantic checks costs about a second of CPU; the cached PreparedRuleSet is compiled in a few dozen
// milliseconds (fromPrepared). Only a rule set that passed every check is stored, so a broken one
// fails on every run as before. `beishen rules lint|test` never read this cache.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Corpus } from '../corpus/corpus.ts';
import type { LoadedRuleSet, PreparedRuleSet } from '../rules/build-rule-set.ts';
import { codeHash, readBuildCache, treeFiles, writeBuildCache } from './build-cache.ts';
import { PROJECT_ROOT } from './check-env.ts';

const CACHE = 'beishen-rulesets';

function ruleSetKey(dir: string, profile: string, corpus: Corpus): string {
  const h = createHash('sha256').update(`ruleset-1\0${codeHash()}\0${corpus.hash}\0${profile}\0`);
  for (const root of [dir, join(PROJECT_ROOT, 'rules', 'schema')]) {
    for (const f of treeFiles([root], /\.(ya?ml|json)$/)) h.update(`${relative(root, f)}\0`).update(readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

export async function loadRuleSetCached(dir: string, corpus: Corpus, profile: string): Promise<LoadedRuleSet> {
  const { fromPrepared } = await import('../rules/build-rule-set.ts');
  const load = async () => (await import('../rules/index.ts')).loadRuleSet(dir, corpus, { profile });
  const key = ruleSetKey(dir, profile, corpus);
  const text = readBuildCache(CACHE, key);
  if (text !== undefined) {
    try {
      return await fromPrepared(JSON.parse(text) as PreparedRuleSet, corpus, load);
    } catch {
      /* unreadable entry: load and store again */
    }
  }
  const ruleSet = await load();
  writeBuildCache(CACHE, key, JSON.stringify(ruleSet.prepared()));
  return ruleSet;
}
