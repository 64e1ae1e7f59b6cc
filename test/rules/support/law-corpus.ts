// The corpus the rules tests run against: the embedded corpus (corpus/laws, built from the
// LawRefBook snapshot by the corpus engineer). Null when it is not there, so tests skip cleanly.
import type { Corpus } from '../../../pipeline/corpus/corpus.ts';
import { loadCorpus } from '../../../pipeline/corpus/index.ts';

export async function loadTestCorpus(): Promise<Corpus | null> {
  try {
    const real = await loadCorpus();
    return real.laws.length > 0 ? real : null;
  } catch {
    return null;
  }
}
