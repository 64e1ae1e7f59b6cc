// What a clause permits that a law the document names forbids. A notice that says "可以允许已满十六周岁的未成年人……进入"
// gives leave the law it rests on refuses (未成年人保护法第五十八条: 不得允许未成年人进入); one that says "可以由中标施工单位
// 先行垫资建设" allows what the law forbids outright (政府投资条例第二十二条: 不得由施工单位垫资建设). The clause is compared with every
// sentence of the named laws' articles (their text on the document's day) that forbids leave ("不得允许", "不得准许"): one
// that shares the clause's matter is the article the clause departs from. The opposite of analyse/denied.ts, which finds a
// clause refusing what a law requires.
import type { Corpus } from '../corpus/corpus.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { keepUpTo } from '../text/memo.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws, lawSentencesWhere, type LawSentenceMatch } from './named-law-articles.ts';
import { splitClauses, splitSentences } from './units.ts';

/** The words that give leave (also the rule's prefilter). */
export const PERMISSION_WORDS = ['允许', '准许', '可以'];
/** Leave given: not leave refused right before it ("不得允许", "不允许", "不再准许", "禁止允许"). */
const PERMITS = /(?<!不得|不|禁止|严禁|不再)(?:允许|准许)/g;
/** A law's sentence that refuses the leave. */
const FORBIDS = /不得(?:允许|准许)/;
/** The law's words that say how, not what or whom. */
const MODAL = /不得|允许|准许|应当|可以|的|和|或者|等/g;

/** The same matter: this share of the law sentence's words in the clause's sentence, and this many of them. Measured on
 *  the labelled sets (未成年人保护法第五十八条 against a 歌舞娱乐场所 clause, 0.27 with 11 words); a thin margin. */
export const MIN_MATTER = 0.2;
const MIN_SHARED = 4;

/** The law's sentence that forbids the leave, and the clause's words that give it. */
export type PermittedBan = LawSentenceMatch;

const forbiddingSentences = lawSentencesWhere((s) => FORBIDS.test(s));

/** The first leave in `sentence` that a named law's sentence refuses for the same matter; null if none. */
export function permittedBan(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): PermittedBan | null {
  // Leave named in a condition ("父母允许其被非法招用的，……处以罚款") is the conduct a sanction is for, not leave given.
  const conditions = splitClauses(sentence).filter((c) => c.condition);
  const leave = [...sentence.matchAll(PERMITS)].find((m) => !conditions.some((c) => c.start <= m.index! && m.index! < c.end));
  if (!leave) return permittedAct(sentence, conditions, laws, corpus, date) ?? permittedMeans(sentence, conditions, laws, corpus, date);
  const mine = cjkBigrams(sentence.replace(CITATION_PHRASE, '　'));
  let best: PermittedBan | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of forbiddingSentences(article.text)) {
      const words = [...cjkBigrams(s.replace(MODAL, '　'))];
      const similarity = shareIn(words, mine);
      const shared = words.filter((w) => mine.has(w)).length;
      if (similarity < MIN_MATTER || shared < MIN_SHARED || (best && similarity <= best.similarity)) continue;
      best = { law, article, sentence: s, start: leave.index!, end: leave.index! + leave[0].length, similarity };
    }
  }
  return best;
}

/** "可以" giving leave, not inside a condition, nor refused right before it. */
const MAY = /(?<!不|不得|不再)可以/g;
/** The words a 可以 allows, up to the clause's end. */
const ALLOWED = /^[\u4e00-\u9fa5]{2,24}/;
/** What a law's sentence forbids: the words after 不得 up to the clause's end ("政府投资项目不得由施工单位垫资建设"). */
const FORBIDDEN = /不得([\u4e00-\u9fa5]{2,20})/g;
/** How many of the forbidden act's last characters the clause must allow ("垫资建设"), none of them words every sentence
 *  has. */
const ACT_RUN = 4;
const COMMON_RUN = /的|任何|单位|个人|规定|以上|以下|人民政府|部门/;
/** A ban qualified by how the act is done: against the law, without leave, without cause. */
const QUALIFIED = /^(?:违反|违背|擅自|非法|无故|无正当理由|随意|超过|超出)/;
/** A ban said outright: a short subject, then 不得. */
const UNCONDITIONAL = /^[\u4e00-\u9fa5、（）()]{1,20}不得/;
/** Most of the law's forbidding sentence is in the clause: the clause allows that very act, not a neighbouring one (a
 *  share of words measured on 政府投资条例第二十二条 against a notice's 垫资 clause, 0.54; the neighbours it must not take,
 *  such as 环境影响评价法第二十条's ban on designating a consultant against a clause that lets a builder choose one, share
 *  far less). */
const ACT_MATTER = 0.45;

/**
 * The first act a clause allows with 可以 ("可以由中标施工单位先行垫资建设") that a named law's sentence forbids in the same
 * words ("政府投资项目不得由施工单位垫资建设", 政府投资条例第二十二条), for the same matter; null if none.
 */
