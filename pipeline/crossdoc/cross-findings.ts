// Conflicts between documents of one batch, as findings of category `conflict` in each document
// concerned, whose `related` entries point at the other documents' provisions (law = the other
// document's title, article = its provision, document = its path). They are built-in checks of the batch
// — no single document shows them — with fixed rule ids, not rules of the YAML rule base.
import type { DocMeta, Finding, Provision, RelatedArticle } from '../model/types.ts';
import { fingerprint } from '../rules/postprocess.ts';
import { placeName } from '../model/place-name.ts';
import type { StaleReference } from './batch-references.ts';
import type { DocStatement } from './compare-statements.ts';
import type { Statement } from './statements.ts';

export const QUANTITY_RULE = 'conflict/batch-quantity-disagrees';
export const STALE_RULE = 'conflict/batch-relies-on-lapsed-document';

export interface BatchMeta {
  path: string;
  meta: DocMeta;
}

/** The title a document is known by: for a 印发 notice, the document it issues. */
function docTitle(m: DocMeta): string | null {
  return m.attachedTitle ?? /(?:印发|发布|公布)《(.+)》的(?:通知|决定|公告)$/.exec(m.title ?? '')?.[1] ?? m.title;
}

function docName(m: DocMeta, path: string): string {
  const title = docTitle(m);
  return `${title ? `《${title}》` : path}${m.docNumber ? `（${m.docNumber}）` : ''}`;
}

function quantityText(s: Statement): string {
  return `“${s.raw}”`;
}

function located(p: Provision | null, start: number, end: number, match: string, fallbackText: string): Finding['location'] {
  const loc: Finding['location'] = {
    label: p?.label ?? '全文', path: p ? [...p.path] : [], start, end, text: p?.text ?? fallbackText, match,
  };
  if (p?.page !== undefined) loc.page = p.page;
  return loc;
}

function relatedOf(other: DocStatement, meta: DocMeta): RelatedArticle {
  const p = other.statement.provision;
  return { law: docTitle(meta) ?? other.path, article: p.label, text: p.text, score: 1, document: other.path };
}

/** For each statement of a conflicting group, a finding that names the disagreeing statements of the other documents. */
export function quantityFindings(groups: DocStatement[][], metaOf: (path: string) => DocMeta): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const group of groups) {
    for (const mine of group) {
      const s = mine.statement;
      const others = group.filter((o) => o.path !== mine.path && (o.statement.min !== s.min || o.statement.max !== s.max || o.statement.unit !== s.unit));
      if (!others.length) continue;
      const what = s.kind === 'fine' ? `对“${s.subject}”规定了${quantityText(s)}` : `对同一事项规定了${quantityText(s)}的期限`;
      const theirs = others.map((o) => `${docName(metaOf(o.path), o.path)}${placeName(o.statement.provision.path, o.statement.provision.label) ?? ''}规定${quantityText(o.statement)}`).join('；');
      const f: Finding = {
        id: fingerprint(QUANTITY_RULE, s.provision.label, s.raw, 0),
        ruleId: QUANTITY_RULE,
        category: 'conflict',
        severity: 'warning',
        title: s.kind === 'fine' ? '同批文件对同一行为规定的罚款不一致' : '同批文件对同一程序规定的期限不一致',
        message: `本条${what}，而同批文件中${theirs}，对同一${s.kind === 'fine' ? '行为' : '事项'}的规定不一致，执行中无所适从。`,
        suggestion: '核对同批文件的规定，以上位法为准统一标准；由制定机关协调修改或者废止不一致的规定。',
        location: located(s.provision, s.start, s.end, s.raw, ''),
        basis: [],
        related: others.map((o) => relatedOf(o, metaOf(o.path))),
      };
      const list = out.get(mine.path);
      if (list) list.push(f);
      else out.set(mine.path, [f]);
    }
  }
  return out;
}

export function staleFindings(refs: StaleReference[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const occurrences = new Map<string, number>();
  for (const r of refs) {
    const target = docName(r.to.meta, r.to.path);
    const why = r.why.kind === 'expired'
      ? `有效期已于 ${r.why.on} 届满`
      : `已被同批${docName(r.why.by.meta, r.why.by.path)}废止${r.why.on ? `（${r.why.on}）` : ''}`;
    const label = r.provision?.label ?? '全文';
    const key = `${label}\u0000${r.raw}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    const f: Finding = {
      id: fingerprint(STALE_RULE, label, r.raw, n),
      ruleId: STALE_RULE,
      category: 'conflict',
      severity: 'warning',
      title: '依据的同批文件已失效或被废止',
      message: `本文件引用的${target}${why}，不能再作为依据。`,
      suggestion: '改引现行有效的文件，或者对本文件一并清理（修改或者废止）。',
      location: located(r.provision, r.start, r.end, r.raw, ''),
      basis: [],
      related: [{
        law: docTitle(r.to.meta) ?? r.to.path,
        article: '全文',
        text: [r.to.meta.docNumber, r.to.meta.validityText, why].filter(Boolean).join('；'),
        score: 1,
        document: r.to.path,
      }],
    };
    const list = out.get(r.from.path);
    if (list) list.push(f);
    else out.set(r.from.path, [f]);
  }
  return out;
}

