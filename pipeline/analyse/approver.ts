// Who decides. A clause that names the body approving ("由镇人民政府审批", "报县农业农村局审批", "经县级人民政府批准")
// is compared with the article of a law the document names (its text on the document's day) that gives the
// same approval, for the same matter: where the law gives it to a body of another level (土地管理法第六十二条:
// 宅基地 "由乡（镇）人民政府审核批准"; 社会救助暂行办法第十一条: 低保 "报县级人民政府民政部门审批"), the document
// moves a power the law placed, which is a conflict with that article. Only the level is compared: which
// department of one level holds the power is often the province's or the government's own arrangement.
import type { CorpusLaw, IssuerLevel } from '../model/types.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { ITEM, paragraphsOfText } from '../corpus/article-parser.ts';
import { bodyLevel } from '../structure/meta-issuers.ts';
import { CITATION_PHRASE, conductSimilarity } from './frames.ts';
import { keepUpTo } from '../text/memo.ts';
import { clauseAround, sentenceAround } from './units.ts';
import { articlesOfLaws } from './named-law-articles.ts';
import { LEVEL_WEIGHT } from '../corpus/corpus-impl.ts';
import { HANDED_OVER } from '../rules/township-imposer.ts';
import { withoutMarker } from '../structure/markers.ts';

export interface Approval {
  /** Offsets in the text searched: the body's start to the verb's end ("县农业农村局审批"). */
  start: number;
  end: number;
  approver: string;
  /** The decision's verb as written ("审批", "划定", "负责调查"). */
  act: string;
  /** The levels the body may be at: one for a named body, several for "县级以上地方人民政府" or "市、县人民政府". */
  levels: IssuerLevel[];
  /** The issuing department named as itself ("我局"): its levels are those it may be at, not a law's generic range. */
  self?: boolean;
}

/** Words every approval holds: a text without them states none (the engine's prefilter). Besides approving, the
 *  decisions a law gives one level as its own: drawing a protected area's bounds (长城保护条例第十一条: 省、自治区、直辖市
 *  人民政府……划定), settling a plan or a rate (审定, 确定), investigating an accident (生产安全事故报告和调查处理条例第十九条:
 *  一般事故由……县级人民政府负责调查), and the licence a body is applied to for (放射性同位素与射线装置安全和防护条例第六条: 许可证
 *  由省……生态环境主管部门审批颁发; "向县生态环境局申请领取辐射安全许可证"). */
export const APPROVAL_LITERALS = ['批准', '审批', '核准', '核发', '颁发', '划定', '审定', '确定', '调查', '申请领取', '申领', '采购', '年检', '检测', '检验', '发给', '签发', '申请办理', '申请取得', '审核认定', '审查认定', '同意后'] as const;
/** The verb of the decision. Not a decision: the power itself (批准权限), its paper (批准文件, 审批手续), its body
 *  named as such (审批机关), or a step before it (审核, 初审, 审查 — "乡镇初审后报县民政部门审批" is lawful). */
// 审核同意 and 审查同意 decide when nothing comes after them ("报镇人民政府审核同意后实施"); where a later body approves
// ("乡镇审核同意后报县民政局审批"), that later approval is the sentence's decision (the last one is compared).
// 确定 only as a decision ("由……确定后公布", not "确定的", "确定为"), 调查 only as the investigation a body is given
// ("负责调查", "组织事故调查组进行调查"), not as a step before another's approval ("调查核实后直接审批").
// 同意 alone decides where a body's consent is what the act waits for: "经项目所在地街道办事处同意后，可以采用协议方式选聘".
// 审核认定 (审查认定) decides a status ("由……侨务工作的机构根据本人申请审核认定"); a bare 认定 is too common in laws for
// other things (a grade, a loss, a fact) to place a decision.
// The work a law gives one level to organise ("由省、自治区、直辖市气象主管机构组织采购", "……组织年检") is a power of that
// level as much: 组织采购, 组织年检, 组织检测; a purchase a body is told to make itself ("自行向生产企业采购") too.
const VERB = new RegExp(`(?:审核批准|审查批准|审核同意|审查同意|(?<=经[\u4e00-\u9fa5（）()]{2,30})同意(?=后)|批准|审批|核准|核发|颁发|划定|审定|确定(?![的为了性])|(?:审核|审查)认定(?![的为了性])|(?:负责|进行)调查(?!核实|处理)|申请领取|申领|(?:发给|签发|申请办理|申请取得)(?=[《“"]|[\u4e00-\u9fa5]{0,12}(?:证|证书|执照)(?![\u4e00-\u9fa5]))|组织(?:采购|年检|检测|检验)|自行(?:向[\u4e00-\u9fa5]{1,10}?)?采购)(?!权限|文件|手续|机关|部门|事项|程序|结果|意见|表|书|证(?!书))`, 'g');
/** The decisions a body may be named for as the subject of its sentence ("长城所在地省、自治区、直辖市人民政府应当……，划定……"),
 *  not only after 由/报/经: words no one else's step is said with. */
