// A number a clause sets for a condition — an age limit, a period of residence, a registered capital, a vehicle's
// mass, a majority of owners — compared with the number the law the document names sets for the same thing
// (居住证暂行条例第二条: 居住半年以上; 劳动合同法第五十七条: 注册资本不得少于人民币二百万元; 道路运输条例第二十二条:
// 年龄不超过60周岁; 民法典第二百七十八条: 四分之三以上). The same thing is told by the words just before the number
// (its lead: 居住, 注册资本, 年龄) and by the article being about the clause's matter; a different number is a
// conflict with that article. Sanctions are not compared here (frames.ts compares their ranges).
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw } from '../model/types.ts';
import { extractQuantities, type Quantity, type QuantityType } from '../rules/quantities.ts';
import { conductSimilarity, CITATION_PHRASE } from './frames.ts';
import { withoutMarker } from '../structure/markers.ts';
import { RANGE_SEP } from './grammar.ts';
import { keepUpTo, keepUpToBy } from '../text/memo.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { clauseAround, sentenceAround, splitClauses } from './units.ts';
import { articlesOfLaws } from './named-law-articles.ts';
import { stripPrc } from '../corpus/law-metadata.ts';

/** A number with the words that say what it measures. */
export interface Threshold {
  q: Quantity;
  /** The words before it in its clause, without the comparison ("注册资本不得少于人民币" → 注册资本). */
  lead: string;
  /** Its part of the sentence (between ；or 。): the case it is set for. */
  part: string;
  /** That part up to the number. */
  head: string;
  /** For a period, what must be done within it ("在六十日内安排支付" → 安排支付): the act a deadline bounds. */
  act?: string;
}

const TYPES: QuantityType[] = ['amount', 'period', 'age', 'mass', 'share', 'distance', 'rate'];
/** How a condition compares, and the filler between what it measures and the number. */
// "试用期可以约定为三个月", "期限原则上确定为": what the number is set as says nothing of what it measures.
const COMPARATOR = /(?:不得少于|不少于|不得低于|不低于|不得超过|不超过|不得高于|不高于|少于|低于|高于|超过|达到|年满|满|为|在|人民币|累计|连续|以上|以下|应当|须|需|的|可以|约定|确定|设定|原则上|一般)+$/;
const LEAD_CHARS = 10;
/** Words every lead may hold, which say nothing of what is measured. */
const COMMON = new Set(['以上', '以下', '不得', '应当', '不少', '不超', '超过', '年龄不', '其他', '本市', '本县', '规定']);

/** The thresholds of a text: each number with its lead (within its clause). */
export function thresholdsIn(text: string): Threshold[] {
  const out: Threshold[] = [];
  for (const q of extractQuantities(text, TYPES)) {
    const clause = clauseAround(text, q.start, q.end);
    // An aside in brackets ("学习时间（包括早读和晚自习）不少于……") is not what the number measures.
    let lead = text.slice(clause.start, q.start).replace(ASIDE, '').replace(/[^\u4e00-\u9fa5]/g, '');
    const raw = lead;
    for (let prev = ''; prev !== lead;) { prev = lead; lead = lead.replace(COMPARATOR, ''); }
    const part = sentenceAround(text, q.start, q.end);
    // A clause that is only the predicate ("外墙面的防渗漏，为5年"; "电气管线……装修工程，为2年") measures what the clause
    // before it names: the items of a list of terms put the thing and its number on either side of the comma.
    if (!lead && /为$/.test(raw) && clause.start > part.start) {
      const before = clauseAround(text, clause.start - 2, clause.start - 2);
      lead = text.slice(Math.max(before.start, part.start), clause.start).replace(ASIDE, '').replace(/[^\u4e00-\u9fa5]/g, '');
    }
    // An age in a list of conditions ("担任人民陪审员应当拥护宪法，年满三十周岁，……") measures the person the list opens with.
    if (lead.length < 2 && q.type === 'age') lead = LIST_HEAD.exec(text.slice(part.start, q.start))?.[1]?.replace(/[^\u4e00-\u9fa5]/g, '') ?? lead;
    lead = lead.slice(-LEAD_CHARS);
    // An age is an age whatever precedes it: "（五）年满三十周岁" in a list of the 收养人's conditions has no lead of its own.
    // A fraction and a percentage of the same whole are one measure ("名额数的五分之一" against "名额的40%").
    const measured: Quantity = q.unit === 'share' ? { ...q, unit: 'ratio' } : q;
    const act = q.type === 'period' ? actWithin(text.slice(q.end, clause.end)) : undefined;
    // A deadline whose clause opens with it ("接到报告后，在十五个工作日内提出处理意见") is named by the act it bounds alone.
    if (lead.length >= 2 || q.type === 'age' || (act && distinctAct(act))) out.push({ q: measured, lead, part: part.text, head: text.slice(part.start, q.start), ...(act ? { act } : {}) });
  }
  return out;
}

