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

describe('permittedBan: means a law bans by name', () => {
  const wildlife = ['中华人民共和国野生动物保护法'];
  it('finds the banned means allowed for the act they are banned for', () => {
    const c = permittedBan('野猪危害严重的地块，农户可以在田边布设猎套、猎夹捕杀野猪。', wildlife, corpus, '2024-06-12');
    expect(c && [c.article.label, c.sentence.includes('猎套、猎夹')]).toEqual(['第二十四条', true]);
  });
  it('leaves the means named for another act, and the means the law itself excepts', () => {
    expect(permittedBan('禁止使用猎套、猎夹捕捉野猪，执法人员发现后可以收缴猎套。', wildlife, corpus, '2024-06-12')).toBeNull();
    expect(permittedBan('为开展科学研究确需网捕的，科研单位可以依法网捕野生鸟类。', wildlife, corpus, '2024-06-12')).toBeNull();
  });
});
