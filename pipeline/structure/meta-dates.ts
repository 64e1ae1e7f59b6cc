// Dates: 成文日期 (under the 落款), 发布/印发, 施行 (自…起施行; 自印发之日起施行), 有效期.
import { SENTENCE_END } from '../text/sentence-end.ts';
import type { DocumentDates, StatedDate, StatedPeriod } from '../model/types.ts';
import { NUM_CLASS, parseDigitString, parseNumber } from './numerals.ts';
import { DATE_SRC } from './patterns.ts';
import { isPageChrome, PAGE_CREDIT } from './web-chrome.ts';
import { parseDocNumber } from './meta-docnumber.ts';

const DATE = new RegExp(DATE_SRC);
const DATE_G = new RegExp(DATE_SRC, 'g');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2023年5月6日" / "二〇二三年五月六日" → "2023-05-06" (null when not a valid date). */
export function parseDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  return dateFromParts(m[1]!, m[2]!, m[3]!);
}

function dateFromParts(y: string, mo: string, d: string): string | null {
  const year = parseDigitString(y);
  const month = parseNumber(mo);
  const day = parseNumber(d);
  if (!year || !month || !day || month > 12 || day > 31 || year < 1949 || year > 2100) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The verbs that put a document in force. */
const TAKES_EFFECT = '(?:施行|执行|实施|生效)';
/** The day of issue as "自……之日起施行" names it. */
const ISSUE_DAY = '(?:印发|发布|公布|颁布|签发|下发|文件印发)之日';
const EFFECTIVE_DATE = new RegExp(`(?:自|从|于)\\s*${DATE_SRC}\\s*(?:起|开始)?\\s*${TAKES_EFFECT}`, 'g');
/** A notice that decides a measure from a day on takes effect that day: "决定从2020年12月15日起，在……实行限行". */
const DECIDED_FROM = new RegExp(`决定(?:自|从|于)\\s*${DATE_SRC}\\s*(?:起|开始)`);
const EFFECTIVE_ON_ISSUE = new RegExp(`自${ISSUE_DAY}起${TAKES_EFFECT}`);
/** The first "自……起施行" in any words, short enough to be one statement ("自印发之日起执行", "自2024年3月1日起实施"). */
const COMMENCEMENT = /自([^。；\n]{0,20}?)起(?:施行|执行|实施)/;
const ON_ISSUE_DAY = new RegExp(ISSUE_DAY);
/** Any words that say when a text takes effect, dated or not: "自公布后三十日起施行", "施行日期". */
const EFFECT_STATED = /(自|从)[^。；\n]{0,30}?(起施行|起执行|起实施|起生效|施行|生效)|(施行|实施|执行)日期/;

/** 有效期 as a length, in every wording documents use: "有效期5年", "有效期为五年", "有效期限三年", "有效期是2年",
 *  "有效期自印发之日起3年", "有效期暂定两年", "有效期限为１８个月". Not the end of a period ("有效期至……",
 *  "有效期届满", "有效期满"). */
const VALID_FOR = new RegExp(`有效期(?!至|届满|满)(?:为|是|限)?(?:自[^。；\\n]{0,30}?起)?\\s*[^。；\\n]{0,6}?(${NUM_CLASS}+)\\s*(年|个月)`, 'g');
/** A number of years this large is a year: "有效期为2025年底". */
const MAX_PERIOD = 100;
/** The last day of validity, in order of preference: said of the 有效期 ("有效期至2029年12月31日", "有效期限截至……"),
 *  else at the end of the sentence that puts the document in force ("自印发之日起执行，至2025年12月31日止"). */
const VALID_TO = [
  new RegExp(`有效期(?:限)?(?:为|至|到|截至|截止)\\s*${DATE_SRC}`, 'g'),
  new RegExp(`起${TAKES_EFFECT}[，,]?\\s*(?:有效期)?至\\s*${DATE_SRC}\\s*(?:止|废止|失效|终止)`, 'g'),
];
/** Words that speak of a text's validity at all, stated or not. */
const VALIDITY_WORDS = /有效期|有效至|失效|废止日期/;

/** A sentence that puts the document itself in force and bounds how long it lasts ("本通知自印发之日起施行，有效期三年"),
 *  or that opens with the document bounding its own validity ("本办法有效期至……"): its numbers are the document's dates,
 *  not a measure a law sets. "许可证有效期为三年" is a licence's, and a law put in force ("《……法》自……起施行") is the law's. */
export function statesOwnValidity(sentence: string): boolean {
  if (OWN_VALIDITY.test(sentence)) return true;
  const effect = EFFECT_STATED.exec(sentence);
  return effect !== null && VALIDITY_WORDS.test(sentence) && !aboutALaw(sentence, effect.index);
}
const OWN_VALIDITY = /^\s*本(?:通知|通告|公告|办法|规定|意见|细则|实施细则|决定|方案|规则|制度|文件)[^。；\n]{0,12}?有效期/;

/** The subject of a sentence that ends in a law's or regulation's name ("《中华人民共和国无障碍环境建设法》自2023年9月1日起施行",
 *  "家庭教育促进法已于……起施行"): the day a document recalls for the law it applies is not its own. A county's own
 *  text is never named 法 or 条例 (办法 it may be), and "本办法" is the document itself. */
const LAW_SUBJECT = /(?:(?<!办)法|条例)》?\s*(?:已经|已|将|正式)?\s*$/;
function aboutALaw(body: string, at: number): boolean {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(body[from - 1]!)) from--;
  const subject = body.slice(from, at);
  return LAW_SUBJECT.test(subject) && !/^\s*本/.test(subject);
}

