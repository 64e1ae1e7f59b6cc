// A tax relief a clause grants, compared with the relief the tax's own act grants for the same case. Tax reliefs are
// the law's (立法法第十一条; 税收征收管理法第三条): a county notice that says "婚姻关系存续期间夫妻之间变更房屋权属的，减半征收
// 契税" gives half of what 契税法第六条第四项 gives in full (免征), and one that says "法定继承人通过继承承受房屋权属的，免征契税"
// restates 第六条第五项. The case is told by the clause's condition against each case the act lists ("有下列情形之一的，免征
// 契税：……（四）婚姻关系存续期间夫妻之间变更土地、房屋权属；") or states in a sentence ("……占用耕地，免征耕地占用税"); the tax by
// its name, and the act by the tax's name where the document names no act of it (契税 → 契税法, 房产税 → 房产税暂行条例).
import type { Corpus } from '../corpus/corpus.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { keepUpTo } from '../text/memo.ts';
import { articlesOfLaws, keptAcrossDocuments, type LawSentenceMatch } from './named-law-articles.ts';
import { ITEM, leadingItems } from '../corpus/article-parser.ts';
import { splitSentences } from './units.ts';
import { CITATION_PHRASE } from './frames.ts';

/** The words of a relief (also the comparison's prefilter). */
export const RELIEF_WORDS = ['免征', '免予征收', '不征收', '减半', '减征', '减按'];
/** A relief of a named tax: the relief's words and the tax ("免征契税", "减半征收契税", "减按百分之五十征收房产税"). */
// The tax may go unnamed where the sentence is about one ("……，按照当地适用税额减半征收；……一律按照减半后的税额征收").
const RELIEF = /(免征|免予征收|不征收|减半征收|按(?:照)?减半后的税额征收|减征|减按[^，。；：]{1,12}?征收)((?:[\u4e00-\u9fa5]{1,8}?)税(?![务款收额率费]))?/g;

export type ReliefKind = 'exempt' | 'half' | 'reduced';
function kindOf(words: string): ReliefKind {
  if (words === '免征' || words === '免予征收' || words === '不征收') return 'exempt';
  return words === '减半征收' || /减半后的税额征收$/.test(words) ? 'half' : 'reduced';
}

/** One case a text grants a relief for: the words of the case and the relief. */
interface Relief {
  condition: string;
  kind: ReliefKind;
  tax: string;
  /** Offsets of the relief's words in the text read. */
  start: number;
  end: number;
  /** The law's statement of the case (its list's lead with the item), as the finding quotes it. */
  statement: string;
}

/** The reliefs a sentence grants, each with the words before it in its part of the sentence (its case); `tax`: the tax
 *  a relief that names none is of (null: such a relief is not read). */
function reliefsOf(sentence: string, tax: string | null = null): Relief[] {
  const out: Relief[] = [];
  for (const m of sentence.matchAll(RELIEF)) {
    const named = m[2] ? taxName(m[2]) : tax;
    if (!named) continue;
    const partStart = Math.max(sentence.lastIndexOf('；', m.index!), sentence.lastIndexOf('。', m.index!), sentence.lastIndexOf('：', m.index!)) + 1;
    const condition = sentence.slice(partStart, m.index!);
    out.push({ condition, kind: kindOf(m[1]!), tax: named, start: m.index!, end: m.index! + m[0].length, statement: sentence.slice(partStart, m.index! + m[0].length) });
  }
  return out;
}
/** The one tax the laws searched are the acts of ("中华人民共和国耕地占用税法" → 耕地占用税): the tax an unnamed relief is of. */
function taxOfLaws(laws: readonly string[]): string | null {
  const taxes = new Set(laws.map((l) => /^(?:中华人民共和国)?(.{1,8}?税)(?:法|暂行条例)$/.exec(l)?.[1]).filter((t): t is string => !!t));
  return taxes.size === 1 ? [...taxes][0]! : null;
}
/** The tax's name without the words of a relief or a range before it ("征收契税" → 契税). */
function taxName(tax: string): string {
  return tax.replace(/^.*?(?:征收|缴纳|的)/, '');
}

/** The reliefs an article grants: each item of a list whose lead grants one ("有下列情形之一的，免征契税：" and its "（一）……"
 *  lines) and each sentence that grants one for the case it states. Worked out once per article text. */
const articleReliefs = keepUpTo((text: string): Relief[] => {
  const out: Relief[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = LIST_LEAD.test(line) ? reliefsOf(line)[0] : undefined;
    if (lead) {
      for (const item of leadingItems(lines.slice(i + 1))) {
        out.push({ ...lead, condition: item.replace(ITEM, '').replace(/[；;。]$/, ''), statement: `${line.replace(/：$/, '')}：${item}` });
      }
      continue;
    }
    for (const s of splitSentences(line)) for (const r of reliefsOf(s.text)) if (r.condition.length >= MIN_CONDITION) out.push(r);
  }
  return out;
}, 20_000);
const LIST_LEAD = /下列(?:情形|项目|土地|房产|车船|所得|行为)?之一的?，/;
/** A case of fewer characters names none ("对此免征", "其余免征"). */
const MIN_CONDITION = 4;

