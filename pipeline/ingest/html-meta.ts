// The 政府信息公开 metadata block that portals print above a document: 索引号, 发文机关,
// 发文字号, 成文日期, 发布日期, 有效性, 主题分类 … as table cells ("<td>发文字号：</td><td>…</td>")
// or inline ("<li>发文字号：…</li>"). Read from the sequence of text cells in page order.
import type { DocMeta } from '../model/types.ts';

const LABELS: Record<string, string> = {
  索引号: 'index', 发文机关: 'issuer', 发布机构: 'issuer', 发文单位: 'issuer', 制发机关: 'issuer', 发布单位: 'issuer',
  发文字号: 'docNumber', 文号: 'docNumber', 发文号: 'docNumber',
  成文日期: 'writtenOn', 发文日期: 'writtenOn', 印发日期: 'writtenOn',
  发布日期: 'publishedOn', 公开日期: 'publishedOn', 发布时间: 'publishedOn',
  有效性: 'validity', 时效: 'validity', 效力状态: 'validity',
  主题分类: 'topic', 信息分类: 'topic', 公开方式: 'openness', 名称: 'title', 标题: 'title',
};
const LABEL_RE = new RegExp(`^(${Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|')})\\s*(?:[:：]\\s*(.*))?$`);

export type PortalFields = Partial<Record<'index' | 'issuer' | 'docNumber' | 'writtenOn' | 'publishedOn' | 'validity' | 'topic' | 'openness' | 'title', string>>;

/** cells: short texts in document order (table cells, list items, spans). */
export function readPortalFields(cells: string[]): PortalFields {
  const out: PortalFields = {};
  for (let i = 0; i < cells.length; i++) {
    // "索 引 号：" is spaced out to align the column: drop blanks inside the label.
    const cell = cells[i].replace(/[\s\u00a0\u3000]+/g, ' ').trim()
      .replace(/^((?:[\u4e00-\u9fff] ?){2,5})(?=[:：])/, (m) => m.replace(/ /g, ''));
    const m = LABEL_RE.exec(cell);
    if (!m) continue;
    const key = LABELS[m[1]] as keyof PortalFields;
    let value = (m[2] ?? '').trim();
    if (!value && i + 1 < cells.length && !LABEL_RE.test(cells[i + 1].trim())) value = cells[++i].trim();
    // A label cell may also hold the next label ("发文字号：x 成文日期：y") on one line.
    const cut = value.search(/\s(索引号|发文机关|发布机构|发文字号|成文日期|发布日期|有效性|主题分类)\s*[:：]/);
    if (cut > 0) { cells.splice(i + 1, 0, value.slice(cut + 1)); value = value.slice(0, cut).trim(); }
    if (value && value.length <= 200 && !(key in out)) out[key] = value;
  }
  return out;
}

/** 2023年5月6日 / 2023-05-06 / 2023.5.6 / 2023/05/06 → 2023-05-06. */
export function isoDate(s: string | undefined): string | null {
  if (!s) return null;
  const m = /(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function portalMeta(f: PortalFields): Partial<DocMeta> {
  const meta: Partial<DocMeta> = {};
  if (f.docNumber && !/^(无|暂无|—+|-+)$/.test(f.docNumber)) meta.docNumber = f.docNumber;
  if (f.issuer) {
    // Joint documents list several issuers; the structure stage refines level and kind.
    meta.issuers = f.issuer.split(/[、，,;；\s]+/).filter((n) => n.length >= 2).map((name) => ({ name, level: null, kind: 'other' as const }));
  }
  const written = isoDate(f.writtenOn);
  if (written) meta.issuedOn = written;
  const published = isoDate(f.publishedOn);
  if (published) meta.publishedOn = published;
  if (f.validity) meta.validityText = f.validity;
  if (f.title) meta.title = f.title;
  return meta;
}

export function portalNote(f: PortalFields): string | null {
  const labels: [keyof PortalFields, string][] = [
    ['index', '索引号'], ['issuer', '发文机关'], ['docNumber', '发文字号'], ['writtenOn', '成文日期'],
    ['publishedOn', '发布日期'], ['validity', '有效性'], ['topic', '主题分类'],
  ];
  const parts = labels.filter(([k]) => f[k]).map(([k, l]) => `${l}：${f[k]}`);
  return parts.length ? `网页信息公开栏：${parts.join('；')}` : null;
}
