// The one citation scanner (pipeline/analyse/citations.ts) on the wordings real documents use, with the
// embedded corpus: forms of names and article references, pointers over the whole document, damaged
// names, and the judgement on the document's date (repealed with the repealing clause, renumbered with
// the current article, earlier numbering, a newer text the law base lacks).
import { describe, expect, it } from 'vitest';
import { scanCitations, type Citation, type ScanOptions } from '../../pipeline/analyse/citations.ts';
import { namesAlike } from '../../pipeline/analyse/citation-problems.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const NOW = '2026-12-03';
const scan = (text: string, opts: ScanOptions = {}) => scanCitations(text, corpus, { now: NOW, ...opts });
const codes = (c: Citation | undefined) => (c?.problems ?? []).map((p) => p.code);
const find = (cs: Citation[], raw: string) => cs.find((c) => c.raw.includes(raw));
const labels = (c: Citation | undefined) => (c?.articles ?? []).map((a) => [a.label, a.paragraph ?? 0, a.item ?? 0].join('/'));

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
  const cs = scan(NOTICE, { date: '2024-02-20' });

  it('reports repealed laws with the successor, the date and the repealing clause as basis', () => {
    const contract = find(cs, '合同法')!;
    expect(labels(contract)).toEqual(['第五十二条/0/0']);
    const p = contract.problems[0]!;
    expect(p).toMatchObject({ code: 'repealed', successor: '中华人民共和国民法典', verified: true });
    expect(p.message).toContain('2021年1月1日');
    expect(p.message).not.toContain('新的规定');
    expect(p.basis!.map((b) => `${b.law}${b.article}`)).toEqual(['中华人民共和国民法典第一千二百六十条']);
    expect(p.basis![0]!.text).toContain('《中华人民共和国合同法》');
    expect(find(cs, '物权法')?.problems[0]).toMatchObject({ code: 'repealed', successor: '中华人民共和国民法典' });
    const police = find(cs, '治安管理处罚条例')!.problems[0]!;
    expect(police).toMatchObject({ code: 'repealed', successor: '中华人民共和国治安管理处罚法' });
    expect(police.message).toContain('2006年3月1日');
    expect(police.basis![0]).toMatchObject({ law: '中华人民共和国治安管理处罚法', article: '第一百一十九条' });
    for (const c of cs) for (const q of c.problems) for (const b of q.basis ?? []) expect(b.law).not.toBe('中华人民共和国立法法');
  });

  it('reports non-standard names with the right name', () => {
    const road = find(cs, '国务院城市道路管理条例')!;
    expect(road.law?.title).toBe('城市道路管理条例');
    expect(road.form).toBe('plain');
    expect(labels(road)).toEqual(['第二十七条/0/0']);
    expect(codes(road)).toEqual(['non-standard-name']);
    expect(road.problems[0]!.suggestion).toContain('《城市道路管理条例》');
    const prc = find(cs, '《中华人民共和国城市道路管理条例》')!;
    expect(codes(prc)).toEqual(['non-standard-name']);
    expect(prc.articles).toEqual([]);
  });

  it('reports an article renumbered by the 2021 revision, quoting the current article', () => {
    const c = find(cs, '第五十一条')!;
    expect(c.law?.title).toBe('中华人民共和国行政处罚法');
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({ code: 'renumbered', article: '第五十一条', successor: '第七十二条' });
    expect(c.problems[0]!.basis![0]).toMatchObject({ article: '第七十二条', version: '2021-01-22' });
  });

  it('reports an article that does not exist', () => {
    const c = find(cs, '第九十条')!;
    expect(c.problems[0]).toMatchObject({ code: 'nonexistent-article', article: '第九十条' });
    expect(c.problems[0]!.message).toContain('第八十六条');
  });

  it('gives offsets into the text, for the citation and each article reference', () => {
    for (const c of cs) {
      expect(NOTICE.slice(c.start, c.end)).toBe(c.raw);
      for (const a of c.articles) expect(NOTICE.slice(a.start, a.end)).toMatch(/^第.+条/);
    }
  });
});