const SUBJECT_VERB = /^(?:划定|审定|负责调查|进行调查)$/;
/** A name a law defines in brackets after a body ("……生态环境主管部门(以下称审批部门)"): no part of the body. */
const DEFINED_AS = /[（(]以下(?:简)?称[^（）()]{1,12}[）)]/g;
/** The body an application goes to: "向……出版行政部门提出申请". */
const APPLIED_TO = /向([\u4e00-\u9fa5、（）()]{2,40}?)(?:提出|递交|提交)?(?:书面)?申请(?![\u4e00-\u9fa5])/g;
/** A clause that only hands the application in to a body: "向所在村（居）民委员会提出", "向乡镇便民服务中心提交申请". */
const APPLIED_STEP = /向[\u4e00-\u9fa5（）()]{2,30}?(?:提出|递交|提交)(?:书面)?(?:申请)?(?=[，。；]|$)/g;
/** A clause that adds a body the decision is made with, its own body named before: "会同有关飞行管制部门确定". */
const JOINT = /^(?:会同|并会同|商)/;
/** The body a sentence opens with, before its modal: "长城所在地省、自治区、直辖市人民政府应当", "乡人民政府负责". */
const SUBJECT = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+条\s*)?([\u4e00-\u9fa5、（）()]{2,40}?)(?:应当|负责|可以|须|必须)/;
/** How far after its subject's modal the verb may be to be that body's. */
const SUBJECT_REACH = 40;
const VERB_PRESENT = new RegExp(APPROVAL_LITERALS.join('|'));
/** What introduces the deciding body: "由……", "报……", "经……" (also "未经……批准"). */
// Laws also name it as the body applied to: "应当向……省、自治区、直辖市人民政府自然资源主管部门提出申请并取得批准".
const MARKER = /(?:由|报请|报经|报送|报|经|交由|向)/g;
/** Words between the body and the verb that are not the body's. */
const FILLER = /^(?:依法|依规|统一|负责|予以|进行|审查|审核|同意后|同意|提出申请|申请|并|取得|获得)+$/;
/** A body's name ends as an organ's does. */
const BODY_END = /(?:人民政府|政府|部门|局|委员会|委|街道办事处|办事处|街道办|办公室|机关|主管机构|负责[\u4e00-\u9fa5]{2,8}工作的机构|卫生院|所|站|中心)$/;

/** The body named before the verb: the words up to the last organ ending, where what follows it is a few words of
 *  the act ("调查核实后直接", "依法") and not another body or step. */
