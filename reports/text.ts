// The terminal summary: counts, then the documents with their findings, then where the reports are.
// A small batch lists every document with every finding; a large one lists every document with an error
// and each of its errors (a CI log must show what failed the build), and every document that could not be
// checked; warnings and notes of a large batch are counted, and the report has them. Only --text-limit
// caps the listed findings.
import { dirname } from 'node:path';
import { CATEGORIES, CATEGORY_NAMES, REVIEW_STATUS_NAMES, type DocumentReport, type Finding, type RunReport } from '../pipeline/model/types.ts';
import { PLAIN, type Paint } from './colour.ts';
import { lawBaseLine } from './law-base-line.ts';
import { otherPlacesLine } from './other-places.ts';

const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;
const STATUS_NAMES = { ok: '已检查', failed: '读取失败', unsupported: '格式不支持', 'no-text': '无可用文字' } as const;
const DETAIL_LIMIT = 10; // batches up to this size list every finding, not only the errors

export interface TextOptions {
  paint?: Paint;
  /** At most this many finding lines (default: no limit). */
  limit?: number;
}

function counts(d: DocumentReport) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of d.findings) c[f.severity]++;
  return c;
}

function docLine(d: DocumentReport, paint: Paint): string {
  if (d.status !== 'ok') return `${paint.error('✗')} ${d.path} [${STATUS_NAMES[d.status]}] ${d.error?.message ?? ''}`;
  const title = d.meta.title ? `《${d.meta.title}》` : '';
  const num = d.meta.docNumber ? ` ${d.meta.docNumber}` : '';
  const c = counts(d);
  const mark = c.error ? paint.error('●') : c.warning ? paint.warning('◐') : paint.ok('○');
  return `${mark} ${d.path} ${title}${num} — 错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`;
}

function findingLine(f: Finding, paint: Paint): string {
  const basis = f.basis.map((b) => `《${b.law}》${b.article}`).join('、');
  const sev = paint[f.severity](SEVERITY_NAMES[f.severity]);
  const review = f.review ? ` ${paint.dim(`〔复核：${REVIEW_STATUS_NAMES[f.review.status]}〕`)}` : '';
  const match = f.location.match ? ` “${f.location.match.length > 40 ? `${f.location.match.slice(0, 40)}…` : f.location.match}”` : '';
  const line = `    ${sev} ${f.location.label || '全文'} [${CATEGORY_NAMES[f.category]}] ${f.title}${match}${basis ? paint.dim(` —— 依据 ${basis}`) : ''}${review}`;
  // A problem the document repeats is one finding; its other places follow on a line of their own.
  const others = otherPlacesLine(f);
  return others ? `${line}\n         ${others}` : line;
}

/** Report files, with the per-document opinion drafts folded into one line. */
function reportLines(written: string[]): string[] {
  const opinions = written.filter((p) => /[\\/]opinions[\\/][^\\/]+\.docx$/.test(p));
  const others = written.filter((p) => !opinions.includes(p));
  const lines = others.length ? [`报告：${others.join('  ')}`] : [];
  if (opinions.length) lines.push(`审查意见书初稿 ${opinions.length} 份：${dirname(opinions[0]!)}`);
  return lines;
}

export function renderTextSummary(report: RunReport, written: string[] = [], opts: TextOptions = {}): string {
  const paint = opts.paint ?? PLAIN;
  const s = report.summary;
  const lines: string[] = [];
  lines.push(paint.bold(`备审 beishen ${report.tool.version} · 规则集 ${report.ruleset.id}@${report.ruleset.version}（${report.ruleset.rules} 条规则）`));
  if (report.lawBase) lines.push(lawBaseLine(report.lawBase));
  lines.push(`共 ${s.documents} 件：已检查 ${s.ok} 件，未能检查 ${s.failed} 件；发现问题 错误 ${s.findings.error} · 警告 ${s.findings.warning} · 提示 ${s.findings.info}`);
  const cats = CATEGORIES.filter((c) => s.byCategory[c]).map((c) => `${CATEGORY_NAMES[c]} ${s.byCategory[c]}`);
  if (cats.length) lines.push(`问题类别：${cats.join(' · ')}`);
  if (s.reviewed) lines.push(`已复核：属实 ${s.reviewed.accepted} · 不是问题 ${s.reviewed['not-a-problem']} · 已纠正 ${s.reviewed.corrected}（“不是问题”不计入退出码）`);
  if (s.baseline) lines.push(`只列新问题：与基线 ${s.baseline.file} 相同的 ${s.baseline.known} 项未列出`);
  lines.push('');

  const small = report.documents.length <= DETAIL_LIMIT;
  let budget = opts.limit ?? Infinity;
  let leftOut = 0;
  const listFindings = (fs: Finding[]) => {
    for (const f of fs) {
      if (budget <= 0) { leftOut++; continue; }
      lines.push(findingLine(f, paint));
      budget--;
    }
  };
  if (small) {
    for (const d of report.documents) {
      lines.push(docLine(d, paint));
      if (d.status === 'ok') listFindings(d.findings);
    }
  } else {
    const withErrors = report.documents.filter((d) => d.status === 'ok' && d.findings.some((f) => f.severity === 'error'));
    if (withErrors.length) lines.push(`有错误的 ${withErrors.length} 件：`);
    for (const d of withErrors) {
      lines.push(docLine(d, paint));
      listFindings(d.findings.filter((f) => f.severity === 'error'));
    }
    const failed = report.documents.filter((d) => d.status !== 'ok');
    if (failed.length) {
      lines.push(`未能检查的 ${failed.length} 件：`);
      for (const d of failed) lines.push(docLine(d, paint));
    }
    const rest = report.documents.filter((d) => d.status === 'ok' && !withErrors.includes(d));
    const withOthers = rest.filter((d) => d.findings.length).length;
    if (rest.length) lines.push(`其余 ${rest.length} 件没有错误${withOthers ? `（其中 ${withOthers} 件有警告或提示，见报告）` : ''}。`);
  }
  if (leftOut) lines.push(`…… 另有 ${leftOut} 项未列出（--text-limit ${opts.limit}），见报告。`);
  const where = reportLines(written);
  if (where.length) lines.push('', ...where);
  return lines.join('\n') + '\n';
}
