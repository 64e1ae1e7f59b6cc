// The article of the named laws closest to a clause (analyse/closest-named-article.ts): offered beside a finding whose
// basis is a general rule, only where it holds most of the clause's words.
import { describe, expect, it } from 'vitest';
import { closestNamedArticle } from '../../pipeline/analyse/closest-named-article.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();

describe('closestNamedArticle', () => {
  it('finds the article that governs the clause\'s matter, without the bodies and the paper the clause invents', () => {
    const c = closestNamedArticle('在铁路线路安全保护区内取土、挖砂或者堆放物品的，须向镇人民政府申请，领取作业许可证后方可进行。', ['铁路安全管理条例'], corpus, '2023-04-01');
    expect(c && [c.law.title, c.article.label]).toEqual(['铁路安全管理条例', '第三十条']);
  });
  it('offers nothing for a clause of another matter, or where the document names no law', () => {
    expect(closestNamedArticle('村民操办红白喜事的，须提前向村红白理事会报告。', ['铁路安全管理条例'], corpus, '2023-04-01')).toBeNull();
    expect(closestNamedArticle('在铁路线路安全保护区内取土的，须经镇人民政府批准。', [], corpus, '2023-04-01')).toBeNull();
  });
});