function bodyIn(raw: string): string | null {
  const ends: number[] = [];
  BODY_END_ANY.lastIndex = 0;
  for (let m = BODY_END_ANY.exec(raw); m; m = BODY_END_ANY.exec(raw)) ends.push(m.index + m[0].length);
  // The last organ ending first; an earlier one where the words after the last are the act's ("……气象主管机构按照国家有关
  // 政府采购的规定组织采购": 政府 is in the rule the body acts by).
  for (const end of ends.reverse()) {
    if (end < 2 || end > MAX_BODY || raw.length - end > MAX_TAIL) continue;
    const tail = raw.slice(end);
    if (tail && !FILLER.test(tail) && !ACT_TAIL.test(tail)) continue;
    return raw.slice(0, end).replace(PLACE_OF, '');
  }
  return null;
}
const BODY_END_ANY = new RegExp(BODY_END.source.replace(/\$$/, ''), 'g');
const MAX_BODY = 40;
const MAX_TAIL = 14;
/** A few words of the act between the body and the verb ("调查核实后直接", "集体研究后"). */
// … or the matter the approval is of, after 进行 ("报送……住房和城乡建设主管部门进行抗震设防审批", 建设工程抗震管理条例第十三条).
// … or whom it sets to work ("由镇人民政府组织事故调查组进行调查").
// … or the rule it acts by or the need it acts on ("按照国家有关政府采购的规定", "按照需求"), or how often ("每两年").
const ACT_TAIL = /^(?:[\u4e00-\u9fa5、]{0,12}(?:后|并|再|直接|统一)|进行[\u4e00-\u9fa5]{1,8}|组织[\u4e00-\u9fa5]{1,8}|(?:按照|依照|根据)[\u4e00-\u9fa5、《》]{1,14}|每[一二两三四五六七八九十\d]*(?:年|个月|月|季度|半年))$/;
/** "所在地的区、县人民政府": where the body is, not who it is. */
const PLACE_OF = /^(?:[\u4e00-\u9fa5]{0,6}?所在地的?|当地)/;

/** The approvals a text states with the body that decides. `self`: the levels the department issuing the text may be at
 *  (one, or those of an "X市" the division list lacks), for the body it calls itself ("经我局批准后方可发掘"); a law's
 *  text has none. */
export function approvalsIn(text: string, self: readonly IssuerLevel[] = [], voice: readonly IssuerLevel[] = []): Approval[] {
  const out: Approval[] = [];
  VERB.lastIndex = 0;
  for (let v = VERB.exec(text); v; v = VERB.exec(text)) {
    // The clause the verb is in: a body named across a comma is another step's.
    const clauseStart = clauseAround(text, v.index, v.index).start;
    const clause = text.slice(clauseStart, v.index);
    let marker: RegExpExecArray | null = null;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(clause); m; m = MARKER.exec(clause)) marker = m;
    // A body acting for another ("可以委托乡镇人民政府、街道办事处审批") holds the power by delegation.
    if (HANDED_OVER.test(clause)) continue;
    let approver: string | null = null;
    let start = 0;
    if (marker) {
      approver = bodyIn(clause.slice(marker.index + marker[0].length).replace(DEFINED_AS, ''));
      start = clauseStart + marker.index + marker[0].length;
    } else if (JOINT.test(clause)) {
      // "由省、自治区、直辖市气象主管机构根据……，依照……的有关规定，会同有关飞行管制部门确定": the body 由 named clauses
      // before decides, with the other.
      const sentence = sentenceAround(text, v.index, v.index);
      const by = text.lastIndexOf('由', clauseStart);
      if (by >= sentence.start) {
        const segment = text.slice(by + 1, clauseAround(text, by, by).end);
        BODY_END_ANY.lastIndex = 0;
        const first = BODY_END_ANY.exec(segment);
        if (first && first.index + first[0].length <= MAX_BODY) {
          approver = segment.slice(0, first.index + first[0].length).replace(PLACE_OF, '');
          start = by + 1;
        }
      }
    } else if (SUBJECT_VERB.test(v[0])) {
      // The body the sentence opens with, its modal within reach of the verb.
      const sentence = sentenceAround(text, v.index, v.index);
      const subject = SUBJECT.exec(sentence.text);
      if (subject && sentence.start + subject[0].length + SUBJECT_REACH >= v.index && !HANDED_OVER.test(text.slice(sentence.start, v.index))) {
        approver = bodyIn(subject[1]!);
        start = sentence.start + subject[0].indexOf(subject[1]!);
      }
    }
    if (!approver) {
      // "向所在地省、自治区、直辖市人民政府出版行政部门提出申请，经审核批准的，发给印刷经营许可证": the body applied to in a clause
      // before decides, where the decision's own clause names none.
      const sentence = sentenceAround(text, v.index, v.index);
      const applied = [...text.slice(sentence.start, clauseStart).matchAll(APPLIED_TO)].pop();
      const body = applied ? bodyIn(applied[1]!) : null;
      if (body) { approver = body; start = sentence.start + applied!.index! + 1; }
    }
    // The issuer's own voice: a designation no body is named for, in a sentence that names none before it ("自即日起，将……三个村
    // 划定为黄龙病疫区"): the issuer makes it. `voice`: the issuer's levels (none for a law's text).
    let own = false;
    if (!approver && voice.length && OWN_VOICE_VERB.test(v[0])) {
      const sentence = sentenceAround(text, v.index, v.index);
      const before = text.slice(sentence.start, v.index);
      BODY_END_ANY.lastIndex = 0;
      if (!BODY_END_ANY.test(before) && !MARKER_WORD.test(before)) { approver = OWN_VOICE_BODY; start = v.index; own = true; }
    }
    if (!approver) continue;
    const isSelf = own || SELF_BODY.test(approver);
    const relative = RELATIVE_LEVEL.test(approver);
    let levels = relative ? levelBefore(text, start) : own ? [...voice] : isSelf ? [...self] : levelsOf(approver);
    // A department a law names without a level ("经劳动行政部门批准") is the one its article on supervision places at county
    // level or above (劳动法第九条: 县级以上地方人民政府劳动行政部门; most laws alike): never a township's body.
    if (!levels.length && UNLEVELLED_DEPARTMENT.test(approver)) levels = ['county', 'city', 'province', 'central'];
    if (!levels.length) continue;
    // "报本级人民政府审查批准" is read with the level named before it: "本级人民政府（省、自治区、直辖市）".
    if (relative) approver = `${approver}（${levelPhraseBefore(text, start)}）`;
    out.push({ start, end: v.index + v[0].length, approver, act: v[0], levels, ...(isSelf ? { self: true } : {}) });
  }
  return out;
}

