// Precision guards shared by every pattern-like rule kind. They encode how Chinese normative
// documents talk, not individual rules: a guard that a rule needs off must say why (guards.reason).
import type { Category } from '../model/types.ts';
import type { GuardSwitches } from './types.ts';
import { clauseAround, sentenceAround } from '../analyse/units.ts';
import { classifySubject, namesGovernment } from './subject.ts';
import { listLeadIn } from '../structure/lead-in.ts';
import { extractQuantities } from './quantities.ts';
import { patternOf } from './applicability.ts';

export interface ResolvedGuards {
  citation: boolean;
  filing: boolean;
  referral: boolean;
  negation: boolean;
  subject: 'public' | 'any';
  actor: 'administration' | 'any';
}

// Restating an upper-law article with an exact citation sets nothing — in every category except
// authority: citing 烟花爆竹安全管理条例 第二十八条 does not give a township the county's power.
const CITATION_CATEGORIES: Category[] = ['penalty', 'licensing', 'coercion', 'fees', 'rights', 'equality', 'competition'];

export function resolveGuards(category: Category, g: GuardSwitches | undefined): ResolvedGuards {
  return {
    citation: g?.citation ?? CITATION_CATEGORIES.includes(category),
    filing: g?.filing ?? category === 'licensing',
    referral: g?.referral ?? ['penalty', 'licensing', 'coercion', 'fees', 'rights'].includes(category),
    negation: g?.negation ?? true,
    subject: g?.subject ?? 'any',
    actor: g?.actor ?? 'any',
  };
}

// Words that turn what follows into a prohibition, a waiver or a correction of someone else's act.
const NEGATION = /不得|不准|不应|不能|不予|不再|不收|不另|不是|并非|免交|免缴|无需|无须|不需|不需要|免于|免收|免除|免费|严禁|禁止|杜绝|防止|避免|纠正|清理|废止|取消|不属于|不作为|不以|不将|不因|不设|不对|不向|不从|不要求|一律不/;
/** Negation words that state a purpose: they negate what follows them. */
const PURPOSE = /^(?:防止|避免|杜绝)$/;
const REFERRAL = /依法|依规|(?:依照|依据|按照|根据)《[^》]{2,40}》(?:和《[^》]{2,40}》)*(?:等(?:法律|法规|有关规定))?的?(?:有关)?规定|依照(有关|相关|国家|法律|法规)|按照(有关|相关|国家)(有关|相关)?(法律|法规|规定)|依据(有关|相关|国家)(有关|相关)?(法律|法规|规定)|根据(有关|相关|国家)(有关|相关)?(法律|法规|规定)|移送|由有关部门|依照规定/;
// … and a certificate the activity waits for, fetched after the filing ("备案并领取卫生合格证后方可营业") or named
// after it ("取得备案登记证后方可承接业务", "取得《……备案审核意见书》后，方可开展经营活动"): whatever it is called, it is a
// permission, not a filing — a "备案证明" the activity waits for included ("取得《……经营备案证明》后，方可开展经营").
const LICENSING_WORDS = /许可|审批|批准|核准|审核同意|同意后|许可证|证照|准予|(?:准营|准入|准养|准运|准建|准许|通行|合格|经营资格)证|(?:证|证书|证明|意见书|通知书|同意书|同意函|批复)》?后?[，,]?方(?:可|能|准)/;

/** Negation words a rule's own regexes contain, each with the regexes that contain it: a 不得 inside a
 *  match is the rule's own only when a regex that says 不得 is what matched (another alternative of the
 *  same rule may have spanned a real prohibition: "招标人不得以投标人在本县注册……为条件"). */
export function ownNegations(sources: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const g = new RegExp(NEGATION.source, 'g');
  for (const s of sources) {
    for (const m of s.matchAll(g)) {
      const list = out.get(m[0]) ?? [];
      list.push(s);
      out.set(m[0], list);
    }
  }
  return out;
}

/** Does one of a rule's own regexes (sources from ownNegations) match these words? Each is compiled when first
 *  asked (patternOf): most never are, and compiling them all cost each process that checks ~15 ms. */
function ownMatch(sources: string[], words: string): boolean {
  return sources.some((src) => patternOf(src).test(words));
}

/** Negation/permission guard: the clause before the match, or the match itself, says 不得/免收/禁止 …. */
export function isNegated(text: string, start: number, end = start, own: Map<string, string[]> = new Map()): boolean {
  const clause = clauseAround(text, start, start);
  const g = new RegExp(NEGATION.source, 'g');
  if (NEGATION.test(text.slice(clause.start, start))) return true;
  const matched = text.slice(start, end);
  // A negation word that runs into the match: "不收|取任何费用" negates a match that starts at 收取. Not when
  // the match opens with a negation word of the rule's own that the longer word only extends: "一律|不予办理"
  // is the refusal the rule is about, said firmly.
  const opensOwn = [...own.entries()].some(([w, sources]) => matched.startsWith(w) && ownMatch(sources, matched));
  const from = Math.max(clause.start, start - 2);
  for (const m of text.slice(from, Math.min(end, start + 1)).matchAll(g)) {
    const at = from + m.index!;
    if (at < start && at + m[0].length > start && !opensOwn) return true;
  }
  for (const m of matched.matchAll(g)) {
    // "一律不得" holds the longer word 一律不 where the rule's own regex says 不得: the rule's own word,
    // overlapping the negation found, is what matched.
    const at = m.index!;
    // A purpose after the measure ("二十四小时盯守，防止其进京") says what the measure is for; it negates what follows it,
    // not the measure before it.
    if (at > 0 && PURPOSE.test(m[0])) continue;
    const ownHere = [...own.entries()].some(([w, sources]) => {
      const j = matched.indexOf(w, Math.max(0, at - w.length + 1));
      return j >= 0 && j < at + m[0].length && ownMatch(sources, matched);
    });
    if (!ownHere) return true;
  }
  return false;
}

