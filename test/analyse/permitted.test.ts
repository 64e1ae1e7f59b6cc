// Leave a clause gives that a named law refuses (analyse/permitted.ts): outright bans, and bans in one case, which the
// clause contradicts only where it states that case.
import { describe, expect, it } from 'vitest';
import { permittedBan } from '../../pipeline/analyse/permitted.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const diseases = ['中华人民共和国职业病防治法'];

describe('permittedBan: a ban in one case', () => {
  it('finds leave given in the very case the law forbids the act in', () => {
    const c = permittedBan('疑似职业病病人在诊断或者医学观察期间，用人单位可以与其解除劳动合同。', diseases, corpus, '2021-05-01');
    expect(c && [c.article.label, c.sentence.startsWith('在疑似职业病病人诊断或者医学观察期间')]).toEqual(['第五十五条', true]);
  });

  it('leaves the act allowed in another case, and the ban restated', () => {
    expect(permittedBan('职业病病人治愈后，用人单位可以依法与其协商解除劳动合同。', diseases, corpus, '2021-05-01')).toBeNull();
    expect(permittedBan('在疑似职业病病人诊断或者医学观察期间，用人单位不得解除或者终止与其订立的劳动合同。', diseases, corpus, '2021-05-01')).toBeNull();
  });
});