/** Decisions an issuer announces in its own voice, no body named: "将……划定为……". */
const OWN_VOICE_VERB = /^划定$/;
const OWN_VOICE_BODY = '本文件制定机关';
/** A word that introduces some body as the one acting ("由", "经", "报"): then the sentence names who decides. */
const MARKER_WORD = /由|经|报|委托|会同/;
const UNLEVELLED_DEPARTMENT = /^[\u4e00-\u9fa5]{0,12}(?:行政部门|行政主管部门|主管部门)$/;
/** A department speaking of itself: "我局", "本委", "我厅". */
const SELF_BODY = /^(?:我|本)(?:局|委|厅|办|委员会|中心)$/;
/** "本级人民政府", "同级人民政府": the level of the body the text named before it ("县级以上地方人民政府古树名木主管部门审核并报
 *  本级人民政府批准" is a county-or-higher government's approval). */
const RELATIVE_LEVEL = /^(?:本级|同级)/;
const LEVEL_PHRASE = /(?:县级以上|设区的市级以上|市级以上|省级以上|省、自治区、直辖市|设区的市|县级|市级|省级|乡（镇）|乡、镇|乡镇|乡级)(?:地方)?(?:各级)?(?:人民政府)?/g;

function levelBefore(text: string, at: number): IssuerLevel[] {
  const last = levelPhraseBefore(text, at);
  return last ? levelsOf(last) : [];
}
function levelPhraseBefore(text: string, at: number): string {
  let last = '';
  LEVEL_PHRASE.lastIndex = 0;
  for (let m = LEVEL_PHRASE.exec(text); m && m.index < at; m = LEVEL_PHRASE.exec(text)) last = m[0];
  return last.replace(/(?:地方)?(?:各级)?人民政府$/, '');
}

/** The levels a body's name places it at: the law's generic names first ("县级以上地方人民政府", "乡（镇）人民政府",
 *  "省、自治区、直辖市人民政府", "市、县人民政府"), then a named body's place (bodyLevel). */
