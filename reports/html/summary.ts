// The batch summary at the top of the report: counts, a table and an inline SVG chart by category,
// the documents with the most problems and the documents that could not be checked.
import { CATEGORIES, CATEGORY_NAMES, SEVERITIES, type Category, type DocumentReport, type RunReport, type Severity } from '../../pipeline/model/types.ts';
import { escapeHtml } from './escape.ts';
import { SEVERITY_NAMES, STATUS_NAMES } from './labels.ts';
import { localChineseDateTime } from '../local-time.ts';

type Counts = Record<Severity, number>;
const zero = (): Counts => ({ error: 0, warning: 0, info: 0 });
const total = (c: Counts) => c.error + c.warning + c.info;
export const SEVERITY_COLORS: Record<Severity, string> = { error: '#b03a2e', warning: '#8f5a00', info: '#2e6da4' };

export function documentCounts(d: DocumentReport): Counts {
  const c = zero();
  for (const f of d.findings) c[f.severity]++;
  return c;
}

export function docDisplayTitle(d: DocumentReport): string {
  return d.meta.title ? `《${d.meta.title}》` : (d.path.split(/[\\/]/).pop() ?? d.path);
}

export function categoryCounts(report: RunReport): Map<Category, Counts> {
  const byCat = new Map<Category, Counts>();
  for (const d of report.documents) for (const f of d.findings) {
    let c = byCat.get(f.category);
    if (!c) byCat.set(f.category, (c = zero()));
    c[f.severity]++;
  }
  return new Map(CATEGORIES.filter((c) => byCat.has(c)).map((c) => [c, byCat.get(c)!]));
}

/** Horizontal stacked bars, one per category; plain SVG attributes so the CSP needs no inline styles. */
export function categoryChartSvg(byCat: Map<Category, Counts>): string {
  if (byCat.size === 0) return '';
  const labelW = 225, barW = 205, rowH = 26, top = 28;
  const max = Math.max(...[...byCat.values()].map(total));
  const height = top + byCat.size * rowH + 8;
  const parts: string[] = [];
  parts.push(`<svg class="chart" role="img" aria-label="按类别统计的问题数量" xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 50}" height="${height}" viewBox="0 0 ${labelW + barW + 50} ${height}">`);
  let lx = labelW;
  for (const s of SEVERITIES) {
    parts.push(`<rect x="${lx}" y="6" width="12" height="12" fill="${SEVERITY_COLORS[s]}"/><text x="${lx + 16}" y="16" font-size="12">${SEVERITY_NAMES[s]}</text>`);
    lx += 64;
  }
  let y = top;
  for (const [cat, c] of byCat) {
    parts.push(`<text x="${labelW - 8}" y="${y + 16}" font-size="13" text-anchor="end">${escapeHtml(CATEGORY_NAMES[cat])}</text>`);
    let x = labelW;
    for (const s of SEVERITIES) {
      if (!c[s]) continue;
      const w = Math.max(2, Math.round((c[s] / max) * barW));
      parts.push(`<rect x="${x}" y="${y + 3}" width="${w}" height="${rowH - 8}" fill="${SEVERITY_COLORS[s]}"><title>${escapeHtml(`${CATEGORY_NAMES[cat]}：${SEVERITY_NAMES[s]} ${c[s]} 项`)}</title></rect>`);
      x += w;
    }
    parts.push(`<text x="${x + 6}" y="${y + 16}" font-size="12">${total(c)}</text>`);
    y += rowH;
  }
  parts.push('</svg>');
  return parts.join('');
}

export function worstDocuments(report: RunReport, limit = 10): { index: number; counts: Counts }[] {
  return report.documents
    .map((d, index) => ({ index, counts: documentCounts(d) }))
    .filter((x) => total(x.counts) > 0)
    .sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || total(b.counts) - total(a.counts) || a.index - b.index)
    .slice(0, limit);
}

export function renderSummary(report: RunReport, timeZone?: string): string {
  const s = report.summary;
  const byCat = categoryCounts(report);
  const card = (label: string, value: number, cls = '') => `<div class="card ${cls}"><div class="num">${value}</div><div class="lbl">${escapeHtml(label)}</div></div>`;
  const out: string[] = ['<section id="summary" class="summary"><h2>总体情况</h2><div class="cards">'];
  out.push(card('文件总数', s.documents), card('已检查', s.ok), card('未能检查', s.failed, s.failed ? 'bad' : ''));
  for (const sev of SEVERITIES) out.push(card(SEVERITY_NAMES[sev], s.findings[sev], `sev-${sev}`));
  out.push('</div>');
  if (byCat.size) {
    out.push('<div class="bycat"><h3>问题类别</h3><div class="bycat-body"><table class="cat-table"><thead><tr><th>类别</th>');
    for (const sev of SEVERITIES) out.push(`<th>${SEVERITY_NAMES[sev]}</th>`);
    out.push('<th>合计</th></tr></thead><tbody>');
    for (const [cat, c] of byCat) {
      out.push(`<tr><td>${escapeHtml(CATEGORY_NAMES[cat])}</td>${SEVERITIES.map((sev) => `<td>${c[sev]}</td>`).join('')}<td>${total(c)}</td></tr>`);
    }
    out.push(`</tbody></table>${categoryChartSvg(byCat)}</div></div>`);
  } else {
    out.push('<p class="clean">本批文件未发现问题。</p>');
  }
  const worst = worstDocuments(report);
  if (worst.length) {
    out.push('<div class="worst"><h3>问题最多的文件</h3><ol>');
    for (const w of worst) {
      const d = report.documents[w.index]!;
      out.push(`<li><a href="#doc-${w.index}">${escapeHtml(docDisplayTitle(d))}</a>${d.meta.docNumber ? ` <span class="muted">${escapeHtml(d.meta.docNumber)}</span>` : ''}` +
        ` — 错误 ${w.counts.error}，警告 ${w.counts.warning}，提示 ${w.counts.info}</li>`);
    }
    out.push('</ol></div>');
  }
  const failed = report.documents.map((d, i) => ({ d, i })).filter(({ d }) => d.status !== 'ok');
  if (failed.length) {
    out.push('<div class="failed"><h3>未能检查的文件</h3><ul>');
    for (const { d, i } of failed) {
      out.push(`<li><a href="#doc-${i}">${escapeHtml(d.path)}</a> <span class="badge st-${escapeHtml(d.status)}">${escapeHtml(STATUS_NAMES[d.status] ?? d.status)}</span> ${escapeHtml(d.error?.message ?? '')}</li>`);
    }
    out.push('</ul></div>');
  }
  out.push(`<p class="muted gen">生成时间：${escapeHtml(localChineseDateTime(report.generatedAt, timeZone))} · ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} · 规则集 ${escapeHtml(report.ruleset.id)}@${escapeHtml(report.ruleset.version)}（${report.ruleset.rules} 条规则）</p>`);
  out.push('</section>');
  return out.join('');
}
