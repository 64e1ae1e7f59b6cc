// The terminal summary: counts, then the documents (each with its findings for a small batch; the worst
// documents and the unreadable ones for a large batch), then where the reports are.
import { dirname } from 'node:path';
import { CATEGORIES, CATEGORY_NAMES, type DocumentReport, type RunReport } from '../pipeline/model/types.ts';
import { lawBaseLine } from './law-base-line.ts';

const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;
const STATUS_NAMES = { ok: '已检查', failed: '读取失败', unsupported: '格式不支持', 'no-text': '无可用文字' } as const;
const MAX_PER_DOC = 20;
const DETAIL_LIMIT = 10; // batches up to this size list every document with its findings
const WORST = 10;
const MAX_FAILED = 20;

function counts(d: DocumentReport) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of d.findings) c[f.severity]++;
  return c;
}

function docLine(d: DocumentReport): string {
  if (d.status !== 'ok') return `✗ ${d.path} [${STATUS_NAMES[d.status]}] ${d.error?.message ?? ''}`;
  const title = d.meta.title ? `《${d.meta.title}》` : '';
  const num = d.meta.docNumber ? ` ${d.meta.docNumber}` : '';
  const c = counts(d);
  const mark = c.error ? '●' : c.warning ? '◐' : '○';
  return `${mark} ${d.path} ${title}${num} — 错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`;
}

/** Report files, with the per-document opinion drafts folded into one line. */
function reportLines(written: string[]): string[] {
  const opinions = written.filter((p) => /[\\/]opinions[\\/][^\\/]+\.docx$/.test(p));
  const others = written.filter((p) => !opinions.includes(p));
  const lines = others.length ? [`报告：${others.join('  ')}`] : [];
  if (opinions.length) lines.push(`审查意见书初稿 ${opinions.length} 份：${dirname(opinions[0]!)}`);
  return lines;
}

export function renderTextSummary(report: RunReport, written: string[] = []): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(`备审 beishen ${report.tool.version} · 规则集 ${report.ruleset.id}@${report.ruleset.version}（${report.ruleset.rules} 条规则）`);
  if (report.lawBase) lines.push(lawBaseLine(report.lawBase));
  lines.push(`共 ${s.documents} 件：已检查 ${s.ok} 件，未能检查 ${s.failed} 件；发现问题 错误 ${s.findings.error} · 警告 ${s.findings.warning} · 提示 ${s.findings.info}`);
  const cats = CATEGORIES.filter((c) => s.byCategory[c]).map((c) => `${CATEGORY_NAMES[c]} ${s.byCategory[c]}`);
  if (cats.length) lines.push(`问题类别：${cats.join(' · ')}`);
  lines.push('');
  if (report.documents.length <= DETAIL_LIMIT) {
    for (const d of report.documents) {
      lines.push(docLine(d));
      if (d.status !== 'ok') continue;
      for (const f of d.findings.slice(0, MAX_PER_DOC)) {
        const basis = f.basis.map((b) => `《${b.law}》${b.article}`).join('、');
        lines.push(`    ${SEVERITY_NAMES[f.severity]} ${f.location.label || '全文'} [${CATEGORY_NAMES[f.category]}] ${f.title}${basis ? ` —— 依据 ${basis}` : ''}`);
      }
      if (d.findings.length > MAX_PER_DOC) lines.push(`    …… 另有 ${d.findings.length - MAX_PER_DOC} 项，见报告`);
    }
  } else {
    const worst = report.documents
      .filter((d) => d.status === 'ok' && d.findings.length)
      .map((d) => ({ d, c: counts(d) }))
      .sort((a, b) => b.c.error - a.c.error || b.c.warning - a.c.warning || b.d.findings.length - a.d.findings.length)
      .slice(0, WORST);
    if (worst.length) {
      lines.push(`问题最多的 ${worst.length} 件：`);
      for (const { d } of worst) lines.push(`  ${docLine(d)}`);
    }
    const failed = report.documents.filter((d) => d.status !== 'ok');
    if (failed.length) {
      lines.push(`未能检查的 ${failed.length} 件：`);
      for (const d of failed.slice(0, MAX_FAILED)) lines.push(`  ${docLine(d)}`);
      if (failed.length > MAX_FAILED) lines.push(`  …… 另有 ${failed.length - MAX_FAILED} 件，见报告`);
    }
    lines.push(`其余文件的检查结果见报告。`);
  }
  const where = reportLines(written);
  if (where.length) lines.push('', ...where);
  return lines.join('\n') + '\n';
}
