// Entry point: loadCorpus(dir?) — the embedded corpus (corpus/laws) or an imported directory.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from './corpus.ts';
import { createCorpus } from './corpus-impl.ts';
import { loadRegistry } from './repealed.ts';
import { readCorpus } from './store.ts';

export const EMBEDDED_CORPUS_DIR = fileURLToPath(new URL('../../corpus/laws/', import.meta.url));

const loaded = new Map<string, Promise<Corpus>>();

/** Loads (once per process and directory) a corpus directory; the embedded corpus by default. */
export function loadCorpus(dir?: string): Promise<Corpus> {
  const key = resolve(dir ?? EMBEDDED_CORPUS_DIR);
  let p = loaded.get(key);
  if (!p) {
    p = (async () => {
      const stored = await readCorpus(key);
      return createCorpus({ laws: stored.laws, registry: loadRegistry(), hash: stored.hash, index: stored.index });
    })();
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

export type { Corpus } from './corpus.ts';
