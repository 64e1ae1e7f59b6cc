// How far "restating an upper-law article with an exact citation" reaches (pipeline/rules/restatement.ts),
// and the other mechanisms mended with held-out set 2: civil charges are not administrative fees,
// "执行至……止" is a validity period, a range is compared by its upper end, licence conditions.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/model/types.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import type { ExampleMeta } from '../../pipeline/rules/types.ts';
import { shippedRuleSet } from './support/ruleset.ts';

const loaded = await shippedRuleSet();

describe('a copy of the law\'s own words', () => {
  const { rs, corpus } = loaded;
  const county = { issuer: { name: '某县人民政府', level: 'county' as const, kind: 'government' as const }, issuedOn: '2024-05-01' };
  const ids = (text: string): string[] => checkText(rs, corpus, text, county).map((f: Finding) => f.ruleId);

  it('restates the article whatever law it names: 渔业法实施细则 cites 渔业法 by its 1986 numbers', () => {
    // 渔业法实施细则第三十条, word for word; 渔业法's present 第二十九条 is about 水产种质资源, no fine.
    expect(ids('二、依照《渔业法》第二十九条规定处以罚款的，按罚款一千元以下执行。')).not.toContain('penalty/normative-doc-sets-fine');
    // The notice's own fine for the same conduct, in its own words, is still set by it.
    expect(ids('二、在禁渔区内垂钓的，处以一千元以下罚款。')).toContain('penalty/normative-doc-sets-fine');
  });

  it('counts only sentences of the text in force on the document\'s day', () => {
    // 行政复议法第二十条 as the 2023 revision wrote it (in force from 2024-01-01).
    const s = '公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请';
    expect(corpus.holdsSentence(s, '2024-05-01')).toBe(true);
    expect(corpus.holdsSentence(s, '2020-05-01')).toBe(false);
    // Punctuation and spacing are not words; a short phrase says too little to be a copy.
    expect(corpus.holdsSentence(s.replace(/，/g, ', ').replace('六十日', ' 六十日 '), '2024-05-01')).toBe(true);
    expect(corpus.holdsSentence('依法予以处罚', '2024-05-01')).toBe(false);
  });
});

