// Restatements the frames read across a provision's paragraphs and subjects, and sanctions a sentence names
// without imposing them (pipeline/analyse/frames.ts, pipeline/analyse/annotate.ts).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/model/types.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import { shippedRuleSet } from './support/ruleset.ts';

const { rs, corpus } = await shippedRuleSet();
const COUNTY = { name: '某县人民政府', level: 'county' as const, kind: 'government' as const };
const errors = (text: string): Finding[] => checkText(rs, corpus, text, { issuer: COUNTY, issuedOn: '2023-05-10' }).filter((f) => f.severity === 'error');
const ruleIds = (text: string) => errors(text).map((f) => f.ruleId);

// 物业管理条例第六十三条: the conduct in its first paragraph, each subject's range in its second.
const PROPERTY_CONDUCT = [
  '一、违反规定，有下列行为之一的，由县住房和城乡建设局责令限期改正，给予警告：',
  '（一）擅自改变物业管理区域内按照规划建设的公共建筑和共用设施用途的；',
  '（二）擅自占用、挖掘物业管理区域内道路、场地，损害业主共同利益的；',
  '（三）擅自利用物业共用部位、共用设施设备进行经营的。',
].join('\n');

describe('a paragraph whose conduct is the paragraph before it', () => {
  it('restates the article when each subject keeps the article\'s range', () => {
    expect(errors(`${PROPERTY_CONDUCT}\n个人有前款规定行为之一的，处1000元以上1万元以下的罚款；单位有前款规定行为之一的，处5万元以上20万元以下的罚款。`)).toEqual([]);
  });

  it('departs from the article when an individual is given the range the article gives a unit', () => {
    const found = errors(`${PROPERTY_CONDUCT}\n个人有前款规定行为之一的，处2万元以上5万元以下的罚款。`);
    expect(found.map((f) => f.ruleId)).toContain('penalty/normative-doc-sets-fine');
    expect(found.flatMap((f) => f.basis.map((b) => `${b.law}${b.article}`))).toContain('物业管理条例第六十三条');
  });

  it('reads "违反前款规定的" as the ban of the paragraph before', () => {
    // 烟花爆竹安全管理条例第四十二条第二款: 处100元以上500元以下的罚款.
    const ban = '二、城区范围内全年禁止燃放烟花爆竹。\n违反前款规定的，由公安机关责令停止燃放，';
    expect(ruleIds(`${ban}处100元以上500元以下的罚款。`)).not.toContain('penalty/normative-doc-sets-fine');
    expect(ruleIds(`${ban}处1000元罚款。`)).toContain('penalty/normative-doc-sets-fine');
  });

  it('still finds a fine for conduct no article sanctions, whatever paragraph it is read from', () => {
    expect(ruleIds('一、小区内禁止饲养鸽子，禁止在楼道内堆放杂物。\n个人有前款规定行为之一的，处500元罚款。')).toContain('penalty/normative-doc-sets-fine');
  });
});

describe('a fine addressed to individuals', () => {
  it('is compared with the article\'s range for the conduct', () => {
    // 烟花爆竹安全管理条例第四十二条第二款 fines setting off fireworks where banned 100 to 500 yuan. (The range an
    // article gives one addressee among two is asserted above, with 物业管理条例第六十三条.)
    const t = '四、在禁止燃放烟花爆竹的时间、地点燃放烟花爆竹的，由公安机关责令停止燃放，对个人处1000元以上5000元以下的罚款。';
    expect(ruleIds(t)).toContain('penalty/normative-doc-sets-fine');
    expect(ruleIds(t.replace('1000元以上5000元以下', '100元以上500元以下'))).not.toContain('penalty/normative-doc-sets-fine');
  });
});

