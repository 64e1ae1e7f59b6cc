// The terminal summary: counts, then each document with its findings, worst first within a document.
import { CATEGORY_NAMES, type RunReport } from '../pipeline/model/types.ts';

const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;
const STATUS_NAMES = { ok: '已检查', failed: '读取失败', unsupported: '格式不支持', 'no-text': '无可用文字' } as const;
const MAX_PER_DOC = 20;

export function renderTextSummary(report: RunReport, written: string[] = []): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(`备审 beishen ${report.tool.version} · 规则集 ${report.ruleset.id}@${report.ruleset.version}（${report.ruleset.rules} 条规则）`);
  lines.push(`共 ${s.documents} 件：已检查 ${s.ok} 件，未能检查 ${s.failed} 件；发现问题 错误 ${s.findings.error} · 警告 ${s.findings.warning} · 提示 ${s.findings.info}`);
  lines.push('');
  for (const d of report.documents) {
    const title = d.meta.title ? `《${d.meta.title}》` : '';
    const num = d.meta.docNumber ? ` ${d.meta.docNumber}` : '';
    if (d.status !== 'ok') {
      lines.push(`✗ ${d.path} [${STATUS_NAMES[d.status]}] ${d.error?.message ?? ''}`);
      continue;
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of d.findings) counts[f.severity]++;
    const mark = counts.error ? '●' : counts.warning ? '◐' : '○';
    lines.push(`${mark} ${d.path} ${title}${num} — 错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`);
    for (const f of d.findings.slice(0, MAX_PER_DOC)) {
      const basis = f.basis.map((b) => `《${b.law}》${b.article}`).join('、');
      lines.push(`    ${SEVERITY_NAMES[f.severity]} ${f.location.label || '全文'} [${CATEGORY_NAMES[f.category]}] ${f.title}${basis ? ` —— 依据 ${basis}` : ''}`);
    }
    if (d.findings.length > MAX_PER_DOC) lines.push(`    …… 另有 ${d.findings.length - MAX_PER_DOC} 项，见报告`);
  }
  if (written.length) {
    lines.push('');
    lines.push(`报告：${written.join('  ')}`);
  }
  return lines.join('\n') + '\n';
}