describe('citation guard reach', () => {
  const { rs, corpus } = loaded;
  const ids = (text: string, meta?: ExampleMeta): string[] => checkText(rs, corpus, text, meta).map((f: Finding) => f.ruleId);

  it('a citation lead governs the rest of its sentence across ；', () => {
    const cited = '擅自从水库取水的，依照《中华人民共和国水法》第六十九条的规定，由县水务局责令停止违法行为并处罚款；情节严重的，吊销其取水许可证。';
    expect(ids(cited)).not.toContain('penalty/revoke-licence');
    // Without the citation, the same sanction for conduct the article does not name is the document's own.
    const bare = '在水库游泳、垂钓的，由县水务局责令停止违法行为并处罚款；情节严重的，吊销其取水许可证。';
    expect(ids(bare)).toContain('penalty/revoke-licence');
  });

  it('a new sentence after 。 is not covered by the citation before it', () => {
    const t = '擅自从水库取水的，依照《中华人民共和国水法》第六十九条的规定处理。对屡次违反的，吊销其取水许可证。';
    expect(ids(t)).toContain('penalty/revoke-licence');
  });

  it('a citation of an article that does not exist protects nothing across ；', () => {
    const t = '擅自从水库取水的，依照《中华人民共和国水法》第九十六条的规定处理；情节严重的，吊销其取水许可证。';
    expect(ids(t)).toContain('penalty/revoke-licence');
  });

  it('"依照该条第N款" points back at the article cited before it, and the 款 must exist', () => {
    const back = '堵塞消防车通道的，由消防救援机构依照《中华人民共和国消防法》第六十条的规定处理；经责令改正仍不改正的，依照该条第三款的规定强制执行。';
    expect(ids(back)).not.toContain('coercion/forced-execution');
    // In a sentence of its own, the pointer is all there is: a 款 the article does not have protects nothing.
    const own = '堵塞消防车通道的，由消防救援机构依照《中华人民共和国消防法》第六十条的规定处理。经责令改正仍不改正的，依照该条第三款的规定强制执行。';
    expect(ids(own)).not.toContain('coercion/forced-execution');
    expect(ids(own.replace('该条第三款', '该条第七款'))).toContain('coercion/forced-execution');
    const nothingBefore = '经责令改正仍不改正的，依照该条第三款的规定强制执行。';
    expect(ids(nothingBefore)).toContain('coercion/forced-execution');
  });

  it('splits an article into paragraphs with its items kept inside the paragraph that lists them', () => {
    const art = corpus.resolve('中华人民共和国消防法', '第六十条');
    expect(art).toBeDefined();
    const paras = corpus.versionsOf('中华人民共和国消防法').at(-1)!.articles.find((a) => a.label === '第六十条')!.paragraphs;
    expect(paras.join('\n')).toBe(art!.text);
    expect(paras).toHaveLength(3);
    expect(paras[2]).toContain('强制执行');
  });

  it('a fine below the floor an article sets for the same conduct is compared with that article', () => {
    const county = { issuer: { name: '某县人民政府', level: 'county' as const, kind: 'government' as const }, issuedOn: '2023-05-01' };
    const fine = (text: string) => checkText(rs, corpus, text, county).find((f) => f.ruleId === 'penalty/normative-doc-sets-fine');
    // 露天焚烧秸秆 is the term of 大气污染防治法第一百一十九条 (五百元以上二千元以下): the clause's other words differ.
    const below = fine('在禁烧区内焚烧农作物秸秆的，由生态环境部门处以200元罚款。');
    expect(below?.basis.map((b) => b.article)).toContain('第一百一十九条');
    expect(below?.message).toContain('下限为五百元');
    // Within the range, the article gives the fine; above it, the ceiling is the comparison.
    expect(fine('在禁烧区内焚烧农作物秸秆的，由生态环境部门处以1000元罚款。')?.basis.map((b) => b.article) ?? []).not.toContain('第一百一十九条');
    // Neighbouring conduct in the same setting has its own floor: 森林防火条例第五十一条 (实弹演习、爆破, 5万元以上)
    // says nothing about 野外用火 (第五十条, 200元以上).
    const fire = fine('在森林防火区内野外用火的，由林业部门处以五千元罚款。');
    expect(fire).toBeDefined();
    expect(fire!.basis.map((b) => b.article)).not.toContain('第五十一条');
    // The article closest in conduct that provides a fine (个人200元以上3000元以下, 单位1万元以上5万元以下) is
    // quoted for comparison, named as found by its words, not as one the notice names.
    expect(fire!.basis.map((b) => `${b.law}${b.article}`)).toContain('森林防火条例第五十条');
    expect(fire!.message).toContain('上位法中，《森林防火条例》第五十条对相近行为规定了此项措施');
  });

  it("a notice's everyday word for the conduct is read in the article's term when ranges are compared", () => {
    const county = { issuer: { name: '某县公安局', level: 'county' as const, kind: 'department' as const }, issuedOn: '2023-05-01' };
    const fine = checkText(rs, corpus, '对酒驾的，一律处以五千元罚款。', county).find((f) => f.ruleId === 'penalty/normative-doc-sets-fine');
    // 酒驾 is 饮酒后驾驶机动车 (道路交通安全法第九十一条: 一千元以上二千元以下).
    expect(fine?.basis.map((b) => `${b.law}${b.article}`)).toContain('中华人民共和国道路交通安全法第九十一条');
    expect(fine?.message).toContain('上限为二千元');
  });

  it('an article of the law copied into a notice without its citation is recognised as restated', () => {
    const county = { issuer: { name: '某县公安局', level: 'county' as const, kind: 'department' as const }, issuedOn: '2024-05-01' };
    const errors = (text: string) => checkText(rs, corpus, text, county).filter((f) => f.severity === 'error').map((f) => f.ruleId);
    // A lead-in that leaves the conduct to its items ("有下列行为之一的，处……拘留") is read with the items.
    const art25 = corpus.resolve('中华人民共和国治安管理处罚法', '第二十五条')!.text;
    expect(art25).toMatch(/有下列行为之一的[\s\S]*（一）/);
    expect(errors(art25.replace(/^第[一二三四五六七八九十]+条\s*/, ''))).not.toContain('penalty/detention');
    // Two words of conduct, but the same range and amount of one article: 第六十六条; its lighter tier
    // (情节较轻的，处五日以下拘留) has no floor, so it is no range below one.
    expect(errors('卖淫、嫖娼的，处十日以上十五日以下拘留，可以并处五千元以下罚款；情节较轻的，处五日以下拘留或者五百元以下罚款。')).not.toContain('penalty/detention');
    // A range that is not the article's is still the notice's own, items or not.
    expect(errors(art25.replace(/^第[一二三四五六七八九十]+条\s*/, '').replace('处五日以上十日以下拘留', '处十日以上十五日以下拘留'))).toContain('penalty/detention');
  });

  it('items under a lead-in that forbids them to the body addressed are prohibitions', () => {
    const county = { issuer: { name: '某县人民政府', level: 'county' as const, kind: 'government' as const }, issuedOn: '2024-09-01' };
    const competition = (text: string) => checkText(rs, corpus, text, county).filter((f) => f.category === 'competition').map((f) => f.ruleId);
    expect(competition('各部门起草涉及经营者经济活动的政策措施，不得含有下列内容：\n（一）限制外地商品进入本地市场；\n（二）对外地企业设置歧视性资质要求。')).toEqual([]);
    expect(competition('为保护本地生猪产业，实行下列措施：\n（一）外地生猪产品一律不准进入本县市场销售。')).toContain('competition/outside-goods-barrier');
  });

  it('a fee owed to a service company under a contract is not an administrative fee', () => {
    expect(ids('业主应当依照物业服务合同的约定，按季度交纳物业服务费。')).not.toContain('fees/unauthorised-fee');
    expect(ids('临街商户应当按月向街道办事处交纳门前卫生管理费。')).toContain('fees/unauthorised-fee');
    expect(ids('共享电单车企业向骑行用户收取押金的，应当专户存储。')).not.toContain('fees/deposit');
    expect(ids('共享电单车企业应当向区交通运输局交存运营保证金，每车一百元。')).toContain('fees/deposit');
  });

  it('"自印发之日起执行，至……止" states the validity period', () => {
    expect(ids('各乡镇要按月报送巡查台账。\n本通知自印发之日起执行，至2026年6月30日止。')).not.toContain('form/validity-missing');
    expect(ids('各乡镇要按月报送巡查台账。\n本通知自印发之日起执行。')).toContain('form/validity-missing');
  });

  it('compares a fine range with a statutory maximum by its upper end', () => {
    const f = checkText(rs, corpus, '擅自取用地下水的，由县水利局责令停止取水，处三万元以上十五万元以下罚款。')
      .find((x) => x.ruleId === 'conflict/water-abstraction-fine-exceeds');
    expect(f?.location.match).toBe('十五万元');
    expect(ids('擅自取用地下水的，由县水利局责令停止取水，处三万元以上八万元以下罚款。')).not.toContain('conflict/water-abstraction-fine-exceeds');
  });

  it('a licence condition unrelated to the matter is an extra condition; the same words elsewhere are not', () => {
    const t = '第三条 申请渔业养殖审批，应当具备下列条件：（一）有符合规划的水域；（二）申请人家庭成员近五年无上访记录。';
    expect(ids(t)).toContain('licensing/unrelated-conditions');
    expect(ids('第三条 申请渔业养殖审批，应当具备下列条件：（一）有符合规划的水域；（二）有相应的技术人员。')).not.toContain('licensing/unrelated-conditions');
  });

  it('the work of river chiefs is the administration\'s own, also in a subjectless sentence that follows', () => {
    const meta: ExampleMeta = { issuer: { name: '某县河长制办公室', level: 'county', kind: 'coordination-body' } };
    expect(ids('一、村级河长每周巡河一次，汛期应当增加巡河次数。', meta)).not.toContain('authority/internal-unit-binding-duties');
    expect(ids('一、沿河经营户应当每日将垃圾投放到指定收集点。', meta)).toContain('authority/internal-unit-binding-duties');
  });
});

