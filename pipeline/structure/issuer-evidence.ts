// Who issued a document, when its front matter and 落款 do not say it plainly. Real filings and web
// copies lose the red head, put the title inside page furniture ("揭西同乡网 发表于 2017-2-11 11:37:39",
// "「通告」", "【已失效】"), glue the title to the first sentence, or keep the issuer only in a portal's
// field ("发布机构：XX镇人民政府"), a news lead ("XX指挥部发布《关于……的公告》") or the body ("经XX局研究
// 决定"). Each place a name can stand is an evidence with a weight; the strongest wins.
import type { Issuer } from '../model/types.ts';
import { matchPlace, placeChain } from './divisions.ts';
import { classifyIssuer } from './meta-issuers.ts';
import { spreadOut } from './front.ts';
import { SEAL_MARK } from './patterns.ts';
import { isPageChrome, PAGE_PATH } from './web-chrome.ts';
import { runOnSignature } from './meta-dates.ts';
import { isOrgLine, splitJoint, splitOrgs } from './tail.ts';

export type EvidenceSource = 'title' | 'signature' | 'field' | 'body' | 'source-field' | 'title-place' | 'self-reference';

export interface IssuerEvidence {
  issuer: Issuer;
  source: EvidenceSource;
  /** Offset of the words the name was read from. */
  at: number;
}

/** Organ endings a name may stop at (longest first so 人民政府办公室 wins over 人民政府). */
const ORGAN_END = '(?:党政综合办公室|党政办公室|党政办|人民政府办公室|人民政府办公厅|人民政府|政府办公室|街道办事处|办事处|管理委员会|管委会|常务委员会|人大常委会|委员会办公室|委员会|领导小组办公室|领导小组|指挥部办公室|指挥部|联席会议办公室|联席会议|工作专班|办公室|办公厅|总局|分局|林业局|局|厅|委|署|中心|支队|大队)';
/** Between two issuers of a joint title ("县财政局、县税务局关于", "县民政局和县财政局关于"): after an organ's ending only —
 *  the 和 of "住房和城乡建设局" is inside one name. */
const JOINT_SEPARATOR = new RegExp(`(?<=${ORGAN_END})[、，,和与及](?=[\\u4e00-\\u9fa5]{2})`);
const CJK = '[\\u4e00-\\u9fa5]';
/** Name characters: CJK, and the placeholders of drafts and anonymised copies (XX镇, ××县, 某县). */
const NAME_CH = '[\\u4e00-\\u9fa5XxＸ×]';
/** A name: CJK (and the 「」“” of 指挥部 nicknames), ending in an organ, or a bare township / county. */
const NAME = `((?:${NAME_CH}|[“”"「」（）()]){2,40}?${ORGAN_END}|${NAME_CH}{1,8}?(?:镇|乡|街道|苏木)|${NAME_CH}{1,8}?(?:县|市|区|旗))`;

const TITLE_RE = new RegExp(`${NAME}(?:[、，,和与及]${NAME})*\\s*关\\s*于${CJK}`, 'g');
const FIELD_RE = new RegExp(`(?:发布机构|发文机关|发文单位|发布单位|制发机关|成文机关|发布人)\\s*[:：】\\]]?\\s*${NAME}`, 'g');
const SOURCE_RE = new RegExp(`(?:来源|信息来源|稿件来源)\\s*[:：]\\s*${NAME}(?![\\u4e00-\\u9fa5])`, 'g');
const BODY_RE = new RegExp(`(?:^|[，,。；：:\\s])(?:经)?${NAME}(?:研究|审议|会议)?(?:近日|日前|近期)?(?:决定|发布了?|印发了?|制定了?|下发了?|出台了?)(?:《|关于|，|,|：|$|通知|通告|公告|文件)|(?:记者)?[从据]${NAME}(?:了解到|获悉)`, 'gm');
const SIGN_LINE = new RegExp(`^${NAME}$`);
/** A name that ends as an organ does ("XX市人民政府"). */
const ENDS_AS_ORGAN = new RegExp(`${ORGAN_END}$`);
/** "致XX镇广大经营业户的一封信": the place written to. */
const LETTER_TO = new RegExp(`^致\\s*${NAME}`);
const SIGN_WITH_DATE = new RegExp(`(?:^|[。！？；\\s])${NAME}\\s*(?:[0-9]{4}|[〇零○Ｏ一二三四五六七八九]{4}|二[〇零○]\\S{2})\\s*年\\s*\\S{1,3}\\s*月\\s*\\S{1,3}\\s*日[\\s|｜]*$`);
// A 成文日期, also as web copies damage it ("年九月二日" with the year lost, "10月14日", cut to "2021年" or
// "2023年1月").
const DATE_LINE = /^(?:[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4}|二[〇零○]\S{2})?\s*年?\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日$|^(?:[0-9]{4}[-./])?[0-9]{1,2}[-./][0-9]{1,2}$|^(?:[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4}|二[〇零○]\S{2})\s*年(?:\s*[0-9一二三四五六七八九十]{1,3}\s*月)?$/;

