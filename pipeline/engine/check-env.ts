// What a check needs besides the document: the corpus, the rule set and the options.
// Built once per process (and once per worker thread) from plain, serialisable options.
import { fileURLToPath } from 'node:url';
import { getSegmenter, type Segmenter } from '../text/segmenter.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { loadCorpus } from '../corpus/index.ts';
import { lawBaseEpoch } from '../corpus/in-force.ts';
import { todayInChina } from '../text/dates.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import { fromPrepared, type PreparedRuleSet } from '../rules/build-rule-set.ts';
import type { IngestOptions } from '../ingest/index.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Plain data, so it can cross into worker threads. */
export interface CheckOptions {
  rulesDir?: string;
  corpusDir?: string;
  profile?: string;
  ingest?: IngestOptions;
  /** --as-of: judge every document by the law of this day (YYYY-MM-DD), not of its own date. */
  asOf?: string;
  /** The day of the check (YYYY-MM-DD): the law applied to documents that state no date. Set once, in
   *  the main thread, so every worker judges alike; default today in China. */
  today?: string;
}

export interface CheckEnv {
  options: CheckOptions;
  corpus: Corpus;
  ruleSet: RuleSet;
  segmenter: Segmenter;
  profile: string;
  /** The validated rule set as plain data: worker threads build theirs from it without re-validating. */
  prepared: PreparedRuleSet;
}

// jieba and its dictionaries take 150–250 ms to load and no rule segments today: load on first use.
const lazySegmenter: Segmenter = { cut: (text) => getSegmenter().cut(text) };

/** `prepared`: the rule set another thread already loaded and validated with the same options. */
export async function createCheckEnv(options: CheckOptions, prepared?: PreparedRuleSet): Promise<CheckEnv> {
  const corpus = await loadCorpus(options.corpusDir);
  const profile = options.profile ?? 'default';
  // The loader (YAML, schema, semantic checks) is imported only when rules are read from files:
  // worker threads receive the main thread's validated rule set and never need it, and the main
  // thread needs it only when the rule files (or the program) changed since the last run.
  const dir = options.rulesDir ?? DEFAULT_RULES_DIR;
  const load = async () => (await import('../rules/index.ts')).loadRuleSet(dir, corpus, { profile });
  const ruleSet = prepared ? await fromPrepared(prepared, corpus, load) : await (await import('./ruleset-cache.ts')).loadRuleSetCached(dir, corpus, profile);
  const fixed: CheckOptions = { ...options, today: options.today ?? todayInChina() };
  return { options: fixed, corpus, ruleSet, segmenter: lazySegmenter, profile, prepared: ruleSet.prepared() };
}

/** What a cached result depends on besides the rules and the corpus: the day documents are judged as
 *  of (--as-of), and for undated documents the law base as it stands on the day of the check. */
export function judgingKey(env: CheckEnv): string {
  return `${env.options.asOf ?? ''}|${lawBaseEpoch(env.corpus, env.options.today ?? todayInChina())}`;
}
