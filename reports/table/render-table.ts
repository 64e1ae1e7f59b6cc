// The 清理 table (--format csv,xlsx): one row per document, the columns a 清理 report carries
// (document-rows.ts). CSV for any tool; xlsx through exceljs with a title row, a frozen header, column
// widths, wrapped long cells and a filter on the header.
import ExcelJS from 'exceljs';
import type { RunReport } from '../../pipeline/model/types.ts';
import type { OutputFile, RenderOptions } from '../index.ts';
import { localChineseDate } from '../local-time.ts';
import { csvText } from './csv.ts';
import { COLUMNS, documentRows } from './document-rows.ts';

export const TABLE_CSV = '清理表.csv';
export const TABLE_XLSX = '清理表.xlsx';
export const TABLE_TITLE = '规范性文件清理情况表';

const WRAPPED = new Set(['title', 'issuers', 'mainProblems', 'reason', 'path']);

export function renderTableCsv(report: RunReport, opts: RenderOptions = {}): string {
  const rows = documentRows(report, opts.config?.timeZone);
  return csvText(COLUMNS.map((c) => c.header), rows.map((r) => COLUMNS.map((c) => r[c.key])));
}

export async function renderTableXlsx(report: RunReport, opts: RenderOptions = {}): Promise<Uint8Array> {
  const tz = opts.config?.timeZone;
  const rows = documentRows(report, tz);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'beishen';
  wb.created = new Date(report.generatedAt);
  const ws = wb.addWorksheet('清理表', { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const title = ws.addRow([`${TABLE_TITLE}（${rows.length} 件，${localChineseDate(report.generatedAt, tz)}）`]);
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  title.height = 24;
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F0E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const r of rows) {
    const row = ws.addRow(COLUMNS.map((c) => r[c.key]));
    row.alignment = { vertical: 'top' };
    COLUMNS.forEach((c, i) => {
      if (WRAPPED.has(c.key)) row.getCell(i + 1).alignment = { vertical: 'top', wrapText: true };
    });
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: COLUMNS.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function renderTableCsvFiles(report: RunReport, opts: RenderOptions = {}): Promise<OutputFile[]> {
  return [{ name: TABLE_CSV, content: renderTableCsv(report, opts) }];
}

export async function renderTableXlsxFiles(report: RunReport, opts: RenderOptions = {}): Promise<OutputFile[]> {
  return [{ name: TABLE_XLSX, content: await renderTableXlsx(report, opts) }];
}
