// What a clause denies that a law the document names requires. A notice that says "不予补偿", "不再组织评议和公示" or
// "不予复制" takes away what the law it rests on orders done (抗旱条例第五十四条: 归还……并按照有关法律规定给予补偿;
// 自然灾害救助条例第二十条: 民主评议……公示; 医疗纠纷预防和处理条例第十六条: 患者有权查阅、复制). The clause is compared
// with every sentence of the named laws' articles (their text on the document's day): a sentence that requires or grants
// the same act (the verb denied, after 应当/必须/有权/给予 in one of its clauses) and shares the clause's matter is the
// article the clause departs from.
import type { Corpus } from '../corpus/corpus.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { CITATION_PHRASE } from './frames.ts';
import { articlesOfLaws, lawSentencesWhere, type LawSentenceMatch } from './named-law-articles.ts';
import { clauseAround, splitClauses } from './units.ts';
import { ORGAN_END } from './grammar.ts';

/** The administration's refusal or waiver of an act, and the act. Not 不得: addressed to the public it forbids, which
 *  the law's own prohibitions and the other rules judge; nor 取消, which is mostly a sanction a law provides. */
/** The words that make a denial (also the rule's prefilter). */
// … and a payment stopped ("自其出境之日起停发养老金") where the law says it goes on (归侨侨眷权益保护法第二十条: 养老金照发).
const STOPPING_WORDS = ['停发', '停止发放', '暂停发放', '停止支付'];
export const DENIAL_WORDS = ['不予', '不再', '概不', '一律不', '均不', '免于', '免予', '免办', '无需', '无须', '不必', '不作', ...STOPPING_WORDS];
const REFUSAL_WORDS = DENIAL_WORDS.filter((w) => !STOPPING_WORDS.includes(w));
const LICENCE_WAIVED = '(?:不再|无需|无须|不必|免于|免予|免办)(?:另行)?(?:办理|申领|申办|申请|取得|领取)?([\\u4e00-\\u9fa5]{2,8}?(?:许可证|经营证|执照|证))(?![明书件])';
// … and a licence the law requires, waived by name ("不再另行办理狩猎证", "无需申领取水许可证").
const DENIAL = new RegExp(`(?:${REFUSAL_WORDS.join('|')})(?:另行|组织|予以|给予|进行|办理){0,2}(?:民主)?(补偿|赔偿|退还|归还|返还|支付|公示|公开|评议|复制|查阅|告知|听证|救助|接收|报批|审批)|(停发|停止发放|暂停发放|停止支付)|${LICENCE_WAIVED}`, 'g');
/** The act a denial's match names: the refused act, the licence waived, or the payment stopped. */
const actOf = (d: RegExpMatchArray) => d[1] ?? d[3] ?? '照发';

/** A law's clause that requires or grants the act. */
// "依照有关法律、法规的规定予以补偿" (军事设施保护法第二十八条) requires it as 应当 does; "不予以" refuses it.
const REQUIRES = /应当|必须|有权|给予|并按照|应予|(?<!不)予以/;

/** The law's words that say how, not what or whom. */
const MODAL = /国家|应当|必须|有权|可以|不得|依法|按照|有关|规定|的|和|或者|及其|等/g;
/** The body the law's sentence names to act ("有关地方人民政府防汛抗旱指挥机构应当……"): a notice names its own. */
// Not the 所 of 所有权 ("影响不动产所有权人……行使权利的" names no body).
const ACTOR = new RegExp(`[\\u4e00-\\u9fa5（）()]{0,24}?(?:${ORGAN_END}|机构)(?:(?=应当|必须|应|须)|(?<!所)(?=有权))`, 'g');

/** The same matter: at least this share of the law sentence's words (without its actor and modality) in the clause's
 *  sentence, and at least MIN_SHARED of them besides the act. Measured on every denial of the labelled sets against the
 *  sentences of their named laws: the true ones (抗旱条例第五十四条 0.13 with 3 words, 医疗纠纷预防和处理条例第十六条 0.22
 *  with 16, 公路安全保护条例第十三条 0.27 with 9) above, the unrelated sentences of the same law (自然灾害救助条例第二十九条's
 *  list of officials' faults, 2 words) below. A thin margin: a bar measured on these cases, not a law. */
export const MIN_MATTER = 0.1;
const MIN_SHARED = 3;
/** A law sentence of fewer words says too little to be recognised. */
const MIN_WORDS = 6;

/** The law's sentence that requires or grants the act, the clause's words that deny it ("不予补偿") and the act. */
export interface DeniedDuty extends LawSentenceMatch {
  act: string;
}

const sentencesOf = lawSentencesWhere((s) => s.length >= 6);

/** The law sentence's clause that requires the act: the act in it, and a word of requirement before the act. */
function requires(sentence: string, act: string): boolean {
  // "……养老金照发": the word itself says the payment goes on.
  if (act === '照发') return sentence.includes(act);
  return splitClauses(sentence).some((c) => {
    const at = c.text.indexOf(act);
    return at >= 0 && REQUIRES.test(c.text.slice(0, at));
  });
}

/** The law's sentence says the denial may be made, not that making it breaks the law ("违反本法第二十条第二款规定，停发、扣发……
 *  养老金的，……应当责令补发", 归侨侨眷权益保护法第二十八条; "不得停发"). */
