// An act a clause refuses or waives, set against the sentence of a named law that requires it (analyse/denied.ts).
import { describe, expect, it } from 'vitest';
import { deniedDuty } from '../../pipeline/analyse/denied.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const at = (c: ReturnType<typeof deniedDuty>) => c && `${c.law.title}${c.article.label}:${c.act}`;

describe('deniedDuty', () => {
  it('finds the article that requires what the clause refuses, for the same matter', () => {
    const drought = '各乡镇可以根据抗旱需要，征用辖区内单位和个人的抽水设备，旱情缓解后归还，征用期间的损耗不予补偿。';
    expect(at(deniedDuty(drought, ['中华人民共和国抗旱条例'], corpus, '2022-07-01'))).toBe('中华人民共和国抗旱条例第五十四条:补偿');
    const records = '住院志、医嘱单、护理记录等属于医疗机构内部资料，不予复制。';
    expect(at(deniedDuty(records, ['医疗纠纷预防和处理条例'], corpus, '2022-07-01'))).toBe('医疗纠纷预防和处理条例第十六条:复制');
  });

  it('reads "依照……规定予以补偿" as a requirement, and 所有权人 as no body acting', () => {
    // 军事设施保护法第二十八条第二款: "因划定作战工程安全保护范围影响不动产所有权人或者用益物权人行使权利的，依照有关法律、法规的规定予以补偿。"
    const clause = '因划定作战工程安全保护范围影响农户承包地耕种和房屋使用的，一律不予补偿。';
    expect(at(deniedDuty(clause, ['中华人民共和国军事设施保护法'], corpus, '2023-06-12'))).toBe('中华人民共和国军事设施保护法第二十八条:补偿');
    expect(deniedDuty('因划定作战工程安全保护范围影响农户承包地耕种的，依照有关规定予以补偿。', ['中华人民共和国军事设施保护法'], corpus, '2023-06-12')).toBeNull();
  });

  it('reads a payment stopped against the law that says it goes on, whose sanction for stopping it allows nothing', () => {
    // 归侨侨眷权益保护法第二十条第二款: "……出境定居的，其离休金、退休金、退职金、养老金照发"; 第二十八条: "违反本法第二十条第二款规定，停发……的".
    const law = ['中华人民共和国归侨侨眷权益保护法'];
    expect(at(deniedDuty('退休的归侨职工出境定居的，所在单位自其出境次月起暂停发放养老金。', law, corpus, '2024-03-01'))).toBe('中华人民共和国归侨侨眷权益保护法第二十条:照发');
    expect(deniedDuty('退休的归侨职工出境定居的，其养老金照发，任何单位不得停发。', law, corpus, '2024-03-01')).toBeNull();
  });

  it('finds nothing where the law requires the act for another matter, or the clause refuses no act the law requires', () => {
    // 抗旱条例 requires compensation for what was requisitioned, not for a fine that is waived.
    expect(deniedDuty('对主动纠正违法行为的用水户，不予补偿其停水期间的损失。', ['中华人民共和国抗旱条例'], corpus, '2022-07-01')).toBeNull();
    // The law's own words: compensation given.
    expect(deniedDuty('旱情缓解后，及时归还征用的设备，并依法给予补偿。', ['中华人民共和国抗旱条例'], corpus, '2022-07-01')).toBeNull();
    // 不得 addressed to the public is a prohibition, not a refusal by the administration.
    expect(deniedDuty('任何单位不得复制、传播患者的病历资料。', ['医疗纠纷预防和处理条例'], corpus, '2022-07-01')).toBeNull();
  });

  it('reads a licence the law requires, waived by name, unless the law itself exempts from it', () => {
    // 野生动物保护法第二十二条 (2022): 应当依法取得……核发的狩猎证; 取水许可和水资源费征收管理条例第四条: 不需要申请领取取水许可证.
    const hunting = deniedDuty('护农队员上山猎捕野猪等有重要生态、科学、社会价值的陆生野生动物，不再另行办理狩猎证。', ['中华人民共和国野生动物保护法'], corpus, '2024-06-01');
    expect(at(hunting)).toBe('中华人民共和国野生动物保护法第二十二条:狩猎证');
    expect(deniedDuty('农村居民家庭生活和零星散养、圈养畜禽饮用等少量取水的，无需申领取水许可证。', ['取水许可和水资源费征收管理条例'], corpus, '2022-06-01')).toBeNull();
    // A paper that is no licence ("无需提供户籍证明") names none.
    expect(deniedDuty('猎捕野猪的护农队员无需提供户籍证明。', ['中华人民共和国野生动物保护法'], corpus, '2024-06-01')).toBeNull();
  });
});