describe('the forms real documents write', () => {
  const at = '2024-05-01';
  it('reads lists, ranges, paragraphs, items, 之一 and names without 《》', () => {
    const text = '三、依照中华人民共和国行政许可法第十二条、第十四条至第十六条的规定设定行政许可，本法第十七条另有规定的除外。'
      + '当事人到期不缴纳罚款的，依照《行政处罚法》第七十二条第一款第（一）项、第（二）项的规定执行。';
    const cs = scan(text, { date: at });
    const xk = find(cs, '行政许可法第十二条')!;
    expect(xk.form).toBe('plain');
    expect(labels(xk)).toEqual(['第十二条/0/0', '第十四条/0/0', '第十五条/0/0', '第十六条/0/0']);
    expect(find(cs, '本法第十七条')?.law?.title).toBe('中华人民共和国行政许可法');
    expect(labels(find(cs, '第七十二条'))).toEqual(['第七十二条/1/1', '第七十二条/1/2']);
    const art = find(cs, '第七十二条')!.articles[0]!;
    expect(art.text).toContain('每日按罚款数额的百分之三加处罚款');
    expect(art.text).not.toContain('申请人民法院强制执行');
    for (const c of cs) expect(c.problems, c.raw).toEqual([]);
  });

  it('reads 笫 for 第, spaces inside numbers, Arabic numbers and articles above one thousand', () => {
    const cs = scan('依照《中华人民共和国民法典》第一千二百六十条、笫一千零三十二 条和第 990 条的规定。', { date: at });
    expect(labels(cs[0])).toEqual(['第一千二百六十条/0/0', '第一千零三十二条/0/0', '第九百九十条/0/0']);
    expect(cs[0]!.articles.every((a) => a.resolved)).toBe(true);
  });

  it('reads a version note and the issuer written outside the book-title marks', () => {
    const cs = scan('根据《中华人民共和国行政处罚法（2021年修订）》第十六条和国务院《烟花爆竹安全管理条例》第二十八条的规定。', { date: at });
    expect(cs[0]).toMatchObject({ name: '中华人民共和国行政处罚法', versionNote: '2021年修订' });
    expect(cs[0]!.articles[0]!.resolved?.article).toBe('第十六条');
    expect(cs[1]).toMatchObject({ name: '烟花爆竹安全管理条例', issuerPrefix: '国务院' });
    for (const c of cs) expect(c.problems).toEqual([]);
  });

  it('takes only plainly cited names without 《》, and never a part of a longer or local name', () => {
    const text = '各地要学习行政处罚法的精神。依照某某省城市道路管理条例第十条处理。根据物权法的规定处理。';
    const cs = scan(text, { date: '2019-01-01' });
    expect(cs.map((c) => [c.raw, c.law?.title ?? c.repealed?.name ?? null])).toEqual([
      ['某某省城市道路管理条例第十条', null], ['物权法', null]]);
    expect(cs[0]!.match).toBeUndefined();
    expect(cs[0]!.problems).toEqual([]);
    expect(codes(cs[1])).toEqual(['repealed-since']);
  });

  it('reads "《X法》及其实施条例" as citing the implementing regulation too, with its own articles', () => {
    const cs = scan('根据《中华人民共和国森林法》及其实施条例第十五条，结合本县实际，制定本办法。依照《中华人民共和国招标投标法》和实施条例的规定执行。', { date: '2024-05-01' });
    expect(cs.map((c) => c.law?.title)).toEqual([
      '中华人民共和国森林法', '中华人民共和国森林法实施条例', '中华人民共和国招标投标法', '中华人民共和国招标投标法实施条例']);
    expect(labels(cs[1])).toEqual(['第十五条/0/0']);
    expect(cs[1]!.problems.filter((p) => p.code === 'non-standard-name')).toEqual([]);
    // Another law's regulation is not named so: "《森林法》及其他规定" names nothing more.
    expect(scan('根据《中华人民共和国森林法》及其他有关规定制定本办法。', { date: '2024-05-01' }).length).toBe(1);
  });

  it('leaves a law the law base does not hold unresolved, without a problem', () => {
    const cs = scan('依照《某某省物业管理条例》第二十条和《中华人民共和国民法典》第二百七十一条的规定处理。', { date: at });
    expect(cs[0]!.law).toBeUndefined();
    expect(cs[0]!.problems).toEqual([]);
    expect(cs[1]!.law?.title).toBe('中华人民共和国民法典');
  });
});