/** Words a name may be glued to in page furniture; they are never part of an organ's name. */
const NOT_A_NAME = /^(?:发布|发表|来源|转载|原标题|标题|通知|通告|公告|关于|首页|正文|当前位置|时间|日期|分享|打印|近日|日前|记者|本报|据悉|今天|今日|昨日|我县|我市|我区|我镇|我乡|全县|全市|全区|全镇|全乡|本县|本市|本区|本镇|本乡|各|该|上述|有关|相关)/;

/** Words of a document's title, never of an organ's name: "六安市预拌砂浆企业备案管理办法六安市住房城乡建委"
 *  (a title glued to its issuer) names the organ after them. */
const TITLE_WORD = /办法|通知|通告|公告|规定|意见|方案|细则|通报/;

/**
 * The organ name at the end of `raw`, cleaned of what page furniture glued before it: the longest
 * suffix that starts with a known place (or a central organ) and still ends in the organ.
 */
export function cleanOrgName(raw: string): string | null {
  let s = raw.replace(/[\s\u3000]+/g, '').replace(/^[^\u4e00-\u9fa5“「XxＸ×]+/, '').replace(/篇\d+$/, '');
  if (!s) return null;
  // "由可镇人民政府报县人民政府": a verb between two organs; the name is what follows the last one.
  for (let i = s.length - 2; i > 0; i--) {
    if (!/[由报向经对按在从将把被给请交]/.test(s[i]!)) continue;
    const rest = s.slice(i + 1);
    // what follows must itself be an organ of a place ("县人民政府", "XX市公安局"), and the verb must
    // not be inside a place name (经 of 经济开发区 is followed by 济, not by a place)
    if ((placeChain(rest).length || /^[省市县区镇乡](?:人民政府|政府|委|[\u4e00-\u9fa5]{1,8}(?:局|厅|委员会))/.test(rest)) && ENDS_AS_ORGAN.test(rest)) {
      s = rest;
      break;
    }
  }
  // Try every start: the first one from which the rest reads as place(s) + organ, or a central organ.
  for (let i = 0; i < s.length - 1; i++) {
    const rest = s.slice(i);
    if (NOT_A_NAME.test(rest) || TITLE_WORD.test(rest)) continue;
    if (i > 0 && /[\u4e00-\u9fa5]/.test(s[i - 1]!) && !/[】」\]|:：>》]/.test(s[i - 1]!)) {
      // inside a CJK run: only a known place or a central organ may start a name here
      if (!placeChain(rest).length && !/^(国务院|全国人民代表大会|最高人民|国家|中共|中国共产党)/.test(rest)) continue;
    }
    if (/^[“”"「」（）()]/.test(rest)) continue;
    return rest;
  }
  return null;
}

/** The issuer a name stands for: a bare township or county (柳河镇, 大坪镇) is its government. */
export function toIssuer(name: string): Issuer | null {
  const clean = cleanOrgName(name);
  if (!clean || clean.length < 2) return null;
  // A community (社区) is a 居民委员会 under a township: not a government, but township level.
  if (/(?:社区|社区居民委员会|社区居委会|村民委员会|村委会)$/.test(clean)) {
    const place = placeChain(clean);
    const last = place[place.length - 1];
    return { name: clean, level: last ? (last.level === 'township' ? 'township' : 'township') : null, kind: 'other' };
  }
  // A development zone's 管委会 is an agency of the city or county that set it up.
  if (/(?:开发区|高新区|新区|园区|试验区|示范区)(?:管理委员会|管委会)$/.test(clean) && !placeChain(clean).length) {
    return { name: clean, level: null, kind: 'other', possibleLevels: ['county', 'city'] };
  }
  // A bare township or county stands for its government: "XX镇关于……的通告".
  const bare = /^(.{1,12}?)(镇|乡|街道|苏木|县|市|区|旗)$/.exec(clean);
  if (bare) {
    const place = placeChain(clean);
    const last = place[place.length - 1];
    if (last && place.reduce((n, p) => n + p.length, 0) === clean.length) {
      return { name: clean, level: last.level, kind: 'government' };
    }
    if (/^(镇|乡|街道|苏木)$/.test(bare[2]!)) return { name: clean, level: 'township', kind: 'government' };
    if (/^(县|旗)$/.test(bare[2]!)) return { name: clean, level: 'county', kind: 'government' };
    // An 'X市' or 'X区' the division list does not know: a county-level place or above.
    return { name: clean, level: null, kind: 'government', possibleLevels: bare[2] === '区' ? ['county'] : ['county', 'city'] };
  }
  const issuer = classifyIssuer(clean);
  if (issuer.level === null) {
    const place = matchPlace(clean);
    if (!place && /^[\u4e00-\u9fa5]{1,6}市/.test(clean)) issuer.possibleLevels = ['county', 'city'];
  }
  return issuer;
}

interface Line { text: string; start: number }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (t && !isPageChrome(t)) out.push({ text: t, start: pos + raw.indexOf(t) });
    pos += raw.length + 1;
  }
  return out;
}