const ASIDE = /[（(][^（）()]*[）)]/g;

/** The act right after a deadline ("内安排支付", "以内作出是否赔偿的决定"): up to six characters of it. */
const WITHIN = /^(?:个工作日|个月|日|天|年)?(?:内|以内)[，,]?((?:[\u4e00-\u9fa5]){2,6})/;
/** A deadline's act after the body it is done towards: "内向镇安全生产办公室书面报告" and "内向……安全生产监督管理部门和……有关部门
 *  报告" both bound a 报告, whichever body receives it (which body is another question: approver.ts). */
const TOWARDS = /^(?:个工作日|个月|日|天|年)?(?:内|以内)[，,]?向[\u4e00-\u9fa5、和或者及]*(?:部门|机关|政府|办公室|机构|委员会|单位|局|委|所|站|中心)([\u4e00-\u9fa5]{2,6})/;
function actWithin(rest: string): string | undefined {
  return TOWARDS.exec(rest)?.[1] ?? WITHIN.exec(rest)?.[1];
}
/** Acts too common to tell two deadlines apart. */
const COMMON_ACT = new Set(['作出', '决定', '办理', '完成', '提出', '申请', '予以', '进行', '报送', '提交', '书面', '告知', '通知', '向县', '向市',
  '不得', '不予', '不能', '不再', '本县', '本市', '本区']);

/** The one who must meet a list of conditions: the words before the list's modal ("担任人民陪审员应当", "申请人须"). */
const LIST_HEAD = /^(?:[^，。；：]*?[、。．]\s*)?([\u4e00-\u9fa5]{2,16}?)(?:应当|必须|须|应)(?:具备|符合|满足)?(?:下列条件|以下条件|如下条件)?[：:，,]?/;

/** The two leads name the same thing: the words next to the numbers share a word that is not common to every lead
 *  ("本市居住" / "城市居住"; not "经营单位" / "主要负责人", the subjects of two sentences). */
function sameThing(a: string, b: string): boolean {
  const theirs = cjkBigrams(b.slice(-NEXT_TO));
  return [...cjkBigrams(a.slice(-NEXT_TO))].some((w) => theirs.has(w) && !COMMON.has(w));
}
/** The two numbers measure the same thing: their leads name it, or both are ages, the article's without a lead of its
 *  own (an item of a list of conditions: 民法典第一千零九十八条's "（五）年满三十周岁"), and the person the clause sets an
 *  age for is named in the article (收养人). */
function sameMeasured(mine: Threshold, theirs: Threshold, article: string): boolean {
  if (mine.q.unit !== theirs.q.unit && !(calendar(mine.q) && calendar(theirs.q))) return false;
  // Two deadlines for the same act ("县财政局……在六十日内安排支付" against "财政部门应当自收到支付申请之日起十五日内支付"): the act
  // names the thing, whatever the words before the number.
  if (sameAct(mine, theirs)) return true;
  // A number for one case of a list the sentence opens with ("学生每日学习时间(包括自习)，小学不超过六小时，中学不超过八小时"): the
  // case (中学) is its lead, the thing measured is named before it.
  if (theirs.lead.length >= 2 && theirs.lead.length <= CASE_CHARS && !sameThing(mine.lead, theirs.lead)) {
    return nearThing(mine.lead, theirs.head.slice(0, Math.max(0, theirs.head.length - theirs.lead.length - CASE_CHARS)));
  }
  if (theirs.lead.length >= 2) return sameThing(mine.lead, theirs.lead);
  return mine.q.type === 'age' && theirs.q.type === 'age' && mine.lead.length >= 2 && nearThing(mine.lead, article);
}

