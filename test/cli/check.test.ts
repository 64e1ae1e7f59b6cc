// The check command end to end, through the real binary: every file reported, reports valid,
// exit codes per DESIGN §2.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../pipeline/model/types.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { runCli, SHARED, tempDir } from '../support/cli.ts';
import { CLEAN, VIOLATING } from '../support/notices.ts';

function readReport(out: string): RunReport {
  return JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as RunReport;
}

describe('beishen check', () => {
  let batch: string;
  beforeAll(() => {
    batch = tempDir();
    mkdirSync(join(batch, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(batch, 'tongGao.txt'), VIOLATING);
    writeFileSync(join(batch, 'sub', 'fangxun.txt'), CLEAN);
    writeFileSync(join(batch, 'sub', 'empty.docx'), '');
    writeFileSync(join(batch, 'sub', 'deeper', 'blob.bin'), Buffer.from([0, 1, 2, 3, 250, 251, 252, 0, 9]));
    writeFileSync(join(batch, 'sub', 'deeper', 'truncated.docx'), Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000word/document.xml', 'latin1'));
  });

  it('reports every file of a directory tree, with honest statuses and a valid report', () => {
    const out = join(tempDir(), 'out');
    const r = runCli(['check', batch, '--out', out, '--format', 'json,html,text', '--no-cache']);
    expect(r.stderr).not.toMatch(/内部错误/);
    expect(r.code).toBe(3); // unreadable inputs dominate findings
    const report = readReport(out);
    expect(reportSchemaErrors(report)).toEqual([]);
    const paths = report.documents.map((d) => relative(batch, d.path)).sort();
    expect(paths).toEqual(['sub/deeper/truncated.docx', 'sub/empty.docx', 'sub/fangxun.txt', 'tongGao.txt']);
    // A file that is not a document format is left out of a folder's batch, and listed with the reason.
    expect(report.skipped?.map((s) => [relative(batch, s.path), s.reason])).toEqual([['sub/deeper/blob.bin', 'not-a-document']]);
    const byName = Object.fromEntries(report.documents.map((d) => [relative(batch, d.path), d]));
    expect(byName['tongGao.txt'].status).toBe('ok');
    expect(byName['sub/fangxun.txt'].status).toBe('ok');
    for (const bad of ['sub/empty.docx', 'sub/deeper/truncated.docx']) {
      expect(byName[bad].status, bad).not.toBe('ok');
      expect(byName[bad].error?.message, bad).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(report.summary.documents).toBe(4);
    expect(report.summary.failed).toBe(2);
    // The text summary names every document, failed ones with their reason.
    for (const p of paths) expect(r.stdout).toContain(p.split('/').pop());
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });

  it('prints text alone, as CI runs it, and exits by the findings, not with an internal error', () => {
    // Text alone renders nothing into the output folder; the folder was committed a second time and the run ended 2.
    const out = join(tempDir(), 'out');
    const r = runCli(['check', join(batch, 'tongGao.txt'), '--out', out, '--format', 'text', '--no-cache']);
    expect(r.stderr).not.toMatch(/内部错误/);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tongGao.txt');
    expect(r.stdout).toMatch(/违法设定行政处罚/);
  });

  it('finds the township fireworks ban and the fine, and exits 1', () => {
    const out = join(tempDir(), 'out');
    const r = runCli(['check', join(batch, 'tongGao.txt'), '--out', out, '--format', 'json', '--no-cache']);
    const report = readReport(out);
    expect(reportSchemaErrors(report)).toEqual([]);
    const doc = report.documents[0];
    expect(doc.meta.issuers[0]).toMatchObject({ level: 'township', kind: 'government' });
    const cats = new Set(doc.findings.map((f) => f.category));
    expect(cats).toContain('penalty');
    expect(cats).toContain('authority');
    for (const f of doc.findings.filter((x) => x.severity === 'error')) {
      expect(f.basis.length, f.ruleId).toBeGreaterThan(0);
      expect(doc.findings.every((x) => x.location.text.includes(x.location.match))).toBe(true);
    }
    expect(r.code).toBe(1);
  });

  it('keeps the clean notice clean of errors and exits 0', () => {
    const out = join(tempDir(), 'out');
    const r = runCli(['check', join(batch, 'sub', 'fangxun.txt'), '--out', out, '--format', 'json', '--no-cache']);
    const report = readReport(out);
    expect(report.documents[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('--fail-on never turns findings into 0, --fail-on info makes infos count', () => {
    const out = join(tempDir(), 'out');
    expect(runCli(['check', join(batch, 'tongGao.txt'), '--out', out, '--fail-on', 'never', '--no-cache']).code).toBe(0);
  });

  it('exits 2 on usage errors, with a Chinese message', () => {
    const cases = [
      ['check'],
      ['check', batch, '--fail-on', 'sometimes'],
      ['check', batch, '--format', 'pdf'],
      ['check', batch, '--jobs', '0'],
      ['check', join(batch, 'does-not-exist')],
      ['check', batch, '--no-such-option'],
      ['no-such-command'],
    ];
    for (const args of cases) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('exits 2 when the rule set is invalid, and checks nothing', () => {
    const rules = tempDir();
    writeFileSync(join(rules, 'broken.yaml'), 'id: penalty/x\nkind: pattern\nnot-a-key: 1\n');
    const out = join(tempDir(), 'out');
    const r = runCli(['check', join(batch, 'tongGao.txt'), '--rules', rules, '--out', out, '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+/);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
  });
});

describe.skipIf(!existsSync(join(SHARED, 'samples', 'real')))('beishen check on the real samples', () => {
  it('lists every file there, checked with an honest status or skipped with the reason, and does not exit 2', () => {
    const real = join(SHARED, 'samples', 'real');
    const out = join(tempDir(), 'out');
    const r = runCli(['check', real, '--out', out, '--format', 'json', '--no-cache'], { timeoutMs: 300_000 });
    expect(r.code).not.toBe(2);
    const report = readReport(out);
    expect(reportSchemaErrors(report)).toEqual([]);
    const count = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : 1), 0);
    expect(report.documents.length + (report.skipped?.length ?? 0)).toBe(count(real));
    expect(report.skipped?.find((s) => s.path.endsWith('SOURCES.tsv'))?.reason).toBe('not-a-document');
    for (const d of report.documents) {
      if (d.status !== 'ok') expect(d.error?.message, d.path).toMatch(/[\u4e00-\u9fff]/);
    }
  }, 300_000);
});
