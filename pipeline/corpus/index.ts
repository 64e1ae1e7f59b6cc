// Entry point: loadCorpus(dir?) — the embedded corpus (corpus/laws) or an imported directory.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from './corpus.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createCorpus } from './corpus-impl.ts';
import { CORRESPONDENCE_FILE } from './correspondence.ts';
import { LATER_REVISIONS_FILE, loadLaterRevisions } from './later-revisions.ts';
import { loadNationalActs, NATIONAL_TITLES_FILE } from './national-titles.ts';
import { loadRegistry, REPEAL_CLAUSES_FILE, REPEALED_FILE } from './repealed.ts';
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
      return createCorpus({
        laws: stored.laws, registry: loadRegistry(), revisions: loadLaterRevisions(), national: loadNationalActs(),
        ...(stored.readIndex ? { index: stored.readIndex } : {}),
        ...(stored.readSentenceHashes ? { sentenceHashes: stored.readSentenceHashes } : {}),
        hash: historyHash(stored.hash), ...(stored.manifest.lawBase ? { lawBase: stored.manifest.lawBase } : {}),
      });
    })();
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

/** The corpus hash covers the law history files too: a new repeal, revision or correspondence changes
 *  judgements exactly as a new law text does (the caches key on this hash). */
function historyHash(lawsHash: string): string {
  const h = createHash('sha256').update(lawsHash);
  for (const f of [REPEALED_FILE, REPEAL_CLAUSES_FILE, LATER_REVISIONS_FILE, CORRESPONDENCE_FILE, NATIONAL_TITLES_FILE]) h.update('\0').update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

export type { Corpus } from './corpus.ts';