/** An act of more than the common words ("提出处理意见", not "作出决定"). */
function distinctAct(act: string): boolean {
  let rest = act;
  for (const w of COMMON_ACT) rest = rest.replaceAll(w, '');
  return rest.length >= 2;
}
/** Two deadlines bound the same act: their acts share a word that is not common to every act. */
function sameAct(mine: Threshold, theirs: Threshold): boolean {
  if (!mine.act || !theirs.act) return false;
  const words = cjkBigrams(theirs.act);
  return [...cjkBigrams(mine.act)].some((w) => words.has(w) && !COMMON_ACT.has(w));
}

/** Looser, for a number the article sets: the clause's thing anywhere before it in its part of the sentence ("保存期限不得少于
 *  产品保质期满后六个月" sets a 保存期限 too, though the words next to the number are the shelf life's; "劳动合同期限三个月以上"
 *  sets no 试用期). */
function nearThing(mine: string, theirs: string): boolean {
  const words = cjkBigrams(theirs);
  return [...cjkBigrams(mine.slice(-NEXT_TO))].some((w) => words.has(w) && !COMMON.has(w));
}
/** Another number of the close articles for the same thing (by the words next to it: not 试用期's 十二个月 beside a
 *  contract's 三年), with a different value, whose case names a word of the clause's lead that `t`'s words lack:
 *  蓄滞洪区运用补偿暂行办法第十二条 pays 住房 "按照水毁损失的70%" and 耐用消费品 "按照水毁损失的50%", and a clause's
 *  "住房按照水毁损失的百分之五十" is the 住房's case, not the other's. */
function closerOther(m: Threshold, t: Threshold, close: readonly Threshold[]): boolean {
  // The words of the lead before those next to the number: the case the clause is of (住房), not the measure (水毁损失).
  const mine = [...cjkBigrams(m.lead.slice(0, -NEXT_TO))].filter((w) => !COMMON.has(w));
  // … or the condition its part opens with, which the other case's says much more of than `t`'s ("法定休假日安排劳动者工作的，
  // 支付不低于工资的百分之二百" is 劳动法第四十四条's 法定休假日 case, 百分之三百, not its 休息日 case's 百分之二百).
  const condition = [...cjkBigrams(caseClause(m.head))].filter((w) => !COMMON.has(w));
  const saysOf = (head: string) => shareIn(condition, cjkBigrams(caseClause(head)));
  return close.some((o) => {
    if (o.q.unit !== m.q.unit || Math.abs(o.q.value - m.q.value) <= 1e-9 || !sameThing(m.lead, o.lead) || !nearThing(m.lead, o.head)) return false;
    // A part that sets the clause's number too ("补种毁坏株数1倍至3倍": 3倍 is the other end of the clause's own range) is
    // the clause's case, not another.
    if (close.some((x) => x.part === o.part && x.q.unit === m.q.unit && Math.abs(x.q.value - m.q.value) < 1e-9)) return false;
    const theirCase = o.head.slice(0, o.head.length - o.lead.length);
    return mine.some((w) => theirCase.includes(w) && !t.head.includes(w))
      || (condition.length > 0 && saysOf(o.head) >= saysOf(t.head) + CONDITION_MARGIN);
  });
}
/** The condition a part of a sentence opens with: its words up to the clause the number is in ("法定休假日安排劳动者工作的，"). */
function caseClause(head: string): string {
  const cut = head.search(/[，,][^，,]*$/);
  return cut > 0 ? head.slice(0, cut) : '';
}
/** How much more of the clause's condition the other case must say than `t`'s. */
const CONDITION_MARGIN = 0.3;
/** The longest lead read as one case of a list ("中学", "小学", "大学"). */
const CASE_CHARS = 3;
/** How many characters before the number name what it measures. */
const NEXT_TO = 4;

