// Reads the national laws of ../shared/laws as a document would look: the `# 名称` line becomes the
// title, `##`/`###` headings become plain lines, metadata before `<!-- INFO END -->` is dropped.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestResult, OutlineNode } from '../../pipeline/model/types.ts';

export const SHARED = new URL('../../../shared/', import.meta.url);
export const LAWS_DIR = new URL('laws/', SHARED);

/**
 * National laws and administrative regulations. 司法解释 (many are 批复/answers without 第X条 structure,
 * and some number their own items as 第X条 inside quoted text) and 地方性法规/部门规章 (not national
 * law) are left out, as the task says.
 */
export const NATIONAL_FOLDERS = ['宪法', '宪法相关法', '民法典', '民法商法', '行政法', '经济法', '社会法', '刑法', '诉讼与非诉讼程序法', '其他', '行政法规'];

export function lawFiles(): string[] {
  const root = LAWS_DIR.pathname;
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const folder of NATIONAL_FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.md') && f !== '_index.md') out.push(join(dir, f));
  }
  return out.sort();
}

export function lawAsDocument(md: string): { text: string; body: string } {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const title = (lines[0] ?? '').replace(/^#+\s*/, '').trim();
  const marker = md.indexOf('<!-- INFO END -->');
  const bodyRaw = marker >= 0 ? md.slice(marker + '<!-- INFO END -->'.length) : lines.slice(1).join('\n');
  const body = bodyRaw.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean).join('\n');
  return { text: `${title}\n${body}`, body };
}

// "第X条 " with its space; also "第一百二十八 条…" (space inside the number, none after) in 刑事诉讼法 2018
const ARTICLE_LINE = /^[第笫][零〇一二三四五六七八九十百千0-9]+(?:\s?条(之[一二三四五六七八九十]+)?[ \u3000]|\s条)/;

export function countArticleLines(body: string): number {
  return body.split('\n').filter((l) => ARTICLE_LINE.test(l)).length;
}

export function asIngest(text: string): IngestResult {
  return { format: 'md', text, spans: [{ start: 0, end: text.length }], notes: [], quality: { status: 'ok' } };
}

export function countArticles(node: OutlineNode): number {
  return (node.kind === 'article' ? 1 : 0) + node.children.reduce((n, c) => n + countArticles(c), 0);
}

export function readLaw(path: string): string {
  return readFileSync(path, 'utf8');
}
