// A web page's own chrome copied with a document: the breadcrumb above it, the tool bar (字体 大 中 小, 打印,
// 关闭窗口, 分享到), the page counters (阅读次数, 浏览次数), the links to the next and previous articles and the
// site's footer (主办单位 … 网站标识码, ICP备). Such a line is no part of the document: read as a line of it, it
// becomes a provision, a title ("下一篇：关于……的通知") or an issuer. The words here are what portal copies
// write; a line is chrome only when nothing but such words is on it, or when it names the site's registration.

/** A portal's path to the page: "当前位置: 首页 / 政务公开 / …", "您现在所在的位置 : 首页 > …", "首页 > 正文". */
export const PAGE_PATH = /^(?:首\s*页|当前位置|您现在|您的位置|您所在的位置|所在位置)|[>›»]/;

/** A line that starts as the path to the page (PAGE_PATH is also met inside titles: "》" is not ">"). */
const BREADCRUMB = /^(?:(?:当前位置|您现在的位置|您现在所在的位置|您的位置|您所在的位置|所在位置|位置)\s*[:：]|首\s*页\s*[>＞›»/／])/;

/** The article a page links to before or after this one. */
const NEIGHBOUR_LINK = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)\s*[:：]?/;

/** Links the page adds after the text: "相关附件：", "附件下载", "相关链接", "相关文章". A document's own "附件：" is not one. */
const PAGE_LINKS = /^(?:相关附件|附件下载|相关链接|相关文章|相关阅读|相关新闻|相关信息|相关稿件)\s*(?:[:：]|$)/;

/** The page's mobile and follow-us links: "扫码关注官方公众号", "移动门户", "手机版". */
const PAGE_APPS = /^(?:扫码关注|扫一扫|关注我们|关注官方)|^(?:移动门户|手机版|移动版|无障碍|适老化|长者模式)$/;

/** The page's credits under a copy: "来源：", "编辑：何某", "责任编辑：XX镇人民政府". They are the page's, not the
 *  document's; they are not dropped as chrome, because the office that posted a page can stand for its town. */
export const PAGE_CREDIT = /^(?:来源|信息来源|稿件来源|稿源|编辑|责任编辑|审核|审校|校对|作者|供稿|摄影|文字|图片|初审|复审|终审)\s*[:：][^。；]{0,30}$/;

/** The site's registration and ownership: a footer, whatever else stands on its line. */
const SITE_FOOTER = /网站标识码|ICP\s*备|公网安备|版权所有\s*(?:[:：©(（]|$)|网站地图|Copyright\s*©|©\s*(?:19|20)\d{2}/i;

/** Words of a tool bar, a counter or a share bar; a line of nothing else (and blanks, brackets, figures,
 *  dates, the page's time and source) is chrome. Longest first, so that 关闭窗口 is taken whole. */
const TOOL_WORDS = [
  '扫一扫在手机打开当前页', '在手机上打开', '保护视力色', '打印本页', '打印此页', '关闭窗口', '关闭本页', '收藏本页',
  '加入收藏', '分享到', '分享至', '阅读次数', '浏览次数', '访问次数', '点击次数', '点击数', '阅读量', '浏览量', '访问量',
  '人气', '字号', '字体', '背景色', '默认', '打印', '关闭', '收藏', '纠错', '微信', '微博', 'QQ空间', '朋友圈',
  '大', '中', '小',
].sort((a, b) => b.length - a.length);
const TOOL_WORD = new RegExp(TOOL_WORDS.join('|'), 'g');
/** At least one of these makes a line of tool words a tool bar (大 中 小 alone could be anything). */
const STRONG_TOOL = /扫一扫|保护视力|打印|关闭|分享|收藏|阅读次数|浏览次数|访问次数|点击|阅读量|浏览量|访问量|人气|字号|字体|纠错/;
/** What may stand between tool words: blanks, brackets, bullets, separators, figures, a date and time, a
 *  source field ("来源:本网"). */
const FILLER = /(?:来源|发布时间|时间|日期|发布)\s*[:：]\s*[^\s:：]{0,20}|[\s\u3000\u00a0•·|｜:：【】\[\]［］()（）\-—/／0-9０-９.年月日]+/g;

/** Is this line (trimmed) wholly a web page's chrome? */
export function isPageChrome(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 200) return false;
  if (BREADCRUMB.test(t) || NEIGHBOUR_LINK.test(t) || PAGE_LINKS.test(t) || PAGE_APPS.test(t)) return true;
  if (SITE_FOOTER.test(t) && t.length <= 160) return true;
  if (!STRONG_TOOL.test(t)) return false;
  return t.replace(TOOL_WORD, '').replace(FILLER, '') === '';
}
