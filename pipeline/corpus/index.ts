// PLACEHOLDER — replaced by the corpus owner.
import type { Corpus } from './corpus.ts';
export async function loadCorpus(_dir?: string): Promise<Corpus> {
  return { hash: 'empty', laws: [], findLaw: () => undefined, resolve: () => undefined, findRepealed: () => undefined, related: () => [] };
}
