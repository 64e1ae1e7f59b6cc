// The corpus the rules tests run against: the embedded corpus (corpus/laws, committed with the
// project). It is never optional: a load failure fails the tests instead of skipping them.
import type { Corpus } from '../../../pipeline/corpus/corpus.ts';
import { loadCorpus } from '../../../pipeline/corpus/index.ts';

export async function loadTestCorpus(): Promise<Corpus> {
  const real = await loadCorpus();
  if (real.laws.length === 0) throw new Error('corpus/laws 中没有法律：嵌入的语料库不完整');
  return real;
}