export interface ThresholdConflict {
  mine: Threshold;
  law: CorpusLaw;
  article: CorpusLaw['articles'][number];
  theirs: Threshold;
  similarity: number;
  /** An article of another of the acts searched (a law and its implementing regulation: 土地管理法第五十七条 and 土地管理法
   *  实施条例第二十条 both limit 临时用地 to 二年) that is nearly as close and sets another number for the same thing too. */
  also?: { law: CorpusLaw; article: CorpusLaw['articles'][number] };
}

/** The named laws with the implementing regulations the corpus holds for them ("《土地管理法》" searches 土地管理法实施条例
 *  too): the regulation details the law's numbers, and reviewers cite whichever sets the number. */
export function withImplementingActs(laws: readonly string[], corpus: Corpus): string[] {
  const out = [...laws];
  for (const name of laws) {
    const title = corpus.findLaw(name)?.title;
    if (!title || /(?:实施条例|实施细则)$/.test(title)) continue;
    const short = stripPrc(title);
    for (const suffix of IMPLEMENTING) {
      const act = corpus.findLaw(short + suffix)?.title;
      if (act && !out.includes(act)) out.push(act);
    }
  }
  return out;
}
const IMPLEMENTING = ['实施条例', '实施细则'];
/** Another act's article this close to the closest one speaks of the same thing (a law and its regulation). */
const NEAR = 0.2;
/** How much less of the clause's matter another article's sentence may say than the compared one's and still agree. */
const AGREE_MARGIN = 0.1;

/** How close the article must be to the clause's matter (conduct similarity over the whole article). */
export const MIN_MATTER = 0.35;
/** … and an article of a law the document is about without naming it: what the document did not name must say more of
 *  the clause's matter (a fireworks 办法's "自收到申请之日起……予以答复" is not 烟花爆竹安全管理条例第九条's 安全审查). */
const MIN_MATTER_ABOUT = 0.4;

/** Each line of an article (items are lines) with its thresholds, worked out once per article. */
const articleThresholds = keepUpTo((text: string): Threshold[] => text.split('\n').flatMap((line) => thresholdsIn(line)), 20_000);

/** The articles of the named laws (their text on the day) that set a number, with their thresholds: every sentence with a
 *  number in a document asks for them, and most articles set none. Kept for the last few sets of laws and days. */
const numberedArticles = keepUpToBy(
  (laws: readonly string[], corpus: Corpus, date: string | null) => `${corpus.hash}\u0000${date ?? ''}\u0000${laws.join('\u0001')}`,
  (laws: readonly string[], corpus: Corpus, date: string | null) => {
    const found: { law: CorpusLaw; article: CorpusLaw['articles'][number]; theirs: Threshold[] }[] = [];
    for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
      const theirs = articleThresholds(article.text);
      if (theirs.length) found.push({ law, article, theirs });
    }
    return found;
  },
  200,
);

/** Sentences that set a sanction: their amounts and periods are ranges frames compare. */
const SANCTION = /罚款|罚金|拘留|没收|吊销|暂扣|处罚|违约金/;
/** A sanction named only as the case a clause is for ("给予五百元以下罚款的，可以当场收缴罚款"), a fine collected or paid, or a
 *  decision made (作出行政处罚决定) sets none: the number is a threshold of the procedure (行政处罚法第六十八条's 一百元以下 for collecting on the spot). */
function setsSanction(sentence: string): boolean {
  if (!SANCTION.test(sentence)) return false;
  // (A law's name is no sanction: 《中华人民共和国行政处罚法》.)
  const own = splitClauses(sentence.replace(/《[^》]*》/g, '　')).filter((c) => !c.condition).map((c) => c.text).join('');
  return SANCTION.test(own.replace(COLLECTED, '　'));
}
const COLLECTED = /(?:收缴|缴纳|缴付|缴清|交纳|代收|上缴)(?:的)?罚(?:款|没款)|罚(?:款|没款)(?:的)?(?:收缴|缴纳|入库)|罚没收入|(?:行政)?处罚决定(?:书)?/g;