/** How much of the clause's case the law's must say (the same case, in the clause's words: "变更房屋权属" for the law's
 *  "变更土地、房屋权属"), and how much of the law's the clause's (a part of the law's list: "学校、幼儿园占用耕地" of 耕地占用税法
 *  第七条's "军事设施、学校、幼儿园、社会福利机构、医疗机构占用耕地"). */
const SAME_CASE = 0.7;
const OF_LAWS_CASE = 0.2;
/** A case's words without the 的 and the comma that close it. */
function caseWords(condition: string): string {
  // What a clause rests on ("依照《中华人民共和国耕地占用税法》，") is not its case.
  return condition.replace(CITATION_PHRASE, '').replace(/^[，,\s]+/, '').replace(/(?:一律|均|统一)?(?:按照|按)?[，,、\s]*$/, '').replace(/(?:的)?[，,、\s]*$/, '').replace(/^(?:对|凡|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, '');
}

/** The tax acts the corpus holds for a tax's name: 契税 → 契税法; 房产税 → 房产税暂行条例. */
function taxActs(tax: string, corpus: Corpus): string[] {
  return TAX_ACT_SUFFIXES.map((s) => corpus.findLaw(tax + s)?.title).filter((t): t is string => !!t);
}
const TAX_ACT_SUFFIXES = ['法', '暂行条例'];

export interface ReliefComparison extends LawSentenceMatch {
  /** The relief the clause grants and the one the law grants for the case. */
  mine: ReliefKind;
  theirs: ReliefKind;
}

/** The law's relief for each case of `sentence` that grants one: the closest case of the named laws' articles, and of the
 *  tax's own act (by its name), that grants a relief of the same tax. Kept across the documents of a batch (the tax-setting
 *  rule's restatement guard and the tax-relief comparison ask it of the same sentences): the acts found by the taxes' names
 *  are passed with the named laws, so that the answer is kept by the texts of every act it read on the day. */
export function reliefComparisons(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): ReliefComparison[] {
  const tax = taxOfLaws(laws);
  const reliefs = reliefsOf(sentence, tax);
  if (!reliefs.length) return [];
  const acts = [...new Set([...laws, ...reliefs.flatMap((r) => taxActs(r.tax, corpus))])];
  return comparisonsKept(sentence, acts, corpus, date, tax ?? '');
}
const comparisonsKept = keptAcrossDocuments((sentence: string, acts: readonly string[], corpus: Corpus, date: string | null, tax: string) =>
  compareReliefs(reliefsOf(sentence, tax || null), acts, corpus, date));

function compareReliefs(reliefs: readonly Relief[], acts: readonly string[], corpus: Corpus, date: string | null): ReliefComparison[] {
  const out: ReliefComparison[] = [];
  for (const mine of reliefs) {
    if (mine.condition.replace(/[^\u4e00-\u9fa5]/g, '').length < MIN_CONDITION) continue;
    const words = [...cjkBigrams(caseWords(mine.condition))];
    let best: ReliefComparison | null = null;
    for (const { law, article } of articlesOfLaws(acts, corpus, date)) {
      if (!article.text.includes(mine.tax)) continue;
      for (const theirs of articleReliefs(article.text)) {
        if (theirs.tax !== mine.tax) continue;
        const their = [...cjkBigrams(caseWords(theirs.condition))];
        const similarity = shareIn(words, new Set(their));
        if (similarity < SAME_CASE || shareIn(their, new Set(words)) < OF_LAWS_CASE || (best && similarity <= best.similarity)) continue;
        best = { law, article, sentence: theirs.statement, start: mine.start, end: mine.end, similarity, mine: mine.kind, theirs: theirs.kind };
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/** The first relief of `sentence` that differs from the law's for the same case (减半 where the law exempts, 免征 where it
 *  halves); null if none. */
export function reliefDiffers(sentence: string, laws: readonly string[], corpus: Corpus, date: string | null): ReliefComparison | null {
  return reliefComparisons(sentence, laws, corpus, date).find((c) => c.mine !== c.theirs) ?? null;
}

/** The relief at [start, end) of `sentence` is the one the law grants for the same case: a restatement. */
export function reliefRestated(sentence: string, start: number, end: number, laws: readonly string[], corpus: Corpus, date: string | null): boolean {
  return reliefComparisons(sentence, laws, corpus, date).some((c) => c.mine === c.theirs && c.start < end && start < c.end);
}

