import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

describe('embedded corpus lookup', async () => {
  const corpus = await loadCorpus();

  it('finds laws by full title, short name and the usual written forms', () => {
    const title = '中华人民共和国行政处罚法';
    for (const name of [title, '行政处罚法', '《行政处罚法》', '《中华人民共和国行政处罚法》', ' 行政处罚法 ']) {
      expect(corpus.findLaw(name)?.title, name).toBe(title);
    }
    expect(corpus.findLaw('国务院《城市道路管理条例》')?.title).toBe('城市道路管理条例');
    expect(corpus.findLaw('城市道路管理条例')?.level).toBe('行政法规');
    expect(corpus.findLaw('地方组织法')?.title).toBe('中华人民共和国地方各级人民代表大会和地方各级人民政府组织法');
    expect(corpus.findLaw('政府信息公开条例')?.title).toBe('中华人民共和国政府信息公开条例');
    expect(corpus.findLaw('某某市禁止养犬规定')).toBeUndefined();
  });

  it('records level, issuer and version history from the metadata', () => {
    const law = corpus.findLaw('行政处罚法')!;
    expect(law).toMatchObject({ level: '法律', issuer: '全国人民代表大会常务委员会', version: '2021-01-22', status: 'in-force' });
    expect(law.versions.map((v) => v.version)).toEqual(['1996-03-17', '2009-08-27', '2017-09-01', '2021-01-22']);
    expect(law.versions.at(-1)?.effective).toBe('2021-07-15');
    expect(corpus.findLaw('烟花爆竹安全管理条例')).toMatchObject({ level: '行政法规', issuer: '国务院' });
    const zhian = corpus.findLaw('治安管理处罚法')!;
    expect(zhian.version).toBe('2012-10-26');
    // The 2025 revision is known (corpus/history/later-revisions.yaml), its text is not held.
    expect(corpus.laterRevisions.find((r) => r.law === zhian.title)).toMatchObject({ inForce: '2026-01-01' });
  });

  it('resolves articles in every written form and returns the whole article', () => {
    const a = corpus.resolve('中华人民共和国行政处罚法', '第十六条')!;
    expect(a).toMatchObject({ law: '中华人民共和国行政处罚法', article: '第十六条', version: '2021-01-22' });
    expect(a.text).toBe('除法律、法规、规章外，其他规范性文件不得设定行政处罚。');
    expect(corpus.resolve('行政处罚法', '第十六条第一款')?.text).toBe(a.text);
    expect(corpus.resolve('《行政处罚法》', '第16条')?.article).toBe('第十六条');
    expect(corpus.resolve('行政处罚法', '第九十条')).toBeUndefined();
    expect(corpus.resolve('民法典', '第一千零三十四条')?.text).toMatch(/^自然人的个人信息受法律保护。/);
    expect(corpus.resolve('烟花爆竹安全管理条例', '第二十八条')?.text).toMatch(/县级以上地方人民政府/);
  });

  it('chooses the version in force on a date', () => {
    expect(corpus.versionsOf('立法法').map((l) => l.version)).toEqual(['2015-03-15', '2023-03-13']);
    expect(corpus.findLawAt('立法法', '2020-06-01')?.version).toBe('2015-03-15');
    expect(corpus.findLawAt('立法法', '2024-01-01')?.version).toBe('2023-03-13');
    expect(corpus.findLaw('立法法')?.version).toBe('2023-03-13');
    expect(corpus.findLawAt('立法法', '2015-01-01')?.status).toBe('amended');
    // 立法法 2023: 第九十三条 is the old 第八十条 (规章 may not reduce rights without a basis).
    expect(corpus.resolve('立法法', '第九十三条')?.text).toMatch(/减损公民、法人和其他组织权利或者增加其义务/);
  });

  it('has a content hash and the repealed registry', () => {
    expect(corpus.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(corpus.findRepealed('《合同法》')).toMatchObject({ replacedBy: '中华人民共和国民法典', repealedOn: '2021-01-01' });
    expect(corpus.findRepealed('中华人民共和国治安管理处罚条例')?.replacedBy).toBe('中华人民共和国治安管理处罚法');
    expect(corpus.findRepealed('行政处罚法')).toBeUndefined();
    expect(corpus.renamedAgencies.find((a) => a.aliases.includes('工商局'))?.successor).toBe('市场监督管理部门');
  });
});