describe('a sanction named without being imposed', () => {
  it('is not imposed where its period is counted or its decision assigned', () => {
    expect(ruleIds('三、暂扣机动车驾驶证的期限从处罚决定生效之日起计算。')).toEqual([]);
    expect(ruleIds('三、对违反本法规定予以拘留的行政处罚，由县、市公安局、公安分局或者相当于县一级的公安机关裁决。')).toEqual([]);
    expect(ruleIds('三、吊销营业执照后重新申请办理的，按新设立程序办理。')).toEqual([]);
  });

  it('is not imposed where it is what officials should have done and did not', () => {
    expect(ruleIds('三、执法人员对应当依法查封、扣押的财物而未查封、扣押的，依法给予处分。')).toEqual([]);
    expect(ruleIds('三、对依法应当责令停产停业而未责令停产停业的，追究有关人员的责任。')).toEqual([]);
    expect(ruleIds('三、有关部门依法应当作出责令停业、关闭的决定而未作出的，对直接负责的主管人员给予处分。')).toEqual([]);
  });

  it('is not imposed where it was suffered before, as a condition or a record', () => {
    expect(ruleIds('七、被责令停业整顿的商户，整改合格后方可恢复营业。')).toEqual([]);
    expect(ruleIds('七、重大违法记录，是指供应商因违法经营受到刑事处罚或者责令停产停业、吊销许可证或者执照、较大数额罚款等行政处罚。')).toEqual([]);
    expect(ruleIds('七、违反本通告的经营户，将被处以500元罚款。')).toContain('penalty/normative-doc-sets-fine');
    expect(ruleIds('七、对违规经营的，将受到责令停业整顿的处罚。')).toContain('penalty/suspend-business');
  });

  it('is not imposed by a clause of its own that says who decides it, unless tied to conduct', () => {
    expect(ruleIds('七、予以关闭的行政处罚，由负有安全生产监督管理职责的部门报请县级以上人民政府按照国务院规定的权限决定。')).toEqual([]);
    expect(ruleIds('七、对违规者予以关闭的行政处罚，由县人民政府决定。')).toContain('penalty/suspend-business');
    // 消防法第七十条第四款: who decides it where it weighs heavily.
    expect(ruleIds('七、责令停产停业，对经济和社会生活影响较大的，由县应急管理局报请县人民政府依法决定。')).toEqual([]);
    expect(ruleIds('七、违规经营的，责令停产停业，对影响较大的，由县人民政府决定。')).toContain('penalty/suspend-business');
  });

  it('is imposed where the duty omitted is the public\'s and the measure follows', () => {
    expect(ruleIds('三、经营者应当立即停止营业而拒不停止的，由县市场监管局查封其经营场所。')).toContain('coercion/normative-doc-sets-measure');
    expect(ruleIds('三、对拒不改正的商户，一律责令停业整顿。')).toContain('penalty/suspend-business');
  });
});

describe('articles found by the clause\'s words beyond a named law or its own sentence', () => {
  it('restates the implementing regulation when the clause names the law it implements', () => {
    // 招标投标法实施条例第七十条; "违反招标投标法和本条例规定的" names 招标投标法, whose articles fine other conduct.
    const t = '五、依法必须进行招标的项目的招标人不按照规定组建评标委员会，或者确定、更换评标委员会成员违反招标投标法和本条例规定的，由有关行政监督部门责令改正，可以处10万元以下的罚款。';
    expect(ruleIds(t)).not.toContain('penalty/normative-doc-sets-fine');
    expect(ruleIds(t.replace('10万元以下', '50万元以下'))).toContain('penalty/normative-doc-sets-fine');
  });

  it('reads a measure that opens a list item with the list\'s lead-in', () => {
    // 反垄断法第四十七条: the investigating authority's measures.
    const lead = '六、反垄断执法机构调查涉嫌垄断行为，可以采取下列措施：\n（一）进入被调查的经营者的营业场所或者其他有关场所进行检查；\n';
    expect(ruleIds(`${lead}（二）查封、扣押相关证据；\n（三）查询经营者的银行账户。`)).not.toContain('coercion/normative-doc-sets-measure');
    expect(ruleIds('六、镇综合执法队开展环境整治，可以采取下列措施：\n（一）查封、扣押占道经营的物品。')).toContain('coercion/normative-doc-sets-measure');
  });
});
