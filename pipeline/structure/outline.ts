// Builds the outline tree from lines: front matter, 编/章/节/条 with 款/项/目 inside articles,
// notice numbering (一、（一）1.（1）①) outside articles, tables, the 落款, attachments and the 版记.
import type { OutlineKind, OutlineNode } from '../model/types.ts';
import type { Line } from './lines.ts';
import { NUMBERING_RANK, STRUCTURE_RANK, readMarker, type Marker } from './markers.ts';
import { readFront, type Front } from './front.ts';
import { findImprint, findSignature, type Signature } from './tail.ts';
import { toChinese as toCn } from './numerals.ts';
import { ATTACHMENT_NOTE, CLOSING_FORMULA, CLOSING, PAGE_NUMBER, SENTENCE_PUNCT, ANY_PUNCT } from './patterns.ts';
import { ATTACHMENT_LABEL, ATTACHMENT_WITH_TITLE, attachmentStarts, furtherIssuedStarts, issuedTitleStart } from './attachments.ts';

export interface Zone {
  node: OutlineNode; // document or attachment
  front: Front;
  signature: Signature | null;
}

export interface OutlineResult {
  root: OutlineNode;
  zones: Zone[];
  imprint: Line[];
}

function makeNode(kind: OutlineKind, label: string, line: Line, number?: number): OutlineNode {
  const n: OutlineNode = { kind, label, text: '', start: line.start, end: line.end, children: [] };
  if (number !== undefined) n.number = number;
  if (line.page !== undefined) n.page = line.page;
  return n;
}

const TABLE_START = /^(附表|表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：　 ]/;
const MAX_CHAPTER_HEADING = 50;

class Builder {
  private structural: OutlineNode[] = []; // zone root, then part/chapter/section
  private article: OutlineNode | null = null;
  private lastArticleNumber = 0;
  private paragraph: OutlineNode | null = null;
  private items: OutlineNode[] = []; // item stack inside the current paragraph
  private notice: OutlineNode[] = []; // numbering stack outside articles
  private table: OutlineNode | null = null;
  private open: OutlineNode[] = []; // every node whose end grows with the next line

  constructor(private zoneRoot: OutlineNode) {
    this.structural = [zoneRoot];
  }

  private container(): OutlineNode {
    return this.structural[this.structural.length - 1]!;
  }

  private extend(line: Line): void {
    for (const n of this.open) if (line.end > n.end) n.end = line.end;
    if (line.end > this.zoneRoot.end) this.zoneRoot.end = line.end;
  }

  private resetOpen(): void {
    this.open = [...this.structural.slice(1)];
    if (this.article) this.open.push(this.article);
    if (this.paragraph) this.open.push(this.paragraph);
    this.open.push(...this.items, ...this.notice);
    if (this.table) this.open.push(this.table);
  }

  private closeArticle(): void {
    this.article = null;
    this.paragraph = null;
    this.items = [];
    this.table = null;
  }

  add(line: Line): void {
    const t = line.text;
    if (PAGE_NUMBER.test(t)) return;
    if (line.kind === 'footnote' || line.kind === 'textbox') {
      // Word appends text boxes and footnotes after the body: never a 款 of the last article
      this.closeArticle();
      this.notice = [];
      this.note = null;
      const node = makeNode('paragraph', line.kind === 'footnote' ? '脚注' : '文本框', line);
      this.zoneRoot.children.push(node);
      this.structural = [this.zoneRoot];
      this.resetOpen();
      this.extend(line);
      return;
    }
    const marker = readMarker(t);
    const isTableLine = line.kind === 'table' || t.includes('\t');
    // a table under a caption (附表：…) continues with short cell lines; a tab table only with tab lines
    if (this.table && !marker && (isTableLine || (this.tableCaptioned && this.tableCell(t)))) {
      this.extend(line);
      return;
    }
    this.table = null;
    if (this.note && (marker?.type === 'arabic' || marker?.type === 'paren-arabic') && t.length <= 60 && !SENTENCE_PUNCT.test(t)) {
      this.extend(line); // next entry of the 附件说明 list
      return;
    }
    this.note = null;
    if (!this.article && (ATTACHMENT_NOTE.test(t) || CLOSING_FORMULA.test(t))) {
      this.notice = [];
      const node = makeNode('heading', CLOSING_FORMULA.test(t) ? '结束语' : '附件说明', line);
      this.container().children.push(node);
      this.resetOpen();
      if (node.label === '附件说明') { this.note = node; this.open.push(node); }
      this.extend(line);
      return;
    }
    if (marker && this.acceptMarker(marker, t)) this.addMarker(marker, line);
    else if (isTableLine || TABLE_START.test(t)) {
      this.startTable(line);
      this.tableCaptioned = !isTableLine;
    }
    else this.addPlain(line);
    this.extend(line);
  }

