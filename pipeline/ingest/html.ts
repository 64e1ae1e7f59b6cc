// Web pages saved from government portals (.html/.htm/.mht, sometimes renamed .doc): keep the
// article body, drop navigation and page chrome, and read the 信息公开 metadata block.
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { DocumentError, type IngestResult } from '../model/types.ts';
import type { IngestOptions } from './index.ts';
import { decodeHtmlBytes, htmlFromMht } from './html-decode.ts';
import { portalMeta, portalNote, readPortalFields } from './html-meta.ts';
import { buildResult, type Para } from './paragraphs.ts';
import { sniffDetail } from './sniff.ts';

const DROP = 'script,style,noscript,iframe,object,embed,svg,canvas,template,form,button,select,input,textarea,nav,header,footer,aside';
const CHROME = /(^|[\s_-])(nav|menu|header|footer|foot|banner|breadcrumb|crumb|position|location|share|sidebar|side|toolbar|copyright|links?|friend|search|login|print|close|topbar|bottom)([\s_-]|\d|$)/i;
/** Ids and classes that portals (TRS, Hanweb, …) give the article body. */
const BODY_SELECTORS = ['#zoom', '.TRS_Editor', '#TRS_Editor', '#UCAP-CONTENT', '.pages_content', '#content', '.article-content', '.article', '#article', '.content', '.zw', '#zw', '.view', '.wzy_body'];
const BLOCK = new Set(['P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'DL', 'DT', 'DD', 'CENTER', 'TBODY', 'THEAD']);
const MAX_HTML_CHARS = 20_000_000;

const cjk = (s: string): number => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;

/** Paragraph texts of an element: block elements and <br> break lines, cells are spaced. */
function blockLines(el: Node, out: string[], cur: { s: string }): void {
  for (const child of el.childNodes) {
    if (child.nodeType === 3) { cur.s += child.text.replace(/[\s\u00a0]+/g, ' '); continue; }
    if (child.nodeType !== 1) continue;
    const tag = (child as HTMLElement).tagName;
    if (tag === 'BR') { out.push(cur.s); cur.s = ''; continue; }
    if (tag === 'TD' || tag === 'TH') { cur.s += ' '; blockLines(child, out, cur); cur.s += ' '; continue; }
    if (BLOCK.has(tag)) { out.push(cur.s); cur.s = ''; blockLines(child, out, cur); out.push(cur.s); cur.s = ''; continue; }
    blockLines(child, out, cur);
  }
}

function linesOf(el: Node): string[] {
  const out: string[] = [];
  const cur = { s: '' };
  blockLines(el, out, cur);
  out.push(cur.s);
  return out.map((l) => l.trim()).filter(Boolean);
}

/** Short texts in page order: the cells the metadata block is made of. */
function cellsOf(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('td,th,li,span,p,div,dt,dd,b,strong,label,em')) {
    const hasBlockChild = el.childNodes.some((c) => c.nodeType === 1 && /^(TD|TH|LI|P|DIV|TABLE|UL|DD|DT|SPAN|B|STRONG|LABEL|EM)$/.test((c as HTMLElement).tagName));
    const t = el.text.replace(/[\s\u00a0]+/g, ' ').trim();
    if (t && t.length <= 200 && !hasBlockChild) out.push(t);
    else if (hasBlockChild) {
      // Mixed content such as <li><b>发文字号：</b>浙政办发〔2023〕5号</li>: keep the element's own text too.
      const own = el.childNodes.filter((c) => c.nodeType === 3).map((c) => c.text).join('').replace(/[\s\u00a0]+/g, ' ').trim();
      if (own && own.length <= 200) out.push(own);
    }
  }
  return out;
}

function score(el: HTMLElement): number {
  const links = el.querySelectorAll('a').reduce((n, a) => n + cjk(a.text), 0);
  return cjk(el.text) - 2 * links;
}

/** The element holding the article: a known body id/class, else the densest text block. */
function findBody(root: HTMLElement): HTMLElement {
  for (const sel of BODY_SELECTORS) {
    const el = root.querySelectorAll(sel).sort((a, b) => cjk(b.text) - cjk(a.text))[0];
    if (el && cjk(el.text) >= 30) return el;
  }
  const candidates = root.querySelectorAll('div,td,article,section,main').map((el) => ({ el, s: score(el), len: el.text.length }));
  const best = Math.max(0, ...candidates.map((c) => c.s));
  if (best < 20) return root.querySelector('body') ?? root;
  // The deepest block that still holds most of the best text: wrappers add only chrome.
  return candidates.filter((c) => c.s >= 0.85 * best).sort((a, b) => a.len - b.len)[0].el;
}

function titleOf(root: HTMLElement, body: HTMLElement): string | null {
  for (const sel of ['h1', '.title', '#title', '.article-title', 'h2']) {
    const el = root.querySelectorAll(sel).find((e) => !body.text.includes(e.text.trim()) || body.querySelector(sel) === e);
    const t = el?.text.replace(/\s+/g, ' ').trim();
    if (t && cjk(t) >= 4 && t.length <= 120) return t;
  }
  const t = root.querySelector('title')?.text.replace(/\s+/g, ' ').trim();
  return t && cjk(t) >= 4 ? t.split(/[-_|—]{1,2}/)[0].trim() : null;
}

export async function ingestHtml(buf: Buffer, _opts: IngestOptions = {}): Promise<IngestResult> {
  const isMht = sniffDetail(buf, '').detail === 'mht';
  const html = isMht ? htmlFromMht(buf) : decodeHtmlBytes(buf);
  if (html === null) throw new DocumentError('damaged', 'MHT 网页存档中没有 HTML 正文部分，无法读取。');
  const root = parse(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html, { comment: false });
  for (const el of root.querySelectorAll(DROP)) el.remove();
  const fields = readPortalFields(cellsOf(root));
  // Page chrome by id/class (menus, breadcrumbs, share bars), unless it holds the article itself.
  for (const el of root.querySelectorAll('[id],[class]')) {
    const name = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (CHROME.test(name) && !BODY_SELECTORS.some((s) => el.matches?.(s)) && score(el) < 200) el.remove();
  }
  // The metadata block itself is not part of the document's text.
  for (const el of root.querySelectorAll('table,ul,dl,div')) {
    const t = el.text;
    if (t.length < 800 && (t.match(/索\s*引\s*号|发文机关|发布机构|发文字号|成文日期|发布日期|主题分类|有\s*效\s*性/g) ?? []).length >= 3) el.remove();
  }
  const body = findBody(root);
  const paras: Para[] = linesOf(body).map((text) => ({ text }));
  const title = fields.title ?? titleOf(root, body);
  if (title && !paras.slice(0, 3).some((p) => p.text.replace(/\s/g, '') === title.replace(/\s/g, ''))) {
    paras.unshift({ text: title, kind: 'heading' });
  }
  const result = buildResult('html', paras);
  const meta = portalMeta(fields);
  if (title && !meta.title) meta.title = title;
  if (Object.keys(meta).length) result.meta = meta;
  const note = portalNote(fields);
  if (note) result.notes.push(note);
  if (isMht) result.notes.push('MHT 网页存档，已取其中的网页正文。');
  if (!result.text) result.quality = { status: 'no-text', reason: '网页中没有找到正文文字。' };
  return result;
}
