// The 专项清理 list of beishen impact: impact.html (the affected documents, each reference with the old
// and new article side by side and the changed words marked, the article mapping with its confidence),
// impact.json (the data) and impact.csv (one row per reference, for the 清理 report's table).
import { createHash } from 'node:crypto';
import type { ArticleChange } from '../../pipeline/corpus/version-changes.ts';
import type { ImpactReport } from '../../pipeline/impact/run-impact.ts';
import { escapeHtml } from '../html/escape.ts';
import { chineseDate } from '../html/labels.ts';
import type { OutputFile } from '../index.ts';
import { localChineseDateTime } from '../local-time.ts';
import { csvText } from '../table/csv.ts';
import { diffChars } from './text-diff.ts';

export const IMPACT_FORMATS = ['html', 'json', 'csv'] as const;

export const CHANGE_NAMES: Record<ArticleChange['kind'], string> = {
  unchanged: '未变', renumbered: '条号改变', amended: '内容修改', rewritten: '改写（对应不确定）', removed: '删除', repealed: '法律废止',
};

function confidence(c: ArticleChange): string {
  if (c.how === 'declared') return c.unverified ? '声明（未核实）' : '声明';
  if (c.similarity === null) return '';
  return `${Math.round(c.similarity * 100)}%`;
}

function mappingText(c: ArticleChange): string {
  return c.to ? `${c.from} → ${c.to}` : `${c.from} → （无）`;
}

export function renderImpactJson(r: ImpactReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}

export function renderImpactCsv(r: ImpactReport): string {
  const header = ['序号', '文件', '文件名称', '文号', '制定机关', '发布日期', '位置', '方式', '原条号', '新条号', '对应可信度', '条文变化', '建议', '说明', '本文件原文', '原条文', '新条文'];
  const rows: (string | number)[][] = [];
  for (const d of r.documents) {
    for (const ref of d.references) {
      rows.push([
        rows.length + 1, d.path, d.title ?? '', d.docNumber ?? '', d.issuers.join('、'), d.issuedOn ?? '', ref.provision,
        ref.how === 'cites' ? '引用' : '复述', ref.change.from, ref.change.to ?? '', confidence(ref.change), CHANGE_NAMES[ref.change.kind],
        ref.action, ref.detail, ref.quote, ref.change.oldText, ref.change.newText ?? '',
      ]);
    }
  }
  return csvText(header, rows);
}

function diffHtml(oldText: string, newText: string | null): { before: string; after: string } {
  if (newText === null) return { before: escapeHtml(oldText), after: '<span class="muted">（无）</span>' };
  const parts = diffChars(oldText, newText);
  const before = parts.filter((p) => p.kind !== 'added').map((p) => (p.kind === 'removed' ? `<del>${escapeHtml(p.text)}</del>` : escapeHtml(p.text))).join('');
  const after = parts.filter((p) => p.kind !== 'removed').map((p) => (p.kind === 'added' ? `<ins>${escapeHtml(p.text)}</ins>` : escapeHtml(p.text))).join('');
  return { before, after };
}

const STYLE = `
body{margin:0;background:#fbfaf6;color:#222;font:15px/1.7 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif}
.wrap{max-width:1180px;margin:0 auto;padding:0 20px 60px}
h1{font:700 24px/1.4 "Noto Serif CJK SC","SimSun",serif;text-align:center;margin:24px 0 4px}
.sub,.muted{color:#5f5a50}
section{background:#fff;border:1px solid #d9d4c7;border-radius:6px;padding:12px 18px;margin:14px 0}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d9d4c7;padding:4px 8px;text-align:left;vertical-align:top}
td.old,td.new{width:50%;font-family:"Noto Serif CJK SC","SimSun",serif;white-space:pre-wrap}
del{background:#f6d2cd;color:#7a1d12;text-decoration:line-through}
ins{background:#cfe8d3;color:#124d22;text-decoration:none}
.action{font-weight:bold;color:#8f3a00}
.quote{background:#faf8f0;border-left:3px solid #c9bfa3;padding:4px 10px;margin:6px 0;font-family:"Noto Serif CJK SC","SimSun",serif}
details summary{cursor:pointer}
@page{size:A4;margin:16mm}
@media print{body{background:#fff;font-size:10.5pt}section{border:0;padding:0}.doc{break-before:page}details>*{display:block}}
`;

const sha256b64 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