/**
 * The clause's first threshold that the closest article of a named law sets differently for the same thing.
 * `government`: the sentence is the administration's own duty — a shorter period than the law's is then its
 * promise to act sooner, not a conflict. `about`: the laws the document is about without naming them
 * (analyse/subject-laws.ts), searched only where no article of the named laws measures what the clause measures: a
 * named law that sets the clause's number is the law the document chose (劳动争议调解仲裁法's 四十五日, not 劳动法's
 * 六十日 of an arbitration's award). `title`: the document's title, which tells articles equally close to the sentence
 * apart (a notice on 危险化学品经营许可 means the 经营 approval's 30日 of 第三十五条, not the 使用 licence's 45日 of 第三十一条).
 */
export function thresholdConflict(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null, government: boolean,
  about: readonly string[] = [], title = ''): ThresholdConflict | null {
  if (setsSanction(sentence)) return null;
  const mine = thresholdsIn(sentence);
  if (!mine.length) return null;
  // The provision's label ("第五条") is no word of its matter: a short sentence's share of words falls by it.
  const label = sentence.length - withoutMarker(sentence).length;
  const matter = sentence.slice(label).replace(CITATION_PHRASE, '');
  // The sentence up to the clause that sets a number is its matter too: what follows ("试用期满考核合格的转为正式职工",
  // "每季度结束后十日内缴清") is another matter, which the article of the number need not speak of. Not a period's clause
  // before the last number: "在取得经营许可之日起十日内，" opens the sentence's matter, it does not hold it.
  const upTo = mine.filter((t, i) => i === mine.length - 1 || t.q.type !== 'period')
    .map((t) => sentence.slice(label, clauseAround(sentence, t.q.start, t.q.end).end).replace(CITATION_PHRASE, ''));
  const matters = [matter, ...new Set(upTo.filter((u) => u.length < matter.length))];
  let found = closestMeasuring(mine, matters, title, withImplementingActs(laws, corpus), corpus, date, MIN_MATTER);
  if (!found.measuring.length && about.length) found = closestMeasuring(mine, matters, title, withImplementingActs(about.filter((l) => !laws.includes(l)), corpus), corpus, date, MIN_MATTER_ABOUT);
  const { best, measuring, close } = found;
  if (!best) return null;
  for (const m of mine) {
    const same = best.theirs.filter((t) => sameMeasured(m, t, best.article.text));
    if (!same.length) continue;
    // The clause's number is one the article sets for the same thing (or a case of it: 食品安全法第五十条's 六个月 after the
    // shelf life, 二年 without one; not 劳动合同法第十九条's 三个月 of a contract's term for a 试用期); an age the article lists
    // without words of its own (民法典第一千零九十八条's "（五）年满三十周岁"), not one it sets for another case (兵役法第二十二条's
    // 年满十七周岁 for an early 征集, not the 十八周岁 of 第十五条's 兵役登记); or, for the
    // administration's own work, a shorter period than the law's.
    // A number the law sets for another case of the same thing is not the clause's (劳动合同法第十九条's 六个月 is the
    // probation of a contract of 三年以上, not of 一年以上不满三年).
    // (A number that is itself a bound of the clause's case, "一年以上", is the law's where the law has that bound.)
    // (The other end of the clause's own range, "一倍以上三倍以下", is no case of it.)
    const clauseCase = isBound(sentence, m.q) ? null : caseOf(sentence, mine.filter((o) => o !== m && !rangeOf(sentence, o.q, m.q)).map((o) => o.q));
    // … in a sentence about as close to the clause as the compared article's own (国家赔偿法第二十八条's 三个月 is the court's
    // committee's, not the 赔偿义务机关's of 第十三条).
    const closest = Math.max(...same.map((t) => conductSimilarity(matter, t.part)));
    const agrees = close.some((t) => t.q.unit === m.q.unit && Math.abs(t.q.value - m.q.value) < 1e-9
      && ((t.q.type === 'age' && t.lead.length < 2) || (nearThing(m.lead, t.head) && !closerOther(m, t, close)) || sameAct(m, t))
      && within(clauseCase, caseOf(t.part, null, clauseCase?.unit)) && (best.theirs.includes(t) || conductSimilarity(matter, t.part) >= closest - AGREE_MARGIN))
      || (government && m.q.type === 'period' && same.every((t) => calendar(m.q)![1] < calendar(t.q)![0]));
    if (agrees) continue;
    // The article's number for the case closest to the clause's ("劳动合同期限一年以上不满三年的，试用期不得超过二个月").
    // Of the cases, the one whose range holds the clause's other numbers (一年期 is the case "一年以上不满三年", not "三个月以上
    // 不满一年"), else the closest in words.
    const holding = clauseCase ? same.filter((t) => { const c = caseOf(t.part, null, clauseCase.unit); return c !== null && within(clauseCase, c); }) : [];
    // Equally close, the number at the clause's end of a range: a clause's ceiling departs from the article's ceiling.
    const end = endOf(sentence, m.q);
    // … or, in one sentence of cases, the case the clause names ("初中学生" is the 中学's, not the 小学's).
    const named = (t: Threshold) => t.lead.length <= CASE_CHARS && sentence.includes(t.lead);
    // A sentence of several parts (；) sets each number for its part's case: that part says which of the article's cases
    // it is ("……的，支付……百分之一百五十；法定休假日……的，支付……百分之二百").
    const own = m.part.length < withoutMarker(sentence).length - 1 ? m.part : matter;
    const theirs = (holding.length ? holding : same).reduce((a, b) => {
      const sa = conductSimilarity(own, a.part), sb = conductSimilarity(own, b.part);
      if (Math.abs(sb - sa) < 1e-9 && named(a) !== named(b)) return named(b) ? b : a;
      return sb > sa + 1e-9 || (Math.abs(sb - sa) < 1e-9 && endOf(b.part, b.q, b.head) === end && endOf(a.part, a.q, a.head) !== end) ? b : a;
    });
    // Working days and days differ only where one is surely longer (六十个工作日 against 30日; not 二十个工作日 against 30日).
    if (theirs.q.unit !== m.q.unit && !surelyOther(m.q, theirs.q)) continue;
    const also = measuring.find((c) => c.law !== best.law && c.similarity >= best.similarity - NEAR
      && c.theirs.some((t) => sameMeasured(m, t, c.article.text) && Math.abs(t.q.value - theirs.q.value) < 1e-9));
    return { mine: m, law: best.law, article: best.article, theirs, similarity: best.similarity, ...(also ? { also: { law: also.law, article: also.article } } : {}) };
  }
  return null;
}

