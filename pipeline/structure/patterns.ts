// Line patterns shared by the front-matter, tail and outline passes.

/** A date on its own: 2023年5月6日, 二〇二三年五月六日, with stray spaces. */
export const DATE_SRC = '([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*日';
export const DATE_ONLY = new RegExp(`^${DATE_SRC}$`);
export const ENDS_WITH_DATE = new RegExp(`^(.*?)[\\s\\u3000]*${DATE_SRC}$`);

/** 文号: 县政发〔2023〕5号, [2023], (2023), 【2023】, and the lost-bracket form 县政发2023 5号. */
export const DOC_NUMBER = /([A-Za-zＡ-Ｚａ-ｚ×\u4e00-\u9fa5]{1,14}?)\s*[〔［\[（(【{｛]\s*((?:19|20)\d{2})\s*[〕］\]）)】}｝]\s*(?:第\s*)?([0-9０-９]{1,5})\s*号/;
/** DOC_NUMBER from its opening bracket on (what every 文号 holds), and the longest prefix before the blanks and the bracket. */
export const DOC_NUMBER_FROM_BRACKET = /[〔［\[（(【{｛]\s*(?:19|20)\d{2}\s*[〕］\]）)】}｝]\s*(?:第\s*)?[0-9０-９]{1,5}\s*号/;
export const DOC_NUMBER_PREFIX_MAX = 14;
export const DOC_NUMBER_BARE = /([A-Za-zＡ-Ｚａ-ｚ×\u4e00-\u9fa5]{1,14}?(?:发|函|字|办|令|通|告|复|报))\s*((?:19|20)\d{2})\s+(?:第\s*)?([0-9０-９]{1,5})\s*号/;

/** Organisation names as they end in a 落款 or a red head. */
/** The seal's place after an organ's name in a copy of a signed document: "XX镇人民政府（印）", "（盖章）",
 *  "（代章）" (one organ's seal standing in for another's). */
export const SEAL_MARK = /\s*[（(](?:印|盖章|章|公章|签章|签字盖章|代章|代|代印)[)）]\s*$/;
export const ORG_SUFFIX = /(人民政府|政府|办公室|办公厅|办事处|[\u4e00-\u9fa5]{2}办|局|委员会|委|厅|部|署|院|人大常委会|常务委员会|中心|指挥部|领导小组|小组|联席会议|所|队|科|股|站|处|室|会|行|社|公司|集团|党委|党组|县委|市委|省委)$/;

export const SENTENCE_PUNCT = /[。；;！？!?]/;
export const ANY_PUNCT = /[。；;，,：:！？!?、]/;

export const PAGE_NUMBER = /^[—－\-–~～]+\s*[0-9０-９]{1,4}\s*[—－\-–~～]+$|^第\s*[0-9０-９]+\s*页(\s*共\s*[0-9０-９]+\s*页)?$/;

/** Closing sentences of a notice: they belong to the notice, not to its last numbered block. */
export const CLOSING = /^(特此(通知|通告|公告|函告|批复|函复|报告)|此复|此函|以上[^。]{0,30}(请|望|如有)|请遵照执行|请认真贯彻执行|本(通知|通告|公告|意见|方案|决定|办法|规定|细则)(自|从|由|未尽|有效期))/;

/** 印发 / 转发 sentence of a notice issuing an attached document. */
export const ISSUANCE = /(?:现将|现把|将)《([^》]{2,80})》(?:[^。]{0,20})?(?:印发|转发|发)给?你们|《([^》]{2,80})》[^。《]{0,60}(?:现|予以|特)(?:予)?(?:印发|发布|转发|公布)/;

/** Closing formulas with no content of their own. */
export const CLOSING_FORMULA = /^(特此(通知|通告|公告|函告|批复|函复|报告|函达)|此复|此函|以上通知，请遵照执行|请遵照执行|请认真贯彻执行|请认真贯彻落实)[。！!]?$/;

/** 附件说明 before the 落款: "附件：1.XX表". */
export const ATTACHMENT_NOTE = /^附\s*件\s*[:：]/;

/** Titles compared across the notice and its attachment: quotes, brackets and spaces vary. */
export function normTitle(s: string): string {
  return s.replace(/[\s\u3000《》〈〉“”"'‘’]/g, '').replace(/[(（]/g, '（').replace(/[)）]/g, '）').replace(/[—－–-]/g, '-');
}
