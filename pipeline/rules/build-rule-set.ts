// A validated rule set → the compiled RuleSet. Kept apart from the loader (index.ts: YAML, schema,
// semantic checks) so that a worker thread, which receives the rule set the main thread already
// validated, loads none of the validation machinery (yaml, ajv, redos-detector).
import { createHash } from 'node:crypto';
import { compileVocabulary, type VocabList } from '../analyse/vocabulary.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { compileRules, enabledRules, type Engine } from './engine.ts';
import { literalTable, useLiteralTable } from './regex-literals.ts';
import type { RuleSet } from './ruleset.ts';
import type { LoadedRule, Profile } from './types.ts';

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
  /** The legal vocabulary (rules/vocab) the rules refer to. */
  vocab: VocabList[];
  /** The literal prefilter of every regex compiled (regex-literals.ts), so no process derives it again. */
  literals?: [string, string[] | null][];
}

/**
 * The rule set from data a previous loadRuleSet prepared: no YAML parsing, schema or semantic
 * checks again (about half a second per worker thread), only compilation. Falls back to a full
 * load when the corpus is not the one the rules were validated against.
 */
export async function fromPrepared(p: PreparedRuleSet, corpus: Corpus, reload: () => Promise<LoadedRuleSet>): Promise<LoadedRuleSet> {
  if (p.corpusHash !== corpus.hash) return reload();
  if (p.literals) useLiteralTable(p.literals);
  const rules: LoadedRule[] = p.defs.map((def) => ({ def, source: { file: '', line: 1, lineOf: () => 1 } }));
  return buildRuleSet({ id: p.id, version: p.version }, p.hash, rules, p.profile, corpus, p.vocab, !!p.literals);
}

/**
 * `literalsGiven`: the literal table came with a prepared rule set, so prepared() can hand it on without
 * compiling. The rules are compiled on the first check: a batch's main process only hands the rule set
 * to its workers and checks nothing itself (compiling cost it about 0.1 s of CPU per run).
 */
export async function buildRuleSet(
  manifest: { id: string; version: string }, hash: string, rules: LoadedRule[], profile: Profile, corpus: Corpus,
  vocab: VocabList[], literalsGiven = false,
): Promise<LoadedRuleSet> {
  let engine: Engine | undefined;
  const compiled = (): Engine =>
    (engine ??= compileRules(rules, profile, corpus, compileVocabulary(vocab, createHash('sha256').update(JSON.stringify(vocab)).digest('hex'))));
  return {
    id: manifest.id,
    version: manifest.version,
    hash,
    rules: enabledRules(rules, profile).map((r) => ({
      id: r.def.id, kind: r.def.kind, title: r.def.title, category: r.def.category,
      severity: profile.severity?.[r.def.id] ?? r.def.severity, basis: r.def.basis.map(({ law, article }) => ({ law, article })),
    })),
    check: (input) => compiled().check(input),
    profileInfo: profile,
    loaded: rules,
    prepared: () => {
      // The literal table is filled by compiling the rules (regex-literals.ts): the processes given this set need it whole.
      if (!literalsGiven) compiled();
      return { id: manifest.id, version: manifest.version, hash, corpusHash: corpus.hash, profile, defs: rules.map((r) => r.def), vocab, literals: literalTable() };
    },
  };
}
