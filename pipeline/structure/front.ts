// Front matter of a 公文: 份号, 密级, 紧急程度, 发文机关标志 (the red head "XX县人民政府文件"),
// 文号, then the title (possibly wrapped over several lines), 题注 and 主送机关.
import type { Line } from './lines.ts';
import { readMarker } from './markers.ts';
import { normTitle, ANY_PUNCT, ORG_SUFFIX, DATE_ONLY, DOC_NUMBER, DOC_NUMBER_BARE, SENTENCE_PUNCT } from './patterns.ts';

export type FrontRole = 'source' | 'copy-number' | 'secrecy' | 'urgency' | 'red-head' | 'doc-number' | 'title' | 'note' | 'addressee';

export interface FrontLine {
  line: Line;
  role: FrontRole;
}

export interface Front {
  lines: FrontLine[];
  /** Index (into the lines array) of the first line after the front matter. */
  bodyFrom: number;
  title: string | null;
}

/** Lines a law database or a web page adds above the document (北大法宝 exports, 原文链接). */
const SOURCE = /^(【法宝引证码】|【法宝引证】|原文链接[:：]|来源[:：]|发布时间[:：]|https?:\/\/)/;
/** A news account's header copied with its post: the account ("XX发布"), the time it posted ("2022-03-01 08:00
 *  发表于湖南"). */
