// SARIF 2.1.0 output: valid against the official schema for every fixture (and a generated large batch),
// with rules derived from the findings, UTF-16 regions, provision logical locations, fingerprints and
// failed documents as tool execution notifications.
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { pathToUri, renderSarif } from '../../reports/sarif.ts';
import { generateReport } from './generate-report.ts';
import { loadFixture, sarifSchemaErrors } from './helpers.ts';

const batch = loadFixture('batch');
const log = JSON.parse(renderSarif(batch)) as Sarif.Log;
const run = log.runs[0]!;

describe('SARIF 2.1.0', () => {
  it.each([
    ['batch', batch],
    ['hostile', loadFixture('hostile')],
    ['generated 200 documents', generateReport(200)],
    ['empty batch', { ...batch, documents: [], summary: { documents: 0, ok: 0, failed: 0, findings: { error: 0, warning: 0, info: 0 }, byCategory: {} } }],
  ])('%s validates against the official schema', (_name, report) => {
    expect(sarifSchemaErrors(JSON.parse(renderSarif(report)))).toEqual([]);
  });

  it('the schema check is real: a broken log fails it', () => {
    const broken = structuredClone(log);
    (broken.runs[0]!.results![0] as { level: string }).level = 'fatal';
    delete (broken.runs[0] as { tool?: unknown }).tool;
    expect(sarifSchemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('describes the tool and derives rules from the findings present', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
    const driver = run.tool.driver;
    expect(driver.name).toBe('beishen');
    expect(driver.version).toBe('0.1.0');
    const ids = new Set(batch.documents.flatMap((d) => d.findings.map((f) => f.ruleId)));
    expect(driver.rules!.map((r) => r.id).sort()).toEqual([...ids].sort());
    const fine = driver.rules!.find((r) => r.id === 'penalty/normative-document-sets-fine')!;
    expect(fine.shortDescription!.text).toBe('规范性文件设定罚款');
    expect(fine.defaultConfiguration!.level).toBe('error');
    expect(fine.properties!.category).toBe('penalty');
    expect(fine.properties!.categoryName).toBe('违法设定行政处罚');
    expect(fine.properties!.basis).toEqual(expect.arrayContaining([
      { law: '中华人民共和国行政处罚法', article: '第十六条' }, { law: '烟花爆竹安全管理条例', article: '第四十二条' }]));
  });

  it('gives each finding a result with level, region, provision and fingerprint', () => {
    const findings = batch.documents.flatMap((d) => d.findings);
    expect(run.results).toHaveLength(findings.length);
    const f = batch.documents[1]!.findings[0]!;
    const r = run.results!.find((x) => x.partialFingerprints?.['beishenFindingId/v1'] === f.id)!;
    expect(r.ruleId).toBe(f.ruleId);
    expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(f.ruleId);
    expect(r.level).toBe('error');
    expect(r.message.text).toContain(f.message);
    const loc = r.locations![0]!;
    expect(decodeURIComponent(loc.physicalLocation!.artifactLocation!.uri!)).toBe(batch.documents[1]!.path);
    expect(loc.physicalLocation!.region).toEqual({ charOffset: f.location.start, charLength: f.location.match.length, snippet: { text: f.location.match } });
    expect(loc.logicalLocations![0]).toEqual({ name: '第二章第五条第一款', fullyQualifiedName: '第二章第五条第一款', kind: 'provision' });
    const note = run.results!.find((x) => x.level === 'note')!;
    expect(note.locations![0]!.logicalLocations![0]!.name).toBe('全文');
    expect(note.locations![0]!.physicalLocation!.region).toBeUndefined();
  });

  it('lists artifacts with sha-256 and reports unreadable documents as notifications', () => {
    expect(run.artifacts).toHaveLength(batch.documents.length);
    expect(run.artifacts![0]!.hashes!['sha-256']).toBe(batch.documents[0]!.sha256);
    const notes = run.invocations![0]!.toolExecutionNotifications!;
    expect(notes.map((n) => n.level)).toEqual(['error', 'error']);
    expect(notes[0]!.message.text).toContain('文件已损坏');
    expect(notes[1]!.message.text).toContain('无可用文字');
    expect(notes[0]!.locations![0]!.physicalLocation!.artifactLocation!.index).toBe(3);
  });

  it('turns paths into URI references', () => {
    expect(pathToUri('收文/a b.docx')).toBe(`${encodeURIComponent('收文')}/a%20b.docx`);
    expect(pathToUri('/srv/x#1.pdf')).toBe('file:///srv/x%231.pdf');
    expect(pathToUri('C:\\公文\\a.doc')).toBe(`file:///C:/${encodeURIComponent('公文')}/a.doc`);
  });
});
