// beishen diff as text (terminal), JSON (machines) and Markdown (a pull-request comment on a rule-set
// change: "this change adds N, removes M findings over the archive"). Document text in Markdown is
// escaped: a comment renders HTML and Markdown, and the documents are untrusted.
import { CATEGORY_NAMES, type Severity } from '../../pipeline/model/types.ts';
import type { ChangedFinding, DocumentDiff, FindingBrief, ReportDiff } from '../../pipeline/review/diff-reports.ts';
import { PLAIN, type Paint } from '../colour.ts';

const SEV: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const FIELD_NAMES: Record<ChangedFinding['fields'][number], string> = {
  ruleId: '规则', severity: '级别', category: '类别', title: '标题', message: '说明', basis: '依据', places: '出处',
};

/** "说明、出处改变（增加 第九条；减少 第七条）": what changed, and which places a merged finding gained or lost. */
function changedText(c: ChangedFinding, esc: (s: string) => string = (s) => s): string {
  const p = c.places;
  const detail = p ? [p.added.length ? `增加 ${p.added.map(esc).join('、')}` : '', p.removed.length ? `减少 ${p.removed.map(esc).join('、')}` : ''].filter(Boolean).join('；') : '';
  return `${c.fields.map((f) => FIELD_NAMES[f]).join('、')}改变${detail ? `（${detail}）` : ''}`;
}
const MAX_SHOWN = 80; // per list in text and Markdown; JSON has everything

function bySeverity(c: Record<Severity, number>): string {
  return (['error', 'warning', 'info'] as const).filter((s) => c[s]).map((s) => `${SEV[s]} ${c[s]}`).join('，');
}

export function headline(diff: ReportDiff): string {
  const s = diff.summary;
  const docs = s.documents;
  const extra = [docs.added ? `新增文件 ${docs.added} 件` : '', docs.removed ? `移除文件 ${docs.removed} 件` : ''].filter(Boolean).join('，');
  const sev = (c: Record<Severity, number>) => (c.error + c.warning + c.info ? `（${bySeverity(c)}）` : '');
  return `在两次都检查的 ${docs.compared} 件文件上：新增问题 ${s.findings.added} 项${sev(s.addedBySeverity)}，` +
    `消除 ${s.findings.resolved} 项${sev(s.resolvedBySeverity)}，变化 ${s.findings.changed} 项，未变 ${s.findings.unchanged} 项` +
    `${extra ? `；${extra}` : ''}。`;
}

function rulesetLine(diff: ReportDiff): string {
  const o = diff.old.ruleset;
  const n = diff.new.ruleset;
  return o.hash === n.hash ? `规则集 ${n.id}@${n.version}（两次相同）` : `规则集 ${o.id}@${o.version}（${o.hash.slice(0, 8)}）→ ${n.id}@${n.version}（${n.hash.slice(0, 8)}）`;
}

function briefLine(f: FindingBrief): string {
  return `${SEV[f.severity]} ${f.label || '全文'} [${CATEGORY_NAMES[f.category]}] ${f.title}${f.match ? ` “${f.match}”` : ''}（${f.ruleId}）`;
}