function permittedAct(sentence: string, conditions: { start: number; end: number }[], laws: readonly string[], corpus: Corpus, date: string | null): PermittedBan | null {
  // Each 可以 with the words it allows, read once.
  const mays = [...sentence.matchAll(MAY)].filter((m) => !conditions.some((c) => c.start <= m.index! && m.index! < c.end))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, allowed: ALLOWED.exec(sentence.slice(m.index! + m[0].length))?.[0] ?? '' }));
  if (!mays.length) return null;
  const mine = cjkBigrams(sentence.replace(CITATION_PHRASE, '　'));
  let best: PermittedBan | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const { text: s, condition } of bans(article.text)) {
      // A ban in one case forbids the act in that case only: the clause must state the case ("疑似职业病病人在诊断、医学观察
      // 期间，用人单位可以与其协商解除劳动合同" against 职业病防治法第五十五条's "在疑似职业病病人诊断或者医学观察期间，不得解除
      // ……劳动合同").
      if (condition && shareIn([...cjkBigrams(condition.replace(MODAL, '　'))], mine) < CASE_STATED) continue;
      let words: string[] | undefined;
      for (const f of s.matchAll(FORBIDDEN)) {
        const act = f[1]!;
        // A ban of the act done against the law or without leave ("用人单位不得违反本法规定延长劳动者的工作时间", "不得擅自
        // 改变用途") leaves the act open within the law: a clause that allows it on the law's terms allows nothing forbidden.
        if (QUALIFIED.test(act)) continue;
        for (const m of mays) {
          if (!sharesRun(m.allowed, act)) continue;
          words ??= [...cjkBigrams(s.replace(MODAL, '　'))];
          const similarity = shareIn(words, mine);
          if (similarity < ACT_MATTER || words.filter((w) => mine.has(w)).length < MIN_SHARED || (best && similarity <= best.similarity)) continue;
          best = { law, article, sentence: s, start: m.start, end: m.end, similarity };
        }
      }
    }
  }
  return best;
}

/** An article's sentences that forbid outright, its subject and 不得 with nothing between, and those that forbid in one
 *  case, the case said first ("在疑似职业病病人诊断或者医学观察期间，不得解除……"), with that case. A ban with exceptions
 *  ("在试用期中，除……外，用人单位不得解除劳动合同") leaves the excepted cases open, which a clause may state with 可以: it
 *  is neither. Read once per text. */
const bans = keepUpTo((text: string): { text: string; condition: string | null }[] => {
  if (!text.includes('不得')) return [];
  const out: { text: string; condition: string | null }[] = [];
  for (const u of splitSentences(text)) {
    const s = u.text.trim();
    if (UNCONDITIONAL.test(s)) { out.push({ text: s, condition: null }); continue; }
    const c = IN_CASE.exec(s);
    if (c && !c[1]!.includes('除')) out.push({ text: s, condition: c[1]! });
  }
  return out;
}, 20_000);
/** A ban in one case: the case ("在……期间", "……的"), a comma, at most a short subject, then 不得. */
const IN_CASE = /^((?:在|于)[\u4e00-\u9fa5、]{4,40}?(?:期间|期内|时)|[\u4e00-\u9fa5、]{4,40}?的)[，,][\u4e00-\u9fa5]{0,8}?不得/;
/** How much of the ban's case the clause's sentence must say. */
const CASE_STATED = 0.6;

/** The clause allows what the law forbids: the forbidden act's last words, what is done ("垫资建设"), are in the words
 *  after 可以 (not a thing both merely name: "不得为建设单位指定……的技术单位" against "可以委托技术单位……"). */
function sharesRun(allowed: string, act: string): boolean {
  const run = act.slice(-ACT_RUN);
  return run.length === ACT_RUN && !COMMON_RUN.test(run) && allowed.includes(run);
}

/** A law's ban on means listed by name ("禁止使用毒药、爆炸物、电击或者电子诱捕装置以及猎套、猎夹、捕鸟网、地枪、排铳等工具进行
 *  猎捕", 野生动物保护法第二十四条), with the list. */
const MEANS_BANNED = /禁止(?:使用|采用|利用)([\u4e00-\u9fa5、]{4,80}?)等(?:工具|方法|手段|方式|设备|器具|渔具|网具)(?:进行)?([\u4e00-\u9fa5]{2})/;
/** A means named in a law's list must be this long to be told apart ("猎套", "电鱼"). */
const MIN_MEANS = 2;
const meansBans = lawSentencesWhere((s) => MEANS_BANNED.test(s));

/**
 * The first 可以 whose allowed words use a means a named law's sentence bans by name ("可以在自家承包地周边布设猎套、猎夹……
 * 捕杀野猪" against 野生动物保护法第二十四条), for the same matter; null if none. The law's own exceptions ("但因物种保护、科学研究
 * 确需网捕、电子诱捕……除外") leave those means open: a means named in them is not taken.
 */
function permittedMeans(sentence: string, conditions: { start: number; end: number }[], laws: readonly string[], corpus: Corpus, date: string | null): PermittedBan | null {
  const mays = [...sentence.matchAll(MAY)].filter((m) => !conditions.some((c) => c.start <= m.index! && m.index! < c.end))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (!mays.length) return null;
  let best: PermittedBan | null = null;
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of meansBans(article.text)) {
      const list = MEANS_BANNED.exec(s)!;
      const excepted = /但[^。；]*除外/.exec(s)?.[0] ?? '';
      const means = list[1]!.split(/、|或者|以及|和|及/).filter((x) => x.length >= MIN_MEANS && !excepted.includes(x));
      // What the means are banned for ("进行猎捕"): the clause allows them for that act (捕杀 shares 捕), not merely names them.
      const purpose = list[2]!.slice(-1);
      for (const m of mays) {
        const allowed = sentence.slice(m.end);
        const named = means.filter((x) => allowed.includes(x));
        if (!named.length) continue;
        let rest = allowed;
        for (const x of named) rest = rest.split(x).join('　');
        if (!rest.includes(purpose)) continue;
        // The law's long list says little of the matter in common words: the means named are the matter.
        const similarity = named.length / means.length;
        if (best && similarity <= best.similarity) continue;
        best = { law, article, sentence: s, start: m.start, end: m.end, similarity };
      }
    }
  }
  return best;
}
