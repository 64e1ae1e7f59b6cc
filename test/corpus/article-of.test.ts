// Retrieval reads one article of a law from the corpus bundle without parsing the law's others
// (article-of.ts): that article must be the law file's own, and the same object the whole array then holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleOf } from '../../pipeline/corpus/article-of.ts';
import { EMBEDDED_CORPUS_DIR } from '../../pipeline/corpus/index.ts';
import { readCorpus } from '../../pipeline/corpus/store.ts';

describe('one article of a bundled law', () => {
  it('equals the law file’s article, read alone or with the rest, and is one object either way', async () => {
    const { laws } = await readCorpus(EMBEDDED_CORPUS_DIR);
    let n = 0;
    for (const law of laws) {
      const file = JSON.parse(readFileSync(join(EMBEDDED_CORPUS_DIR, 'laws', `${law.id}.json`), 'utf8')) as { articles: unknown[] };
      // Every other article alone first, then the whole array, then the rest alone.
      const alone = file.articles.map((_, i) => (i % 2 === 0 ? articleOf(law, i) : undefined));
      expect(JSON.stringify(law.articles)).toBe(JSON.stringify(file.articles));
      alone.forEach((a, i) => { if (a) expect(law.articles[i]).toBe(a); });
      file.articles.forEach((_, i) => expect(articleOf(law, i)).toBe(law.articles[i]));
      expect(articleOf(law, file.articles.length)).toBeUndefined();
      n += file.articles.length;
    }
    expect(n).toBeGreaterThan(10_000);
  });
});
