// Who bears a cost, against the bearer the named law names for the same matter (analyse/cost-bearer.ts).
import { describe, expect, it } from 'vitest';
import { costBearerDiffers } from '../../pipeline/analyse/cost-bearer.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const animals = ['中华人民共和国动物防疫法'];

describe('costBearerDiffers', () => {
  it('finds a cost put on another than the law\'s bearer, and quotes the law\'s sentence', () => {
    const c = costBearerDiffers('经检疫不合格的动物、动物产品，由畜牧兽医站监督无害化处理，处理费用由所在村集体经济组织承担。', animals, corpus, '2023-03-01');
    expect(c && [c.article.label, c.sentence.includes('处理费用由货主承担')]).toEqual(['第五十六条', true]);
  });

  it('leaves the law\'s bearer in other words, and a matter the law names no bearer for', () => {
    expect(costBearerDiffers('经检疫不合格的动物、动物产品，货主应当在监督下处理，处理费用由该货主承担。', animals, corpus, '2023-03-01')).toBeNull();
    expect(costBearerDiffers('春季动物防疫宣传活动所需费用由镇财政承担。', animals, corpus, '2023-03-01')).toBeNull();
  });

  it('reads a cost paid in advance or met alone as borne, and the cost\'s own name as its matter', () => {
    const c = costBearerDiffers('职业病诊断、鉴定费用由申请诊断的劳动者预交。', ['中华人民共和国职业病防治法'], corpus, '2021-05-01');
    expect(c && [c.article.label, c.sentence]).toEqual(['第五十三条', '职业病诊断、鉴定费用由用人单位承担。']);
    expect(costBearerDiffers('职业病诊断、鉴定费用由用人单位承担。', ['中华人民共和国职业病防治法'], corpus, '2021-05-01')).toBeNull();
  });
});