export function levelsOf(name: string): IssuerLevel[] {
  const n = name.replace(/[（(]镇[）)]/g, '镇').replace(/\s+/g, '');
  if (/县级以上/.test(n)) return ['county', 'city', 'province', 'central'];
  if (/设区的市级以上|市级以上/.test(n)) return ['city', 'province', 'central'];
  if (/省级以上/.test(n)) return ['province', 'central'];
  const out = new Set<IssuerLevel>();
  for (const part of n.split(/、|或者|以及|和|及/)) {
    const l = genericLevel(part) ?? bodyLevel(part);
    if (l) out.add(l);
  }
  return [...out];
}

function genericLevel(part: string): IssuerLevel | null {
  if (/^国务院/.test(part)) return 'central';
  if (/^(?:省|自治区|直辖市)/.test(part)) return 'province';
  if (/^(?:设区的市|地级|自治州|城市$|城市人民政府|市级|市(?!场))/.test(part)) return 'city';
  if (/^(?:县级|县|自治县|旗|区(?!域))/.test(part)) return 'county';
  if (/^(?:乡镇|乡|镇|民族乡|街道)/.test(part)) return 'township';
  return null;
}

export interface ApproverConflict {
  approval: Approval;
  /** The articles that give the same matter's approval to another level: the closest first, or, among those close
   *  to it, the higher-ranked law's first (土地管理法第六十二条 before 土地管理法实施条例第三十四条). */
  articles: { law: CorpusLaw; article: CorpusLaw['articles'][number]; theirs: Approval; similarity: number }[];
}

/** How close the matter of the document's approval must be to the article's (the clause's words without the
 *  bodies and verbs, against the article's paragraph and its lead). */
export const MIN_MATTER = 0.5;

/** A body's list of duties ("省考委的职责是：……（四）负责本地区应考者的考籍管理，颁发单科合格证书和毕业证书；"): each decision an
 *  item names is that body's, though no 由 names it (高等教育自学考试暂行条例第八条). Law texts only. */
function dutyListApprovals(paragraph: string): Approval[] {
  const lines = paragraph.split('\n');
  const lead = DUTIES_LEAD.exec(lines[0]!.trim());
  if (!lead || lines.length < 2) return [];
  const approver = lead[1]!;
  const levels = levelsOf(approver);
  if (!levels.length) return [];
  const out: Approval[] = [];
  let offset = lines[0]!.length + 1;
  for (const line of lines.slice(1)) {
    if (ITEM.test(line.trim())) {
      VERB.lastIndex = 0;
      for (let v = VERB.exec(line); v; v = VERB.exec(line)) out.push({ start: offset + v.index, end: offset + v.index + v[0].length, approver, act: v[0], levels });
    }
    offset += line.length + 1;
  }
  return out;
}
/** The lead of a list of a body's duties: "省考委的职责是：", "县级以上人民政府民政部门履行下列职责：". */
const DUTIES_LEAD = /^(?:第[一二三四五六七八九十百]+条\s*)?([\u4e00-\u9fa5、]{2,30}?)(?:的(?:主要)?(?:职责|职权)(?:是|为|包括|如下)?|(?:履行|行使|负责)下列(?:职责|职权|工作))[：:]$/;

/** The article's paragraphs that state an approval with its body, each read with the article's first paragraph
 *  (its lead: "申请最低生活保障，按照下列程序办理："). */
const approvalParagraphs = keepUpTo((text: string): { text: string; lead: string; approvals: Approval[] }[] => {
  const paragraphs = paragraphsOfText(text);
  const out: { text: string; lead: string; approvals: Approval[] }[] = [];
  paragraphs.forEach((p, i) => {
    // A power the province allocates ("按照省、自治区、直辖市规定的批准权限") places no level.
    if (/批准权限/.test(p)) return;
    const approvals = [...approvalsIn(p), ...dutyListApprovals(p)];
    if (approvals.length) out.push({ text: p, lead: i > 0 ? paragraphs[0]! : '', approvals });
  });
  return out;
}, 20_000);


/** The document's last approval in `sentence` (the decision: "镇人民政府初审后报县农业农村局审批") compared with the laws
 *  it names: the article for the closest matter, where that article gives the approval to another level. */