/**
 * Another act sets the clause's number for the same thing: of the articles retrieval ranks first for the sentence (in
 * their text on the day), one closer to it than the article compared holds the number with the clause's thing before
 * it. A notice that restates a regulation it does not name (注册资本登记管理规定第四条's and 企业信息公示暂行条例第十条's
 * 20个工作日 for the capital a company reports, where it names only 公司法, whose 第二百二十四条 gives a creditor's notice
 * 十日) restates; it does not depart from the named law.
 */
export function agreedByRetrieved(c: ThresholdConflict, sentence: string, retrieved: readonly { law: string; article: string }[],
  corpus: Corpus, date: string | null): boolean {
  const { mine } = c;
  const matter = withoutMarker(sentence).replace(CITATION_PHRASE, '');
  return retrieved.some((r) => numberedArticles([r.law], corpus, date).some(({ article, theirs }) => article.label === r.article
    && theirs.some((t) => t.q.unit === mine.q.unit && Math.abs(t.q.value - mine.q.value) < 1e-9 && nearThing(mine.lead, t.head)
      // … in a sentence that says what the clause says, and closer to it than the article it departs from: a general cap
      // (劳动法第二十一条's 六个月 of any 试用期) does not excuse a departure from the closer rule for the clause's case
      // (劳动合同法第十九条's 二个月), nor a number for a narrower case (反恐怖主义法第三十二条's 九十日 for 重点目标's video)
      // one for every case.
      && agreeing(conductSimilarity(matter, t.part), c.similarity))));
}
/** How much of the clause's matter the agreeing sentence must say, and that it says more of it than the compared article. */
const agreeing = (sim: number, compared: number) => sim >= AGREED_MATTER && sim > compared;
const AGREED_MATTER = 0.6;