describe('damaged names are candidates to verify, never silently another law', () => {
  it('an OCR-damaged name without 《》 before an article', () => {
    const cs = scan('对阻碍执法的，依照治安管理处角人条例第二十三条的规定处理。', { date: '2024-05-01' });
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.form).toBe('plain');
    expect(c.match).toMatchObject({ name: '中华人民共和国治安管理处罚条例', how: 'fuzzy' });
    expect(c.match!.confidence).toBeLessThan(0.85);
    expect(c.law).toBeUndefined();
    expect(codes(c)).toEqual(['non-standard-name']);
    expect(c.problems[0]!.message).toContain('请核实');
  });

  it('a right name in traditional characters is read and is not a wrong name (the script of a mirror copy)', () => {
    const c = scan('依照《中華人民共和國行政處罰法》第十六条的规定。', { date: '2024-05-01' })[0]!;
    expect(c.law?.title).toBe('中华人民共和国行政处罚法');
    expect(c.articles[0]!.resolved?.article).toBe('第十六条');
    expect(codes(c)).toEqual([]);
    // A damaged name in traditional characters is still one.
    expect(codes(scan('依照《中華人民共和國行政處罰发》第十六条的规定。', { date: '2024-05-01' })[0]!)).toEqual(['non-standard-name']);
  });

  it('a name that drops a character of a regulation the law base holds: "森林实施条例" for 森林法实施条例', async () => {
    const c = scan('依照森林实施条例第三十八条的规定处理。', { date: '2024-05-01' })[0]!;
    expect(c.match).toMatchObject({ name: '中华人民共和国森林法实施条例', how: 'fuzzy' });
    expect(c.match!.confidence).toBeCloseTo(0.86, 2);
    expect(codes(c)).toEqual(['non-standard-name']);
    expect(c.problems[0]!.message).toContain('可能是《中华人民共和国森林法实施条例》之误');
    // Without that regulation in the law base, the damaged name is no other law's.
    const { createCorpus } = await import('../../pipeline/corpus/corpus-impl.ts');
    const { loadRegistry } = await import('../../pipeline/corpus/repealed.ts');
    const without = createCorpus({ laws: corpus.laws.filter((l) => !l.title.includes('森林法实施条例')), registry: loadRegistry(), hash: 'test' });
    expect(scanCitations('依照森林实施条例第三十八条的规定处理。', without, { date: '2024-05-01', now: NOW })[0]?.match).toBeUndefined();
  });

  it('a slip of one character in a long name', () => {
    const c = scan('依照《中华人民共和国行政许可发》第十二条的规定。', { date: '2024-05-01' })[0]!;
    expect(c.match).toMatchObject({ name: '中华人民共和国行政许可法' });
    expect(c.match!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(c.law?.title).toBe('中华人民共和国行政许可法');
  });
});

