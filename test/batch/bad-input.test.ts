// A batch full of hostile inputs (DESIGN §2, issue 7): every file is reported with a status and a
// Chinese reason, the good documents are checked normally, the batch finishes, exit code 3.
// Whatever the ingest adapters decide for each bad file, this contract must hold.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentReport, RunReport } from '../../pipeline/model/types.ts';
import { placeCount } from '../../pipeline/model/places.ts';
import { tempDir } from '../support/cli.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { docxFromText, minimalPdf, normativeText, pseudoRandomBytes, zipBombDocx } from './fixtures.ts';
import { CHINESE, cli, readReport, TEST_RULES, type CliRun } from './support.ts';

describe('a batch of bad inputs', () => {
  let dir: string;
  let run: CliRun;
  let report: RunReport;
  let byName: Map<string, DocumentReport>;
  const names: string[] = [];

  beforeAll(async () => {
    dir = tempDir('beishen-bad-');
    const inp = join(dir, 'in');
    mkdirSync(inp);
    const put = (name: string, bytes: Buffer | string) => {
      writeFileSync(join(inp, name), bytes);
      names.push(name);
    };
    const goodDocx = await docxFromText(normativeText(3, 12));
    put('good.txt', normativeText(1, 10));
    put('good.docx', goodDocx);
    put('empty.txt', '');
    put('truncated.docx', goodDocx.subarray(0, Math.floor(goodDocx.length / 2)));
    put('bomb.docx', await zipBombDocx(64));
    put('encrypted.pdf', minimalPdf(['Confidential'], { encrypt: true }));
    put('random.pdf', pseudoRandomBytes(50 * 1024 * 1024));
    put('word-named.pdf', await docxFromText(normativeText(5, 8)));
    put('pdf-named.docx', minimalPdf(['Notice No. 1', 'Article 1']));
    put('html-saved-as.doc', '<html><head><meta charset="utf-8"><title>通知</title></head><body><p>关于加强管理的通知</p><p>第一条 为了规范管理，制定本办法。</p></body></html>');
    put('pages-2000.pdf', minimalPdf(Array.from({ length: 2000 }, (_, i) => `Page ${i + 1}`)));
    put('articles-10000.txt', normativeText(2, 10000));
    put('copy-a.txt', normativeText(4, 6));
    put('copy-b.txt', normativeText(4, 6));
    symlinkSync(join(inp, 'no-such-file.docx'), join(inp, 'dangling.docx'));
    names.push('dangling.docx');
    run = cli(['check', 'in', '--out', 'out', '--no-cache', '--rules', TEST_RULES, '--format', 'json', '--jobs', '2'], { cwd: dir });
    report = readReport(join(dir, 'out'));
    byName = new Map(report.documents.map((d) => [d.path.replace(/^in\//, ''), d]));
  }, 300_000);

  it('finishes with exit code 3 and a schema-valid report listing every file once', () => {
    expect(run.code, run.stderr).toBe(3);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect([...byName.keys()].sort()).toEqual([...names].sort());
    expect(report.summary.documents).toBe(names.length);
  });

  it('gives every document that was not checked a status and a Chinese reason', () => {
    for (const d of report.documents) {
      if (d.status === 'ok') continue;
      expect(d.error?.message, d.path).toMatch(CHINESE);
      expect(d.error?.code, d.path).toBeTruthy();
    }
  });

  it('checks the good documents normally', () => {
    for (const n of ['good.txt', 'good.docx', 'copy-a.txt']) {
      const d = byName.get(n)!;
      expect(d.status, `${n}: ${d.error?.message}`).toBe('ok');
      expect(d.findings.length, n).toBeGreaterThan(0);
    }
  });

  it('reports each broken file as not checked', () => {
    for (const n of ['empty.txt', 'truncated.docx', 'bomb.docx', 'encrypted.pdf', 'random.pdf', 'dangling.docx']) {
      expect(byName.get(n)!.status, n).not.toBe('ok');
    }
    expect(byName.get('empty.txt')!.error!.code).toBe('empty-file');
    expect(byName.get('dangling.docx')!.error!.code).toBe('unreadable');
  });

  it('decides the format from the bytes, not the name', () => {
    expect(byName.get('word-named.pdf')!.format).toBe('docx');
    expect(byName.get('word-named.pdf')!.status).toBe('ok');
    expect(byName.get('pdf-named.docx')!.format).toBe('pdf');
    const html = byName.get('html-saved-as.doc')!;
    // Either read as the HTML it really is, or refused with a reason — never read as Word.
    expect(html.format).not.toBe('doc');
    if (html.status !== 'ok') expect(html.error!.message).toMatch(CHINESE);
  });

  it('handles the very large documents within the time limit', () => {
    const pages = byName.get('pages-2000.pdf')!;
    expect(pages.error?.code).not.toBe('timeout');
    const articles = byName.get('articles-10000.txt')!;
    expect(articles.status, articles.error?.message).toBe('ok');
    expect(articles.findings.reduce((n, f) => n + placeCount(f), 0)).toBeGreaterThan(100);
  });

  it('checks duplicate files once and reports both, the second with a note', () => {
    const a = byName.get('copy-a.txt')!;
    const b = byName.get('copy-b.txt')!;
    expect(b.sha256).toBe(a.sha256);
    expect(b.findings.map((f) => f.ruleId)).toEqual(a.findings.map((f) => f.ruleId));
    expect(b.notes).toContain(`与 ${a.path} 内容相同（SHA-256 一致），未重复检查，结果同该文件。`);
    expect(a.notes ?? []).not.toContainEqual(expect.stringContaining('内容相同'));
    expect(run.stderr).toContain("内容重复 1 件");
  });
});