const HEAD_LINES = 14;
const TAIL_LINES = 10;

/** A newsroom that carries a page ("来源：高平县融媒体中心") published it; it issued nothing. */
const NEWSROOM = /(?:融媒体中心|新闻中心|新闻办公室|广播电视台|电视台|广播站|日报社|报社|网站|网信办|宣传部)$/;

/** "柳林镇党政办", "高桥镇党政办公室" → "柳林镇": a township's own office, named where a page or an imprint
 *  says who posted or printed a document, stands for the town that issued it. Other names are kept. */
export function townBehindOffice(name: string): string {
  const m = /^([\u4e00-\u9fa5]{1,8}?(?:镇|乡|街道))(?:人民政府)?(?:党政综合办公室|党政办公室|党政办|办公室|综合办)$/.exec(name);
  return m ? m[1]! : name;
}

/** Every issuer evidence in the document, strongest first. */
export function issuerEvidence(text: string, title: string | null = null): IssuerEvidence[] {
  const lines = linesOf(text);
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.slice(-TAIL_LINES);
  const out: IssuerEvidence[] = [];
  const add = (name: string, source: EvidenceSource, at: number) => {
    const issuer = toIssuer(name);
    if (issuer && !out.some((e) => e.issuer.name === issuer.name && e.source === source)) out.push({ issuer, source, at });
  };
  const inBookTitle = (line: string, at: number) => line.lastIndexOf('《', at) > line.lastIndexOf('》', at);
  for (const [i, l] of head.entries()) {
    // A title broken after the organ: "XX市人民政府" on one line, "关于……的通告" on the next.
    const next = head[i + 1];
    if (next && /^[^\u4e00-\u9fa5]*关\s*于/.test(next.text) && ENDS_AS_ORGAN.test(l.text)) add(l.text, 'title', l.start);
    // "致XX镇广大经营业户的一封信": the place written to.
    const letter = LETTER_TO.exec(l.text.replace(/\s+/g, ''));
    if (letter && /一封信/.test(l.text)) add(letter[1]!, 'title', l.start);
  }
  for (const l of [...head, ...tail]) {
    // A title line (possibly glued to the first sentence, or behind page furniture).
    for (const m of l.text.matchAll(TITLE_RE)) {
      if (inBookTitle(l.text, m.index!)) continue;
      const names = m[0].replace(/\s*关\s*于[\u4e00-\u9fa5]$/, '').split(JOINT_SEPARATOR);
      for (const n of names) add(n, 'title', l.start + m.index!);
    }
    for (const m of l.text.matchAll(FIELD_RE)) add(m[1]!, 'field', l.start + m.index!);
    // The office that posted or printed a township's page ("来源：柳林镇党政办") stands for its town; a newsroom
    // stands for nobody.
    for (const m of l.text.matchAll(SOURCE_RE)) if (!NEWSROOM.test(m[1]!)) add(townBehindOffice(m[1]!), 'source-field', l.start + m.index!);
  }
  // 落款: an organ on its own line in the tail, next to a date line; or glued before the date at the
  // end of the last line ("……举报电话：0799-6311159。五陂镇人民政府 2024年5月24日 |").
  tail.forEach((l, i) => {
    const sameLine = SIGN_WITH_DATE.exec(l.text);
    if (sameLine) { add(sameLine[1]!, 'signature', l.start + sameLine.index!); return; }
    const signed = spreadOut(l.text.trim()).replace(SEAL_MARK, '');
    if (!SIGN_LINE.test(signed)) return;
    const near = [tail[i + 1], tail[i + 2], tail[i - 1]].some((x) => x && DATE_LINE.test(x.text.replace(/\s+/g, '')));
    if (near) add(signed, 'signature', l.start);
  });
  // The body: "经XX局研究决定", "XX指挥部发布《关于……》", "XX办公室决定，".
  const bodyText = lines.slice(0, 40).map((l) => l.text).join('\n');
  const offsets = lines.slice(0, 40).map((l) => l.start);
  for (const m of bodyText.matchAll(BODY_RE)) {
    const lineNo = bodyText.slice(0, m.index!).split('\n').length - 1;
    add((m[1] ?? m[2])!, 'body', offsets[lineNo] ?? 0);
  }
  // "关于额敏县2019年度禁渔的公告", "关于在河东区……的通告": the place a title is about is, failing any
  // name, the issuer's jurisdiction (a county's notice about itself).
  for (const l of head) {
    const m = /关\s*于(?:在|对|进一步|加强|做好|开展)?([\u4e00-\u9fa5]{2,12})/.exec(l.text);
    if (!m || inBookTitle(l.text, m.index)) continue;
    const chain = placeChain(m[1]!);
    const last = chain[chain.length - 1];
    if (last && last.level !== 'province') {
      const name = chain.map((c) => c.name).join('');
      const ambiguous = /市$/.test(name) && last.level === 'city' ? undefined : undefined;
      out.push({ issuer: { name, level: last.level, kind: 'government', ...(ambiguous ? { possibleLevels: ambiguous } : {}) }, source: 'title-place', at: l.start + m.index });
      break;
    }
  }
  // "结合热水镇实际，制定本办法": a document is made for the circumstances of its drafter's own place.
  if (!out.some((e) => e.source === 'title-place')) {
    for (const m of bodyText.matchAll(/结合\s*([\u4e00-\u9fa5]{2,12}?)(?:的)?(?:工作)?实际/g)) {
      const chain = placeChain(m[1]!);
      const last = chain[chain.length - 1];
      // The whole phrase must be the place ("结合本镇实际" and "结合工作实际" name none).
      if (!last || last.level === 'province' || chain.map((c) => c.name).join('') !== m[1]) continue;
      const lineNo = bodyText.slice(0, m.index!).split('\n').length - 1;
      out.push({ issuer: { name: chain.map((c) => c.name).join(''), level: last.level, kind: 'government' }, source: 'title-place', at: offsets[lineNo] ?? 0 });
      break;
    }
  }
  // "2025湖南娄底涟源市事业单位公开引进……公告": a title that opens with a place (after a year and the
  // names of the province and city it lies in).
  const titleLine = title ?? recoverTitle(text, null);
  if (titleLine && !/关\s*于/.test(titleLine)) {
    const t = titleLine.replace(/^[0-9]{4}年?/, '');
    for (let i = 0; i < Math.min(8, t.length); i++) {
      const chain = placeChain(t.slice(i));
      const last = chain[chain.length - 1];
      if (last && last.level !== 'province' && (i === 0 || last.level !== 'township')) {
        out.push({ issuer: { name: chain.map((c) => c.name).join(''), level: last.level, kind: 'government' }, source: 'title-place', at: 0 });
        break;
      }
    }
  }
  // Failing any name with a level: a 落款 inside a copy that lost its line breaks ("……特此通告。 XX县人民政府
  // 2021年11月3日 抄送：……").
  if (!out.some((e) => e.issuer.level !== null || e.issuer.possibleLevels)) {
    const runOn = runOnSignature(text, isOrgLine);
    // Only names whose level is known: an unknown "X市" here would hold back what the addressees say.
    if (runOn?.names) for (const n of splitOrgs(runOn.names)) if (toIssuer(n)?.level) add(n, 'signature', runOn.at);
  }
  const rank: Record<EvidenceSource, number> = { title: 0, signature: 1, field: 2, body: 3, 'source-field': 4, 'title-place': 5, 'self-reference': 6 };
  return out.sort((a, b) => rank[a.source] - rank[b.source] || a.at - b.at);
}