/** The document's own "自……起施行" with a date: the last one that is not about a law it applies. */
function effectiveStatement(body: string): StatedDate | null {
  let found: StatedDate | null = null;
  for (const m of body.matchAll(EFFECTIVE_DATE)) {
    if (aboutALaw(body, m.index!)) continue;
    const date = dateFromParts(m[1]!, m[2]!, m[3]!);
    if (date) found = { date, words: m[0], start: m.index!, end: m.index! + m[0].length };
  }
  return found;
}

/** When a text says it takes effect: on a day it names, or on the day it is issued (the caller knows that day). */
export function readEffect(text: string): { effectiveOn: string | null; effectiveOnIssue: boolean } {
  let effectiveOn: string | null = effectiveStatement(text)?.date ?? null;
  const decided = effectiveOn ? null : DECIDED_FROM.exec(text);
  if (decided) effectiveOn = dateFromParts(decided[1]!, decided[2]!, decided[3]!);
  const effectiveOnIssue = !effectiveOn && EFFECTIVE_ON_ISSUE.test(text);
  return { effectiveOn, effectiveOnIssue };
}

/** The first 有效期 as a length in `text` from `from` on, offsets into `text`. */
function periodFrom(text: string, from: number): StatedPeriod | null {
  for (const m of text.slice(from).matchAll(VALID_FOR)) {
    const n = parseNumber(m[1]!);
    if (!n || n >= MAX_PERIOD) continue;
    const start = from + m.index!;
    return { n, unit: m[2] === '年' ? 'year' : 'month', words: m[0], start, end: start + m[0].length };
  }
  return null;
}

/** The first last day of validity in `text` from `from` on, by the wording preferred, offsets into `text`. */
function validToFrom(text: string, from: number): StatedDate | null {
  for (const re of VALID_TO) {
    for (const m of text.slice(from).matchAll(re)) {
      const date = dateFromParts(m[1]!, m[2]!, m[3]!);
      const start = from + m.index!;
      if (date) return { date, words: m[0], start, end: start + m[0].length };
    }
  }
  return null;
}

/** The document's date facts. Validity is the body's (the attached 办法 of a 印发 notice) where the body states
 *  one, else the whole text's; the effective statements are read from the whole text, where rules point. */
export function documentDates(text: string, bodyStart: number): DocumentDates {
  let period = periodFrom(text, bodyStart);
  let validTo = validToFrom(text, bodyStart);
  if (!period && !validTo) {
    period = periodFrom(text, 0);
    validTo = validToFrom(text, 0);
  }
  const c = COMMENCEMENT.exec(text);
  const commencement = c
    ? { words: c[0], start: c.index, end: c.index + c[0].length, onIssue: ON_ISSUE_DAY.test(c[1]!), date: parseDate(c[1]!) }
    : null;
  return {
    effective: effectiveStatement(text),
    commencement,
    effectStated: EFFECT_STATED.test(text),
    period,
    validTo,
    validityStated: validTo !== null || VALIDITY_WORDS.test(text),
  };
}

