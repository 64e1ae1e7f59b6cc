// Chinese names for the report's codes, shared by the HTML report and the review-opinion drafts.
import { ISSUER_LEVEL_NAMES, type DocStatus, type Issuer, type IssuerKind, type IssuerLevel, type Severity } from '../../pipeline/model/types.ts';

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const STATUS_NAMES: Record<DocStatus, string> = {
  ok: '已检查', failed: '读取失败', unsupported: '格式不支持', 'no-text': '无可用文字',
};

export const LEVEL_NAMES: Record<IssuerLevel, string> = ISSUER_LEVEL_NAMES;

export const KIND_NAMES: Record<IssuerKind, string> = {
  'people-congress': '人大及其常委会', government: '政府', 'general-office': '办公室（厅）', department: '部门',
  'internal-unit': '内设机构', 'coordination-body': '议事协调机构', court: '法院', procuratorate: '检察院', other: '其他',
};

/** "清河县人民政府（县级·政府）" */
export function issuerLabel(issuer: Issuer): string {
  const level = issuer.level ? LEVEL_NAMES[issuer.level] : '层级不明';
  return `${issuer.name}（${level}·${KIND_NAMES[issuer.kind] ?? issuer.kind}）`;
}

/** "2025-03-01" → "2025年3月1日"; anything else is shown as given. */
export function chineseDate(date: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!m) return date ?? '';
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The last path segment without extension: the name a reviewer knows the file by. */
export function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