/**
 * The level a document is issued at, read from whom it is addressed to (主送机关, a line "各……：" at its
 * head) when it names no issuer: a province writes to "各市……", a city to "各县（市、区）……", a county to
 * "各乡镇……", a township to "各村……", the centre to "各省、自治区、直辖市……". Governments written to are
 * written to by a government; departments (局、委、厅) by the department above them.
 */
export function addresseeLevel(text: string): Issuer | null {
  const line = text.split('\n').slice(0, 12).map((l) => l.trim())
    .find((l) => /^(?:各|(?:镇|乡|街道|县|区|市)直|全(?:镇|乡|街道|县|区))[\u4e00-\u9fa5（(]/.test(l) && /[：:]$/.test(l) && l.length <= 600);
  if (!line) return null;
  // "全镇广大群众：", "全县各族人民：": a government speaking to the people of its own place.
  const people = /^全(镇|乡|街道|县|区)(?:广大|各族)?(?:干部)?(?:群众|居民|村民|人民|市民|农户|经营户|商户|党员)/.exec(line);
  if (people) return { name: '', level: /县|区/.test(people[1]!) ? 'county' : 'township', kind: 'government' };
  // "镇直各单位、各村（社区）：", "县直各部门：": a government writing to its own units.
  const own = /^(镇|乡|街道|县|区|市)直/.exec(line);
  if (own) {
    const level = ({ 镇: 'township', 乡: 'township', 街道: 'township', 县: 'county', 区: 'county', 市: null } as const)[own[1] as '镇'];
    return level ? { name: '', level, kind: 'government' } : null;
  }
  // Some copies annotate characters with pinyin: "城(cheng)鄉(xiang)".
  const a = line.replace(/[(（][a-z]+[)）]/g, '');
  let level: Issuer['level'] = null;
  if (/^各(?:省|省级)(?:、|（|\()?(?:自治区|区)/.test(a)) level = 'central';
  else if (/^各(?:设区的?|地级(?:以上)?)?(?:市|州|盟)(?!场|民|县级)/.test(a)) level = 'province';
  else if (/^各(?:县|区县|县区|区|旗)/.test(a)) level = 'city';
  else if (/^各(?:乡|镇|街道|苏木)/.test(a)) level = 'county';
  else if (/^各(?:村|社区|行政村|居委会|嘎查)/.test(a)) level = 'township';
  if (!level) return null;
  const first = a.split(/[、，,；;：:]/)[0]!;
  // Villages and communities are written to by their township's government: a township has no departments.
  const kind: Issuer['kind'] = level === 'township' || /(?:人民政府|政府|办事处)(?:[（(][^）)]*[）)])?$/.test(first) ? 'government'
    : /(?:局|厅|委|委员会|办公室|办)(?:[（(][^）)]*[）)])?$/.test(first) ? 'department' : 'other';
  return { name: '', level, kind };
}