describe('pointers back, over the whole document', () => {
  it('resolves 该条 and 该法 to the law and article just cited', () => {
    const text = '依照《中华人民共和国行政许可法》第四十二条的规定办理；该条第二款规定的统一办理时限为四十五日。该法第四十三条另有规定的，从其规定。';
    const cs = scan(text, { date: '2024-01-01' });
    expect(cs.map((c) => [c.raw, c.law?.title, labels(c)])).toEqual([
      ['《中华人民共和国行政许可法》第四十二条', '中华人民共和国行政许可法', ['第四十二条/0/0']],
      ['该条第二款', '中华人民共和国行政许可法', ['第四十二条/2/0']],
      ['该法第四十三条', '中华人民共和国行政许可法', ['第四十三条/0/0']],
    ]);
    for (const c of cs) expect(c.problems).toEqual([]);
    expect(cs[1]!.articles[0]!.text).toContain('四十五日');
  });

  it('does not read the 同法 inside 合同法 as a pointer back', () => {
    const cs = scan('依照《中华人民共和国就业促进法》第二十七条的规定招用人员。除劳动合同法第二十二条规定的服务期外，不得约定违约金。', { date: '2024-01-01' });
    // (A name without 《》 after 除 is not read as a citation at all: better none than 就业促进法第二十二条.)
    expect(cs.filter((c) => c.form === 'anaphor')).toEqual([]);
    expect(cs.some((c) => c.law?.title === '中华人民共和国就业促进法' && labels(c).includes('第二十二条/0/0'))).toBe(false);
  });

  it('reads 该规定 followed by an article as the 规定 just cited, and 该规定 alone as no citation', () => {
    const text = '用人单位违反产期保护规定的，依照《女职工劳动保护特别规定》第十三条处理；违反劳动保护措施规定的，依照该规定第十三条第二款处理。'
      + '县人力资源和社会保障局应当严格执行该规定。';
    const cs = scan(text, { date: '2024-01-01' });
    expect(cs.map((c) => [c.raw, c.law?.title, labels(c)])).toEqual([
      ['《女职工劳动保护特别规定》第十三条', '女职工劳动保护特别规定', ['第十三条/0/0']],
      ['该规定第十三条第二款', '女职工劳动保护特别规定', ['第十三条/2/0']],
    ]);
  });

  it('follows 该条 across provisions, and to the document\'s own article when that was cited last', () => {
    const text = '一、堵塞消防车通道的，依照《中华人民共和国消防法》第六十条的规定处理。\n二、各乡镇要加强巡查。\n三、经责令改正仍不改正的，依照该条第三款的规定强制执行。\n'
      + '四、违反本办法第三条规定的，由镇政府责令改正；依照该条第二款处理。';
    const cs = scan(text, { date: '2024-01-01' });
    const back = find(cs, '该条第三款')!;
    expect(back.law?.title).toBe('中华人民共和国消防法');
    expect(back.articles[0]!.text).toContain('强制执行');
    const own = find(cs, '该条第二款')!;
    expect(own.own).toBe(true);
    expect(own.law).toBeUndefined();
  });

  it('reads a bare article in a notice of items as the law it names, and keeps one the document has as its own', () => {
    const items = '为加强消防安全管理，根据《中华人民共和国消防法》，通知如下：\n一、任何单位不得占用、堵塞、封闭消防车通道（第二十八条）。\n'
      + '二、堵塞消防车通道的，由县消防救援大队依照第六十条责令改正。\n三、消防设施的维护保养应当符合国家标准（消防法第十六条）。';
    const cs = scan(items, { date: '2024-01-01' });
    expect(cs.map((c) => [c.raw, c.law?.title ?? (c.own ? '本文件' : null), labels(c)])).toEqual([
      ['《中华人民共和国消防法》', '中华人民共和国消防法', []],
      ['第二十八条', '中华人民共和国消防法', ['第二十八条/0/0']],
      ['第六十条', '中华人民共和国消防法', ['第六十条/0/0']],
      ['消防法第十六条', '中华人民共和国消防法', ['第十六条/0/0']],
    ]);
    expect(find(cs, '第六十条')!.articles[0]!.text).toContain('消防车通道');
    // A document of articles: "依照第三条" is its own third article, though it names a law before.
    const articles = '第一条 为加强消防安全管理，根据《中华人民共和国消防法》，制定本办法。\n第二条 本办法适用于本县。\n'
      + '第三条 任何单位不得占用消防车通道。\n第四条 违反规定的，依照第三条处理。';
    const own = find(scan(articles, { date: '2024-01-01' }), '第三条')!;
    expect(own.own).toBe(true);
    expect(own.law).toBeUndefined();
  });

  it('reads the short name a document defines, and 条例 where one regulation was named, as that law', () => {
    const defined = '根据《烟花爆竹安全管理条例》（以下简称《条例》），通告如下：\n一、在禁止燃放的地点燃放烟花爆竹的，依照《条例》第四十二条处理。\n'
      + '二、未经许可经由道路运输烟花爆竹的，依照条例第三十六条第二款处理。\n三、燃放烟花爆竹应当遵守条例的规定。';
    const cs = scan(defined, { date: '2024-01-01' });
    expect(cs.filter((c) => c.articles.length).map((c) => [c.raw, c.law?.title, labels(c)])).toEqual([
      ['《条例》第四十二条', '烟花爆竹安全管理条例', ['第四十二条/0/0']],
      ['条例第三十六条第二款', '烟花爆竹安全管理条例', ['第三十六条/2/0']],
    ]);
    expect(cs.find((c) => c.raw === '条例')?.law?.title).toBe('烟花爆竹安全管理条例');
    // Not defined: 条例 after one regulation named, in brackets after what it says.
    const undefinedShort = '根据《烟花爆竹安全管理条例》，通告如下：在禁止燃放的地点燃放烟花爆竹的，由公安部门责令停止燃放（条例第四十二条）。';
    expect(find(scan(undefinedShort, { date: '2024-01-01' }), '条例第四十二条')?.law?.title).toBe('烟花爆竹安全管理条例');
    // Two regulations named before it: which one is meant is not guessed.
    const two = '根据《烟花爆竹安全管理条例》和《中华人民共和国城市道路管理条例》，通告如下：依照条例第二十七条处理。';
    expect(find(scan(two, { date: '2024-01-01' }), '条例第二十七条')).toBeUndefined();
    // Part of a longer name, or the document's own: not a short name.
    expect(find(scan('根据《烟花爆竹安全管理条例》，依照本条例第三条和管理条例第五条办理。', { date: '2024-01-01' }), '条例第五条')).toBeUndefined();
  });

  it('does not attach 本法 to a citation far away, nor a pointer to nothing', () => {
    const far = '依照《中华人民共和国行政许可法》第四十二条的规定办理。' + '各部门应当加强协调配合，做好服务工作。'.repeat(8) + '本法第十条另有规定。';
    expect(scan(far).map((c) => c.raw)).toEqual(['《中华人民共和国行政许可法》第四十二条']);
    expect(scan('经责令改正仍不改正的，依照该条第三款的规定强制执行。')).toEqual([]);
  });

  it('上述规定 after a lead word points at the articles just cited; 违反上述规定 is the document\'s own', () => {
    const cs = scan('依照《中华人民共和国消防法》第六十条的规定处理；依照上述规定责令改正。违反上述规定的，依法处理。', { date: '2024-01-01' });
    expect(cs.map((c) => c.raw)).toEqual(['《中华人民共和国消防法》第六十条', '上述规定']);
    expect(cs[1]!.law?.title).toBe('中华人民共和国消防法');
  });
});

