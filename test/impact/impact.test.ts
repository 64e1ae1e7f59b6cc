// beishen impact: what a revision of a law touches in an archive. The article mapping is computed from
// the texts of real version pairs (the embedded corpus holds both versions of 行政复议法, 立法法, 反垄断法
// and 保障中小企业款项支付条例, compared with ../shared/laws by test/corpus/embedded-text.test.ts); the
// fixture archive holds documents that cite, restate or merely name changed and unchanged articles.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../pipeline/corpus/corpus.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import { loadDeclaredCorrespondences } from '../../pipeline/corpus/correspondence.ts';
import { lawVersionChanges, LawVersionError } from '../../pipeline/corpus/version-changes.ts';
import type { ImpactReport } from '../../pipeline/impact/run-impact.ts';
import { diffChars } from '../../reports/impact/text-diff.ts';
import { ROOT, runCli, tempDir } from '../support/cli.ts';

const ARCHIVE = join(ROOT, 'test', 'impact', 'fixtures', 'archive');
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'impact.json'), 'utf8')) as ImpactReport;
const refs = (r: ImpactReport) => r.documents.flatMap((d) => d.references.map((x) => ({
  file: d.path.split('/').pop(), how: x.how, from: x.change.from, to: x.change.to, kind: x.change.kind, action: x.action,
})));

describe('article changes between two versions, computed from the texts', () => {
  let corpus: Corpus;
  beforeAll(async () => { corpus = await loadCorpus(); });

  it('行政复议法 2017 → 2023: the sixty-day application period moved from 第九条 to 第二十条 and was reworded', () => {
    const c = lawVersionChanges(corpus, '中华人民共和国行政复议法', '2017-09-01', '2023-09-01');
    expect(c.changedOn).toBe('2024-01-01');
    expect(c.changes.get('第九条')).toMatchObject({ to: '第二十条', kind: 'amended' });
    expect(c.changes.get('第九条')!.newText).toContain('六十日内提出行政复议申请');
    expect(c.changes.get('第四十一条')).toMatchObject({ to: '第八十九条', kind: 'renumbered', similarity: 1 });
    expect(c.changes.get('第十四条')).toMatchObject({ to: '第二十六条', kind: 'amended' });
    expect(c.changes.size).toBe(43);
  });

  it('立法法 2015 → 2023, 反垄断法 2007 → 2022, 保障中小企业款项支付条例 2020 → 2025', () => {
    const lifa = lawVersionChanges(corpus, '立法法');
    expect(lifa.changes.get('第一条')!.kind).toBe('unchanged');
    expect(lifa.changes.get('第九十三条')).toMatchObject({ to: '第一百零四条', kind: 'renumbered' });
    const anti = lawVersionChanges(corpus, '反垄断法', '2007');
    expect(anti.changes.get('第八条')).toMatchObject({ to: '第十条', kind: 'renumbered' });
    expect(anti.changes.get('第三十二条')!.to).toBe('第三十九条');
    const sme = lawVersionChanges(corpus, '保障中小企业款项支付条例', '2020-07-05', '2025-03-17');
    expect(sme.changedOn).toBe('2025-06-01');
    expect(sme.changes.get('第三条')!.kind).toBe('unchanged');
    expect(sme.changes.get('第八条')).toMatchObject({ to: '第九条', kind: 'amended' });
    expect(sme.changes.get('第十五条')).toMatchObject({ to: '第十七条', kind: 'renumbered' });
  });

  it('lets a declared correspondence override the computed one', () => {
    const file = join(tempDir(), 'map.yaml');
    writeFileSync(file, `correspondences:
  - law: 中华人民共和国行政复议法
    older: { versions: ["2017-09-01"], inForceUntil: "2023-12-31" }
    newer: "2023-09-01"
    verified: true
    evidence: 两个版本逐条比对
    articles: { 第三条: 第四条 }
`);
    const c = lawVersionChanges(corpus, '行政复议法', undefined, undefined, loadDeclaredCorrespondences(file));
    expect(c.changes.get('第三条')).toMatchObject({ to: '第四条', how: 'declared', kind: 'amended', similarity: null });
    expect(c.changes.get('第三条')!.unverified).toBeUndefined();
  });

  it('names what is missing: an unknown law, a missing version, a law with one version', () => {
    expect(() => lawVersionChanges(corpus, '中华人民共和国不存在法')).toThrow(/找不到“中华人民共和国不存在法”/);
    expect(() => lawVersionChanges(corpus, '行政复议法', '2009')).toThrow(/没有 2009 的版本（法规库中有：2017-09-01、2023-09-01（2024-01-01 施行））/);
    expect(() => lawVersionChanges(corpus, '行政处罚法')).toThrow(LawVersionError);
  });

  it('marks what a revision changed, word by word', () => {
    const parts = diffChars('自知道该具体行政行为之日起六十日内', '自知道或者应当知道该行政行为之日起六十日内');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text).join('')).toBe('具体');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toBe('或者应当知道');
  });
});