type Candidate = { law: CorpusLaw; article: CorpusLaw['articles'][number]; similarity: number; rank: number; theirs: Threshold[] };
/** How much the title's words weigh against the sentence's: enough to part near ties, not to outweigh the sentence. */
const TITLE_WEIGHT = 0.05;

/** The closest article of the laws that sets a number for a thing the clause sets one for (best), every such article
 *  (measuring), and the numbers of every article close to the clause's matter (close). The clause conflicts with the best
 *  where any of its numbers for such a thing is not one the article sets ("劳动合同期限一年以上不满三年的，试用期不得超过三个月":
 *  一年 and 三年 are the law's, 三个月 is not). Every close article's numbers count: a number one of them sets for the same
 *  thing is the law's, whichever is closest (招标投标法实施条例 sets 2年 in 第六十七条 and other terms in its other articles). */
function closestMeasuring(mine: Threshold[], matters: readonly string[], title: string, laws: readonly string[], corpus: Corpus, date: string | null,
  minMatter: number): { best: Candidate | null; measuring: Candidate[]; close: Threshold[] } {
  let best: Candidate | null = null;
  const measuring: Candidate[] = [];
  const close: Threshold[] = [];
  // The sentence's own names (sharesTerm), cut once for every article they are looked for in.
  let terms: string[] | undefined;
  for (const { law, article, theirs } of numberedArticles(laws, corpus, date)) {
    // Close by the whole sentence or by its part up to the number; ranked by the whole sentence, which says most.
    const similarity = conductSimilarity(matters[0]!, article.text);
    if (similarity < minMatter && !matters.slice(1).some((m) => conductSimilarity(m, article.text) >= minMatter)
      && !(terms ??= termRuns(matters[0]!)).some((run) => article.text.includes(run))) continue;
    close.push(...theirs);
    if (!mine.some((m) => theirs.some((t) => sameMeasured(m, t, article.text)))) continue;
    const rank = similarity + (title ? TITLE_WEIGHT * conductSimilarity(title, article.text) : 0);
    measuring.push({ law, article, similarity, rank, theirs });
    if (best && rank <= best.rank) continue;
    best = { law, article, similarity, rank, theirs };
  }
  return { best, measuring, close };
}

/** The sentence and a long article share a name of their own ("生鲜乳收购许可证": 乳品质量安全监督管理条例第二十条 is long, and a
 *  short sentence on the licence's term is not close to all of it by words): a run of TERM characters of the sentence,
 *  none of them the words every article has (人民政府, 主管部门, 规定), is in the article. */
export function sharesTerm(sentence: string, article: string): boolean {
  return termRuns(sentence).some((run) => article.includes(run));
}
/** The runs of TERM characters of a sentence that may be a name of its own (none of the words every article has). */
function termRuns(sentence: string): string[] {
  const chars = sentence.replace(/[^\u4e00-\u9fa5]/g, '');
  const runs: string[] = [];
  for (let i = 0; i + TERM <= chars.length; i++) {
    const run = chars.slice(i, i + TERM);
    if (!EVERY_ARTICLE.test(run)) runs.push(run);
  }
  return runs;
}
const TERM = 7;
const EVERY_ARTICLE = /政府|部门|主管|机关|委员会|县级|省级|国务院|规定|本条例|本法|违反|应当|可以|不得|以上|以下|之日起|的/;

/** The case a text states for a thing other than the one measured: the range its bounds in one unit set ("一年以上不满三年"
 *  → [365, 1095)), or the one value it names without bounds ("一年期" → [365, 365]). `from`: the clause's other numbers
 *  (the first unit among them is the case's); null: every number of `unit` in the text. */
