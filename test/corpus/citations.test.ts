import { describe, expect, it } from 'vitest';
import { extractCitations, type DocCitation } from '../../pipeline/analyse/citations.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const codes = (c: DocCitation | undefined) => (c?.problems ?? []).map((p) => p.code);
const find = (cs: DocCitation[], raw: string) => cs.find((c) => c.raw.includes(raw));

// A county notice of the kind 备案审查 reports correct: each paragraph carries one kind of error.
const NOTICE = `某县人民政府关于加强城市市容和环境卫生管理的通告
为加强城市管理，根据《中华人民共和国合同法》第五十二条、《中华人民共和国物权法》和国务院城市道路管理条例第二十七条的规定，结合本县实际，通告如下：
一、任何单位和个人不得擅自占用城市道路从事经营活动。
二、当事人逾期不缴纳罚款的，依照《中华人民共和国行政处罚法》第五十一条的规定，每日按罚款数额的百分之三加处罚款。
三、违反本通告规定的，依照《中华人民共和国行政处罚法》第九十条的规定处理。
四、依照《中华人民共和国城市道路管理条例》有关规定，对占道经营的物品予以登记保存。
五、公安机关依照《治安管理处罚条例》对阻碍执法的人员予以处罚。
本通告自2024年3月1日起施行。`;

describe('citation problems in a realistic notice', () => {
  const cs = extractCitations(NOTICE, corpus, { date: '2024-02-20' });

  it('reports repealed laws with the successor and date', () => {
    const contract = find(cs, '合同法')!;
    expect(contract.articles).toEqual([{ label: '第五十二条' }]);
    expect(contract.problems[0]).toMatchObject({ code: 'repealed', successor: '中华人民共和国民法典' });
    expect(contract.problems[0].message).toContain('2021年1月1日');
    expect(find(cs, '物权法')?.problems[0]).toMatchObject({ code: 'repealed', successor: '中华人民共和国民法典' });
    const police = find(cs, '治安管理处罚条例')!;
    expect(police.problems[0]).toMatchObject({ code: 'repealed', successor: '中华人民共和国治安管理处罚法' });
    expect(police.problems[0].message).toContain('2006年3月1日');
  });

  it('reports non-standard names with the right name', () => {
    const road = find(cs, '国务院城市道路管理条例')!;
    expect(road.law?.title).toBe('城市道路管理条例');
    expect(road.articles).toEqual([{ label: '第二十七条' }]);
    expect(codes(road)).toEqual(['non-standard-name']);
    expect(road.problems[0].suggestion).toContain('《城市道路管理条例》');
    const prc = find(cs, '《中华人民共和国城市道路管理条例》')!;
    expect(codes(prc)).toEqual(['non-standard-name']);
    expect(prc.articles).toEqual([]);
  });

  it('reports an article renumbered by the 2021 revision, naming the current article', () => {
    const c = find(cs, '第五十一条')!;
    expect(c.law?.title).toBe('中华人民共和国行政处罚法');
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({ code: 'renumbered', article: '第五十一条', successor: '第七十二条' });
  });

  it('reports an article that does not exist', () => {
    const c = find(cs, '第九十条')!;
    expect(c.problems[0]).toMatchObject({ code: 'nonexistent-article', article: '第九十条' });
    expect(c.problems[0].message).toContain('第八十六条');
  });

  it('gives offsets into the text', () => {
    for (const c of cs) expect(NOTICE.slice(c.start, c.end)).toBe(c.raw);
  });
});

describe('correct citations are left alone', () => {
  const CLEAN = `某市人民政府办公室关于进一步规范行政许可办理的通知
一、依照《中华人民共和国行政许可法》第四十二条的规定，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定；二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日。
二、当事人到期不缴纳罚款的，依照《行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。
三、依照中华人民共和国行政许可法第十二条、第十四条至第十六条的规定设定行政许可，本法第十七条另有规定的除外。
四、燃放烟花爆竹的时间、地点和种类，依照国务院《烟花爆竹安全管理条例》第二十八条的规定由县级以上地方人民政府确定。
五、依照《某某省物业管理条例》第二十条和《中华人民共和国民法典》第二百七十一条的规定处理。
六、个人信息的处理依照《个人信息保护法》有关规定执行。
七、没有法律或者国务院的行政法规、决定、命令的依据，部门规章不得设定减损公民、法人和其他组织权利或者增加其义务的规范，依照《中华人民共和国立法法》第九十一条第二款的规定执行。`;
  const cs = extractCitations(CLEAN, corpus, { date: '2024-05-01' });

  it('finds every citation form', () => {
    const xk = find(cs, '中华人民共和国行政许可法第十二条')!;
    expect(xk.articles.map((a) => a.label)).toEqual(['第十二条', '第十四条', '第十五条', '第十六条']);
    expect(find(cs, '本法第十七条')?.law?.title).toBe('中华人民共和国行政许可法');
    expect(find(cs, '第七十二条')?.articles).toEqual([{ label: '第七十二条', paragraph: 1, item: 1 }]);
    expect(find(cs, '个人信息保护法')?.articles).toEqual([]);
    expect(find(cs, '某某省物业管理条例')?.law).toBeUndefined();
  });

  it('reports no problem', () => {
    for (const c of cs) expect(c.problems, c.raw).toEqual([]);
  });
});