const POST_HEADER = /^[\u4e00-\u9fa5A-Za-z]{2,12}发布$|^[0-9]{4}[-./年][0-9]{1,2}[-./月][0-9]{1,2}日?[\s\u3000]*[0-9]{1,2}[:：][0-9]{2}|发表于[\u4e00-\u9fa5]{2,8}$/;
/** A website's own name or address above the copy: "安化县人民政府网 www.anhua.gov.cn", "XX县人民政府门户网站". */
const SITE_HEADER = /(?:^|[\s\u3000])(?:www\.|https?:)|\.gov\.cn|^[\u4e00-\u9fa5]{2,20}(?:门户网站|政府网站|政府网|人民政府网)$/;
/** A portal's buttons left above the title: "【关闭】【打印】", "[打印本页] [关闭窗口]". */
const PAGE_BUTTONS = /^(?:[【\[［][^】\]］]{1,8}[】\]］][\s\u3000]*)+$/;
const COPY_NUMBER = /^(份号[:：]?\s*)?[0-9０-９]{5,7}$/;
const SECRECY = /^(绝密|机密|秘密|内部|公开)(\s*★.*)?$|★|^密级[:：]|^(保密期限|紧急程度)[:：]/;
const URGENCY = /^(特急|加急|特提|平急|急件)$/;
const RED_HEAD = /^[^\s，。：:；]{2,60}(文件|文 件|简报|纪要)$/;
const SIGNER = /^签发人[:：]/;
/** Numbers of 通告/公告/政府令 without an organ prefix: 2023年第1号, 〔2023〕第1号, 第5号. */
export const SERIAL_NUMBER = /^[〔\[［（(]?\s*(?:(?:19|20)\d{2}\s*[〕\]］）)]?\s*年?)?\s*第\s*[0-9０-９〇一二三四五六七八九十百]+\s*号$/;
/** A template's placeholder 文号: XXX〔2023〕X号. */
const DOC_NUMBER_TEMPLATE = /^[^\s，。]{1,14}[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*[XxＸ×]+\s*号$/;
const TITLE_END = /(通知|通告|公告|办法|规定|意见|决定|细则|规则|方案|批复|函|纪要|条例|决议|通报|规划|计划|指引|指南|标准|准则|守则|章程|命令|报告|请示|措施|制度|目录|清单|法|说明|决定书|通知书|告知书|意见书|建议书|答复书|（试行）|（修正）|（修订）|（暂行）|\(试行\)|\(暂行\))$/;

export function isDocNumberLine(text: string): boolean {
  if (text.length > 60 || text.includes('《')) return false;
  return DOC_NUMBER.test(text) || DOC_NUMBER_BARE.test(text) || SERIAL_NUMBER.test(text) || /^[\u4e00-\u9fa5]{1,14}(令|发)?第\s*[0-9０-９〇一二三四五六七八九十百]+\s*号$/.test(text);
}

/** Joint red head: "XX市财政局" / "XX市税务局" on their own lines, then a line "文件". */
function jointRedHead(lines: Line[], i: number, to: number): boolean {
  for (let j = i; j < Math.min(to, i + 5); j++) {
    const t = lines[j]!.text;
    if (/^文\s*件$/.test(t)) return j > i;
    if (t.length > 30 || ANY_PUNCT.test(t) || !ORG_SUFFIX.test(t.split(/[\s\u3000]+/).pop() ?? '')) return false;
  }
  return false;
}

/** "通　告", "决 定", "关 于 禁 止 燃 放 烟 花 爆 竹 的 通 告": a title spread out with spaces, one character
 *  at a time, is one string (no sentence puts a space after every character). */
export function spreadOut(text: string): string {
  return /^([\u4e00-\u9fa5《》（）“”][\s\u3000]+)+[\u4e00-\u9fa5《》（）“”]$/.test(text) ? text.replace(/[\s\u3000]+/g, '') : text;
}

function titleLike(text: string): boolean {
  // long titles (领导小组…办公室关于印发…的通知) are one line only when they say what they are
  if (text.length > 60 && !(text.length <= 150 && /关于/.test(text) && TITLE_END.test(text))) return false;
  if (SENTENCE_PUNCT.test(text) || text.includes('\t')) return false;
  if (/^[^：:]{1,6}[:：]/.test(text)) return false; // "密级：秘密", "附件：" are fields, not titles
  if (/[：:]$/.test(text) || /^[（(]/.test(text) || DATE_ONLY.test(text)) return false;
  if (readMarker(text)) return false;
  return true;
}

/** Reads the front matter starting at line index `from` (0 for the document, after 附件N for attachments). */
export function readFront(lines: Line[], from = 0, to = lines.length): Front {
  const out: FrontLine[] = [];
  let i = from;
  // red head block (at most 8 lines, all before the title)
  for (; i < to && i < from + 8; i++) {
    const t = lines[i]!.text;
    let role: FrontRole | null = null;
    if (SOURCE.test(t) || PAGE_BUTTONS.test(t) || POST_HEADER.test(t) || SITE_HEADER.test(t)) role = 'source';
    else if (COPY_NUMBER.test(t)) role = 'copy-number';
    else if (SECRECY.test(t) && t.length <= 20) role = 'secrecy';
    else if (URGENCY.test(t)) role = 'urgency';
    else if (RED_HEAD.test(t.replace(/\s+/g, '')) && !TITLE_END.test(t)) role = 'red-head';
    else if (isDocNumberLine(t) || SIGNER.test(t) || DOC_NUMBER_TEMPLATE.test(t)) role = 'doc-number';
    else if (t === '文件' && out.some((f) => f.role === 'red-head')) role = 'red-head';
    else if (jointRedHead(lines, i, to)) role = 'red-head';
    // An organ's name alone above its 文号 is the 发文机关标志 too, when the word 文件 was left out.
    else if (i + 1 < to && t.length <= 30 && !ANY_PUNCT.test(t) && ORG_SUFFIX.test(t) && isDocNumberLine(lines[i + 1]!.text)) role = 'red-head';
    if (!role) break;
    out.push({ line: lines[i]!, role });
  }
  const titleLines: Line[] = [];
  for (; i < to && titleLines.length < 4; i++) {
    const t = lines[i]!.text;
    if (!titleLike(t)) break;
    if (isDocNumberLine(t)) break;
    // Page chrome between two lines: what stood above it was the page's, not the title's first line.
    if (lines[i]!.afterChrome && titleLines.length) {
      for (const l of titleLines.splice(0)) out.find((f) => f.line === l)!.role = 'source';
    }
    // A comma inside a title belongs to a 关于…的通知 title; elsewhere it marks the first body
    // sentence wrapped over lines ("《XX许可证》是取得XX的合法凭证，XX申请").
    if (/[，,]/.test(t) && !TITLE_END.test(t) && !/关于|印发|转发/.test(titleLines.map((l) => l.text).join('') + t)) break;
    titleLines.push(lines[i]!);
    out.push({ line: lines[i]!, role: 'title' });
    const joined = titleLines.map((l) => l.text).join('').replace(/[\s\u3000]/g, '');
    // A complete title ends with its type; the next short line is body (a heading), not a wrap.
    if (TITLE_END.test(joined) && !(i + 1 < to && /^[（(](试行|暂行)[）)]$/.test(lines[i + 1]!.text))) { i++; break; }
  }
  const title = titleLines.length ? titleLines.map((l) => spreadOut(l.text)).join('') : null;
  for (; i < to; i++) {
    const t = lines[i]!.text;
    if (title && normTitle(t) === normTitle(title)) { out.push({ line: lines[i]!, role: 'source' }); continue; } // repeated title
    if (isDocNumberLine(t.replace(/^[（(](.*)[）)]$/, '$1'))) { out.push({ line: lines[i]!, role: 'doc-number' }); continue; }
    if (/^[（(][^（）()]*[）)]$/.test(t) && t.length <= 120 && !readMarker(t)) out.push({ line: lines[i]!, role: 'note' });
    else if (isDocNumberLine(t)) out.push({ line: lines[i]!, role: 'doc-number' });
    else if (/[：:]$/.test(t) && t.length <= 120 && !SENTENCE_PUNCT.test(t) && !readMarker(t) && titleLines.length
      && !/如下[：:]$/.test(t) && !/^(为|根据|按照|依据|经|现|近|依照|鉴于)/.test(t)) {
      out.push({ line: lines[i]!, role: 'addressee' });
    } else break;
  }
  return { lines: out, bodyFrom: i, title };
}
