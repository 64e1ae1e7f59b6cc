// The wording of a 审查意见书 draft, as plain structured text: kept apart from the .docx layout so the
// content can be tested and reused (e.g. a plain-text draft) without Word.
import type { DocumentReport, Finding } from '../../pipeline/model/types.ts';
import { fileStem } from '../html/labels.ts';

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 25 → 二十五 (enough for the problems in one document). */
export function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_ORDINALS[n - 1]!;
  if (n < 20) return `十${CHINESE_ORDINALS[n - 11]}`;
  if (n < 100) return `${CHINESE_ORDINALS[Math.floor(n / 10) - 1]}十${n % 10 ? CHINESE_ORDINALS[(n % 10) - 1] : ''}`;
  return String(n);
}

export interface OpinionPoint {
  heading: string | null; // "（一）规范性文件设定罚款" when a provision has several problems
  reason: string; // "经审查，……"
  basis: string[]; // "《中华人民共和国行政处罚法》第十六条规定：“……”"
  suggestion: string; // "建议：……"
}

/** One provision with its problems: the provision is quoted once, then each problem. */
export interface OpinionProblem {
  heading: string; // "一、关于第二章第五条第一款"
  quote: string; // "该款规定：“……”"
  points: OpinionPoint[];
}

export interface OpinionDraft {
  title: string;
  numberLine: string;
  salutation: string;
  opening: string;
  problems: OpinionProblem[];
  closing: string;
  signature: string;
  date: string;
  note: string;
}

/** Findings an opinion is written for: errors and warnings, in document order (errors first within a place). */
export function opinionFindings(d: DocumentReport): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return d.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.severity !== 'info')
    .sort((a, b) => a.f.location.start - b.f.location.start || rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

function groupByProvision(findings: Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.location.label}\u0000${f.location.text}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

function quoteArticle(b: Finding['basis'][number]): string {
  return `《${b.law}》${b.article}规定：“${b.text.split('\n').map((p) => p.trim()).filter(Boolean).join('')}”`;
}

function unitWord(label: string): string {
  const m = /(条|款|项|目|章|节)$/.exec(label);
  return m ? `该${m[1]}` : '该规定';
}

export function buildOpinionDraft(d: DocumentReport): OpinionDraft {
  // For a 印发 notice the review is of the document it issues (the 办法), which the letter names.
  const docTitle = d.meta.attachedTitle ?? d.meta.title ?? fileStem(d.path);
  const number = d.meta.docNumber ? `（${d.meta.docNumber}）` : '';
  const issuers = d.meta.issuers.map((x) => x.name);
  const problems = groupByProvision(opinionFindings(d)).map((group, k): OpinionProblem => {
    const first = group[0]!;
    const label = first.location.label || '全文';
    const provision = first.location.text.trim();
    return {
      heading: `${chineseNumber(k + 1)}、关于${label}${group.length === 1 ? `（${first.title}）` : ''}`,
      quote: provision ? `${unitWord(label)}规定：“${provision}”` : `问题表述：“${first.location.match || docTitle}”`,
      points: group.map((f, j) => ({
        heading: group.length > 1 ? `（${chineseNumber(j + 1)}）${f.title}` : null,
        reason: `经审查，${f.message}`,
        basis: f.basis.map(quoteArticle),
        suggestion: f.suggestion ? `建议：${f.suggestion}` : '建议：请对照上位法规定研究修改。',
      })),
    };
  });
  return {
    title: `关于《${docTitle}》的审查意见书`,
    numberLine: '备审〔    〕    号',
    salutation: `${issuers.length ? issuers.join('、') : '（制定机关）'}：`,
    opening: `根据《中华人民共和国立法法》《法规规章备案审查条例》及有关规定，我们对你单位报送备案的《${docTitle}》${number}进行了审查，现提出如下审查意见：`,
    problems,
    closing: '请你单位自收到本意见之日起    日内研究处理，并将处理结果书面反馈。',
    signature: '（审查机关）',
    date: '    年  月  日',
    note: '（本意见书初稿由备审 beishen 根据机器初筛结果生成，须经审查人员逐项核实、修改后方可使用。）',
  };
}

/** opinions/<file name>-审查意见书.docx, safe on every file system, unique within the batch. */
export function opinionFileName(d: DocumentReport, taken: Set<string>): string {
  const stem = fileStem(d.path).replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 80) || '文件';
  let name = `opinions/${stem}-审查意见书.docx`;
  for (let n = 2; taken.has(name); n++) name = `opinions/${stem}-${n}-审查意见书.docx`;
  taken.add(name);
  return name;
}
