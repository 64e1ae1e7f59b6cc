// The HTML report: one self-contained, offline file in Chinese (report.html). Pure function of the run
// report. Safety: every report string goes through escapeHtml; the embedded JSON (document sections,
// search index) through jsonForScript; the CSP allows nothing but this file's own inline style and
// script (by sha256). Document sections travel as JSON and the page script shows one page at a time.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { CATEGORY_NAMES, SEVERITIES, type Category, type RunReport } from '../../pipeline/model/types.ts';
import type { OutputFile, RenderOptions } from '../index.ts';
import { renderDocumentSection } from './document-section.ts';
import { escapeHtml, jsonForScript } from './escape.ts';
import { SEVERITY_NAMES, issuerLabel } from './labels.ts';
import { PAGE_SCRIPT } from './page-script.ts';
import { PAGE_STYLE } from './page-style.ts';
import { lawBaseLine } from '../law-base-line.ts';
import { buildSearchIndex } from './search-index.ts';
import { categoryCounts, renderSummary } from './summary.ts';
import { COLUMNS, documentRows } from '../table/document-rows.ts';

const sha256b64 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${sha256b64(PAGE_SCRIPT)}'`,
    `style-src 'sha256-${sha256b64(PAGE_STYLE)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Distinct issuers in first-seen order; documents refer to them by index (no text in attributes). */
function issuerIndex(report: RunReport): { ids: Map<string, number>; labels: string[] } {
  const ids = new Map<string, number>();
  const labels: string[] = [];
  for (const d of report.documents) for (const i of d.meta.issuers) {
    if (ids.has(i.name)) continue;
    ids.set(i.name, labels.length);
    labels.push(issuerLabel(i));
  }
  return { ids, labels };
}

function renderControls(report: RunReport, issuers: string[]): string {
  const cats = categoryCounts(report);
  const sevCounts = report.summary.findings;
  // One line that stays (search, the filter toggle); the rest folds away on a phone.
  const out: string[] = ['<nav id="controls" aria-label="筛选与搜索"><div class="bar">'];
  out.push('<label class="search">搜索 <input type="search" id="q" placeholder="条文、问题、依据、文号、规则……" autocomplete="off"></label>');
  out.push('<button type="button" id="toggle-filters" aria-expanded="false" aria-controls="more-filters">筛选</button></div>');
  out.push('<div class="more" id="more-filters"><fieldset><legend>严重程度</legend>');
  for (const s of SEVERITIES) out.push(`<label><input type="checkbox" name="sev" value="${s}" checked> ${SEVERITY_NAMES[s]}（${sevCounts[s]}）</label>`);
  out.push('</fieldset><label>类别 <select id="f-cat"><option value="">全部类别</option>');
  for (const [cat, c] of cats) out.push(`<option value="${escapeHtml(cat)}">${escapeHtml(CATEGORY_NAMES[cat as Category])}（${c.error + c.warning + c.info}）</option>`);
  out.push('</select></label><label>制定机关 <select id="f-issuer"><option value="">全部制定机关</option>');
  issuers.forEach((label, i) => out.push(`<option value="${i}">${escapeHtml(label)}</option>`));
  out.push('</select></label><label>文件 <select id="f-status"><option value="">全部文件</option><option value="problems">有问题的文件</option><option value="failed">未能检查的文件</option></select></label>');
  out.push('<button type="button" id="reset">清除筛选</button><button type="button" id="print-all">打印筛选出的全部文件</button></div>');
  out.push('<div class="pager" id="pager" hidden><button type="button" id="prev">上一页</button><span id="page-info"></span><button type="button" id="next">下一页</button></div>');
  out.push('</nav><p id="filter-status" aria-live="polite"></p><p id="print-note" class="print-only"></p>');
  return out.join('');
}

/** The all-documents table: rows are built by the page from doc-meta when it is opened. */
function renderDocumentTable(report: RunReport): string {
  const head = TABLE_COLUMNS.map((c) => `<th scope="col"><button type="button" data-sort="${c.key}">${escapeHtml(c.header)}</button></th>`).join('');
  return `<details id="doc-table-box" class="summary"><summary>全部文件一览（${report.documents.length} 件）：标题、文号、制定机关、层级、日期、状态、问题数，可排序，可导出 CSV</summary>` +
    '<p><button type="button" id="export-csv">导出 CSV（全部文件）</button></p>' +
    `<div class="table-wrap"><table id="doc-table"><thead><tr>${head}</tr></thead><tbody></tbody></table></div></details>`;
}

/** The table's columns: the 清理 table's, less the long ones the sections already show. */
const TABLE_COLUMNS = COLUMNS.filter((c) => c.key !== 'path' && c.key !== 'reason' && c.key !== 'mainProblems' && c.key !== 'effectiveOn' && c.key !== 'validUntil');

/** Per document, for the filters: issuer indexes, status and [severity, category] per finding; and its row
 *  of the all-documents table (values in COLUMNS order). */
export interface DocMetaData {
  i: number[];
  s: string;
  f: [string, string][];
  r: (string | number)[];
}

export const CHUNK = 50; // documents per HTML chunk (= one page of the report)

export function documentMeta(report: RunReport, ids: Map<string, number>, timeZone?: string): { chunk: number; keys: string[]; headers: string[]; columns: string[]; docs: DocMetaData[] } {
  const rows = documentRows(report, timeZone);
  return {
    chunk: CHUNK,
    keys: COLUMNS.map((c) => c.key), // the order of each document's r
    headers: COLUMNS.map((c) => c.header), // the CSV's header line
    columns: TABLE_COLUMNS.map((c) => c.key), // what the page's table shows
    docs: report.documents.map((d, k) => ({
      i: d.meta.issuers.map((x) => ids.get(x.name)).filter((x): x is number => x !== undefined),
      s: d.status,
      f: d.findings.map((f): [string, string] => [f.severity, f.category]),
      r: COLUMNS.map((c) => rows[k]![c.key]),
    })),
  };
}

/** The sections' HTML in chunks of CHUNK documents: plain JSON, or one gzip+base64 string per chunk. */
function sectionBlocks(report: RunReport, ids: Map<string, number>, compressAbove: number): string {
  const html = report.documents.map((d, k) => renderDocumentSection(d, k, ids));
  const chunks: string[][] = [];
  for (let k = 0; k < html.length; k += CHUNK) chunks.push(html.slice(k, k + CHUNK));
  const size = html.reduce((n, h) => n + h.length, 0);
  if (size > compressAbove) {
    const packed = chunks.map((c) => gzipSync(Buffer.from(JSON.stringify(c), 'utf8'), { level: 6 }).toString('base64'));
    return `<script type="application/json" id="doc-html" data-encoding="gzip-base64">${jsonForScript(packed)}</script>`;
  }
  return `<script type="application/json" id="doc-html">${jsonForScript(chunks)}</script>`;
}

export interface HtmlOptions {
  /**
   * Section HTML or a search index longer than this (characters) is shipped gzip+base64 and inflated by
   * the page with DecompressionStream, chunk by chunk as pages are shown: a 1,000-document report shrinks
   * from ~13 MB to under 1 MB and opens several times faster. Small reports stay plain JSON.
   */
  compressAbove?: number;
  /** Time zone of the times shown (default Asia/Shanghai). */
  timeZone?: string;
}

const DEFAULT_COMPRESS_ABOVE = 1_000_000;

/** A <script type="application/json"> block; base64 needs no escaping, plain JSON goes through jsonForScript. */
function dataBlock(id: string, value: unknown, compressAbove: number): string {
  const json = JSON.stringify(value);
  if (json.length > compressAbove) {
    const b64 = gzipSync(Buffer.from(json, 'utf8'), { level: 6 }).toString('base64');
    return `<script type="application/json" id="${id}" data-encoding="gzip-base64">${b64}</script>`;
  }
  return `<script type="application/json" id="${id}">${jsonForScript(value)}</script>`;
}

export function renderHtml(report: RunReport, options: HtmlOptions = {}): string {
  const compressAbove = options.compressAbove ?? DEFAULT_COMPRESS_ABOVE;
  const { ids, labels } = issuerIndex(report);
  const index = buildSearchIndex(report);
  const title = `规范性文件备案审查报告（${report.summary.documents} 件）`;
  const parts: string[] = [];
  parts.push('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">');
  parts.push(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">`);
  parts.push('<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">');
  parts.push(`<title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head><body><div class="wrap">`);
  parts.push(`<h1>规范性文件备案审查报告</h1><p class="sub">机器初筛结果，供审查人员参考；结论以人工审查为准</p>`);
  if (report.lawBase) parts.push(`<p class="sub" id="law-base">${escapeHtml(lawBaseLine(report.lawBase))}</p>`);
  parts.push(renderSummary(report, options.timeZone));
  parts.push(renderDocumentTable(report));
  parts.push(renderControls(report, labels));
  parts.push('<main id="docs"><noscript><p class="doc-error">本报告的文件内容需要启用 JavaScript 才能显示。</p></noscript></main></div>');
  parts.push(`<script type="application/json" id="doc-meta">${jsonForScript(documentMeta(report, ids, options.timeZone))}</script>`);
  parts.push(sectionBlocks(report, ids, compressAbove));
  parts.push(dataBlock('search-index', index, compressAbove));
  parts.push(`<script>${PAGE_SCRIPT}</script></body></html>\n`);
  return parts.join('');
}

export async function renderHtmlFiles(report: RunReport, opts: RenderOptions = {}): Promise<OutputFile[]> {
  return [{ name: 'report.html', content: renderHtml(report, { timeZone: opts.config?.timeZone }) }];
}