/** effective + N years/months − 1 day: 有效期五年 from 2023-07-01 runs to 2028-06-30. */
export function addPeriod(iso: string, n: number, unit: 'year' | 'month'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(unit === 'year' ? y + n : y, unit === 'month' ? m - 1 + n : m - 1, d));
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** All dates in a string, in order. */
export function allDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DATE_G)) {
    const d = dateFromParts(m[1]!, m[2]!, m[3]!);
    if (d) out.push(d);
  }
  return out;
}

/** A web page's own date field at the top of a copy: "时间:2023-11-15人气:…", "发布日期：2022年3月1日". */
const PORTAL_DATE = /(?:发布|发文|公开|成文|更新)?(?:时间|日期)\s*[:：]\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/;
const PORTAL_LINES = 8;

/** A date alone on its line, in figures as web pages and retyped copies write it: "2021-01-05", "2023.5.1",
 *  "2022年3月1日", a portal's time after it ("2022-03-01 08:00"), and a news outlet after the time ("2020年02月03日
 *  21:15 新华网"). The publication date just under a title, the
 *  date of a 落款 under an organ's name. */
const FIGURE_DATE_LINE = /^\s*(\d{4})\s*[-./．年]\s*(\d{1,2})\s*[-./．月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s+(?:来源[:：]\s*)?[\u4e00-\u9fa5A-Za-z]{1,12})?)?\s*$/;
/** … or in eight figures, as a retyped 落款 under an organ's name has it: "20171116". */
const COMPACT_DATE_LINE = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$/;
/** How far below the start the date under a title is looked for. */
const BARE_DATE_LINES = 4;

/** The first lines of a text, up to `n` of them that are not the page's chrome (a breadcrumb or a tool bar above
 *  the text does not push the page's date out of reach; a chrome line is kept, marked, it may carry the date). */
function headLines(text: string, n: number): { text: string; chrome: boolean }[] {
  const out: { text: string; chrome: boolean }[] = [];
  let own = 0;
  for (let pos = 0; pos <= text.length && own < n;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const chrome = isPageChrome(line);
    out.push({ text: line, chrome });
    if (!chrome) own++;
    pos = nl + 1;
  }
  return out;
}

/** The publication date a portal page shows above the text, when the copy kept it. */
export function portalDate(text: string): string | null {
  const lines = headLines(text, PORTAL_LINES);
  const m = PORTAL_DATE.exec(lines.map((l) => l.text).join('\n'));
  if (m) return dateFromParts(m[1]!, m[2]!, m[3]!);
  // Not the 落款's own date at the end of a short text: two more lines must follow.
  let seen = 0;
  let at = 0;
  for (const l of lines) {
    at += l.text.length + 1;
    if (!l.text.trim() || l.chrome) continue;
    if (++seen > BARE_DATE_LINES) break;
    const bare = FIGURE_DATE_LINE.exec(l.text);
    if (bare) return TWO_MORE_LINES.test(text.slice(at)) ? dateFromParts(bare[1]!, bare[2]!, bare[3]!) : null;
  }
  return null;
}

/** A 落款 that a web copy ran into the last line: its date ends the document's words, right after an organ's name,
 *  a finished sentence or a blank ("……特此公告武川县人民政府2024年9月12日", "……举报电话：65582045 2011年4月1日 |").
 *  A date after anything else ends a sentence of its own ("有效期至2025年12月31日", "截止时间为2023年5月1日"). */
const TRAILING_DATE = new RegExp(`(?:^|[\\s。！？；|｜]|(?<=[府局委会室部处所院组队站心办厅]))\\s*${DATE_SRC}[\\s|｜]*$`);

/** The date of a 落款 glued to the end of the last line of the document's words (the page's chrome and credits
 *  after it skipped), or null. */
export function trailingSignatureDate(text: string): string | null {
  const lines = lastLines(text, TAIL_LINES);
  while (lines.length && (isPageChrome(lines[lines.length - 1]!) || PAGE_CREDIT.test(lines[lines.length - 1]!))) lines.pop();
  const last = lines[lines.length - 1];
  if (!last) return null;
  const m = TRAILING_DATE.exec(last);
  return m ? dateFromParts(m[1]!, m[2]!, m[3]!) : null;
}