  private tableCell(t: string): boolean {
    return t.length <= 30 && !ANY_PUNCT.test(t);
  }

  private acceptMarker(m: Marker, t: string): boolean {
    const rank = STRUCTURE_RANK[m.type];
    if (rank !== undefined) return t.length <= MAX_CHAPTER_HEADING && !SENTENCE_PUNCT.test(t);
    if (m.type === 'article') {
      if (m.spaced) return true;
      // "第五条为了…" without a space: only when it continues the sequence
      return m.number === this.lastArticleNumber + 1 || (m.sub !== undefined && m.number === this.lastArticleNumber);
    }
    return true;
  }

  private addMarker(m: Marker, line: Line): void {
    const structRank = STRUCTURE_RANK[m.type];
    if (structRank !== undefined) {
      this.closeArticle();
      this.notice = [];
      while (this.structural.length > 1) {
        const top = this.structural[this.structural.length - 1]!;
        const topRank = STRUCTURE_RANK[top.kind === 'part' ? 'part' : top.kind === 'chapter' ? 'chapter' : 'section'];
        if (topRank !== undefined && topRank >= structRank) this.structural.pop();
        else break;
      }
      const node = makeNode(m.type as OutlineKind, m.label, line, m.number);
      this.container().children.push(node);
      this.structural.push(node);
      this.resetOpen();
      return;
    }
    if (m.type === 'article') {
      this.closeArticle();
      this.notice = [];
      const node = makeNode('article', m.label, line, m.number);
      this.container().children.push(node);
      this.article = node;
      this.lastArticleNumber = m.number;
      this.paragraph = makeNode('paragraph', '第一款', line, 1);
      node.children.push(this.paragraph);
      this.emptyHead = line.text.slice(m.length).trim() === '';
      this.resetOpen();
      return;
    }
    const rank = NUMBERING_RANK[m.type]!;
    if (this.article) {
      // 项/目 inside the current 款: a deeper numbering style nests, the same or a higher one is a sibling
      while (this.items.length && (this.rankOf.get(this.items[this.items.length - 1]!) ?? 0) >= rank) this.items.pop();
      const parent = this.items[this.items.length - 1] ?? this.paragraph!;
      const node = makeNode(this.items.length ? 'subitem' : 'item', m.label, line, m.number);
      this.rankOf.set(node, rank);
      parent.children.push(node);
      this.items.push(node);
      this.resetOpen();
      return;
    }
    while (this.notice.length && (this.rankOf.get(this.notice[this.notice.length - 1]!) ?? 0) >= rank) this.notice.pop();
    const parent = this.notice[this.notice.length - 1] ?? this.container();
    const node = makeNode(this.notice.length ? 'subitem' : 'item', m.label, line, m.number);
    this.rankOf.set(node, rank);
    parent.children.push(node);
    this.notice.push(node);
    this.resetOpen();
  }

  private rankOf = new WeakMap<OutlineNode, number>();
  private emptyHead = false;
  private tableCaptioned = false;
  private note: OutlineNode | null = null;

  private startTable(line: Line): void {
    const node = makeNode('table', '表格', line);
    // a table ends the current 款: text after it starts a new one
    this.paragraph = null;
    this.items = [];
    const parent = this.article ?? this.notice[this.notice.length - 1] ?? this.container();
    parent.children.push(node);
    this.table = node;
    this.resetOpen();
  }

  private addPlain(line: Line): void {
    if (this.article && this.emptyHead && this.paragraph) {
      this.emptyHead = false; // "第五条" alone on its line: the next line is its first 款
      return;
    }
    if (this.article) {
      // a new 款
      this.items = [];
      const n = this.article.children.filter((c) => c.kind === 'paragraph').length + 1;
      this.paragraph = makeNode('paragraph', `第${toCn(n)}款`, line, n);
      this.article.children.push(this.paragraph);
      this.resetOpen();
      return;
    }
    if (this.notice.length && !CLOSING.test(line.text)) return; // continuation of the numbered block
    this.notice = [];
    const heading = !SENTENCE_PUNCT.test(line.text) && line.text.length <= 30 && !/[，,：:]$/.test(line.text);
    const node = makeNode(heading ? 'heading' : 'paragraph', heading ? '标题' : '正文', line);
    this.container().children.push(node); // each plain paragraph is its own node
    this.resetOpen();
  }

  finishStructureOnly(node: OutlineNode): void {
    this.zoneRoot.children.push(node);
    this.closeArticle();
    this.notice = [];
    this.structural = [this.zoneRoot];
    this.resetOpen();
  }
}