export function renderImpactHtml(r: ImpactReport, timeZone?: string): string {
  const out: string[] = [];
  const to = r.to ? `${r.to.version} 版（${chineseDate(r.to.effective)}施行）` : `废止（${chineseDate(r.repeal?.repealedOn ?? '')}）`;
  const title = `《${r.law}》修改后的专项清理：受影响的规范性文件`;
  out.push('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${sha256b64(STYLE)}'; base-uri 'none'; form-action 'none'">`);
  out.push(`<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><div class="wrap">`);
  out.push(`<h1>${escapeHtml(title)}</h1>`);
  const s = r.summary;
  out.push(`<section><p>比较：${escapeHtml(r.from.version)} 版 → ${escapeHtml(to)}。检查文件 ${s.documents} 件，受影响 <b>${s.affected}</b> 件、` +
    `${s.references} 处：修改引用条号 ${s.byAction['修改引用条号']} 处，内容需修改 ${s.byAction['内容需修改']} 处，依据已废止 ${s.byAction['依据已废止']} 处` +
    `${s.unreadable ? `；未能读取 ${s.unreadable} 件` : ''}。</p>`);
  out.push(`<p class="muted">条文对应由两个版本的文本计算（按内容对齐，可信度为两条文字的相似度），可由对应表文件覆盖；生成时间 ${escapeHtml(localChineseDateTime(r.generatedAt, timeZone))}；${escapeHtml(r.tool.name)} ${escapeHtml(r.tool.version)}。</p></section>`);
  for (const d of r.documents) {
    out.push(`<section class="doc"><h2>${escapeHtml(d.title ? `《${d.title}》` : d.path)}</h2><p class="muted">${escapeHtml([d.docNumber, d.issuers.join('、'), d.issuedOn ? chineseDate(d.issuedOn) : null, d.path].filter(Boolean).join(' · '))}</p>`);
    for (const ref of d.references) {
      const { before, after } = diffHtml(ref.change.oldText, ref.change.newText);
      out.push(`<h3>${escapeHtml(ref.provision)}：${ref.how === 'cites' ? '引用' : '复述'}${escapeHtml(ref.change.from)} <span class="action">${escapeHtml(ref.action)}</span></h3>`);
      out.push(`<p class="quote">${escapeHtml(ref.quote)}</p><p>${escapeHtml(ref.detail)}。条文对应：${escapeHtml(mappingText(ref.change))}（${escapeHtml(CHANGE_NAMES[ref.change.kind])}，可信度 ${escapeHtml(confidence(ref.change))}）</p>`);
      out.push(`<table><thead><tr><th>原条文 ${escapeHtml(r.from.version)} ${escapeHtml(ref.change.from)}</th><th>新条文 ${escapeHtml(r.to?.version ?? '')} ${escapeHtml(ref.change.to ?? '')}</th></tr></thead>` +
        `<tbody><tr><td class="old">${before}</td><td class="new">${after}</td></tr></tbody></table>`);
    }
    out.push('</section>');
  }
  if (!r.documents.length) out.push('<section><p>没有文件引用或复述已修改、改号或删除的条文。</p></section>');
  if (r.unreadable.length) {
    out.push(`<section><h2>未能读取的文件（${r.unreadable.length} 件）</h2><ul>${r.unreadable.map((u) => `<li>${escapeHtml(u.path)}：${escapeHtml(u.error)}</li>`).join('')}</ul></section>`);
  }
  out.push(`<section><details><summary>条文对应表（${r.mapping.length} 条）</summary><table><thead><tr><th>原条号</th><th>新条号</th><th>变化</th><th>可信度</th></tr></thead><tbody>`);
  for (const c of r.mapping) out.push(`<tr><td>${escapeHtml(c.from)}</td><td>${escapeHtml(c.to ?? '（无）')}</td><td>${escapeHtml(CHANGE_NAMES[c.kind])}</td><td>${escapeHtml(confidence(c))}</td></tr>`);
  out.push('</tbody></table></details></section></div></body></html>\n');
  return out.join('');
}

export function renderImpactFiles(r: ImpactReport, formats: string[], timeZone?: string): OutputFile[] {
  const files: OutputFile[] = [];
  if (formats.includes('html')) files.push({ name: 'impact.html', content: renderImpactHtml(r, timeZone) });
  if (formats.includes('json')) files.push({ name: 'impact.json', content: renderImpactJson(r) });
  if (formats.includes('csv')) files.push({ name: 'impact.csv', content: renderImpactCsv(r) });
  return files;
}