/** A date inside a line, with what may follow a 落款's date: the end, a blank, the page's words. */
const DATE_IN_LINE = new RegExp(DATE_SRC, 'g');
/** What stops a date from being a 落款's: it starts or ends a period, it dates an act ("……印发的", "……召开"), or
 *  the sentence goes on ("2023年5月1日，县政府召开……"). */
const NOT_SIGNATURE_AFTER = /^\s*(?:起|至|到|止|前|后|以前|之前|以后|之后|以来|开始|期间|印发|发布|制定|通过|召开|施行|实施|执行|生效|第|[，,、；：:（(的])/;
/** The end of the sentence before a 落款: a full stop, or 特此通告 and its kin. */
const BEFORE_SIGNATURE = /(?:[。！？!?]|特此(?:通告|公告|通知|函告|批复|函复))[\s\u3000]*$/;

/** The 落款 inside a line that ran a copy together ("……特此通告。 长汀县人民政府 2011年4月1日 抄送：……"): after the
 *  end of a sentence and nothing but organs' names (or nothing), a date that no words carry on. The first one: a
 *  notice that issues a 办法 signs before the 办法's text. Its date, the organs it names (empty: a date alone) and the
 *  offset where they start. */
export function runOnSignature(text: string, isOrgans: (names: string) => boolean): { date: string; names: string; at: number } | null {
  for (const m of text.matchAll(DATE_IN_LINE)) {
    const at = m.index!;
    if (NOT_SIGNATURE_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 4))) continue;
    const before = text.slice(Math.max(0, at - 80), at);
    const stop = BEFORE_SIGNATURE.exec(before) ? before.length : Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'));
    if (stop < 0) continue;
    let names = before.slice(stop).replace(/^[。！？!?]/, '').trim();
    names = names.replace(/^特此(?:通告|公告|通知|函告|批复|函复)[。]?\s*/, '');
    if (names && !isOrgans(names)) continue;
    const d = dateFromParts(m[1]!, m[2]!, m[3]!);
    if (d) return { date: d, names, at: names ? text.lastIndexOf(names, at) : at };
  }
  return null;
}

/** Two lines with words on them, somewhere in a text. */
const TWO_MORE_LINES = /\S[^\n]*\n\s*\S/;

/** The last `n` lines of a text that are not blank, trimmed, read from its end. */
function lastLines(text: string, n: number): string[] {
  const out: string[] = [];
  for (let end = text.length; end > 0 && out.length < n;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line) out.unshift(line);
    end = start - 1;
  }
  return out;
}

/** How far from the end a 落款 is looked for. */
const TAIL_LINES = 8;

/** The date of a 落款 written in figures under an organ's name ("柳河镇人民政府" over "2023.5.1"), or null. */
export function numericSignatureDate(text: string, isOrgan: (line: string) => boolean): string | null {
  const lines = lastLines(text, TAIL_LINES);
  for (let i = 1; i < lines.length; i++) {
    const m = FIGURE_DATE_LINE.exec(lines[i]!) ?? COMPACT_DATE_LINE.exec(lines[i]!);
    if (m && isOrgan(lines[i - 1]!)) return dateFromParts(m[1]!, m[2]!, m[3]!);
  }
  return null;
}

/** The meeting that adopted the text, by its year: "经市人民政府2006年度第一次常务会议讨论通过", "2013年第5次常务会议". */
const MEETING_YEAR = /((?:19|20)\d{2})\s*年度?第[一二三四五六七八九十\d]{1,3}次(?:政府)?(?:常务会议|全体会议|常委会议|办公会议|党组会议|主任会议|会议)/;

/** The year the text says the document was made in — its 文号's, else the adopting meeting's — or null. */
export function yearOfMaking(docNumber: string | null, body: string): number | null {
  const year = docNumber ? parseDocNumber(docNumber)?.year : undefined;
  if (year) return year;
  const m = MEETING_YEAR.exec(body.slice(0, MEETING_REACH));
  return m ? Number(m[1]) : null;
}

/** How far into the body the adopting meeting is looked for (the notice's first sentences say it). */
const MEETING_REACH = 600;
