// Which text of a law was in force on a day (pipeline/corpus/in-force.ts), on the embedded corpus:
// held versions with their intervals, and the reasons a day has no held text.
import { describe, expect, it } from 'vitest';
import { firstInForce, lawAt, missingRevisionAt, spansOf } from '../../pipeline/corpus/in-force.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const span = (name: string) => spansOf(corpus, name).map((s) => [s.law.version, s.from, s.to, s.endedBy ?? null]);

describe('in-force intervals of the held versions', () => {
  it('a version is in force from its entry into force to the day before the next one', () => {
    expect(span('立法法')).toEqual([['2015-03-15', '2015-03-15', '2023-03-12', 'next-version'], ['2023-03-13', '2023-03-13', null, null]]);
    expect(span('行政复议法')).toEqual([['2017-09-01', '2017-09-01', '2023-12-31', 'next-version'], ['2023-09-01', '2024-01-01', null, null]]);
    expect(span('行政处罚法')).toEqual([['2021-01-22', '2021-07-15', null, null]]);
  });

  it('the last held text ends the day before a later revision the law base lacks', () => {
    expect(span('治安管理处罚法')).toEqual([['2012-10-26', '2012-10-26', '2025-12-31', 'later-revision']]);
  });

  it('a held text of a repealed act ends the day before the repeal', async () => {
    const { createCorpus } = await import('../../pipeline/corpus/corpus-impl.ts');
    const { loadRegistry } = await import('../../pipeline/corpus/repealed.ts');
    const petition = {
      id: 'law-x-2005-01-10', title: '信访条例', shortNames: [], aliases: [], level: '行政法规' as const, version: '2005-01-10',
      versions: [{ version: '2005-01-10', effective: '2005-05-01' }], status: 'in-force' as const, articles: [],
    };
    const c = createCorpus({ laws: [petition], registry: loadRegistry(), hash: 'x' });
    expect(spansOf(c, '信访条例').map((s) => [s.from, s.to, s.endedBy])).toEqual([['2005-05-01', '2022-04-30', 'repeal']]);
    expect(lawAt(c, '信访条例', '2023-01-01')).toMatchObject({ exact: false, gap: 'repealed' });
  });
});

describe('the text in force on a day', () => {
  it('answers with the held text when it is the one in force', () => {
    expect(lawAt(corpus, '立法法', '2019-06-01')).toMatchObject({ exact: true, law: { version: '2015-03-15' } });
    expect(lawAt(corpus, '中华人民共和国立法法', '2023-03-13')).toMatchObject({ exact: true, law: { version: '2023-03-13' } });
  });

  it('names the older text that was in force when the corpus does not hold it', () => {
    expect(lawAt(corpus, '行政处罚法', '2019-05-01')).toMatchObject({ exact: false, gap: 'text-not-held', inForceVersion: '2017-09-01', law: { version: '2021-01-22' } });
    expect(lawAt(corpus, '行政处罚法', '2012-05-01')).toMatchObject({ gap: 'text-not-held', inForceVersion: '2009-08-27' });
  });

  it('says when the law was not yet in force', () => {
    expect(lawAt(corpus, '公平竞争审查条例', '2011-05-01')).toMatchObject({ exact: false, gap: 'before-law' });
    expect(lawAt(corpus, '公平竞争审查条例', '2024-07-31')).toMatchObject({ gap: 'before-law' });
    expect(lawAt(corpus, '公平竞争审查条例', '2024-08-01')).toMatchObject({ exact: true });
    expect(firstInForce(corpus, '公平竞争审查条例')).toBe('2024-08-01');
    expect(firstInForce(corpus, '优化营商环境条例')).toBe('2020-01-01');
    expect(firstInForce(corpus, '行政处罚法')).toBe('1996-03-17');
    // The 2016 amendment's history line ("根据……决定修订") has no leading date: the 2006 publication still shows it.
    expect(firstInForce(corpus, '烟花爆竹安全管理条例')).toBe('2006-01-21');
  });

  it('says when a newer text is in force that the corpus does not hold, also for a law it lacks entirely', () => {
    expect(lawAt(corpus, '治安管理处罚法', '2026-02-01')).toMatchObject({ exact: false, gap: 'later-revision', revision: { inForce: '2026-01-01' } });
    expect(lawAt(corpus, '治安管理处罚法', '2025-12-31')).toMatchObject({ exact: true });
    expect(missingRevisionAt(corpus, '民营经济促进法', '2025-05-20')).toMatchObject({ kind: 'new' });
    expect(missingRevisionAt(corpus, '民营经济促进法', '2025-05-19')).toBeUndefined();
    // Not verified to the day: from the next new year.
    expect(missingRevisionAt(corpus, '企业信息公示暂行条例', '2024-12-31')).toBeUndefined();
    expect(missingRevisionAt(corpus, '企业信息公示暂行条例', '2025-01-01')).toMatchObject({ year: 2024 });
  });
});
