// One row per document: the table a 清理 report carries (序号, 文件名称, 文号, 制定机关, 层级, dates,
// 状态, problem counts, 主要问题, 建议 with its reason). The csv and xlsx formats write it, the HTML
// report shows it as its all-documents table. The 建议 is a starting point for the reviewer, derived
// from the findings by the rules stated in recommendationOf.
import { CATEGORY_NAMES, REVIEW_STATUS_NAMES, type DocumentReport, type Finding, type RunReport } from '../../pipeline/model/types.ts';
import { placeCount, placesOf } from '../../pipeline/model/places.ts';
import { LEVEL_NAMES, STATUS_NAMES, fileStem } from '../html/labels.ts';
import { localIsoDate } from '../local-time.ts';

export type Recommendation = '保留' | '修改' | '废止' | '宣布失效' | '人工审查';

export interface DocumentRow {
  no: number;
  title: string;
  docNumber: string;
  issuers: string;
  level: string;
  issuedOn: string;
  effectiveOn: string;
  validUntil: string;
  status: string;
  errors: number;
  warnings: number;
  infos: number;
  mainProblems: string;
  recommendation: Recommendation;
  reason: string;
  path: string;
}

export const COLUMNS: { key: keyof DocumentRow; header: string; width: number }[] = [
  { key: 'no', header: '序号', width: 6 },
  { key: 'title', header: '文件名称', width: 40 },
  { key: 'docNumber', header: '文号', width: 18 },
  { key: 'issuers', header: '制定机关', width: 24 },
  { key: 'level', header: '层级', width: 6 },
  { key: 'issuedOn', header: '发布日期', width: 11 },
  { key: 'effectiveOn', header: '施行日期', width: 11 },
  { key: 'validUntil', header: '有效期至', width: 11 },
  { key: 'status', header: '状态', width: 10 },
  { key: 'errors', header: '错误', width: 6 },
  { key: 'warnings', header: '警告', width: 6 },
  { key: 'infos', header: '提示', width: 6 },
  { key: 'mainProblems', header: '主要问题', width: 48 },
  { key: 'recommendation', header: '建议', width: 9 },
  { key: 'reason', header: '理由', width: 40 },
  { key: 'path', header: '文件', width: 36 },
];

const MAIN_PROBLEMS = 3;
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Findings that still stand: a reviewer's "not a problem" or "corrected" takes a finding off the table. */
function standing(d: DocumentReport): Finding[] {
  return d.findings.filter((f) => f.review?.status !== 'not-a-problem' && f.review?.status !== 'corrected');
}

/** How many provisions' places the findings stand at: a problem repeated in three clauses is three places. */
const places = (fs: Finding[]) => fs.reduce((n, f) => n + placeCount(f), 0);

/** "规范性文件设定罚款（第三条、第五条）；……" — the worst distinct problems, each with the places it stands at. */
function mainProblems(findings: Finding[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.location.start - b.location.start)) {
    if (f.severity === 'info' || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    out.push(`${f.title}（${[...new Set(placesOf(f).map((p) => p.label || '全文'))].join('、')}）`);
  }
  const more = out.length > MAIN_PROBLEMS ? `等 ${out.length} 类问题` : '';
  return out.slice(0, MAIN_PROBLEMS).join('；') + (more ? `；${more}` : '');
}

/**
 * 宣布失效: its validity has ended (有效期至 before the run's date). 废止: every error is about authority
 * (the issuer may not regulate the matter at all, so no amendment can cure it). 修改: any other error or
 * warning. 保留: nothing stands. 人工审查: the document could not be checked.
 */
export function recommendationOf(d: DocumentReport, asOf: string): { recommendation: Recommendation; reason: string } {
  if (d.status !== 'ok') return { recommendation: '人工审查', reason: `未能自动审查：${d.error?.message ?? STATUS_NAMES[d.status]}` };
  if (d.meta.validUntil && d.meta.validUntil < asOf) return { recommendation: '宣布失效', reason: `有效期已于 ${d.meta.validUntil} 届满` };
  const findings = standing(d);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (errors.length >= 2 && errors.every((f) => f.category === 'authority')) {
    return { recommendation: '废止', reason: `制定机关无权规定有关事项（${[...new Set(errors.map((f) => f.title))].join('；')}）` };
  }
  if (errors.length) {
    const cats = [...new Set(errors.map((f) => CATEGORY_NAMES[f.category]))];
    return { recommendation: '修改', reason: `${places(errors)} 处规定存在${cats.join('、')}的问题` };
  }
  if (warnings.length) return { recommendation: '修改', reason: `${places(warnings)} 处需要完善（${[...new Set(warnings.map((f) => f.title))].join('；')}）` };
  const reviewed = d.findings.filter((f) => f.review).map((f) => REVIEW_STATUS_NAMES[f.review!.status]);
  return { recommendation: '保留', reason: reviewed.length ? `经复核无须处理（${[...new Set(reviewed)].join('、')}）` : '未发现问题' };
}

export function documentRow(d: DocumentReport, index: number, asOf: string): DocumentRow {
  const m = d.meta;
  const findings = standing(d);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const levels = [...new Set(m.issuers.map((i) => (i.level ? LEVEL_NAMES[i.level] : '')).filter(Boolean))];
  return {
    no: index + 1,
    title: m.attachedTitle ?? m.title ?? fileStem(d.path),
    docNumber: m.docNumber ?? '',
    issuers: m.issuers.map((i) => i.name).join('、'),
    level: levels.join('、'),
    issuedOn: m.publishedOn ?? m.issuedOn ?? '',
    effectiveOn: m.effectiveOn ?? '',
    validUntil: m.validUntil ?? '',
    status: STATUS_NAMES[d.status] ?? d.status,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    mainProblems: mainProblems(findings),
    ...recommendationOf(d, asOf),
    path: d.path,
  };
}

/** The rows of a run; dates are judged as of the run's day (report.generatedAt, in the office's time zone). */
export function documentRows(report: RunReport, timeZone?: string): DocumentRow[] {
  const asOf = localIsoDate(report.generatedAt, timeZone);
  return report.documents.map((d, i) => documentRow(d, i, asOf));
}
