// Provisions: the units rules run on. Each 款 of each 条; for notices each numbered block that
// carries sentences; 制定依据 as 序言; text before the first numbered unit as 正文.
import type { OutlineNode, Provision } from '../model/types.ts';
import { SENTENCE_PUNCT } from './patterns.ts';

const STRUCTURAL = new Set(['part', 'chapter', 'section']);
const NUMBERED = new Set(['item', 'subitem']);

function itemLabel(node: OutlineNode, depth: number): string {
  const l = node.label;
  const unit = depth === 1 ? '项' : '目';
  if (/^（.+）$/.test(l)) return `第${l}${unit}`;
  return `第${l.replace(/[、.]$/, '')}${unit}`;
}

function collectParts(node: OutlineNode, prefix: string, depth: number, out: NonNullable<Provision['parts']>): void {
  for (const c of node.children) {
    if (!NUMBERED.has(c.kind)) continue;
    const label = prefix + itemLabel(c, depth);
    out.push({ label, start: c.start, end: c.end });
    collectParts(c, label, depth + 1, out);
  }
}

function carriesSentence(text: string): boolean {
  return SENTENCE_PUNCT.test(text) || /[，,：:]/.test(text) || text.length > 40;
}

export interface ProvisionOptions {
  /**
   * Label prefixes of attachments that are issued documents: '' for the (first) issued 办法, whose
   * provisions are the checked body; 《title》 for a second one. Other attachments get "附件N：".
   */
  prefixes: Map<OutlineNode, string>;
}

export function collectProvisions(root: OutlineNode, source: string, opts: ProvisionOptions): Provision[] {
  const out: Provision[] = [];
  const push = (path: string[], label: string, start: number, end: number, page: number | undefined, parts?: Provision['parts']) => {
    const p: Provision = { label, path, text: source.slice(start, end), start, end };
    if (page !== undefined) p.page = page;
    if (parts && parts.length) p.parts = parts;
    out.push(p);
  };

  const walkNumbered = (node: OutlineNode, path: string[]) => {
    const here = [...path, node.label];
    const kids = node.children.filter((c) => NUMBERED.has(c.kind));
    if (!kids.length) {
      push(here, here.join(''), node.start, node.end, node.page);
      return;
    }
    const ownEnd = trimEnd(source, node.start, kids[0]!.start);
    if (ownEnd > node.start && carriesSentence(source.slice(node.start, ownEnd))) push(here, here.join(''), node.start, ownEnd, node.page);
    for (const k of kids) walkNumbered(k, here);
  };

  const walk = (node: OutlineNode, path: string[]) => {
    let plainCount = 0;
    const extraCount: Record<string, number> = {};
    for (const c of node.children) {
      if (c.kind === 'attachment') {
        const prefix = opts.prefixes.get(c) ?? `${c.label}：`;
        walk(c, prefix ? [prefix] : []);
      } else if (STRUCTURAL.has(c.kind)) {
        walk(c, [...path, c.label]);
      } else if (c.kind === 'article') {
        const paras = c.children.filter((p) => p.kind === 'paragraph');
        for (const p of paras) {
          // the path always names the 款; the label omits 第一款 when the article has only one
          const here = [...path, c.label, p.label];
          const label = (paras.length > 1 ? here : here.slice(0, -1)).join('');
          const parts: NonNullable<Provision['parts']> = [];
          collectParts(p, '', 1, parts);
          push(here, label, p.start, p.end, p.page, parts);
        }
      } else if (NUMBERED.has(c.kind)) {
        walkNumbered(c, path);
      } else if (c.kind === 'paragraph' && (c.label === '文本框' || c.label === '脚注')) {
        const n = (extraCount[c.label] = (extraCount[c.label] ?? 0) + 1);
        const name = n === 1 ? c.label : `${c.label}${n}`;
        push([...path, name], [...path, name].join(''), c.start, c.end, c.page);
      } else if (c.kind === 'paragraph' || c.kind === 'preamble') {
        plainCount++;
        const base = c.kind === 'preamble' && c.label === '序言' ? '序言' : '正文';
        const name = plainCount === 1 || base === '序言' ? base : `${base}第${plainCount}段`;
        push([...path, name], [...path, name].join(''), c.start, c.end, c.page);
      }
    }
  };
  walk(root, []);
  return out;
}

function trimEnd(source: string, start: number, end: number): number {
  while (end > start && /[\s\u3000]/.test(source[end - 1]!)) end--;
  return end;
}