/** A lead-in that forbids what its items list to the body addressed ("起草单位起草的政策措施，不得含有下列……内容：",
 *  "行政机关不得滥用行政权力，实施下列行为："): every item is a prohibition. Not "禁止下列行为：", which forbids
 *  the public what the items say and is itself what rules judge. */
const FORBIDDING_LEAD = /不得[^：:。；]{0,24}?(?:含有|具有|有|实施|采取|出现|制定|作出|设置|设定|以)(?:下列|以下|如下)/;

export function forbiddenByLeadIn(doc: string, at: number): boolean {
  const lead = listLeadIn(doc, at);
  return !!lead && FORBIDDING_LEAD.test(lead.text);
}

// A named measure (没收, 拘留, 扣押 …) after a bare "依法" is the document's own choice of measure:
// "逾期未清理的，将依法没收" decides the consequence; "依法处理/依法予以处罚" leaves it to the law.
const SPECIFIC_MEASURE = /罚款|没收|收缴|拘留|吊销|暂扣|扣押|扣留|查封|冻结|拆除|清除|关闭|关停|停业|取缔|扑杀|捕杀|停止供|停水|停电|拖移|拖离|曝光|通报批评|警告|强制搬迁|强行搬迁|腾退|腾空|迁坟|平坟|起尸/;
const NAMED_REFERRAL = /《[^》]{2,40}》|(?:有关|相关|国家)(?:法律|法规|规定)|法律、?法规/;

/** "依法处理/依法予以处罚/依照有关法律法规处理" only refers to other law; it sets nothing. */
/** A list of the kinds of sanction the law provides, closed by "等行政处罚" ("给予警告、罚款、没收非法所得、
 *  吊销河道采砂许可证等行政处罚"): it names kinds, it does not fix any. */
const KINDS_LIST_END = /^[^。；;，,]*等(?:行政)?(?:处罚|处理|措施)/;

export function isReferralOnly(text: string, start: number, end: number): boolean {
  const clause = clauseAround(text, start, end);
  // "由县水行政主管部门依据相关法律法规的规定，……给予警告、罚款……等行政处罚": the referral leads the
  // sentence and governs the list of kinds after it.
  if (!REFERRAL.test(clause.text)) {
    const sentence = sentenceAround(text, start, end);
    const before = text.slice(sentence.start, start);
    return REFERRAL.test(before) && NAMED_REFERRAL.test(before) && KINDS_LIST_END.test(text.slice(end, sentence.end))
      && extractQuantities(sentence.text, ['amount', 'rate', 'period']).length === 0;
  }
  if (SPECIFIC_MEASURE.test(text.slice(start, end)) && !NAMED_REFERRAL.test(clause.text)) return false;
  // A referral that still names an amount or a period does set something.
  return extractQuantities(clause.text, ['amount', 'rate']).length === 0;
}

/** 备案 is not 许可: a filing requirement without approval words is not a licence. */
export function isFilingOnly(text: string, start: number, end: number): boolean {
  const clause = clauseAround(text, start, end);
  const sentence = sentenceAround(text, start, end);
  const hasFiling = /备案/.test(clause.text) || /备案/.test(text.slice(start, end));
  if (!hasFiling) return false;
  return !LICENSING_WORDS.test(clause.text) && !LICENSING_WORDS.test(sentence.text.replace(/备案/g, ''));
}

/** The public does the act itself ("取水单位应当……封存"): no body of the administration takes it. */
// … not one that imposes ("……的农户，应当予以扑杀": someone acts on the party).
const OPENS_WITH_MODAL = /^(?:应当|必须|可以|应|须|要|需)(?!当|(?:依法)?(?:予以|给予|责令|一律))/;
const PARTY_NOUN = /(?:单位|企业|公司|个人|户|经营者|所有人|使用人|管理人|业主)$/;
export function isOwnActOfPublic(text: string, start: number, end: number): boolean {
  const sentenceStart = sentenceAround(text, start, end).start;
  const before = text.slice(sentenceStart, start);
  // "由城管执法人员当场扣押": someone named acts on the party.
  if (/由[\u4e00-\u9fa5（）()]{2,24}/.test(before)) return false;
  // "取水单位应当予以封存": the clause's own subject, a unit or person of the public, does it.
  const clause = clauseAround(text, start, end);
  const own = text.slice(clause.start, end).trim();
  const head = /^(.{1,16}?)(?:应当|应|须|必须|要|需|可以)/.exec(own);
  // A clause that opens with its modal has its subject at the end of the clause before ("庄稼受害严重的农户，可以……架设
  // 电网捕杀野猪"): the party acts on its own.
  const subject = head?.[1] ?? (OPENS_WITH_MODAL.test(own) ? /([\u4e00-\u9fa5]{1,16})[，,]\s*$/.exec(text.slice(sentenceStart, clause.start))?.[1] : undefined);
  // Only a subject that plainly is the party counts; an unknown subject leaves the measure to the
  // administration, which is how these sentences are written ("对……的，予以扣押").
  return !!subject && PARTY_NOUN.test(subject) && !namesGovernment(subject) && !/^对/.test(subject);
}

export function isGovernmentDuty(text: string, start: number, end: number): boolean {
  return classifySubject(text, start, end) === 'government';
}
