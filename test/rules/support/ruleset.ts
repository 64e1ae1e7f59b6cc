// Shared set-up for the rules tests: the shipped rule set loaded against the test corpus.
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../../pipeline/corpus/corpus.ts';
import { loadRuleSet, type LoadedRuleSet } from '../../../pipeline/rules/index.ts';
import { loadTestCorpus } from './law-corpus.ts';

export const RULES_DIR = fileURLToPath(new URL('../../../rules/', import.meta.url));

let cached: Promise<{ corpus: Corpus; rs: LoadedRuleSet }> | undefined;

export function shippedRuleSet(profile = 'default'): Promise<{ corpus: Corpus; rs: LoadedRuleSet }> {
  if (profile !== 'default') return load(profile);
  cached ??= load(profile);
  return cached;
}

async function load(profile: string) {
  const corpus = await loadTestCorpus();
  return { corpus, rs: await loadRuleSet(RULES_DIR, corpus, { profile }) };
}