describe('citation guard reach: only what the cited article says', () => {
  const { rs, corpus } = loaded;
  const ids = (text: string): string[] => checkText(rs, corpus, text).map((f: Finding) => f.ruleId);
  it('a sanction the cited article does not contain, added after ；, is still judged', () => {
    const t = '取水单位应当依照《中华人民共和国水法》第四十八条的规定申请领取取水许可证；逾期未申领的，吊销其营业执照。';
    expect(ids(t)).toContain('penalty/revoke-licence');
  });
});

describe('citation guard reach: "依照该法第N条"', () => {
  const { rs, corpus } = loaded;
  const ids = (text: string): string[] => checkText(rs, corpus, text).map((f: Finding) => f.ruleId);
  it('resolves another article of the law cited last', () => {
    const base = '占用疏散通道的，由消防救援机构依照《中华人民共和国消防法》第二十八条的规定责令改正。拒不改正的，依照该法';
    expect(ids(`${base}第六十条第三款的规定强制执行。`)).not.toContain('coercion/forced-execution');
    // 第二十八条 does not speak of enforcement, and 第九十九条 does not exist.
    expect(ids(`${base}第二十八条的规定强制执行。`)).toContain('coercion/forced-execution');
    expect(ids(`${base}第九十九条的规定强制执行。`)).toContain('coercion/forced-execution');
  });
});
