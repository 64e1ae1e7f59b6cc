// The 清理 table (--format csv,xlsx): one row per document with the columns a 清理 report carries and a
// suggested 保留/修改/废止/宣布失效; the xlsx opens in LibreOffice with the right columns for the samples.
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { RunReport } from '../../pipeline/model/types.ts';
import { convertWithLibreOffice } from '../../pipeline/ingest/ole-libreoffice.ts';
import { COLUMNS, documentRows, recommendationOf } from '../../reports/table/document-rows.ts';
import { renderTableCsv, renderTableXlsx, TABLE_TITLE } from '../../reports/table/render-table.ts';
import { csvCell } from '../../reports/table/csv.ts';
import { checkSamples, SAMPLES_DIR } from '../support/check-samples.ts';
import { HAS_CALC } from '../support/office.ts';
import { loadFixture } from './helpers.ts';

const batch = loadFixture('batch');

/** RFC 4180 rows of a CSV text (quoted cells, doubled quotes, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('清理 table rows', () => {
  it('suggests 修改 for documents with problems, 保留 for clean ones, 人工审查 for unreadable ones', () => {
    const rows = documentRows(batch);
    expect(rows.map((r) => [r.no, r.docNumber, r.recommendation])).toEqual([
      [1, '青政通〔2024〕3号', '修改'], [2, '清政办发〔2025〕7号', '修改'], [3, '清政发〔2025〕2号', '保留'], [4, '', '人工审查'], [5, '', '人工审查'],
    ]);
    expect(rows[1]).toMatchObject({ errors: 5, warnings: 1, infos: 1, level: '县级', issuers: '清河县人民政府办公室、清河县城市管理局' });
    expect(rows[1]!.mainProblems).toMatch(/^规范性文件设定行政许可（第二章第五条第一款）；/);
    expect(rows[3]!.reason).toContain('未能自动审查：');
  });

  it('suggests 宣布失效 when the validity has ended, 废止 when the issuer may not regulate the matter at all', () => {
    const d = structuredClone(batch.documents[2]!);
    d.meta.validUntil = '2024-12-31';
    expect(recommendationOf(d, '2025-03-10')).toEqual({ recommendation: '宣布失效', reason: '有效期已于 2024-12-31 届满' });
    const t = structuredClone(batch.documents[0]!);
    t.findings = t.findings.map((f) => ({ ...f, category: 'authority' as const, severity: 'error' as const }));
    expect(recommendationOf(t, '2025-03-10').recommendation).toBe('废止');
    // A finding the reviewer found to be no problem leaves the table.
    const r = structuredClone(batch.documents[0]!);
    r.findings = r.findings.map((f) => ({ ...f, review: { status: 'not-a-problem' as const } }));
    expect(recommendationOf(r, '2025-03-10')).toEqual({ recommendation: '保留', reason: '经复核无须处理（不是问题）' });
  });

  it('writes CSV that spreadsheets read: BOM, quoted cells, formulas neutralised', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+2')).toBe(`"'-1+2"`);
    expect(csvCell(3)).toBe('3');
    const csv = renderTableCsv(batch);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(6);
    expect(rows[2]!.slice(0, 3)).toEqual(['2', '清河县城区户外广告设置管理办法', '清政办发〔2025〕7号']);
  });

  it('freezes the header, sets column widths and a filter in the xlsx', async () => {
    const zip = unzipSync(await renderTableXlsx(batch));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<pane[^>]*ySplit="2"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<col min="2" max="2" width="40/);
    expect(sheet).toContain('<autoFilter ref="A2:P2"/>');
  });
});

describe.skipIf(!HAS_CALC)('the 清理 table of the bundled samples in LibreOffice', () => {
  let report: RunReport;
  let rows: string[][];
  beforeAll(async () => {
    report = await checkSamples(readdirSync(SAMPLES_DIR).sort());
    const csv = await convertWithLibreOffice(await renderTableXlsx(report), 'xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1', 'csv');
    rows = parseCsv(csv.toString('utf8').replace(/^\ufeff/, '')).filter((r) => r.some((c) => c !== ''));
  }, 180_000);

  it('opens with the title, the right columns and one row per sample', () => {
    expect(rows[0]![0]).toMatch(new RegExp(`^${TABLE_TITLE}（10 件，`));
    expect(rows[1]).toEqual(COLUMNS.map((c) => c.header));
    const data = rows.slice(2);
    expect(data).toHaveLength(10);
    expect(data.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const byNumber = new Map(data.map((r) => [r[2], r]));
    const fireworks = byNumber.get('青镇发〔2025〕1号')!;
    expect(fireworks[1]).toBe('青石镇人民政府关于全面禁止燃放烟花爆竹的通告');
    expect(fireworks[3]).toBe('青石镇人民政府');
    expect(fireworks[4]).toBe('乡级');
    expect(fireworks[13]).toBe('修改');
    expect(Number(fireworks[9])).toBe(report.documents.find((d) => d.meta.docNumber === '青镇发〔2025〕1号')!.findings.filter((f) => f.severity === 'error').length);
    const clean = data.filter((r) => r[13] === '保留').map((r) => r[2]);
    expect(clean).toContain('临政发〔2024〕26号');
  });
});