function providesDenial(sentence: string, denial: string): boolean {
  const at = sentence.indexOf(denial);
  return at >= 0 && !FORBIDDEN_BEFORE.test(sentence.slice(0, at));
}
const FORBIDS = /不得|禁止|严禁|不准|不许/;
const FORBIDDEN_BEFORE = /违反|不得|禁止|严禁|任何(?:组织|单位|个人)/;

/** The law itself exempts from the licence the clause waives ("不需要申请领取取水许可证", 取水许可和水资源费征收管理条例第四条). */
function exempts(sentence: string, d: RegExpMatchArray): boolean {
  const licence = d[3];
  if (!licence) return false;
  const at = sentence.indexOf(licence);
  return at >= 0 && /不需要|不需|无需|无须|免予|免于|不必|除外/.test(sentence.slice(Math.max(0, at - 20), at + licence.length + 10));
}

const APPROVAL_ACT = /^(?:报批|审批)$/;
const WAIVED = /^(?:不再|无需|无须|免于|不必)/;

/** Acts a law may order under another name for the same loss: a notice that refuses 补偿 for crops a pipeline's
 *  maintenance destroys refuses the 赔偿 石油天然气管道保护法第二十七条 orders for them. */
const ALIKE: Record<string, string[]> = { 补偿: ['补偿', '赔偿'], 赔偿: ['赔偿', '补偿'],
  // … and an approval the law requires, waived ("……报指挥部审定后即可实施，不再另行报批" against 政府投资条例第二十一条's
  // "应当按照规定的程序报原审批部门审批").
  报批: ['审批', '批准', '报批'], 审批: ['审批', '批准', '报批'] };

/** What was built, planted or taken unlawfully has no lawful loss to make good: 土地管理法实施条例第二十六条 (2021) itself
 *  refuses compensation for 抢栽抢建, and a 违法建设 demolished is not compensated (城乡规划法第六十八条). */
const UNLAWFUL_GAIN = /抢(?:建|栽|种|搭|修|装)|违法(?:建设|建筑|修建|搭建|占用|占地)|违章(?:建|搭)|私搭乱建|乱搭乱建|擅自(?:建|修|搭|种|栽|改建|扩建|占用)|非法(?:建|占|搭|种)/;

/** The clause refuses only those the law's duty leaves out: the law requires the act for whoever 具有/具备/符合 something
 *  (义务教育法第十九条: 普通学校应当接收具有接受普通教育能力的残疾适龄儿童), and the clause refuses whoever 不具有 it. */
function refusesOnlyOutside(clause: string, law: string): boolean {
  for (const m of clause.matchAll(LACKS)) {
    if (law.includes(m[1]! + m[2]!) && !law.includes('不' + m[1]! + m[2]!)) return true;
  }
  return false;
}
const LACKS = /(?:不|未)(具有|具备|符合|达到|取得)([\u4e00-\u9fa5]{2})/g;

/**
 * The first denial in `sentence` of an act a named law's sentence requires for the same matter; null if none.
 * `before`: the words of the provision just before the sentence (its part before ；, or the sentence before it),
 * which often name what is denied ("作业中损坏的青苗……" after "管道企业对管道进行巡护、检测、维修等作业").
 */
export function deniedDuty(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null, before = ''): DeniedDuty | null {
  // "任何单位不得停发", "不得因其申请出境而对其免职、辞退……停发工资" forbid the denial; they deny nothing.
  const denials = [...sentence.matchAll(DENIAL)].filter((d) => !FORBIDS.test(sentence.slice(clauseAround(sentence, d.index!, d.index!).start, d.index!)));
  if (!denials.length) return null;
  if (UNLAWFUL_GAIN.test(before + sentence)) return null;
  const mine = cjkBigrams((before + sentence).replace(CITATION_PHRASE, '　'));
  let best: DeniedDuty | null = null;
  // Denials the laws themselves provide for the same matter (国家赔偿法第十三条: "决定不予赔偿的，……说明不予赔偿的理由"): a clause
  // that says the decision may be a refusal restates the law.
  const provided = new Set<number>();
  for (const { law, article } of articlesOfLaws(laws, corpus, date)) {
    for (const s of sentencesOf(article.text)) {
      for (const d of denials) if (!provided.has(d.index!) && (providesDenial(s, d[0]) || exempts(s, d)) && shareIn([...cjkBigrams(s)], mine) >= MIN_MATTER) provided.add(d.index!);
      let words: string[] | undefined;
      for (const d of denials) {
        // An approval is waived ("不再另行报批", "无需审批"), not refused: "不予审批" is the approving body's ordinary decision.
        const denied = actOf(d);
        if (APPROVAL_ACT.test(denied) && !WAIVED.test(d[0])) continue;
        const act = (ALIKE[denied] ?? [denied]).find((a) => s.includes(a) && requires(s, a));
        if (!act || refusesOnlyOutside(before + sentence, s)) continue;
        words ??= [...cjkBigrams(s.replace(ACTOR, '　').replace(MODAL, '　'))];
        if (words.length < MIN_WORDS) continue;
        const similarity = shareIn(words, mine);
        // The words in common besides the act itself: what is requisitioned, whose records, which payment.
        const shared = words.filter((w) => mine.has(w) && !act.includes(w)).length;
        if (similarity < MIN_MATTER || shared < MIN_SHARED || (best && similarity <= best.similarity)) continue;
        best = { law, article, sentence: s, start: d.index!, end: d.index! + d[0].length, act, similarity };
      }
    }
  }
  return best && !provided.has(best.start) ? best : null;
}
