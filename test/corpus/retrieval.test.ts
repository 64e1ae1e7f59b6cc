import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import { RETRIEVAL_PAIRS } from './retrieval-pairs.ts';

describe('retrieval over the embedded corpus', async () => {
  const corpus = await loadCorpus();

  it('has pairs whose expected articles exist', () => {
    expect(RETRIEVAL_PAIRS.length).toBeGreaterThanOrEqual(20);
    for (const p of RETRIEVAL_PAIRS) expect(corpus.resolve(p.law, p.article), `${p.law}${p.article}`).toBeDefined();
  });

  it.each(RETRIEVAL_PAIRS)('$law $article is in the top 5 for “$clause”', (p) => {
    const hits = corpus.related(p.clause, 5);
    const title = corpus.findLaw(p.law)!.title;
    expect(hits.map((h) => `${h.law}${h.article}`)).toContain(`${title}${p.article}`);
  });

  it('ranks best first and returns the enacted text', () => {
    const hits = corpus.related('县级以上地方人民政府可以确定限制或者禁止燃放烟花爆竹的时间、地点和种类', 5);
    expect(hits[0]).toMatchObject({ law: '烟花爆竹安全管理条例', article: '第二十八条' });
    expect(hits[0].text).toBe(corpus.resolve('烟花爆竹安全管理条例', '第二十八条')!.text);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(corpus.related('', 5)).toEqual([]);
    expect(corpus.related('。，；', 5)).toEqual([]);
  });

  it('returns only articles of texts in force', () => {
    const hits = corpus.related('规章不得设定减损公民、法人和其他组织权利或者增加其义务的规范', 10);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(corpus.findLaw(h.law)?.status).toBe('in-force');
    expect(hits.some((h) => h.law === '中华人民共和国立法法')).toBe(true);
  });
});