describe('beishen impact on a fixture archive', () => {
  it('lists the documents citing or restating changed articles of 行政复议法, with the new numbers, and nothing else', () => {
    const out = join(tempDir(), 'out');
    const r = runCli(['impact', ARCHIVE, '--law', '中华人民共和国行政复议法', '--from', '2017-09-01', '--to', '2023-09-01', '-o', out, '--no-cache']);
    expect(r.code, r.stderr).toBe(1);
    const report = read(out);
    expect(refs(report)).toEqual([
      { file: 'fuyi-guide-2021.txt', how: 'restates', from: '第九条', to: '第二十条', kind: 'amended', action: '内容需修改' },
      { file: 'fuyi-notice-2020.txt', how: 'cites', from: '第九条', to: '第二十条', kind: 'amended', action: '内容需修改' },
      { file: 'fuyi-notice-2020.txt', how: 'cites', from: '第四十一条', to: '第八十九条', kind: 'renumbered', action: '修改引用条号' },
    ]);
    // Left alone: the 2024 notice already cites the new 第二十条, one only names the law, the rest cite other laws.
    expect(report.summary).toMatchObject({ documents: 7, affected: 2, references: 3, unreadable: 0 });
    const notice = report.documents.find((d) => d.path.endsWith('fuyi-notice-2020.txt'))!;
    expect(notice).toMatchObject({ title: '青山县人民政府办公室关于进一步做好行政复议工作的通知', docNumber: '青政办发〔2020〕5号', issuedOn: '2020-03-01' });
    expect(notice.references[1]!.detail).toBe('引用的《中华人民共和国行政复议法》第四十一条在 2023 年修订后为第八十九条，条文未变，改为第八十九条');
    expect(r.stdout).toContain('受影响 2 件 3 处（修改引用条号 1，内容需修改 2，依据已废止 0）');

    const csv = readFileSync(join(out, 'impact.csv'), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"序号","文件","文件名称","文号","制定机关","发布日期","位置","方式","原条号","新条号","对应可信度","条文变化","建议","说明","本文件原文","原条文","新条文"');
    expect(lines).toHaveLength(4);
    expect(csv).toContain('"第九条","第二十条","60%","内容修改","内容需修改"');

    const html = readFileSync(join(out, 'impact.html'), 'utf8');
    expect(html).toContain('<del>具体</del>');
    expect(html).toContain('<ins>或者应当知道</ins>');
    expect(html).not.toMatch(/<script/);
  });

  it('a citation of an unchanged article is not listed; a renumbered one is (反垄断法 2007 → 2022)', () => {
    const out = join(tempDir(), 'out');
    expect(runCli(['impact', ARCHIVE, '--law', '反垄断法', '--from', '2007', '-o', out, '--format', 'json', '--no-cache', '-q']).code).toBe(1);
    expect(refs(read(out))).toEqual([
      { file: 'competition-review-2019.txt', how: 'cites', from: '第八条', to: '第十条', kind: 'renumbered', action: '修改引用条号' },
    ]); // its 第二条 is unchanged, and its restatement of 第八条 only moved
  });

  it('保障中小企业款项支付条例 2020 → 2025: the 30-day payment article, not the unchanged definition', () => {
    const out = join(tempDir(), 'out');
    expect(runCli(['impact', ARCHIVE, '--law', '保障中小企业款项支付条例', '-o', out, '--format', 'json', '--no-cache', '-q']).code).toBe(1);
    expect(refs(read(out))).toEqual([
      { file: 'sme-payment-2021.txt', how: 'cites', from: '第八条', to: '第九条', kind: 'amended', action: '内容需修改' },
    ]);
    const ok = join(tempDir(), 'out');
    expect(runCli(['impact', ARCHIVE, '--law', '立法法', '-o', ok, '--format', 'json', '--no-cache', '-q']).code).toBe(0);
    expect(read(ok).documents).toEqual([]);
  });

  it('works on the cached parses of an earlier check, given its report.json', () => {
    const work = tempDir();
    const cache = join(work, 'cache');
    expect(runCli(['check', ARCHIVE, '-o', join(work, 'checked'), '--format', 'json', '--cache', cache, '-q', '--fail-on', 'never']).code).toBe(0);
    const out = join(work, 'impact');
    const r = runCli(['impact', join(work, 'checked', 'report.json'), '--law', '行政复议法', '-o', out, '--format', 'json', '--cache', cache, '-q']);
    expect(r.code, r.stderr).toBe(1);
    const report = read(out);
    expect(report.summary).toMatchObject({ documents: 7, fromCache: 7, affected: 2, references: 3 });
  });

  it('refuses an unknown law or version in Chinese, exit 2', () => {
    for (const [args, message] of [
      [['--law', '中华人民共和国不存在法'], '找不到'],
      [['--law', '行政复议法', '--to', '2030-01-01'], '没有 2030-01-01 的版本'],
      [['--law', '行政复议法', '--from', 'last-year'], '版本须写作 YYYY-MM-DD 或年份'],
      [[], '请用 --law 指定法律名称'],
    ] as [string[], string][]) {
      const r = runCli(['impact', ARCHIVE, ...args, '-o', join(tempDir(), 'out'), '--no-cache']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
