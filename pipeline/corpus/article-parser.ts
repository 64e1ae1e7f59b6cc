// Splits the body of a law, given as plain text lines, into articles with paragraphs and chapters.
// Used for LawRefBook markdown (after the metadata) and for text extracted from .docx/.pdf law
// files, so it must not depend on markdown: "## 第一章" and a bare "第一章 总则" line are both headings.
import type { CorpusArticle } from '../model/types.ts';
import { CN_NUM_CHARS as CN_NUM, articleLabel, parseChineseNumber } from '../text/chinese-numbers.ts';

// "第十六条 ……", "笫五十四条 ……" (typo in the snapshot), "第一百二十八 条……" (space inside the label,
// then no space before the text), "第二十条之一 ……". Full-width spaces count as spaces.
const ARTICLE = new RegExp(`^[第笫]([${CN_NUM}0-9]+)(\\s*)条(?:之([一二三四五六七八九十]+))?(\\s+|$)?`);
const HEADING = new RegExp(`^[第笫][${CN_NUM}0-9]+\\s*[编章节](?:\\s|$)`);
/** An item of an article: "（一）……", "(四)……" (the library writes both brackets). */
export const ITEM = /^[（(][一二三四五六七八九十]+[）)]/;
const SUB_HEADING = /^第[一二三四五六七八九十]+分编(?:\s|$)/;

export interface ParsedBody {
  articles: CorpusArticle[];
  /** Lines before the first article (序言, 目录 …), kept for the reader, not indexed. */
  preamble: string[];
}

export interface ArticleStart {
  number: number;
  sub?: number;
  label: string;
  rest: string;
}

/** Recognises the start of an article; undefined for any other line. */
export function matchArticleStart(line: string): ArticleStart | undefined {
  const m = ARTICLE.exec(line);
  if (!m) return undefined;
  const spaceInside = m[2].length > 0;
  const spaceAfter = m[4] !== undefined;
  // "第二十条规定的……" at the start of a paragraph is a reference, not a new article; the
  // defective "第一百二十八 条侦查人员" form is accepted because of the space before 条.
  if (!spaceAfter && !spaceInside) return undefined;
  const number = parseChineseNumber(m[1]);
  if (number === null || number <= 0) return undefined;
  const sub = m[3] ? parseChineseNumber(m[3]) ?? undefined : undefined;
  const label = articleLabel(number, sub);
  return { number, sub, label, rest: line.slice(m[0].length).trim() };
}

function headingText(line: string): string | undefined {
  const md = /^#{2,6}\s*(.*)$/.exec(line);
  if (md) return md[1].replace(/\s+/g, ' ').trim();
  if (HEADING.test(line) || SUB_HEADING.test(line)) return line.replace(/\s+/g, ' ').trim();
  return undefined;
}

/** Parses body lines (metadata already removed). Blank lines and HTML comments are ignored. */
export function parseArticles(lines: string[]): ParsedBody {
  const articles: CorpusArticle[] = [];
  const preamble: string[] = [];
  let chapter: string | undefined;
  let current: CorpusArticle | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('<!--')) continue;
    const heading = headingText(line);
    if (heading !== undefined) {
      // A law with 编 nests 章 one level deeper: keep the innermost heading, it names the chapter.
      if (heading) chapter = heading;
      current = undefined;
      continue;
    }
    if (line.startsWith('# ')) continue;
    const start = matchArticleStart(line);
    if (start) {
      current = {
        label: start.label, number: start.number, text: '', paragraphs: start.rest ? [start.rest] : [],
        ...(start.sub ? { sub: start.sub } : {}),
        ...(chapter ? { chapter } : {}),
      };
      articles.push(current);
      continue;
    }
    if (!current) preamble.push(line);
    // An item line （一）… belongs to the 款 it lists under; the text stays line for line.
    else if (ITEM.test(line) && current.paragraphs.length) current.paragraphs[current.paragraphs.length - 1] += '\n' + line;
    else current.paragraphs.push(line);
  }
  for (const a of articles) a.text = a.paragraphs.join('\n');
  return { articles, preamble };
}

/** The paragraphs (款) of an article's text as the law base stores it (paragraphs joined by "\n", items
 *  of a paragraph on their own lines): for texts held without their paragraphs (a related article). */
export function paragraphsOfText(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (out.length && ITEM.test(line.trim())) out[out.length - 1] += '\n' + line;
    else out.push(line);
  }
  return out;
}

/** The item lines a list's lead is followed by: the lines from the start of `lines` that open with an item marker
 *  ("（一）……；"), each trimmed. */
export function leadingItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (!ITEM.test(t)) break;
    items.push(t);
  }
  return items;
}
