// 地方政府规章 (published by 人民政府令) may set what other normative documents may not: 警告、通报批评 and fines
// (行政处罚法第十四条), and at provincial level a temporary licence (行政许可法第十五条). The same clauses in a
// county government's 办法 are still reported.
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { asIngest } from '../structure/law-files.ts';
import { shippedRuleSet } from './support/ruleset.ts';

const { rs, corpus } = await shippedRuleSet();

const BODY = `第一条 为了规范养犬行为，维护市容环境和社会公共秩序，根据有关法律、法规，结合本市实际，制定本办法。
第十条 个人在重点管理区内饲养犬只的，应当向公安机关办理养犬登记。
第二十条 违反本办法第十条规定，未办理养犬登记的，由公安机关责令限期改正；逾期不改正的，处二百元以上五百元以下罚款。
第二十一条 携犬出户未束犬链的，由公安机关给予警告；拒不改正的，处五十元以上二百元以下罚款。
第二十二条 饲养烈性犬的，由公安机关没收其犬只。
第二十五条 本办法自2022年8月1日起施行。`;

function check(text: string) {
  const ingest = asIngest(text);
  const doc = structureDocument(ingest);
  const findings = rs.check({ path: 'x.txt', text: ingest.text, doc, corpus, segmenter: { cut: () => [] }, profile: 'default', asOf: null, notes: [] } as never);
  return { meta: doc.meta, ids: findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}@${f.location.label}`) };
}

describe('government rules', () => {
  it('a city government rule published by 人民政府令 may set warnings and fines, not confiscation', () => {
    const r = check(`某市养犬管理办法\n（2022年5月10日某市人民政府第15次常务会议通过　2022年6月1日某市人民政府令第125号公布　自2022年8月1日起施行）\n${BODY}`);
    expect(r.meta.governmentRule).toBe('city');
    expect(r.ids.filter((x) => /normative-doc-sets-fine|circulated-criticism/.test(x))).toEqual([]);
    expect(r.ids).toContain('penalty/confiscation@第二十二条');
  });

  it("a county government's 办法 with the same clauses sets penalties it may not", () => {
    const r = check(`某县养犬管理办法\n${BODY}\n某县人民政府\n2022年6月1日`);
    expect(r.meta.governmentRule).toBeUndefined();
    expect(r.ids).toContain('penalty/normative-doc-sets-fine@第二十条');
    expect(r.ids).toContain('penalty/circulated-criticism@第二十一条');
  });

  it('a county notice that carries out a city government rule is not one', () => {
    const r = check(`某县人民政府关于贯彻落实《某市人民政府令第125号》的通知\n各乡镇人民政府：\n一、各乡镇要做好养犬登记宣传。\n某县人民政府\n2022年7月1日`);
    expect(r.meta.governmentRule).toBeUndefined();
  });
});
