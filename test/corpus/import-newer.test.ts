// A newer text imported into an existing corpus (beishen corpus import … --add): a .docx as the national
// law database gives it supersedes the held text for documents dated from its entry into force, and
// only for them. The law is made up for the test (测试用虚构管理条例) — no real law text is invented.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCorpus } from '../../pipeline/corpus/corpus-impl.ts';
import { lawAt } from '../../pipeline/corpus/in-force.ts';
import { loadRegistry } from '../../pipeline/corpus/repealed.ts';
import { readCorpus } from '../../pipeline/corpus/store.ts';
import type { RunReport } from '../../pipeline/model/types.ts';
import { ROOT, runCli, tempDir } from '../support/cli.ts';

const TITLE = '测试用虚构管理条例';
const OLD = `# ${TITLE}

2020年5月1日 国务院令第1号公布

<!-- INFO END -->

## 第一章 总则

第一条 为了测试法规库的版本管理，制定本条例。

第二条 本条例适用于测试用的虚构事项。

第三条 从事虚构经营活动的，应当向县级人民政府虚构事项主管部门备案。

第四条 违反本条例第三条规定的，由县级人民政府虚构事项主管部门责令改正。

第五条 本条例自2020年7月1日起施行。
`;

// As downloaded from the national law database: the whole history in one parenthesised line, full-width spaces.
const NEW = [
  TITLE, `（2020年5月1日国务院令第1号公布　根据2025年6月1日国务院令第9号修订）`, '第一章　总　　则',
  '第一条　为了测试法规库的版本管理，制定本条例。', '第二条　本条例适用于测试用的虚构事项。',
  '第三条　县级以上人民政府应当加强对虚构事项的指导。',
  '第四条　从事虚构经营活动的，应当向县级人民政府虚构事项主管部门备案。',
  '第五条　违反本条例第四条规定的，由县级人民政府虚构事项主管部门责令改正。',
  '第六条　本条例自2026年1月1日起施行。',
];

const doc = (date: string) => `某县人民政府关于做好虚构事项备案工作的通知
各乡镇人民政府：
一、依照《${TITLE}》第三条的规定，从事虚构经营活动的，应当向县虚构事项主管部门备案。
某县人民政府
${date}
`;

