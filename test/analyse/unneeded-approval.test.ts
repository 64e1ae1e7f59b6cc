// Leave a clause requires where a named law waives it (analyse/unneeded-approval.ts): the law's waiving sentence read by
// its case, the clause by what it says before the leave it requires.
import { describe, expect, it } from 'vitest';
import { unneededApproval } from '../../pipeline/analyse/unneeded-approval.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const at = (c: ReturnType<typeof unneededApproval>) => c && `${c.law.title}${c.article.label}`;

describe('unneededApproval', () => {
  it('finds the article that waives the leave for the clause\'s case', () => {
    const fossils = '高等院校因教学需要在本县零星采集古生物化石标本的，须报县自然资源局批准后方可采集。';
    expect(at(unneededApproval(fossils, ['古生物化石保护条例'], corpus, '2024-05-14'))).toBe('古生物化石保护条例第十六条');
    const branch = '农药经营者在本县设立分支机构的，分支机构应当另行申请农药经营许可证。';
    const c = unneededApproval(branch, ['农药管理条例'], corpus, '2023-05-01');
    expect(at(c)).toBe('农药管理条例第二十五条');
    expect(branch.slice(c!.start, c!.end)).toBe('应当另行申请农药经营许可证');
  });

  it('finds nothing for the law\'s general licence, the waiver\'s remaining duty, or a clause that requires no leave', () => {
    expect(unneededApproval('从事种子生产经营的企业，应当申请取得种子生产经营许可证。', ['中华人民共和国种子法'], corpus, '2023-05-01')).toBeNull();
    expect(unneededApproval('高等院校零星采集古生物化石标本的，应当在采集活动开始前书面告知省自然资源厅。', ['古生物化石保护条例'], corpus, '2024-05-14')).toBeNull();
    expect(unneededApproval('农民个人自繁自用的常规种子有剩余的，可以在当地集贸市场上出售。', ['中华人民共和国种子法'], corpus, '2023-05-01')).toBeNull();
  });
});