function frontNode(front: Front, zoneRoot: OutlineNode): void {
  const labels: Record<string, string> = {
    source: '来源信息', 'copy-number': '份号', secrecy: '密级', urgency: '紧急程度', 'red-head': '发文机关标志', 'doc-number': '发文字号',
    title: '标题', note: '题注', addressee: '主送机关',
  };
  let title: OutlineNode | null = null;
  for (const f of front.lines) {
    if (f.role === 'title' && title) { title.end = f.line.end; continue; }
    const n = makeNode('heading', labels[f.role]!, f.line);
    zoneRoot.children.push(n);
    if (f.role === 'title') title = n;
  }
}

/** Builds one zone (the main document or one attachment) from lines[from, to). */
function buildZone(lines: Line[], from: number, to: number, zoneRoot: OutlineNode, findSig: boolean): Zone {
  const front = readFront(lines, from, to);
  frontNode(front, zoneRoot);
  const signature = findSig ? findSignature(lines, front.bodyFrom, to) : null;
  const b = new Builder(zoneRoot);
  const bodyEnd = signature ? signature.from : to;
  let i = front.bodyFrom;
  for (; i < bodyEnd; i++) b.add(lines[i]!);
  if (signature) {
    const sig = makeNode('signature', '落款', lines[signature.from]!);
    sig.end = lines[signature.to - 1]!.end;
    b.finishStructureOnly(sig);
    if (sig.end > zoneRoot.end) zoneRoot.end = sig.end;
    // text after the 落款 in the same zone (rare): keep it as body
    for (i = signature.to; i < to; i++) b.add(lines[i]!);
  }
  for (const c of zoneRoot.children) if (c.start < zoneRoot.start) zoneRoot.start = c.start;
  return { node: zoneRoot, front, signature };
}

export function buildOutline(lines: Line[], textLength: number): OutlineResult {
  const imprintFrom = findImprint(lines);
  const root: OutlineNode = { kind: 'document', label: '', text: '', start: 0, end: textLength, children: [] };
  const zones: Zone[] = [];
  if (!lines.length) return { root, zones, imprint: [] };
  // First pass over the main document to find its 落款; attachments follow it.
  const probe = readFront(lines, 0, imprintFrom);
  const sig = findSignature(lines, probe.bodyFrom, imprintFrom);
  const starts = attachmentStarts(lines, probe.bodyFrom, imprintFrom, sig ? sig.to : null);
  if (!sig && !starts.length) {
    const issued = issuedTitleStart(lines, probe.bodyFrom, imprintFrom);
    if (issued !== null) starts.push(issued);
  }
  if (starts.length) {
    for (const s of furtherIssuedStarts(lines, probe.bodyFrom, starts[0]!, imprintFrom)) if (!starts.includes(s)) starts.push(s);
    starts.sort((a, b) => a - b);
  }
  const mainEnd = starts[0] ?? imprintFrom;
  const main: OutlineNode = { kind: 'document', label: '', text: '', start: 0, end: 0, children: [] };
  zones.push(buildZone(lines, 0, mainEnd, main, true));
  root.children.push(...main.children);
  zones[0]!.node = root;
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? imprintFrom;
    const line = lines[s]!;
    const m = ATTACHMENT_LABEL.exec(line.text) ?? ATTACHMENT_WITH_TITLE.exec(line.text);
    const isLabel = !!m;
    const num = m?.[1] ? m[1] : '';
    const att = makeNode('attachment', `附件${num}`, line);
    root.children.push(att);
    // the label line itself (附件1 / 附件1：标题) is a heading; a 附件1：标题 line is also the title
    let from = s;
    if (isLabel) {
      att.children.push(makeNode('heading', '附件标识', line));
      from = s + 1;
    }
    if (m && ATTACHMENT_WITH_TITLE.test(line.text) && !ATTACHMENT_LABEL.test(line.text)) {
      // "附件1：XX表" carries its title on the label line
      const z = buildZone(lines, from, end, att, false);
      z.front = { ...z.front, title: z.front.title ?? m[2]!.trim() };
      zones.push(z);
    } else zones.push(buildZone(lines, from, end, att, false));
    att.end = Math.max(att.end, lines[end - 1]!.end);
  });
  const imprint = lines.slice(imprintFrom);
  if (imprint.length) {
    const n = makeNode('heading', '版记', imprint[0]!);
    n.end = imprint[imprint.length - 1]!.end;
    root.children.push(n);
  }
  return { root, zones, imprint };
}

/** Fills every node's text from the source (text always equals source.slice(start, end)). */
export function fillText(node: OutlineNode, source: string): void {
  node.text = source.slice(node.start, node.end);
  for (const c of node.children) fillText(c, source);
}
