// The named law's ban on designating a provider, quoted beside a finding that keeps a trade for chosen providers.
import { describe, expect, it } from 'vitest';
import { designationBanArticle } from '../../pipeline/analyse/designation-ban.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();

describe('designationBanArticle', () => {
  it('finds the article that forbids designating the technical unit a clause keeps the work for', () => {
    const clause = '建设项目的环境影响报告表统一由县生态环境局推荐的技术单位编制，其他单位编制的报告表不予受理。';
    const a = designationBanArticle(clause, ['中华人民共和国环境影响评价法'], corpus, '2023-06-01');
    expect(a && `${a.law}${a.article}`).toBe('中华人民共和国环境影响评价法第二十条');
  });
  it('finds nothing for a clause about another service, or in laws that ban no designation', () => {
    expect(designationBanArticle('供水管网由县自来水公司统一安装。', ['中华人民共和国环境影响评价法'], corpus, '2023-06-01')).toBeNull();
    expect(designationBanArticle('建设项目的环境影响报告表统一由县生态环境局推荐的技术单位编制。', ['中华人民共和国行政许可法'], corpus, '2023-06-01')).toBeNull();
  });
});