describe('the law of the document\'s date', () => {
  it('does not call a law repealed before it was, but says it was repealed since', () => {
    const cs = scan('依照《中华人民共和国合同法》第五十二条的规定处理。', { date: '2019-05-01' });
    expect(codes(cs[0])).toEqual(['repealed-since']);
    expect(cs[0]!.problems[0]!.message).toContain('文件制定时（2019年5月1日）该依据有效');
    expect(scan('依照《中华人民共和国合同法》第五十二条的规定处理。', { date: '2019-05-01', now: '2020-01-01' })[0]!.problems).toEqual([]);
  });

  it('resolves the version in force on the document date, and names both numbers of a renumbered article', () => {
    const text = '根据《中华人民共和国立法法》第八十条的规定，没有法律依据，部门规章不得设定减损公民权利或者增加其义务的规范。';
    const old = scan(text, { date: '2018-01-01' })[0]!;
    expect(old.law?.version).toBe('2015-03-15');
    expect(old.at?.exact).toBe(true);
    expect(codes(old)).toEqual(['renumbered-since']);
    expect(old.problems[0]).toMatchObject({ successor: '第九十一条' });
    const now = scan(text, { date: '2024-01-01' })[0]!;
    expect(now.law?.version).toBe('2023-03-13');
    expect(now.problems[0]).toMatchObject({ code: 'renumbered', successor: '第九十一条' });
    // Judged as of today (清理): right when it was made, renumbered now — both numbers, from the texts.
    const asOf = scan(text, { date: NOW, docDate: '2018-01-01' })[0]!;
    expect(asOf.problems[0]).toMatchObject({ code: 'renumbered', article: '第八十条', successor: '第九十一条', verified: true });
    expect(asOf.problems[0]!.message).toContain('文件制定时适用的《中华人民共和国立法法》2015年文本');
  });

  it('recognises an earlier numbering whose text the library does not hold (declared, 请核实)', () => {
    const text = '依照《中华人民共和国行政处罚法》第十四条的规定，其他规范性文件不得设定行政处罚。';
    const y2019 = scan(text, { date: '2019-05-01' })[0]!;
    expect(y2019.at).toMatchObject({ exact: false, gap: 'text-not-held', inForceVersion: '2017-09-01' });
    expect(y2019.articles[0]).toMatchObject({ label: '第十四条', resolved: { article: '第十六条' }, via: { how: 'declared', verified: false } });
    expect(codes(y2019)).toEqual(['renumbered-since']);
    const y2024 = scan(text, { date: '2024-05-01' })[0]!;
    expect(y2024.problems[0]).toMatchObject({ code: 'renumbered', article: '第十四条', successor: '第十六条', verified: false });
    expect(y2024.problems[0]!.message).toContain('请核实');
    expect(y2024.problems[0]!.basis![0]!.text).toContain('其他规范性文件不得设定行政处罚');
    // The same number about what 第十四条 says today is right.
    expect(scan('依照《中华人民共和国行政处罚法》第十四条的规定，地方政府规章可以设定警告、通报批评或者一定数额罚款的行政处罚。', { date: '2024-05-01' })[0]!.problems).toEqual([]);
  });

  it('says that a newer text is in force which the law base does not hold', () => {
    const text = '依照《中华人民共和国治安管理处罚法》第一百三十条的规定处罚。';
    const y2026 = scan(text, { date: '2026-03-01' })[0]!;
    expect(codes(y2026)).toEqual(['law-base-outdated']);
    expect(y2026.problems[0]!.message).toBe('本依据所引法律（《中华人民共和国治安管理处罚法》）已于2025年6月27日修订，自2026年1月1日起施行，语料库尚未收录新文本，请核实。');
    expect(codes(scan(text, { date: '2025-03-01' })[0])).toEqual(['nonexistent-article', 'law-base-outdated']);
    const fresh = scan('依照《中华人民共和国民营经济促进法》第十条的规定。', { date: '2025-08-01' })[0]!;
    expect(fresh.law).toBeUndefined();
    expect(codes(fresh)).toEqual(['law-base-outdated']);
  });

  it('repealed acts the library proves, and one it does not (unverified, 请核实)', () => {
    const plan = scan('依照《中华人民共和国城市规划法》第四十条的规定处理。', { date: '2024-05-01' })[0]!;
    expect(plan.problems[0]).toMatchObject({ code: 'repealed', successor: '中华人民共和国城乡规划法' });
    expect(plan.problems[0]!.successorArticle).toBeUndefined();
    // A sentence that says what it regulates names the successor's article too.
    const said = scan('在城市规划区内未取得建设工程规划许可证件进行建设的，依照《中华人民共和国城市规划法》第四十条的规定，由县级以上地方人民政府城乡规划主管部门责令停止建设，限期改正，并处罚款。', { date: '2024-05-01' })[0]!;
    expect(said.problems[0]).toMatchObject({ code: 'repealed', successorArticle: '第六十四条' });
    expect(said.problems[0]!.message).toContain('现行规定为《中华人民共和国城乡规划法》（相应规定可能是第六十四条，请核对）');
    expect(plan.problems[0]!.basis![0]).toMatchObject({ law: '中华人民共和国城乡规划法', article: '第七十条' });
    const petition = scan('根据《信访条例》，结合本镇实际，制定本办法。', { date: '2024-03-12' })[0]!;
    expect(petition.problems[0]).toMatchObject({ code: 'repealed-unverified', verified: false, successor: '信访工作条例' });
    expect(petition.problems[0]!.message).toContain('请核实');
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

describe('numbers of the text before the one in force', () => {
  // A county notice written in 2025 (the 2024 revision of 文物保护法 in force from 2025-03-01) that restates the
  // protection rules and cites them by their 2017 numbers; the same notice dated 2024 cites them rightly.
  const notice = [
    '一、在文物保护单位的保护范围内，不得进行文物保护工程以外的其他建设工程或者爆破、钻探、挖掘等作业。',
    '二、在文物保护单位的建设控制地带内进行建设工程，不得破坏文物保护单位的历史风貌；工程设计方案应当经相应的文物行政部门同意。',
    '三、擅自在文物保护单位的保护范围内进行建设工程或者爆破、钻探、挖掘等作业的，由县级以上人民政府文物行政部门责令改正。',
    '四、本通知依据《中华人民共和国文物保护法》第十七条、第十八条、第六十六条制定。',
  ].join('\n');
  it('reports each number with the article that holds its rule now', () => {
    const c = scanCitations(notice, corpus, { date: '2025-04-10', now: NOW }).find((x) => x.articles.length === 3)!;
    expect(c.problems.map((p) => [p.code, p.article, p.successor])).toEqual([
      ['renumbered', '第十七条', '第二十八条'], ['renumbered', '第十八条', '第二十九条'], ['renumbered', '第六十六条', '第八十三条'],
    ]);
  });
  it('only notes the renumbering since, while the earlier text was in force', () => {
    const c = scanCitations(notice, corpus, { date: '2024-12-01', now: NOW }).find((x) => x.articles.length === 3)!;
    expect(c.problems.map((p) => p.code)).toEqual(['renumbered-since', 'renumbered-since', 'renumbered-since']);
  });
});

describe('an act cited by the wrong name is one whose name could be confused with it', () => {
  it('shares a word of its matter with the name cited, not merely the kind of act', () => {
    expect(namesAlike('森林防火条例', '中华人民共和国森林法')).toBe(true);
    expect(namesAlike('中华人民共和国治安管理处罚法', '治安管理处罚条例')).toBe(true);
    // A regulation's boilerplate article of the same number (on 罚款决定与罚款收缴分离) is no confusion of names.
    expect(namesAlike('印刷业管理条例', '中华人民共和国行政处罚法')).toBe(false);
    expect(namesAlike('出版管理条例', '中华人民共和国行政处罚法')).toBe(false);
  });
});

describe('numbers of a citation of several, quoted from the earlier text', () => {
  it('reports each number whose earlier article the citing sentence quotes, the text in force saying something else', () => {
    const [c] = scan('根据《中华人民共和国文物保护法》第五十四条、第五十五条的规定，除经批准的文物商店、经营文物拍卖的拍卖企业外，其他单位或者个人不得从事文物的商业经营活动。', { date: '2025-06-01' });
    const moved = (c?.problems ?? []).filter((p) => p.code === 'renumbered').map((p) => [p.article, p.successor]);
    expect(moved).toContainEqual(['第五十五条', '第七十二条']);
  });
  it('leaves numbers whose earlier article the sentence does not quote', () => {
    const [c] = scan('根据《中华人民共和国文物保护法》第五十四条、第五十五条的规定，加强文物市场日常监管。', { date: '2025-06-01' });
    expect((c?.problems ?? []).filter((p) => p.code === 'renumbered')).toEqual([]);
  });
});