export function renderDiffText(diff: ReportDiff, paint: Paint = PLAIN): string {
  const out = [paint.bold(`备审 beishen diff · ${rulesetLine(diff)}`), headline(diff), ''];
  for (const d of diff.documents) {
    const tag = d.presence === 'added' ? '（新增文件）' : d.presence === 'removed' ? '（移除的文件）' : '';
    const status = d.statusBefore && d.statusAfter && d.statusBefore !== d.statusAfter ? `（状态 ${d.statusBefore} → ${d.statusAfter}）` : '';
    out.push(`${d.path}${d.title ? ` 《${d.title}》` : ''}${tag}${status}`);
    if (d.presence !== 'compared') {
      out.push(`    ${d.presence === 'added' ? '问题' : '原有问题'} ${(d.presence === 'added' ? d.added : d.resolved).length} 项`);
      continue;
    }
    for (const f of d.added.slice(0, MAX_SHOWN)) out.push(`  ${paint.error('+')} ${briefLine(f)}`);
    for (const f of d.resolved.slice(0, MAX_SHOWN)) out.push(`  ${paint.ok('-')} ${briefLine(f)}`);
    for (const c of d.changed.slice(0, MAX_SHOWN)) out.push(`  ${paint.warning('~')} ${briefLine(c.after)}：${changedText(c)}`);
    const hidden = Math.max(0, d.added.length - MAX_SHOWN) + Math.max(0, d.resolved.length - MAX_SHOWN) + Math.max(0, d.changed.length - MAX_SHOWN);
    if (hidden) out.push(`  …… 另有 ${hidden} 项，见 --format json`);
  }
  if (!diff.documents.length) out.push('两次运行的结果相同。');
  return out.join('\n') + '\n';
}

export function renderDiffJson(diff: ReportDiff): string {
  return JSON.stringify(diff, null, 2) + '\n';
}

/** Markdown-safe text: no HTML, no table breaks, no emphasis or links from document words. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1');
}

function mdFinding(f: FindingBrief): string {
  return `${SEV[f.severity]} · ${escapeMarkdown(f.label || '全文')} · ${escapeMarkdown(f.title)}${f.match ? ` · “${escapeMarkdown(f.match)}”` : ''} · \`${f.ruleId.replace(/`/g, '')}\``;
}

function mdDocument(d: DocumentDiff): string[] {
  const head = `${escapeMarkdown(d.path)}${d.title ? ` 《${escapeMarkdown(d.title)}》` : ''}`;
  const lines = [`<details><summary>${head.replace(/\\([^\\])/g, '$1')} — 新增 ${d.added.length}，消除 ${d.resolved.length}，变化 ${d.changed.length}</summary>`, ''];
  for (const f of d.added.slice(0, MAX_SHOWN)) lines.push(`- ➕ ${mdFinding(f)}`);
  for (const f of d.resolved.slice(0, MAX_SHOWN)) lines.push(`- ➖ ${mdFinding(f)}`);
  for (const c of d.changed.slice(0, MAX_SHOWN)) lines.push(`- ✏️ ${mdFinding(c.after)}（${changedText(c, escapeMarkdown)}）`);
  lines.push('', '</details>');
  return lines;
}

export function renderDiffMarkdown(diff: ReportDiff): string {
  const s = diff.summary;
  const out = ['## 备审 beishen：两次检查结果的比较', '', escapeMarkdown(rulesetLine(diff)), '', `**${headline(diff)}**`, ''];
  const rules = Object.entries(s.byRule).sort((a, b) => (b[1].added + b[1].resolved) - (a[1].added + a[1].resolved) || (a[0] < b[0] ? -1 : 1));
  if (rules.length) {
    out.push('| 规则 | 新增 | 消除 | 变化 |', '| --- | ---: | ---: | ---: |');
    for (const [id, c] of rules) out.push(`| \`${id.replace(/`/g, '')}\` | ${c.added} | ${c.resolved} | ${c.changed} |`);
    out.push('');
  }
  const compared = diff.documents.filter((d) => d.presence === 'compared');
  if (compared.length) {
    out.push(`### 有变化的文件（${compared.length} 件）`, '');
    // The HTML summary line must not carry Markdown escapes, and document text must not carry HTML.
    for (const d of compared) out.push(...mdDocument(d), '');
  }
  const others = diff.documents.filter((d) => d.presence !== 'compared');
  if (others.length) {
    out.push(`### 只在一次运行中出现的文件（${others.length} 件）`, '');
    for (const d of others) out.push(`- ${escapeMarkdown(d.path)}：${d.presence === 'added' ? '新增' : '移除'}（问题 ${(d.presence === 'added' ? d.added : d.resolved).length} 项）`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