describe('corpus import --add: a newer text supersedes the held one from its entry into force', () => {
  const root = tempDir('beishen-newer-');
  const corpusDir = join(root, 'corpus');
  const docs = join(root, 'docs');
  beforeAll(async () => {
    mkdirSync(join(root, 'old'), { recursive: true });
    mkdirSync(join(root, 'new'), { recursive: true });
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(root, 'old', `${TITLE}(2020-05-01).md`), OLD);
    const paragraphs = NEW.map((t, i) => new Paragraph({ text: t, ...(i < 2 ? { alignment: AlignmentType.CENTER } : {}) }));
    writeFileSync(join(root, 'new', `${TITLE}.docx`), await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    writeFileSync(join(docs, 'notice-2025.txt'), doc('2025年9月1日'));
    writeFileSync(join(docs, 'notice-2026.txt'), doc('2026年3月2日'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a fresh import states its law-base date: declared, or its newest text', () => {
    const declared = runCli(['corpus', 'import', join(root, 'old'), '--out', join(root, 'fresh'), '--law-base-date', '2025-04-19']);
    expect(declared.code, declared.stderr).toBe(0);
    expect(declared.stdout).toContain('法规库（1 部法律、法规）截至2025年4月19日');
    const newest = runCli(['corpus', 'import', join(root, 'old'), '--out', join(root, 'fresh')]);
    expect(newest.stdout).toContain('法规库（1 部法律、法规）截至2020年5月1日（所收最新文本的日期）');
  });

  it('adds the old text, then the new .docx, to a copy of the embedded corpus', async () => {
    cpSync(join(ROOT, 'corpus', 'laws'), corpusDir, { recursive: true });
    const first = runCli(['corpus', 'import', join(root, 'old'), '--out', corpusDir, '--add']);
    expect(first.code, first.stderr).toBe(0);
    const added = runCli(['corpus', 'import', join(root, 'new'), '--out', corpusDir, '--add']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain(`《${TITLE}》2025年文本自2026年1月1日起施行，此前日期的文件仍按2020年文本审查。`);
    expect(added.stdout).toMatch(/法规库（\d+ 部法律、法规）截至2025年4月19日/);
    const stored = await readCorpus(corpusDir, { validate: true });
    expect(stored.manifest.lawBase).toEqual({ date: '2025-04-19', dateFrom: 'declared' });
    const versions = stored.laws.filter((l) => l.title === TITLE).sort((a, b) => a.version.localeCompare(b.version));
    expect(versions.map((l) => [l.version, l.status, l.articles.length])).toEqual([['2020-05-01', 'amended', 5], ['2025-06-01', 'in-force', 6]]);
    expect(versions[1]!.versions.map((v) => v.version)).toEqual(['2020-05-01', '2025-06-01']);
    expect(versions[1]!.versions[1]).toMatchObject({ effective: '2026-01-01' });
  });

  it('judges a document by the text in force on its date', () => {
    const out = tempDir('beishen-newer-out-');
    const r = runCli(['check', docs, '--corpus', corpusDir, '--out', out, '--format', 'json', '--no-cache', '--fail-on', 'never', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as RunReport;
    const citation = (name: string) => report.documents.find((d) => d.path.endsWith(name))!.findings.filter((f) => f.category === 'citation');
    // 2025: the 2020 text is in force and its 第三条 is what the sentence says; the renumbering since is noted.
    const y2025 = citation('notice-2025.txt');
    expect(y2025.map((f) => [f.ruleId, f.severity])).toEqual([['citation/renumbered-since', 'info']]);
    expect(y2025[0]!.message).toContain('第三条是文件制定时适用的《测试用虚构管理条例》2020年文本的条号；现行文本（2025年文本）中相应规定为第四条');
    // 2026: the 2025 text is in force; 第三条 now says something else — the citation is an old number.
    const y2026 = citation('notice-2026.txt');
    expect(y2026.map((f) => [f.ruleId, f.severity])).toEqual([['citation/renumbered-article', 'warning']]);
    expect(y2026[0]!.basis[0]).toMatchObject({ law: TITLE, article: '第四条', version: '2025-06-01' });
    expect(report.lawBase).toMatchObject({ date: '2025-04-19', dateFrom: 'declared' });
  });

  it('a later revision the registry knows of stops being "missing" once its text is held', async () => {
    const stored = await readCorpus(corpusDir);
    const revisions = [{ law: TITLE, kind: 'revision' as const, inForce: '2026-01-01', year: 2025, source: '测试' }];
    const oldOnly = createCorpus({ laws: stored.laws.filter((l) => l.version === '2020-05-01'), registry: loadRegistry(), revisions, hash: 'a' });
    expect(lawAt(oldOnly, TITLE, '2026-02-01')).toMatchObject({ exact: false, gap: 'later-revision', revision: { inForce: '2026-01-01' } });
    const both = createCorpus({ laws: stored.laws, registry: loadRegistry(), revisions, hash: 'b' });
    expect(lawAt(both, TITLE, '2026-02-01')).toMatchObject({ exact: true, law: { version: '2025-06-01' } });
    expect(lawAt(both, TITLE, '2025-12-31')).toMatchObject({ exact: true, law: { version: '2020-05-01' } });
  });

  it('refuses --add without a corpus to add to, and a law-base date that is not a date', () => {
    const none = runCli(['corpus', 'import', join(root, 'new'), '--out', join(root, 'nothing-here'), '--add']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--add 需要已有的法规库');
    const bad = runCli(['corpus', 'import', join(root, 'old'), '--out', join(root, 'x'), '--law-base-date', '2025-13-01']);
    expect(bad.code).toBe(2);
  });
});
