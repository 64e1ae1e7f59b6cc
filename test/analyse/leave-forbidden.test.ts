// What a clause forbids that a named law lets the public do (analyse/leave-forbidden.ts): the same act, the same party,
// the law's own case or every case.
import { describe, expect, it } from 'vitest';
import { leaveForbidden } from '../../pipeline/analyse/leave-forbidden.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const roads = ['中华人民共和国道路交通安全法'];
const contracts = ['中华人民共和国劳动合同法'];

describe('leaveForbidden', () => {
  it('finds an act the law allows forbidden in every case, by any of the acts the leave names', () => {
    const left = leaveForbidden('机动车在乡村道路上发生交通事故的，不论是否造成人员伤亡，当事人均不得撤离现场，应当报警等候处理。', roads, corpus, '2022-06-21');
    expect(left && [left.article.label, left.sentence.includes('可以即行撤离现场')]).toEqual(['第七十条', true]);
    const settled = leaveForbidden('在道路上发生交通事故，未造成人身伤亡的，当事人一律不得自行协商处理损害赔偿事宜。', roads, corpus, '2022-06-21');
    expect(settled?.article.label).toBe('第七十条');
  });

  it('leaves a ban in another case the law draws, and a ban the law itself states', () => {
    expect(leaveForbidden('在道路上发生交通事故，造成人身伤亡的，当事人不得撤离现场。', roads, corpus, '2022-06-21')).toBeNull();
    expect(leaveForbidden('在试用期内，用人单位不得解除劳动合同。', contracts, corpus, '2021-06-21')).toBeNull();
  });
});
