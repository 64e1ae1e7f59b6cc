// Reads one LawRefBook-style markdown file: "# 全称", optional "# 编名" (民法典 parts), metadata
// lines up to "<!-- INFO END -->", then the body. Only text after the marker is body (a wrapped
// metadata line in 文物保护法 starts with "第三十一条").
import { basename } from 'node:path';
import { parseArticles, type ParsedBody } from './article-parser.ts';

export interface LawFile {
  path: string;
  title: string;
  /** Second-level title of a part file ("人格权编"), when the law is split over several files. */
  part?: string;
  /** Date in the file name `名称(YYYY-MM-DD).md`. */
  fileDate?: string;
  metaLines: string[];
  body: ParsedBody;
}

const INFO_END = '<!-- INFO END -->';

export function fileNameDate(path: string): string | undefined {
  const m = /\((\d{4}-\d{2}-\d{2})\)\.[a-z]+$/i.exec(basename(path));
  return m?.[1];
}

/** Undefined for folder indexes (_index.md) and files that are not a law (no "# " title). */
export function parseLawMarkdown(path: string, source: string): LawFile | undefined {
  if (basename(path) === '_index.md') return undefined;
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const titleAt = lines.findIndex((l) => l.trim() !== '');
  if (titleAt < 0 || !/^#\s+\S/.test(lines[titleAt])) return undefined;
  const title = lines[titleAt].replace(/^#\s+/, '').trim();
  const end = lines.indexOf(INFO_END);
  const head = end >= 0 ? lines.slice(titleAt + 1, end) : [];
  const bodyLines = end >= 0 ? lines.slice(end + 1) : lines.slice(titleAt + 1);
  let part: string | undefined;
  const metaLines: string[] = [];
  for (const raw of head) {
    const l = raw.trim();
    if (!l) continue;
    if (/^#\s+/.test(l)) part = l.replace(/^#\s+/, '').trim();
    else if (!l.startsWith('<!--')) metaLines.push(l);
  }
  const body = parseArticles(bodyLines);
  if (part) for (const a of body.articles) a.chapter = a.chapter ? `${part} ${a.chapter}` : part;
  return { path, title, part, fileDate: fileNameDate(path), metaLines, body };
}
