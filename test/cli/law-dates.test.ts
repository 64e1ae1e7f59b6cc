// The law of the document's date, end to end: four county notices of 2012, 2019, 2022 and 2026
// (test/cli/law-dates/) cite the same laws — 合同法 (repealed 2021), 行政处罚法第十四条 (第十六条 since the
// 2021 revision, whose older texts the library does not hold), 立法法第八十条 (第九十一条 since 2023),
// 治安管理处罚法 (revised 2025, in force 2026, text not held) — and contain the same two unlawful
// clauses. Each is judged by the texts in force on its date; with --as-of today, by today's law, the
// citations that were right then saying both numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentReport, Finding, RunReport } from '../../pipeline/model/types.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { ROOT, runCli, tempDir } from '../support/cli.ts';

const FIXTURES = join(ROOT, 'test', 'cli', 'law-dates');

function check(extra: string[]): { report: RunReport; stdout: string; html: string } {
  const out = tempDir('beishen-dates-');
  const r = runCli(['check', FIXTURES, '--out', out, '--format', 'json,text,html', '--no-cache', '--fail-on', 'never', '--jobs', '1', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as RunReport;
  expect(reportSchemaErrors(report)).toEqual([]);
  return { report, stdout: r.stdout, html: readFileSync(join(out, 'report.html'), 'utf8') };
}

const doc = (report: RunReport, year: number): DocumentReport => report.documents.find((d) => d.path.endsWith(`-${year}.txt`))!;
/** Citation findings as "provision rule severity". */
const citations = (d: DocumentReport) => d.findings.filter((f) => f.category === 'citation').map((f) => `${f.location.label} ${f.ruleId} ${f.severity}`);
const finding = (d: DocumentReport, ruleId: string): Finding => d.findings.find((f) => f.ruleId === ruleId)!;
const basis = (f: Finding) => f.basis.map((b) => `${b.article}@${b.version.slice(0, 4)}`);

describe('documents judged by the law of their own date', () => {
  let report: RunReport;
  let stdout: string;
  let html: string;
  beforeAll(() => ({ report, stdout, html } = check([])), 120_000);

  it('states the law base and the later texts it lacks', () => {
    expect(report.lawBase).toMatchObject({ date: '2025-04-19', dateFrom: 'declared' });
    expect(report.lawBase!.missing.map((m) => m.law)).toContain('中华人民共和国治安管理处罚法');
    expect(report.lawBase!.asOf).toBeUndefined();
    // How many acts it holds: the embedded corpus's titles (the tests run without the law library).
    const titles = JSON.parse(readFileSync(join(ROOT, 'corpus', 'laws', 'manifest.json'), 'utf8')).counts.titles as number;
    expect(report.lawBase!.acts).toBe(titles);
    expect(stdout).toContain(`法规库（${titles} 部法律、法规）截至2025年4月19日`);
    expect(stdout).toContain('《中华人民共和国治安管理处罚法》（2026年1月1日起施行）');
    expect(html).toMatch(new RegExp(`<p class="sub" id="law-base">法规库（${titles} 部法律、法规）截至2025年4月19日；已知有新文本尚未收录：`));
  });

  it('2012 and 2019: the citations were right; what changed since is noted, with both numbers', () => {
    // 立法法 of 2012 is the 2000 text, which the library does not hold: what its 第八十条 was then is not
    // known, so nothing is said of it; in 2019 the 2015 text applied, and its correspondence with 2023 is computed.
    expect(citations(doc(report, 2012))).toEqual(['一、 citation/repealed-since info', '二、 citation/renumbered-since info', '四、 citation/law-base-outdated info']);
    expect(citations(doc(report, 2019))).toEqual([
      '一、 citation/repealed-since info', '二、 citation/renumbered-since info', '三、 citation/renumbered-since info', '四、 citation/law-base-outdated info']);
    for (const year of [2012, 2019]) {
      const d = doc(report, year);
      expect(finding(d, 'citation/renumbered-since').message).toMatch(/第十四条是文件制定时适用的《中华人民共和国行政处罚法》20(09|17)年文本的条号；现行文本（2021年文本）中相应规定为第十六条（对应关系未经逐字核实，请核实）/);
      expect(finding(d, 'citation/repealed-since').basis[0]).toMatchObject({ law: '中华人民共和国民法典', article: '第一千二百六十条' });
      expect(finding(d, 'penalty/normative-doc-sets-fine').appliedAsOf).toEqual({ date: `${year}-03-15`, from: 'issuedOn' });
    }
    // The 2017 text of 行政处罚法 is not held: the current article is quoted, and the note says which text applied.
    const fine = finding(doc(report, 2019), 'penalty/normative-doc-sets-fine');
    expect(basis(fine)).toEqual(['第十六条@2021']);
    expect(fine.basis[0]!.note).toBe('文件日期（2019年3月15日）适用2017年文本，语料库未收录；引用的是2021年文本，该文本第十四条与本条内容相应（对应关系未经逐字核实，请核实）。');
    expect(fine.basis[0]!.verified).toBe(false);
    // 立法法: the 2015 text is held and in force in 2019 — quoted as it was.
    const rights = finding(doc(report, 2019), 'rights/service-withheld');
    expect(basis(rights)).toEqual(['第八十二条@2015']);
    expect(rights.basis[0]!.inForce).toEqual({ from: '2015-03-15', to: '2023-03-12' });
    expect(rights.message).toContain('《中华人民共和国立法法》第八十二条');
  });

  it('2022: 合同法 is repealed (the repealing clause quoted), 行政处罚法第十四条 is an old number; 立法法 still the 2015 text', () => {
    const d = doc(report, 2022);
    expect(citations(d)).toEqual([
      '一、 citation/repealed-law error', '二、 citation/renumbered-article warning', '三、 citation/renumbered-since info', '四、 citation/law-base-outdated info']);
    const repealed = finding(d, 'citation/repealed-law');
    expect(repealed.message).toContain('已于2021年1月1日废止（《中华人民共和国民法典》第一千二百六十条），现行规定为《中华人民共和国民法典》');
    expect(repealed.message).not.toMatch(/新的规定|立法法/);
    expect(finding(d, 'citation/renumbered-article').basis[0]).toMatchObject({ article: '第十六条', version: '2021-01-22' });
    expect(basis(finding(d, 'rights/service-withheld'))).toEqual(['第八十二条@2015']);
    expect(basis(finding(d, 'penalty/normative-doc-sets-fine'))).toEqual(['第十六条@2021']);
    expect(finding(d, 'penalty/normative-doc-sets-fine').basis[0]!.note).toBeUndefined();
  });

  it('2026: current numbers throughout, and the newer 治安管理处罚法 the law base lacks is said, not passed over', () => {
    const d = doc(report, 2026);
    expect(citations(d)).toEqual([
      '一、 citation/repealed-law error', '二、 citation/renumbered-article warning', '三、 citation/renumbered-article warning', '四、 citation/law-base-outdated info']);
    expect(finding(d, 'citation/law-base-outdated').message).toContain('已于2025年6月27日修订，自2026年1月1日起施行，语料库尚未收录新文本，请核实');
    expect(basis(finding(d, 'rights/service-withheld'))).toEqual(['第九十三条@2023']);
    expect(finding(d, 'citation/renumbered-article').basis.map((b) => b.article)).toEqual(['第十六条']);
  });
});

describe('--as-of today: archived documents judged by the law of today (清理)', () => {
  let report: RunReport;
  beforeAll(() => ({ report } = check(['--as-of', 'today'])), 120_000);

  it('judges every document by today\'s texts, saying what was right when it was made', () => {
    expect(report.lawBase!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const year of [2012, 2019, 2022, 2026]) {
      const d = doc(report, year);
      expect(citations(d), String(year)).toEqual([
        '一、 citation/repealed-law error', '二、 citation/renumbered-article warning', '三、 citation/renumbered-article warning', '四、 citation/law-base-outdated info']);
      expect(basis(finding(d, 'rights/service-withheld'))).toEqual(['第九十三条@2023']);
      expect(finding(d, 'rights/service-withheld').appliedAsOf).toMatchObject({ date: report.lawBase!.asOf, from: 'as-of' });
    }
    const old = doc(report, 2019);
    expect(finding(old, 'citation/repealed-law').message).toContain('文件制定时（2019年3月15日）该依据有效，此后');
    const renumbered = old.findings.filter((f) => f.ruleId === 'citation/renumbered-article').map((f) => f.message);
    expect(renumbered).toEqual([
      expect.stringContaining('第十四条是文件制定时适用的《中华人民共和国行政处罚法》2017年文本的条号；现行文本（2021年文本）中相应规定为第十六条'),
      expect.stringContaining('第八十条是文件制定时适用的《中华人民共和国立法法》2015年文本的条号；现行文本（2023年文本）中相应规定为第九十一条'),
    ]);
  });

  it('refuses a date that is not one', () => {
    const r = runCli(['check', FIXTURES, '--out', tempDir(), '--as-of', '2025-02-30', '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
  });
});