/** The level a document speaks from when it names no issuer: "全镇范围内", "我县", "本乡". */
export function selfReferenceLevel(text: string): Issuer | null {
  const head = text.slice(0, 4000);
  const count = (re: RegExp) => (head.match(re) ?? []).length;
  // "经镇党委、政府研究决定": the town's own government decides; it weighs as two mentions.
  const township = count(/(?:我|本|全)(?:镇|乡|街道)(?![\u4e00-\u9fa5]{0,2}(?:人民政府|政府))/g)
    + 2 * count(/经(?:镇|乡|街道)(?:党委|党工委)?[、和]?(?:镇|乡|街道)?(?:人民政府|政府|办事处)(?:研究|决定|同意)/g);
  // 县 and, where the text is not about an 自治区, 区 (a district): both county level.
  const county = count(/(?:我|本|全)县/g) + (/自治区/.test(head) ? 0 : count(/(?:我|本|全)区(?![\u4e00-\u9fa5]{0,2}(?:人民政府|政府))/g));
  if (township >= 1 && county === 0) return { name: '', level: 'township', kind: 'government' };
  if (county >= 1 && township === 0) return { name: '', level: 'county', kind: 'government' };
  return null;
}

const DOC_TYPE_END = '(?:通知|通告|公告|意见|实施意见|办法|管理办法|实施办法|规定|决定|实施方案|方案|通报|公约|细则|规则|措施|禁火令|令|告知书|倡议书|一封信|十不准|须知|指引|政策)';
const TITLE_IN_LINE = new RegExp(`(?:${NAME}(?:[、，,和与及]${NAME})*\\s*)?关\\s*于${CJK}[^。；！？\\n]{1,80}?的\\s*${DOC_TYPE_END.replace(/\)$/, '|公\\s*告)')}`);
const FURNITURE_TITLE = /^(?:索\s*引\s*号|发布机构|主题分类|发文字号|首页|当前位置|您现在|趣文网|无障碍|[^\u4e00-\u9fa5]{0,3}$)|>|›|\||》\s*$/;
const HAS_TYPE_END = new RegExp(`${DOC_TYPE_END}(?:[（(](?:试行|暂行|修订|修正)[)）])?$`);