export function approverConflict(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null,
  self: readonly IssuerLevel[] = [], voice: readonly IssuerLevel[] = []): ApproverConflict | null {
  if (HANDED_OVER.test(sentence)) return null;
  const approvals = approvalsIn(sentence, self, voice);
  const mine = approvals[approvals.length - 1];
  // A generic range of levels ("县级以上人民政府") places the approval nowhere; the issuer's possible levels do, where the law's
  // level is none of them.
  if (!mine || !mine.levels.length || (mine.levels.length > 1 && !mine.self)) return null;
  // The law cited is no part of the matter ("依照《土地管理法》" would match every article of that law).
  const matterOf = (text: string) => {
    let out = text;
    // The body and the verb of an approval are no matter; a decision of its own kind is ("划定", "负责调查").
    for (const a of [...approvals].reverse()) if (a.end <= text.length) out = out.slice(0, a.start) + out.slice(SUBJECT_VERB.test(a.act) ? a.end - a.act.length : a.end);
    return withoutMarker(out).replace(CITATION_PHRASE, '');
  };
  const matter = matterOf(sentence);
  // … or the sentence up to the decision's clause, where more follows it ("一般事故由镇人民政府组织事故调查组进行调查，事故调查
  // 报告自事故发生之日起九十日内提交": the report's deadline is another article's matter).
  const upToEnd = clauseAround(sentence, mine.end - 1, mine.end).end;
  const upTo = upToEnd < sentence.length ? matterOf(sentence.slice(0, upToEnd)) : '';
  // … or without the body an application is handed in to first, where the law names none ("向所在村（居）民委员会提出，由……
  // 审核认定"): where the law names it too ("向……提出申请"), the words are the matter's, and both readings are kept.
  const unsteppedMatter = matter.replace(APPLIED_STEP, '');
  const closeness = (text: string) => Math.max(conductSimilarity(matter, text), unsteppedMatter !== matter ? conductSimilarity(unsteppedMatter, text) : 0,
    upTo.replace(/[^\u4e00-\u9fa5]/g, '').length >= MIN_UP_TO ? conductSimilarity(upTo, text) : 0);
  // What a designation makes of a place names its matter ("将……三个村划定为黄龙病疫区" is a 疫区's, whatever the villages'
  // names): an article that names that kind of area ("疫区和保护区的划定", 植物检疫条例第六条) is of the same matter.
  const area = DESIGNATED_AS.exec(sentence)?.[1];
  const areaKinds = area ? suffixesOf(area) : [];
  const designates = (text: string) => areaKinds.some((k) => text.includes(k));
  const found: ApproverConflict['articles'] = [];
  // The paper a body issues ("颁发毕业证书") names the matter whatever the clause's conditions say.
  const myPaper = ISSUES.test(mine.act) ? paperAfter(sentence, mine.end) ?? paperBefore(sentence, mine.start) : null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    if (!VERB_PRESENT.test(article.text)) continue;
    // A recognition (认定 of a status, a grade, an outbreak) is compared only with a law's recognitions, an approval only with
    // its approvals: 古树名木保护条例第十条's 认定 of a tree's grade is no level for the 批准 of moving it.
    const paragraphs = approvalParagraphs(article.text)
      .map((p) => ({ ...p, approvals: p.approvals.filter((a) => RECOGNITION.test(a.act) === RECOGNITION.test(mine.act)) }))
      .filter((p) => p.approvals.length);
    if (!paragraphs.length) continue;
    // The matter is recognised by the whole article (its lead names it, its paragraphs the steps).
    // A designation's matter is the paragraph that names the area and the approval together (植物检疫条例第六条), not an
    // approval elsewhere in an article that names the area (第五条's 检查站).
    const designating = areaKinds.length ? paragraphs.filter((p) => designates(p.text)) : [];
    const similarity = Math.max(closeness(article.text), designating.length ? MIN_MATTER : 0);
    // A paper the clause's body issues ("颁发毕业证书", "申请办理《……许可证》") names the matter: the article that issues the same
    // paper, whatever else the clause says (高等教育自学考试暂行条例第八条 gives 省考委 "颁发单科合格证书和毕业证书" among its
    // duties), and no article that decides something else (彩票管理条例第七条's 彩票品种 against a 代销许可证 the law does not know).
    if (myPaper) {
      const issuing = paragraphs.flatMap((p) => p.approvals.filter((a) => ISSUES.test(a.act) && samePaper(paperAfter(p.text, a.end), myPaper)))[0];
      if (issuing) found.push({ law, article, theirs: issuing, similarity: Math.max(similarity, MIN_MATTER) });
      continue;
    }
    if (similarity < MIN_MATTER) continue;
    // The approval whose own part of its paragraph (its sentence, between ；) is closest: one paragraph may give two
    // matters to two levels (森林防火条例第二十五条: 野外用火 by the county, 实弹演习 by the province).
    let theirs: Approval | null = null;
    let closest = -1;
    for (const p of designating.length ? designating : paragraphs) {
      for (const a of p.approvals) {
        const sim = conductSimilarity(matter, p.lead + sentenceAround(p.text, a.start, a.end).text);
        if (sim > closest) { theirs = a; closest = sim; }
      }
    }
    if (theirs) found.push({ law, article, theirs, similarity });
  }
  if (!found.length) return null;
  found.sort((a, b) => b.similarity - a.similarity);
  // The closest matter's approval is given to the document's level (to one it may be at): no conflict.
  const given = (theirs: Approval) => mine.levels.some((l) => theirs.levels.includes(l));
  if (given(found[0]!.theirs)) return null;
  const near = found.filter((f) => f.similarity >= found[0]!.similarity - NEAR && !given(f.theirs));
  near.sort((a, b) => (LEVEL_WEIGHT[b.law.level] ?? 0) - (LEVEL_WEIGHT[a.law.level] ?? 0) || b.similarity - a.similarity);
  return { approval: mine, articles: near.slice(0, MAX_ARTICLES) };
}
/** A decision that recognises a status rather than approving an act. */
const RECOGNITION = /认定$/;
/** The kind of area a place is designated as: "划定为黄龙病疫区", "划为畜禽禁养区". */
const DESIGNATED_AS = /划(?:定)?为([\u4e00-\u9fa5]{2,12}?(?:区|带|区域|水域|范围))(?:[，。；、（(]|$)/;
/** Words of every law's areas, no kind of one: "本行政区域", "辖区". */
const GENERIC_AREA = /^(?:区域|水域|范围|地区|城区|市区|辖区|园区|片区|社区|景区|政区|行政区|行政区域)$/;
/** The area's kind by its last words, longest first, at least two characters: 黄龙病疫区 → 黄龙病疫区, 龙病疫区, 病疫区, 疫区. */
function suffixesOf(area: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= area.length - 2; i++) out.push(area.slice(i));
  return out.filter((k) => !GENERIC_AREA.test(k));
}