interface Case { unit: string; lo: number; loIn: boolean; hi: number; hiIn: boolean }
function caseOf(text: string, from: Quantity[] | null, unit?: string): Case | null {
  const qs = from ?? extractQuantities(text, TYPES).filter((q) => q.unit === unit);
  const u = unit ?? qs[0]?.unit;
  if (!u) return null;
  const c: Case = { unit: u, lo: -Infinity, loIn: false, hi: Infinity, hiIn: false };
  let bounds = 0;
  const points: number[] = [];
  for (const q of qs) {
    if (q.unit !== u) continue;
    const after = text.slice(q.end, q.end + 2);
    const before = text.slice(Math.max(0, q.start - 2), q.start);
    if (after === '以上') { bounds++; c.lo = q.value; c.loIn = true; }
    else if (/不满|未满|不足/.test(before)) { bounds++; c.hi = q.value; c.hiIn = false; }
    else if (after === '以下') { bounds++; c.hi = q.value; c.hiIn = true; }
    else points.push(q.value);
  }
  if (bounds) return c;
  // A text of one value names its case by it (the clause's "一年期"); an article part's lone numbers are what it sets.
  if (from && points.length === 1) return { unit: u, lo: points[0]!, loIn: true, hi: points[0]!, hiIn: true };
  return null;
}
/** The days a period may span: a day is one; n working days are n to n × 7/5 days and a week of holidays. */
function calendar(q: Quantity): [number, number] | null {
  if (q.unit === 'day') return [q.value, q.value];
  if (q.unit === 'workday') return [q.value, q.value * 7 / 5 + HOLIDAYS];
  return null;
}
const HOLIDAYS = 8;
/** Two periods in working days and days that cannot be the same length. */
function surelyOther(a: Quantity, b: Quantity): boolean {
  const x = calendar(a);
  const y = calendar(b);
  return !!x && !!y && (x[0] > y[1] || y[0] > x[1]);
}
/** The number is a bound of a case: "一年以上", "不满三年". */
function isBound(text: string, q: Quantity): boolean {
  return text.startsWith('以上', q.end) || /不满|未满|不足/.test(text.slice(Math.max(0, q.start - 2), q.start));
}
/** Which end of a range a number is: a floor ("以上"), a ceiling ("以下", "不超过"), or neither. `head`: the part of the
 *  text up to the number, where the number's own offsets are in another text (an article's thresholds). */
function endOf(text: string, q: Quantity, head?: string): 'floor' | 'ceiling' | 'point' {
  const end = head === undefined ? q.end : head.length + (q.end - q.start);
  const before = text.slice(0, end - (q.end - q.start));
  const after = text.slice(end);
  if (OPENS.test(after)) return 'floor';
  if (/^以下/.test(after) || CLOSES.test(before)) return 'ceiling';
  return 'point';
}
const OPENS = new RegExp(`^\\s*${RANGE_SEP}`);
const CLOSES = new RegExp(`(?:${RANGE_SEP}|不超过|不得超过|最高|最多)\\s*$`);
const BETWEEN = new RegExp(`^\\s*${RANGE_SEP}\\s*$`);
/** `low` opens the range that `high` closes ("一倍以上三倍以下", "5000元至1万元"). */
function rangeOf(text: string, low: Quantity, high: Quantity): boolean {
  return low.unit === high.unit && low.end <= high.start && BETWEEN.test(text.slice(low.end, high.start));
}
/** The clause's case lies in the article part's (either states none: nothing excludes it). */
function within(mine: Case | null, theirs: Case | null): boolean {
  if (!mine || !theirs || mine.unit !== theirs.unit) return true;
  const loOk = mine.lo > theirs.lo || (mine.lo === theirs.lo && (theirs.loIn || !mine.loIn));
  const hiOk = mine.hi < theirs.hi || (mine.hi === theirs.hi && (theirs.hiIn || !mine.hiIn));
  return loOk && hiOk;
}