/**
 * The document's title when the front matter gave none, or page furniture: the first line of the head
 * that reads "（机关）关于……的通告" (also when glued to the next sentence or behind furniture), cleaned of
 * what stands before the organ's name.
 */
export function recoverTitle(text: string, current: string | null): string | null {
  const cur = current?.trim() ?? null;
  if (cur && !FURNITURE_TITLE.test(cur) && HAS_TYPE_END.test(cur) && !/^[^\u4e00-\u9fa5XxＸ×「【]/.test(cur) && !/^[^《]*》/.test(cur)) {
    // A title that starts with furniture before the organ ("「通告」XX县人民政府关于……"): keep from the
    // organ on. What stands before 关于 is cleaned as a name; a title without 关于 is kept.
    const at = cur.search(/关\s*于/);
    if (at <= 0) return cur;
    const prefix = cur.slice(0, at);
    // Separate names of a joint title stay as they are; only a prefix that cleaning shortens had furniture.
    if (/^[\u4e00-\u9fa5XxＸ×“「]/.test(prefix) && /[\s\u3000、，,]/.test(prefix.trim())) return cur;
    // … and so do names joined without a separator when the title's lines were put together ("南湾县交通运输局" +
    // "南湾县公安局交通管理大队"): each part a name of its own.
    const joint = splitJoint(prefix.replace(/[\s\u3000]+/g, ''));
    if (joint.length > 1 && joint.every((p) => cleanOrgName(p) === p)) return cur;
    const clean = cleanOrgName(prefix);
    if (clean === prefix.replace(/[\s\u3000]+/g, '')) return cur;
    return clean ? clean + cur.slice(at) : cur.slice(at);
  }
  for (const l of linesOf(text).slice(0, HEAD_LINES)) {
    const m = TITLE_IN_LINE.exec(l.text);
    if (!m) continue;
    // A document cited in the preamble (根据《XX关于……的意见》) is not this one; a news lead that carries the
    // document is ("石桥镇发布《关于……的通告》，通告全文如下："): its title is the one in 《》.
    const open = l.text.lastIndexOf('《', m.index);
    if (open > l.text.lastIndexOf('》', m.index)) {
      if (CARRIED.test(l.text.slice(0, open)) && CARRIED_AFTER.test(l.text.slice(l.text.indexOf('》', m.index)))) {
        return l.text.slice(open + 1, l.text.indexOf('》', m.index)).replace(/\s+/g, '');
      }
      continue;
    }
    const org = m[0].split(/关\s*于/)[0]!;
    const clean = org ? cleanOrgName(org) : '';
    return ((clean ?? '') + m[0].slice(org.length)).replace(/\s+/g, '');
  }
  // A title without 关于, a whole line of the head: "双河乡开展集镇环境整治的通告", "XX镇禁止燃放烟花爆竹的通告".
  if (!cur || PAGE_PATH.test(cur) || FURNITURE_TITLE.test(cur)) {
    for (const l of linesOf(text).slice(0, HEAD_LINES)) {
      const t = l.text.replace(/\s+/g, '');
      const m = TITLE_WITHOUT_GUANYU.exec(t);
      if (m && !/关于/.test(t)) return t;
    }
  }
  // A portal's breadcrumb ("首页 > 正文", "当前位置：……") is no title at all: better none, and the file's name.
  if (cur && PAGE_PATH.test(cur)) return null;
  return cur;
}

const TITLE_WITHOUT_GUANYU = new RegExp(`^${NAME}${CJK}[^。；！？，,：:、\n]{1,50}?的(?:通告|通知|公告|决定)$`);

/** A news lead carrying a document: "……发布《……》，全文如下：", "……印发了《……》，具体内容如下". */
const CARRIED = /(?:发布|印发|出台|下发|公布|发出)了?$/;
const CARRIED_AFTER = /^》[，,：:\s]*(?:(?:通告|通知|公告|意见|办法|规定|文件)?(?:全文|具体内容|内容|原文)?如下|$)/;