/** Decisions that issue a paper. */
const ISSUES = /^(?:颁发|核发|发给|签发|申请领取|申领|申请办理|申请取得)$/;
/** The paper named right after an issuing verb, up to the clause's end: "毕业证书", "单科合格证书和毕业证书", "《印刷经营许可证》". */
function paperAfter(text: string, at: number): string | null {
  const words = /^[\u4e00-\u9fa5《》“”"]{2,22}/.exec(text.slice(at))?.[0]?.replace(/[《》“”"]/g, '');
  return words && PAPER.test(words) ? words : null;
}
const PAPER = /(?:证书|证|执照|牌照)$/;
/** Two names of one paper: the one holds the other ("单科合格证书和毕业证书" and "毕业证书"; "……申请排污许可证" and "排污许可证"). */
function samePaper(theirs: string | null, mine: string): boolean {
  return !!theirs && (theirs.includes(mine) || mine.endsWith(theirs));
}
/** … or the paper the sentence named before the decision ("向县……中心申请排污许可证，由……中心审查后核发"). */
function paperBefore(text: string, at: number): string | null {
  return [...text.slice(0, at).matchAll(/[\u4e00-\u9fa5]{2,12}(?:许可证|证书|执照)/g)].pop()?.[0] ?? null;
}
/** Articles this close to the closest one say the same (a law and its implementing regulation). */
const NEAR = 0.2;
/** The fewest characters the sentence up to the decision must have to be its matter alone. */
const MIN_UP_TO = 10;
const MAX_ARTICLES = 2;