describe('dates decide', () => {
  it('does not call a law repealed before it was', () => {
    const cs = extractCitations('依照《中华人民共和国合同法》第五十二条的规定处理。', corpus, { date: '2019-05-01' });
    expect(cs[0].problems).toEqual([]);
  });

  it('resolves the version in force on the document date', () => {
    const text = '根据《中华人民共和国立法法》第八十条的规定，没有法律依据，不得设定减损公民权利或者增加其义务的规范。';
    const old = extractCitations(text, corpus, { date: '2018-01-01' })[0];
    expect(old.law?.version).toBe('2015-03-15');
    expect(old.problems).toEqual([]);
    const now = extractCitations(text, corpus, { date: '2024-01-01' })[0];
    expect(now.law?.version).toBe('2023-03-13');
    // 2015 第八十条 (部门规章) is 第九十一条 since the 2023 revision.
    expect(now.problems[0]).toMatchObject({ code: 'renumbered', successor: '第九十一条' });
  });

  it('does not judge articles of a text that is no longer the one in force', () => {
    const text = '依照《中华人民共和国治安管理处罚法》第一百三十条的规定处罚。';
    expect(extractCitations(text, corpus, { date: '2026-03-01' })[0].problems).toEqual([]);
    expect(codes(extractCitations(text, corpus, { date: '2025-03-01' })[0])).toEqual(['nonexistent-article']);
  });
});

describe('renamed agencies', async () => {
  const { findRenamedAgencies } = await import('../../pipeline/analyse/citations-agencies.ts');
  it('names the successor of agencies renamed in 2018', () => {
    const text = '申请人应当向县工商行政管理局办理登记，由县环保局会同安监部门监督检查。';
    const found = findRenamedAgencies(text, corpus, { date: '2021-06-01' });
    expect(found.map((f) => [f.raw, f.agency.successor])).toEqual([
      ['工商行政管理局', '市场监督管理部门'], ['环保局', '生态环境主管部门'], ['安监部门', '应急管理部门']]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.raw);
    expect(findRenamedAgencies(text, corpus, { date: '2016-06-01' })).toEqual([]);
    expect(findRenamedAgencies('由县市场监督管理局负责。', corpus)).toEqual([]);
  });
});

describe('references back to the last citation', () => {
  it('resolves 该条 and 该法 to the law and article just cited', () => {
    const text = '依照《中华人民共和国行政许可法》第四十二条的规定办理；该条第二款规定的统一办理时限为四十五日。该法第四十三条另有规定的，从其规定。';
    const cs = extractCitations(text, corpus, { date: '2024-01-01' });
    expect(cs.map((c) => [c.raw, c.law?.title, c.articles])).toEqual([
      ['《中华人民共和国行政许可法》第四十二条', '中华人民共和国行政许可法', [{ label: '第四十二条' }]],
      ['该条第二款', '中华人民共和国行政许可法', [{ label: '第四十二条', paragraph: 2 }]],
      ['该法第四十三条', '中华人民共和国行政许可法', [{ label: '第四十三条' }]],
    ]);
    for (const c of cs) expect(c.problems).toEqual([]);
  });

  it('does not attach 本法 to a citation far away', () => {
    const far = '依照《中华人民共和国行政许可法》第四十二条的规定办理。' + '各部门应当加强协调配合，做好服务工作。'.repeat(8) + '本法第十条另有规定。';
    expect(extractCitations(far, corpus).map((c) => c.raw)).toEqual(['《中华人民共和国行政许可法》第四十二条']);
  });
});
