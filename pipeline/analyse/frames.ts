// Restatement versus creation, decided by comparing frames: a clause restates upper law only when an
// article provides the same measure for the same conduct within the same range. The article is the one
// the clause cites (directly, or through a citation lead earlier in its sentence); failing a citation,
// an article of a law the document names, or one the corpus retrieves for the clause's words. A measure
// the article does not provide is created by the document, citation or not; a range beyond the
// article's is a conflict with that article.
import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusLaw, RelatedArticle, ResolvedArticle } from '../model/types.ts';
import { citationsIn, citedText, type Citation, type CitedArticle } from './citations.ts';
import { paragraphsOfText } from '../corpus/article-parser.ts';
import { parseArticleRefs } from './article-refs.ts';
import { parseChineseNumber } from '../text/chinese-numbers.ts';
import { extractQuantities, type Quantity } from '../rules/quantities.ts';
import { findMentions, mentionsOf } from './annotate.ts';
import type { MeasureMention } from './annotate.ts';
import { SANCTION_FAMILIES, type CompiledVocabulary } from './vocabulary.ts';
import { clauseAround, splitClauses } from './units.ts';
import { BOUND, ORGAN_END, RANGE_SEP } from './grammar.ts';
import { ITEMS_HOLD_CONDUCT, listItemsAfter, listLeadIn } from '../structure/lead-in.ts';
import { isTownshipBody, TOWNSHIP_ACTOR, TOWNSHIP_APPROVER, TOWNSHIP_IN_LAW } from '../rules/township-imposer.ts';
import { namedActor } from './actor.ts';
import { COORDINATION_NAMES } from '../structure/meta-issuers.ts';
import { withoutMarker } from '../structure/markers.ts';
import { isNegated } from '../rules/guards.ts';
import { keepUpTo, keepUpToBy, objectId } from '../text/memo.ts';
import { cjkBigrams, shareIn } from '../text/bigrams.ts';
import { articlesOfLaws, lawTextsAt, lawTextsKey } from './named-law-articles.ts';

export type FrameVerdict =
  | { kind: 'restates'; article: ResolvedArticle | null; how: 'cited' | 'named' | 'retrieved' | 'unreadable' }
  /** A range beyond the article's: above its ceiling, or (bound 'min') below the floor it states ("五百元以上"). */
  | { kind: 'conflicts'; article: ResolvedArticle; how: 'cited' | 'named' | 'retrieved'; limit: Quantity; value: Quantity; bound: 'max' | 'min' }
  /** `compared`: the article of a law the clause names that provides the measure for the closest conduct
   *  (not the same conduct or range): what the reviewer compares the clause with. comparedHow 'document': the only
   *  article of the laws the document names that provides the measure at all, whatever its conduct; 'document-law': the
   *  article of those laws that provides it for the closest conduct, found by reading them whole. */
  | { kind: 'creates'; cited: ResolvedArticle | null; compared?: ResolvedArticle; comparedHow?: 'named' | 'retrieved' | 'document' | 'document-law'; comparedAs?: 'filing' | 'other-measures' | 'barred'; provides?: string[] }
  /** The article provides the measure only under a condition ("情节严重的，处五日以上十日以下拘留") the
   *  clause leaves out: the clause applies the heavier measure where the law does not. */
  | { kind: 'drops-condition'; article: ResolvedArticle; how: 'cited' | 'named' | 'retrieved'; condition: string };

export interface FrameContext {
  corpus: Corpus;
  vocabulary: CompiledVocabulary;
  /** The document's text and the laws it names (its own basis and references), held in the law base. */
  text: string;
  namedLaws: string[];
  /** The document's citations (the one scanner's, resolved on the day judged). */
  citations: Citation[];
  /** The articles a citation lead earlier in the same full sentence cites (across ；), for a document offset. */
  leadCited(start: number): CitedArticle[];
  /** The document's date (YYYY-MM-DD) or null: a cited law whose oldest text in the corpus came into
   *  force after it was another text then, which the corpus does not hold. */
  date: string | null;
  /** The document is issued by an administrative department (the body that enforces), not a government,
   *  a township or a coordination body. */
  enforcer?: boolean;
  /** The text of the document's own provision numbered n (its 第n条, or its item "n、"), or null. */
  ownProvision?(n: number): string | null;
}

const bigrams = cjkBigrams;

// Words every sanction clause has, which say nothing about the conduct.
// "违反本办法第十条规定……责令限期改正；逾期不改正的" is the frame of a sanction, in a document's articles as in a law's.
// "取得……许可证后，方可开展" is the frame of an approval: what it opens is the words after it ("收购粮食"), not these;
// so is "应当提出申请，经批准后方可进行", which every approval in every law shares (民用核设施安全监督管理条例第十五条 is
// no more a 民俗摄影's approval for it).
const GENERIC = bigrams('违反本通告规定的由有关部门依法予以处罚情节严重的可以并处对当事人个人单位责令改正停止违法行为未按规定办理拒不配合一律当场发现违者单处或者屡教不改　本办法第条规定　责令限期改正逾期不改正　后方可开展　方可从事　一经查实　一经发现　应当提出申请　经批准后方可进行　方可实施');

/** Fewer distinctive conduct words than this say too little to recognise an article by them. */
const MIN_CONDUCT_WORDS = 5;

/** The text with each conduct wording replaced by the article's term it stands for (vocab family conduct).
 *  Where two wordings overlap, the longer is the one meant: "上坟烧纸" is 野外用火, not the 烧纸 of
 *  封建迷信殡葬用品 inside it (replacing entry by entry would let the first list's word win). */
export function inLawTerms(text: string, vocabulary: CompiledVocabulary): string {
  const found: { start: number; end: number; name: string }[] = [];
  for (const e of vocabulary.conduct) {
    if (e.literals && !e.literals.some((l) => text.includes(l))) continue;
    e.re.lastIndex = 0;
    for (let m = e.re.exec(text); m; m = e.re.exec(text)) {
      if (!m[0].length) { e.re.lastIndex++; continue; }
      found.push({ start: m.index, end: m.index + m[0].length, name: e.entry.name });
    }
  }
  if (!found.length) return text;
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const k of kept) {
    out += text.slice(at, k.start) + k.name;
    at = k.end;
  }
  return out + text.slice(at);
}

// Particles and prepositions say nothing about the conduct either: "对不听劝阻的" is three words of conduct
// (不听, 听劝, 劝阻), not five.
const PARTICLE = /[的对将其之了着]/;

/** The clause's conduct words (bigrams), without the boilerplate of sanctions; a duty not done in a notice's words
 *  ("应当开具而未开具", "应办理而未办理", "应当申报而没有申报") in the law's ("未按照规定开具"). */
function conductWords(conduct: string): string[] {
  return [...bigrams(asUndone(conduct))].filter((b) => !GENERIC.has(b));
}
/** A duty not done, in one form on both sides: laws write it as notices do too (地图管理条例第四十九条 "应当送审而未送审的"). */
function asUndone(text: string): string {
  return text.replace(SHOULD_BUT_DID_NOT, '未按照规定$1');
}
const SHOULD_BUT_DID_NOT = /应当?([\u4e00-\u9fa5]{1,4}?)而(?:未|没有|不)\1/g;

/** Whether the clause says enough about its conduct to recognise an article by it (particles not counted). */
function saysEnough(words: string[]): boolean {
  return words.filter((b) => !PARTICLE.test(b)).length >= MIN_CONDUCT_WORDS;
}

/** Share of the clause's conduct words (bigrams, minus the boilerplate of sanctions) found in the article;
 *  0 when the clause says too little about the conduct ("未按规定办理的，罚款500元"). */
export function conductSimilarity(conduct: string, article: string): number {
  const clause = clauseConduct(conduct);
  if (!clause.enough) return 0;
  const art = articleBigrams(article);
  const share = shareIn(clause.words, art);
  // A payment or a licence the clause names (摊位费, 卫生管理费, 准营证) is what its conduct is about: an article
  // about another one (水法第七十条's 水资源费) shares the rest of the words ("逾期不缴纳……的") and nothing more.
  return clause.things.some((thing) => !article.includes(thing)) ? Math.min(share, OTHER_THING_CAP) : share;
}

/** What a clause's conduct is compared by: its words, whether they are enough, and the payments and licences it names. */
interface ClauseConduct {
  words: string[];
  enough: boolean;
  things: string[];
}

// A clause's conduct is compared with every paragraph of the articles it may restate, one after another, and the
// sentence's whole conduct with some of them in between: the clause's side is read once per conduct, and the
// articles' bigrams (the corpus's texts) are kept for the next clause.
const clauseConduct = keepUpTo((conduct: string): ClauseConduct => {
  const words = conductWords(conduct);
  return { words, enough: saysEnough(words), things: [...conduct.matchAll(NAMED_THING)].map((m) => m[0].replace(PAYING, '')).filter((t) => !HANDLED.test(t)) };
}, 1_000);
const articleBigrams = keepUpTo((text: string) => bigrams(asUndone(text)), 20_000);

/** Named payments and licences: the two characters before the word that says what kind of thing it is. */
const NAMED_THING = /[\u4e00-\u9fa5]{2}(?:费|许可证|执照|押金|保证金)/g;
/** A verb of paying before a one-character name is no part of it: "拨缴经费" names 经费, "交会费" 会费. */
const PAYING = /^[缴交收付拨免减退补征](?=[\u4e00-\u9fa5](?:费|押金|保证金))/;
/** What is done with the thing names none of it ("未取得许可证", "缴纳保证金"): the law names it in full ("未取得污水排入排水管网
 *  许可证"), so a clause that only says 取得许可证 is not about another licence. */
const HANDLED = /^(?:取得|领取|办理|申领|申请|持有|核发|颁发|发放|补办|吊销|暂扣|交纳|缴纳|收取|缴存|退还)/;
const OTHER_THING_CAP = 0.3;

interface ArticleFrame {
  entries: Set<string>;
  /** The measures it bars ("检查不得收取任何费用"). */
  barred: Set<string>;
  /** The article's quantities of the type the measure takes (amounts for fines, periods for detention). */
  quantities: Quantity[];
  /** The quantities it states as a floor: the first of a range ("五百元以上二千元以下", "200—3000元"). */
  floors: Quantity[];
  /** The quantities it states as fixed, neither bound of a range ("暂扣六个月机动车驾驶证"). */
  fixed: Quantity[];
  /** Ceilings without a floor ("情节较轻的，处五日以下拘留"): a tier that goes down to nothing. */
  bareCeilings: Quantity[];
  /** It states a sum as a multiple or a rate of something ("货值金额一倍以上三倍以下", "工程造价百分之五"). */
  multiple: boolean;
  /** The ranges it states one by one, in its order: "可以处200元以下的罚款；情节严重的，处2000元以上2万元以下的罚款"
   *  is 0–200 and 2000–20000, not 0–20000. */
  tiers: Tier[];
  /** Its ranges are for different addressees ("对个人……对单位……"), not for graver cases: a sum between them departs from
   *  neither by itself. */
  byAddressee: boolean;
}

interface Tier { unit: Quantity['unit']; min: number; max: number; ceiling: Quantity }

/** The article's ranges: "A以上B以下" (a floor and the quantity after it), "B以下" (down to nothing), a fixed amount. */
function tiersOf(text: string, quantities: Quantity[]): Tier[] {
  const out: Tier[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const next = quantities[i + 1];
    if (opensRange(text, q) && next && next.unit === q.unit) {
      out.push({ unit: q.unit, min: q.value, max: next.value, ceiling: next });
      i++;
    } else if (isBareCeiling(text, q)) out.push({ unit: q.unit, min: 0, max: q.value, ceiling: q });
    else if (!isBound(text, q)) out.push({ unit: q.unit, min: q.value, max: q.value, ceiling: q });
  }
  return out;
}

/** A quantity's place in a range, read from the words around it (the separators and bounds of grammar.ts). */
const OPENS_RANGE = new RegExp(`^\\s*${RANGE_SEP}`);
const CLOSES_RANGE = new RegExp(`${RANGE_SEP}\\s*、?\\s*$`);
const CEILING_AFTER = /^\s*(?:以下|以内)/;
const BOUND_AFTER = new RegExp(`^\\s*(?:${RANGE_SEP}|以下|以内)`);
const BOUND_BEFORE = new RegExp(`${BOUND}\\s*$`);

/** Where a quantity stands in the text it was read from. */
type Place = Pick<Quantity, 'start' | 'end'>;
const wordsAfter = (text: string, q: Place) => text.slice(q.end, q.end + 2);
const wordsBefore = (text: string, q: Place) => text.slice(Math.max(0, q.start - 3), q.start);
/** The first of a range ("五百元以上二千元以下"): a floor. */
const opensRange = (text: string, q: Place) => OPENS_RANGE.test(wordsAfter(text, q));
/** A bound of a range or of its own ("以下", "最高"), not an amount fixed. */
const isBound = (text: string, q: Place) => BOUND_AFTER.test(wordsAfter(text, q)) || BOUND_BEFORE.test(wordsBefore(text, q));
/** A ceiling that is not the second end of a range ("情节较轻的，处五日以下拘留"). */
const isBareCeiling = (text: string, q: Place) => CEILING_AFTER.test(wordsAfter(text, q)) && !CLOSES_RANGE.test(wordsBefore(text, q));

const frameMemo = new WeakMap<CompiledVocabulary, Map<string, ArticleFrame>>();

function frameOf(text: string, vocabulary: CompiledVocabulary): ArticleFrame {
  let memo = frameMemo.get(vocabulary);
  if (!memo) frameMemo.set(vocabulary, (memo = new Map()));
  let f = memo.get(text);
  if (!f) {
    const quantities = extractQuantities(text);
    const entries = new Set<string>();
    const barred = new Set<string>();
    for (const m of findMentions(text, vocabulary.entries)) (barredByLaw(text, m) ? barred : entries).add(m.entry.entry.id);
    f = {
      entries,
      barred,
      quantities,
      floors: quantities.filter((q) => opensRange(text, q)),
      fixed: quantities.filter((q) => !isBound(text, q)),
      bareCeilings: quantities.filter((q) => isBareCeiling(text, q)),
      multiple: MULTIPLE_OF.test(text),
      tiers: tiersOf(text, quantities),
      byAddressee: addressesEach(text),
    };
    memo.set(text, f);
  }
  return f;
}

/** A charge or a coercive measure the article bars ("检查不得收取任何费用", "不得查封、扣押与违法行为无关的场所") is one it does
 *  not provide: a clause that levies it departs from the article, whatever their words share (a sanction's "不予处罚" is
 *  read by annotate.ts as no measure already). */
function barredByLaw(text: string, m: { entry: { family: string }; start: number; end: number }): boolean {
  return BARRED_FAMILIES.has(m.entry.family) && isNegated(text, m.start, m.end);
}
const BARRED_FAMILIES = new Set(['money', 'coercion', 'enforcement']);

/** The range a list of quantities of one kind spans (a range "A以上B以下" or one value). */
function span(qs: Quantity[]): { min: number; max: number } | null {
  if (!qs.length) return null;
  const v = qs.map((q) => q.value);
  return { min: Math.min(...v), max: Math.max(...v) };
}

/** Whether a text could name the entry at all: a mention holds a word every form of the entry holds, or is its
 *  name in a list (annotate.ts, findMentions). Most paragraphs of a law name none of a clause's measure; their
 *  frames need not be read. */
function mayName(text: string, entry: string, vocabulary: CompiledVocabulary): boolean {
  const e = vocabulary.byId.get(entry);
  if (!e?.literals) return true;
  return text.includes(e.entry.name) || e.literals.some((w) => text.includes(w));
}

/** The articles of a law's text that may name the entry (mayName of the whole article: a paragraph that names it is part of
 *  an article that does), in order. A measure is looked for in every article of the laws a document names, for each
 *  clause; most articles of a large law name none of it. Read once per text and entry. */
function articlesNaming(law: CorpusLaw, entry: string, vocabulary: CompiledVocabulary): CorpusLaw['articles'] {
  let byLaw = namingMemo.get(vocabulary);
  if (!byLaw) namingMemo.set(vocabulary, (byLaw = new WeakMap()));
  let byEntry = byLaw.get(law);
  if (!byEntry) byLaw.set(law, (byEntry = new Map()));
  let articles = byEntry.get(entry);
  if (!articles) byEntry.set(entry, (articles = law.articles.filter((a) => mayName(a.text, entry, vocabulary))));
  return articles;
}
const namingMemo = new WeakMap<CompiledVocabulary, WeakMap<CorpusLaw, Map<string, CorpusLaw['articles']>>>();

/** The articles of the laws the document names (their text on its day) that may name the entry, as articlesOfLaws
 *  gives them. */
function* namedArticlesNaming(entry: string, ctx: FrameContext): Generator<{ law: CorpusLaw; article: CorpusLaw['articles'][number] }> {
  for (const law of lawTextsAt(ctx.namedLaws, ctx.corpus, ctx.date)) for (const article of articlesNaming(law, entry, ctx.vocabulary)) yield { law, article };
}

/** Measures that name the same thing under another entry ("责令停业整顿" ~ "责令停产停业"). */
function sameMeasure(a: string, frame: ArticleFrame): boolean {
  return frame.entries.has(a);
}

const MIN_CONDUCT = { named: 0.35, retrieved: 0.5 };
/** With the article's two bounds equal to the clause's, this much conduct in common identifies it. */
const BOUNDS_CONDUCT = { named: 0.2, retrieved: 0.37 };
/** A named law's article this close in conduct is worth comparing with, though not restated. */
const MIN_COMPARED = 0.2;
/** Conduct similarity above which an exceeding range is reported as a conflict without a citation. */
const CONFLICT_CONDUCT = 0.5;

/**
 * The verdict for one measure mention. `sentence` is the text of the full sentence holding it (document
 * offsets: sentenceStart), so citations before it (a citation lead across ；) are seen.
 */
export function judgeFrame(m: MeasureMention, sentence: { text: string; start: number }, ctx: FrameContext): FrameVerdict {
  // A rate ("处建设工程造价百分之二十的罚款") is compared with an article's rates, as an amount with its amounts.
  const own = m.quantities.filter((q) => q.unit === 'yuan' || q.unit === 'day' || q.unit === 'workday' || q.unit === 'ratio');
  // "处五万元以下的罚款" states a bound, as the article does, not an amount fixed within the article's range.
  const ownIsBound = own.length === 1 && isBound(m.text, { start: own[0]!.start - m.start, end: own[0]!.end - m.start });
  // Whether an article provides the clause's measure in the clause's range (sameRange), for this clause.
  const inRange = (f: ArticleFrame) => sameRange(own, f, ctx.enforcer || ownIsBound, MULTIPLE_OF.test(m.text));
  // The conduct: what the sentence says before the measure ("在禁止燃放的区域燃放烟花爆竹的，"), without
  // the body named to act; the measure's object after it (没收烟花爆竹) says nothing about the conduct.
  // For an approval the activity follows it ("未经批准，不得将林地用于……"): the whole sentence is the conduct.
  // Neither the body named to act nor the law cited is conduct ("依据《治安管理处罚法》" would match every
  // article that names that law).
  // A notice's words for what the article names ("冥纸、冥币" for 封建迷信殡葬用品) read as the article's term.
  const read = conductOf(m, sentence, ctx.text, ctx.vocabulary, (from, to, upperOnly) => brokenProvision(ctx, from, to, upperOnly));
  // The provision's label ("第十四条 ") is no word of the conduct: "第十四条 违反本办法规定的" names none.
  const conduct = inLawTerms(withoutMarker(read.text).replace(ACTOR_PHRASE, '').replace(CITATION_PHRASE, ''), ctx.vocabulary);
  // A township (or a village committee) acting, or approving: the law must give the measure to it.
  const upToMeasure = sentence.text.slice(0, m.end - sentence.start);
  const actor = namedActor(upToMeasure);
  const township = TOWNSHIP_ACTOR.test(upToMeasure) || (actor !== null && isTownshipBody(actor))
    || (m.family === 'licence' && (TOWNSHIP_APPROVER.test(m.text) || appliedToTownship(upToMeasure, m.text)));
  // "一律", "一经发现": the clause drops whatever conditions the law attaches to the measure.
  const blanket = BLANKET.test(sentence.text);
  const candidates: { article: ResolvedArticle; how: 'cited' | 'named' | 'retrieved'; text: string; broken?: boolean; moved?: boolean }[] = [];

  // 1. What the sentence cites (or a citation lead before it in the same full sentence).
  const local = sentence.text.slice(0, m.end - sentence.start);
  // "个人有前款规定行为之一的，处……" / "对单位处……": the range the article gives that addressee, not the other's.
  const addressee = addresseeOf(local.slice(lastSemicolon(local) + 1));
  // A paragraph that states no amount of the clause's kind (the lead "处以罚款" before its items) keeps no range:
  // the paragraph that states one ("个人有前款第一项……行为之一，处一百元以上五百元以下的罚款") is the clause's.
  const keepsRange = (f: ArticleFrame) => !exceeds(own, f) && (!own.length || f.quantities.some((q) => q.unit === own[0]!.unit));
  // What the measure is taken against ("没收其渔具" → 渔具): an article may attach a condition to one object
  // of a measure and not to another (渔业法第三十八条: 没收渔获物 always, 没收渔具 only 情节严重的).
  const object = measureObject(sentence.text.slice(m.end - sentence.start));
  // A citation in brackets right after the measure is the clause's own, before any earlier in the sentence (the previous
  // clause's "（条例第三十六条）" is not this one's).
  const cited = [...trailingCitations(m, sentence, ctx), ...citationsIn(ctx.citations, sentence.start, m.end).filter((c) => !c.own && c.end <= m.end)];
  // An article cited in the measure's own part of the sentence (after the last ；) speaks for it, not one the part before
  // cited for another case: "不执行……的，依照《……》第十条处理；违反明码标价规定的，依照该规定第十三条……可以并处5000元以下的罚款".
  const ownPart = sentence.start + lastSemicolon(local) + 1;
  const here = cited.some((c) => c.articles.length && c.start >= ownPart) ? cited.filter((c) => c.start >= ownPart) : cited;
  const sentenceConduct = () => inLawTerms(withoutSanctions(sentence.text, ctx.vocabulary).replace(ACTOR_PHRASE, '').replace(CITATION_PHRASE, ''), ctx.vocabulary);
  for (const c of here) {
    if (!c.articles.length) continue;
    // A law the law base does not hold, or whose text of the document's day it does not hold (and the
    // article could not be aligned with a held one), cannot be read: what the clause says is taken as its.
    if ((!c.law && LAWLIKE_NAME.test(c.name)) || (c.law && c.at && !c.at.exact && !c.articles.some(alignedByContent))) {
      return { kind: 'restates', article: null, how: 'unreadable' };
    }
    for (const a of c.articles) {
      // A number the document took from an earlier text, or got wrong ("依照《野生动物保护法》第四十六条的规定，……没收猎捕工具
      // 和猎获物" after the 2022 revision, 第四十九条 now): the article that holds its rule is what the clause restates or departs
      // from, read first.
      for (const moved of c.problems) {
        if (moved.code === 'renumbered' && moved.article === a.label && moved.verified !== false && moved.basis?.[0]) {
          candidates.push({ article: moved.basis[0], how: 'cited', text: moved.basis[0].text, broken: brokenRule(ctx.text, c), moved: true });
        }
      }
      if (a.resolved && (!c.at || c.at.exact || alignedByContent(a))) candidates.push({ article: a.resolved, how: 'cited', text: citedText(a) || a.resolved.text, broken: brokenRule(ctx.text, c) });
    }
  }
  for (const a of ctx.leadCited(m.start)) candidates.push({ article: a.resolved!, how: 'cited', text: citedText(a) || a.resolved!.text });
  if (candidates.length) {
    for (const c of candidates) {
      // The item is recognised by the whole sentence's conduct: the clause of a measure after ； ("有违法所得的，……")
      // says too little by itself.
      c.text = itemOf(forAddressee(c.text, addressee), m.entry, sentenceConduct(), own, ctx.vocabulary) ?? forAddressee(c.text, addressee);
      const f = frameOf(c.text, ctx.vocabulary);
      if (!sameMeasure(m.entry, f)) continue;
      const verdict = compareRanges(own, f, c);
      if (verdict) return verdict;
      // The article that holds a moved number's rule is quoted for comparison: the document cites it under another number.
      if (!inRange(f) || (township && !TOWNSHIP_IN_LAW.test(c.text))) return { kind: 'creates', cited: c.article, ...(c.moved ? { compared: c.article, comparedHow: 'named' as const } : {}) };
      return restatesUnless(m, c.text, local, { kind: 'restates', article: c.article, how: 'cited' }, ctx.vocabulary, object, own);
    }
    // "违反《民用机场管理条例》第四十九条规定，……的，处……": an article cited as the rule broken provides no sanction; the law's
    // article that does (第七十九条) is found below by the conduct, which conductOf reads from the broken article.
    if (!candidates.every((c) => c.broken)) return { kind: 'creates', cited: candidates[0]!.article };
  }

  // 1b. A law the sentence names without an article ("依据《治安管理处罚法》处5日以上10日以下拘留",
  // "根据《渔业法》等有关规定可处以最高5万元的罚款"): an article of that law must provide the measure.
  // "构成违反治安管理行为的，由公安机关……" names the law by what it governs.
  const implied = IMPLIED_LAWS.filter(([re]) => re.test(sentence.text)).map(([, law]) => law);
  // "逾期不拆除的，将由执法机关依法强制拆除": laws that do authorise the demolition give it to competent
  // bodies (城乡规划法第六十八条, 水法第六十五条, 防洪法第四十二条); a clause that leaves it to them by law
  // refers to those laws. A township's own demolition is judged (its power is 城乡规划法第六十五条 only).
  if (m.entry === 'forced-demolition' && /依法|依规/.test(local) && !township && !blanket) {
    return { kind: 'restates', article: null, how: 'unreadable' };
  }
  // "由民政部门会同市场监管部门等部门依法予以取缔": a competent department's measure taken 依法, with no sum or term of the
  // document's own, refers to whatever law gives it, as 依法处理 does; a township's, or a blanket one (一律), is judged.
  if (SANCTION_FAMILIES.has(m.family) && !own.length && (LAWFULLY_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 6), m.start)) || LAWFULLY_OPENS.test(m.text))
    && !township && !blanket && actor !== null && DEPARTMENT_NAME.test(actor)) {
    return { kind: 'restates', article: null, how: 'unreadable' };
  }
  // Names in the measure's own part of the sentence (after the last ；) speak for it; only where it names
  // none does a name before the ； ("依据《条例》……；情节严重的，处……") lead it.
  const cut = lastSemicolon(local);
  // A law named without an article whose text of the document's day is not held: its ranges are unknown.
  if (here.some((c) => !c.articles.length && c.law && c.at && !c.at.exact && !fixedAmount(own))) return { kind: 'restates', article: null, how: 'unreadable' };
  const namesFrom = (from: number) => [...new Set(citationsIn(here, from, m.end).filter((c) => !c.articles.length && c.form !== 'anaphor').map((c) => c.law?.title ?? c.name))];
  const named = (cut >= 0 && namesFrom(sentence.start + cut + 1).length) ? namesFrom(sentence.start + cut + 1) : namesFrom(sentence.start);
  // A law both named and implied ("依据《治安管理处罚法》……" holds 治安管理处罚) is read as named.
  const namedTitles = new Set(named.map((n) => ctx.corpus.findLaw(n)?.title));
  let closest: { article: ResolvedArticle; sim: number } | null = null;
  for (const name of [...named, ...implied.filter((t) => !namedTitles.has(t))]) {
    // A clause that defers to the law by what it governs ("构成违反治安管理行为的") takes that law's
    // definitions of the conduct: only its measures and ranges are compared.
    const deferred = !named.includes(name);
    const law = ctx.corpus.findLaw(name);
    if (!law) {
      // A law the corpus does not hold (a local regulation, "《条例》" defined earlier): it cannot be read,
      // so a range or a measure without numbers is taken as restated; a fixed amount is still the document's.
      if (LAWLIKE_NAME.test(name) && !fixedAmount(own)) return { kind: 'restates', article: null, how: 'unreadable' };
      continue;
    }
    // The article whose conduct is closest among those that provide the measure.
    let best: { verdict: FrameVerdict; sim: number } | null = null;
    for (const a of articlesNaming(law, m.entry, ctx.vocabulary)) {
      const para = bestParagraph(a.text, m.entry, conduct, ctx.vocabulary, addressee, keepsRange, law);
      if (!para) continue;
      const { f, sim } = para;
      const article = ctx.corpus.resolve(law.title, a.label);
      if (!article) continue;
      const c = { article, how: 'named' as const, text: para.text };
      // A floor is only evidence where the article is the clause's own; elsewhere it says nothing.
      const departs = compareRanges(own, f, c);
      const range = unlessFloorOfAnother(departs, deferred, sim, conduct, para.text, ctx.vocabulary);
      let verdict: FrameVerdict | null = null;
      if (range && !deferred && (holdsAsConflict(range, sim, conduct, para.text, ctx.vocabulary) || (range.kind === 'conflicts' && range.bound === 'max' && !hasConduct(conduct)))) verdict = range;
      // A range below the article's floor is not evidence enough of a conflict with an article of other conduct,
      // but neither is the clause that article's restatement.
      else if (!departs && inRange(f) && (deferred || sim >= MIN_CONDUCT.named || !hasConduct(conduct))) {
        const restates = { kind: 'restates' as const, article, how: 'named' as const };
        // A clause that defers to the law takes its conditions too.
        verdict = deferred ? restates : restatesUnless(m, para.text, local, restates, ctx.vocabulary, object, own);
      }
      // Two articles equally close in conduct, one providing the clause's range and one not (道路交通安全法第八十九条
      // fines 非机动车驾驶人 5–50元, 第九十条 机动车驾驶人 20–200元, in the same words): the clause is the one it fits.
      if (verdict && (!best || sim > best.sim + 1e-9 || (sim > best.sim - 1e-9 && verdict.kind === 'restates' && best.verdict.kind === 'conflicts'))) best = { verdict, sim };
      if (!deferred && sim >= MIN_COMPARED && (!closest || sim > closest.sim)) closest = { article, sim };
    }
    if (best) return best.verdict;
  }

  // 2. No citation: an article of a law the document names, or one retrieved for the clause's words,
  // that provides the same measure for conduct of the same words, by the same kind of authority.
  // Where a named law has only a closest article, the clause may still restate another law's, retrieved by its
  // words ("违反招标投标法和本条例规定的" names the law; the fine is 招标投标法实施条例第七十条's): only a
  // restatement found so overrides the comparison with the named law.
  const namedComparison: FrameVerdict | null = closest && { kind: 'creates', cited: null, compared: closest.article, comparedHow: 'named' };
  // A blanket clause ("一律") restates no article, but a range beyond the article for its conduct is still
  // the conflict a reviewer quotes.
  // A local regulation the document rests on but the corpus does not hold (《张家口市禁牧条例》): ranges
  // in the document may be its, and cannot be checked.
  // The document a 印发 notice issues ("关于印发《X县……办法》的通知") is the document itself, not a regulation above it.
  if (!namedComparison && own.length && !fixedAmount(own) && ctx.citations.some((c) => !c.law && !c.own && LOCAL_REGULATION.test(c.name) && !issuedHere(ctx.text, c))) {
    return { kind: 'restates', article: null, how: 'unreadable' };
  }
  const sentenceQuantities = extractQuantities(sentence.text);
  const sentenceEntries = new Set(mentionsOf(sentence.text, ctx.vocabulary).filter((x) => x.entry.family === m.family).map((x) => x.entry.entry.id));
  // A lead-in that leaves the conduct to its items is searched with them (conductOf read them).
  // So is a clause whose conduct was read beyond its sentence: the paragraphs before it ("个人有前款规定行为之一的"),
  // or the lead-in of the list whose item it opens ("可以采取下列措施：……（四）查封、扣押相关证据").
  const query = m.family === 'licence' || read.beyond || ITEMS_HOLD_CONDUCT.test(local) ? conduct : inLawTerms(sentence.text.replace(m.text, ' '), ctx.vocabulary);
  let whole: string | undefined;
  const wholeConduct = () => (whole ??= inLawTerms(withoutSanctions(sentence.text, ctx.vocabulary).replace(ACTOR_PHRASE, '').replace(CITATION_PHRASE, ''), ctx.vocabulary));
  // A law's prohibition retrieved for the clause's conduct brings the law's article that sanctions breaking it
  // (石油天然气管道保护法第三十条's ban, 第五十二条's fines): the retrieval finds conduct, the sanction says it only by number.
  const related: (RelatedArticle & { enforces?: string })[] = SANCTION_FAMILIES.has(m.family) ? withEnforcers(ctx.corpus.related(query, 8), ctx) : ctx.corpus.related(query, 8);
  // A range that departs from one retrieved article is a conflict unless an article closer in conduct
  // provides the same measure in the same range: 大气污染防治法第九十九条 restates what 噪声污染防治法第七十五条
  // (a different floor, a different conduct) would call a conflict.
  let conflict: { verdict: FrameVerdict; sim: number } | null = null;
  // The retrieved article closest in conduct that provides the measure, for the reviewer to compare with when
  // the clause restates none.
  let nearest: { article: ResolvedArticle; sim: number } | null = null;
  // An approval the law gives only as a filing (农村土地承包法第三十六条 "并向发包方备案", 村民委员会组织法第二十七条
  // "报……人民政府备案"): the article for the same activity that the clause turns into a licence.
  let filed: { article: ResolvedArticle; how: 'named' | 'retrieved'; sim: number } | null = null;
  // The article the clause restates, the closest in conduct of those it fits.
  let restated: { sim: number; text: string; article: ResolvedArticle; how: 'named' | 'retrieved' } | null = null;
  // An article that bars the measure for the clause's conduct (排污许可管理条例第十条: 技术机构……不得收取费用).
  let barred: { article: ResolvedArticle; how: 'named' | 'retrieved'; sim: number } | null = null;
  for (const r of related) {
    const how: 'named' | 'retrieved' = ctx.namedLaws.some((n) => r.law.includes(n) || n.includes(r.law.replace(/^中华人民共和国/, ''))) ? 'named' : 'retrieved';
    const barSim = barringSimilarity(r.text, m.entry, conduct, ctx.vocabulary);
    if (barSim >= MIN_CONDUCT[how] && (how === 'named' || hasConduct(conduct)) && (!barred || barSim > barred.sim)) {
      const article = ctx.corpus.resolve(r.law, r.article);
      if (article) barred = { article, how, sim: barSim };
    }
    // How close the article's filing paragraph (备案, no approval) is to the clause's conduct; 0 for other measures.
    const filingSim = m.family === 'licence' ? filingSimilarity(r.text, conduct) : 0;
    if (filingSim >= (how === 'named' ? MIN_CONDUCT.named : RETRIEVED_COMPARED) && (!filed || filingSim > filed.sim)) {
      const article = ctx.corpus.resolve(r.law, r.article);
      if (article) filed = { article, how, sim: filingSim };
    }
    // Each paragraph (款) of an article is its own frame: 烟花爆竹安全管理条例第四十二条 fines 焰火晚会 in
    // its first paragraph and 燃放 in a prohibited place in its second, with different ranges.
    const para = bestParagraph(r.text, m.entry, conduct, ctx.vocabulary, addressee, keepsRange, ctx.corpus.findLawAt(r.law, ctx.date ?? undefined));
    if (!para) continue;
    const { f, sim } = para;
    const article = ctx.corpus.resolve(r.law, r.article);
    if (!article) continue;
    const c = { article, how, text: para.text };
    const departs = compareRanges(own, f, c);
    const range = unlessFloorOfAnother(departs, false, sim, conduct, para.text, ctx.vocabulary);
    // An article retrieved for a clause that names no conduct of its own ("违反本办法规定的") is one of many that share those
    // words: none is offered for comparison.
    if (sim >= (how === 'named' ? MIN_CONDUCT.named : RETRIEVED_COMPARED) && (how === 'named' || hasConduct(conduct)) && (!nearest || sim > nearest.sim)) nearest = { article, sim };
    if (range) {
      if (holdsAsConflict(range, sim, conduct, para.text, ctx.vocabulary) && (!conflict || sim > conflict.sim)) conflict = { verdict: range, sim };
      continue;
    }
    // An article brought in as the sanction of a retrieved prohibition is compared with, never taken as restated: its
    // conduct is read through the articles it names, which speak of more than the clause.
    if (departs || r.enforces) continue;
    // Same measure, same range (or none), same conduct, same kind of authority: a restatement. Two
    // bounds that equal the article's ("200—3000元" for 森林防火条例第五十条's 200元以上3000元以下), or
    // the same list of three or more measures, identify the article even where the conduct is only
    // "违反以上规定的".
    if (blanket || !inRange(f)) continue;
    // An article of a law the document neither names nor is about restates the clause only with the clause's own amounts,
    // or where the body the clause names to act is the article's, fixing its discretion within the range: a county office's
    // "处500元以上2000元以下罚款" for 报送虚假资料 is not 证券法第二百一十一条's range narrowed.
    if (how === 'retrieved' && !statesAmounts(own, f) && !organNamedIn(actor, para.text)) continue;
    if (township && !TOWNSHIP_IN_LAW.test(r.text)) continue;
    if (m.family === 'licence' && NO_LAW_APPROVER.test(m.text)) continue;
    // Two equal bounds are common ("二百元以上五百元以下"): in a law the document does not name they identify the article
    // only with closer conduct (废旧金属收购业治安管理办法第十一条's 未履行备案手续 is not a dog's registration, 0.36;
    // 烟花爆竹安全管理条例第四十二条 is "违反前款规定的" under a ban on 燃放, 0.38; 固体废物污染环境防治法第一百零六条's
    // 不可降解塑料袋 is a market's plastic bags, 0.47). The margin is thin: a bar measured on these cases, not a law.
    const bounds = equalBounds(own, f) && (identifiesByValues(sentenceQuantities, f) || (hasConduct(conduct) && sim >= BOUNDS_CONDUCT[how]));
    const licence = m.family === 'licence' && (sim >= MIN_CONDUCT_APPROVAL || (sameLicenceName(m.text, para.text) && sim >= MIN_CONDUCT_NAMED_LICENCE)
      || (how === 'named' && !APPROVER_NAMED.test(m.text) && sim >= MIN_CONDUCT_BARE_APPROVAL)
      // The activity named in the article's own term ("生产性用火" read as 野外用火): the term identifies it
      // where the clauses around it dilute the words.
      || (sharesConductTerm(conduct, para.text, ctx.vocabulary) && sim >= MIN_CONDUCT_NAMED_LICENCE));
    // The same list of measures: three or more, or two closed as a list of kinds ("……等行政处罚") without amounts.
    const listed = sentenceEntries.size >= 3 || (sentenceEntries.size >= 2 && !own.length && KINDS_LIST.test(sentence.text));
    const allProvided = [...sentenceEntries].every((e) => f.entries.has(e));
    // Two measures the article provides together, read with the words of the whole sentence: what one measure
    // takes (没收渔获物和违法所得) identifies the article for the other as well, where the conduct alone
    // ("使用电瓶电打鱼的") is too short to.
    const together = sentenceEntries.size >= 2 && allProvided && sim < MIN_CONDUCT[how] && hasConduct(conduct) && conductSimilarity(wholeConduct(), para.text) >= MIN_CONDUCT[how];
    // A list of common measures (警告、罚款、责令停业整顿) identifies an article of a law the document names; in a
    // law it does not name, the same list is found for unrelated conduct (废旧金属收购业治安管理办法第十一条 for a
    // 文明城市 notice's 商户), so there the sentence's words, what the measures take included (渔获物、渔具), must be
    // related too.
    const listIdentifies = listed && allProvided && (how === 'named' || sim >= MIN_COMPARED || conductSimilarity(wholeConduct(), para.text) >= MIN_COMPARED);
    // An article that approves some things and only files others (建设项目环境保护管理条例第九条: 报告书、报告表 审批,
    // 登记表 备案): a clause closer to its filing paragraph asks approval for what the article only files.
    if (filingSim > sim) continue;
    // An approval retrieved from a law the document neither names nor is about restates the clause only by the activity
    // both approve, not by the steps every approval takes ("报……审核，经审核同意并取得……意见书后方可开业" shares 审核、同意
    // with 殡葬管理条例第八条's 公墓 and 互联网信息服务管理办法第五条's 新闻 services).
    // The activity named in the law's own term ("生产性用火" read as 野外用火) is one both approve.
    if (m.family === 'licence' && how === 'retrieved' && !sharesConductTerm(conduct, para.text, ctx.vocabulary)
      && conductSimilarity(conduct.replace(APPROVAL_STEPS, '　'), para.text) < MIN_CONDUCT_APPROVAL) continue;
    if ((sim >= MIN_CONDUCT[how] || bounds || licence || listIdentifies || together) && (!restated || sim > restated.sim)) {
      restated = { sim, text: para.text, article, how };
    }
  }
  // The closest restated article in conduct, of all retrieved (retrieval ranks by words, not by conduct: 土壤污染防治法
  // 第九十四条 "未按照规定进行土壤污染状况调查的" comes after 第九十二条's 后期管理 for the same words).
  // The laws the document names are searched whole for a filing of the clause's activity: an approval retrieved from a
  // law the document neither names nor is about (淮河流域水污染防治暂行条例第二十一条's 排污口 同意) does not outweigh the
  // filing the law it rests on asks for the same activity (海洋环境保护法第四十七条: 入海排污口 报……备案).
  const namedFiling = () => {
    if (m.family !== 'licence') return null;
    const licensedActivity = LICENCE_TITLE.exec(sentence.text)?.[1] ?? null;
    let best: { article: ResolvedArticle; how: 'named'; sim: number } | null = null;
    for (const { law, article: a } of articlesOfNamedLaws(ctx)) {
      // The approval's own clause may say only what it opens ("取得许可证后方可开展收购活动"); the sentence says who
      // and what ("凡在我县从事粮食收购的企业……须……申领《粮食收购许可证》").
      let sim = Math.max(filingSimilarity(a.text, conduct), filingSimilarity(a.text, wholeConduct()));
      // The licence the sentence names for an activity ("《粮食收购许可证》") where the law asks those who carry on
      // that activity for a filing ("从事粮食收购的企业……备案"): the name says what the words around it may not.
      if (sim < MIN_CONDUCT.named && licensedActivity && filingNames(a.text, licensedActivity)) sim = MIN_CONDUCT.named;
      if (sim < MIN_CONDUCT.named || (best && sim <= best.sim)) continue;
      const article = ctx.corpus.resolve(law.title, a.label);
      if (article) best = { article, how: 'named', sim };
    }
    return best;
  };
  if (restated) {
    if (restated.how === 'retrieved' && !blanket && !township) {
      const byNamed = namedFiling();
      if (byNamed && byNamed.sim >= restated.sim) return { kind: 'creates', cited: null, compared: byNamed.article, comparedHow: 'named', comparedAs: 'filing' };
    }
    if (conflict && conflict.sim > restated.sim && !namedComparison) return conflict.verdict;
    return restatesUnless(m, restated.text, local, { kind: 'restates', article: restated.article, how: restated.how }, ctx.vocabulary, object, own);
  }
  // The laws the document names are searched whole, in the text in force on the document's day: an approval's
  // few words rarely retrieve the article that gives it, or asks only for a filing ("未取得许可证的，不得从事废旧金属
  // 收购活动" finds 第三条, not 第四条 — a 特种行业许可证 in the 1994 text, a 备案 in the 2023 one).
  if (m.family === 'licence' && !blanket && !township && !NO_LAW_APPROVER.test(m.text)) {
    const given = licenceOfNamedLaws(m, conduct, addressee, keepsRange, inRange, ctx);
    if (given) return restatesUnless(m, given.text, local, { kind: 'restates', article: given.article, how: 'named' }, ctx.vocabulary, object, own);
  }
  const byNamed = namedFiling();
  if (byNamed && (!filed || byNamed.sim > filed.sim)) filed = byNamed;
  if (filed && (!nearest || filed.sim > nearest.sim) && (!namedComparison || filed.how === 'named')) {
    return { kind: 'creates', cited: null, compared: filed.article, comparedHow: filed.how, comparedAs: 'filing' };
  }
  if (namedComparison) return namedComparison;
  if (conflict) return conflict.verdict;
  if (barred && (!nearest || barred.sim >= nearest.sim)) {
    return { kind: 'creates', cited: null, compared: barred.article, comparedHow: barred.how, comparedAs: 'barred' };
  }
  const other = otherMeasuresFor(m, conduct, related, ctx);
  if (other && (!nearest || other.sim > nearest.sim)) {
    return { kind: 'creates', cited: null, compared: other.article, comparedHow: other.how, comparedAs: 'other-measures', provides: other.provides };
  }
  if (nearest) return { kind: 'creates', cited: null, compared: nearest.article, comparedHow: 'retrieved' };
  // A sanction whose conduct the laws the document rests on sanction in words retrieval did not rank (女职工劳动保护特别规定
  // 第十三条 "违反本规定第六条第二款、第七条……规定的" for "违反产假、孕期和哺乳期保护规定的"): their articles that provide
  // the measure are read whole, each with the articles it enforces, and the closest in conduct is the one to compare.
  if (SANCTION_FAMILIES.has(m.family) && hasConduct(conduct)) {
    const closestNamed = closestInNamedLaws(m, conduct, addressee, keepsRange, ctx, object);
    if (closestNamed) {
      const c = { article: closestNamed.article, how: 'named' as const, text: closestNamed.text };
      const range = compareRanges(own, closestNamed.f, c);
      if (range && holdsAsConflict(range, closestNamed.sim, conduct, closestNamed.text, ctx.vocabulary)) return range;
      // The article's own conduct, in its one range, by a body it may give the measure to: the clause restates it (排污许可管理
      // 条例第四十三条 "未依照本条例规定填报排污信息的，……可以处5万元以下的罚款"), with the bar of an article found by its words. A
      // paragraph of several ranges for neighbouring conduct (废旧金属收购业治安管理办法第十一条: 生产性 500—2000元, 非生产性 500元
      // 以下) is not told apart by words, and restates nothing here.
      if (!range && !blanket && closestNamed.f.tiers.length <= 1 && inRange(closestNamed.f) && closestNamed.sim >= MIN_CONDUCT.retrieved
        && (!township || TOWNSHIP_IN_LAW.test(closestNamed.text))) {
        return restatesUnless(m, closestNamed.text, local, { kind: 'restates', article: closestNamed.article, how: 'named' }, ctx.vocabulary, object, own);
      }
      return { kind: 'creates', cited: null, compared: closestNamed.article, comparedHow: 'document-law' };
    }
  }
  // A measure the laws the document rests on provide in one article only (安全生产法第七十条's 停止供电, for a
  // unit that defies a decision to stop production): that article is the lawful case, which the reviewer sets
  // against the clause's, however different its conduct.
  const sole = m.family === 'licence' ? null : soleProvider(m.entry, ctx);
  if (sole) return { kind: 'creates', cited: null, compared: sole, comparedHow: 'document' };
  const bar = BARRED_FAMILIES.has(m.family) ? soleBarrer(m.entry, ctx) : null;
  return bar ? { kind: 'creates', cited: null, compared: bar, comparedHow: 'document', comparedAs: 'barred' } : { kind: 'creates', cited: null };
}

/** The paragraph of the document's named laws (in their texts of the document's day) that provides the measure for the
 *  conduct closest to the clause's, at least as close as a named law's article must be to be compared. */
function closestInNamedLaws(m: MeasureMention, conduct: string, addressee: Addressee | null, keepsRange: (f: ArticleFrame) => boolean, ctx: FrameContext,
  object: string): { article: ResolvedArticle; text: string; f: ArticleFrame; sim: number } | null {
  let best: { law: CorpusLaw; label: string; text: string; f: ArticleFrame; sim: number } | null = null;
  for (const { law, article } of namedArticlesNaming(m.entry, ctx)) {
    const para = bestParagraph(article.text, m.entry, withoutMarker(conduct), ctx.vocabulary, addressee, keepsRange, law);
    if (!para || para.sim < MIN_CONDUCT.named || (best && para.sim <= best.sim)) continue;
    if (!takesSameThing(m.entry, object, para.text, ctx.vocabulary)) continue;
    best = { law, label: article.label, ...para };
  }
  const resolved = best && ctx.corpus.resolve(best.law.title, best.label);
  return best && resolved ? { article: resolved, text: best.text, f: best.f, sim: best.sim } : null;
}

/** Whether the paragraph takes, by the measure, what the clause takes: 没收违法所得 (民办教育促进法第六十二条) is not the
 *  没收 of a training school's 教学设备. A clause that names nothing after the measure, or a measure that takes nothing,
 *  is not told apart so. */
function takesSameThing(entry: string, object: string, paragraph: string, vocabulary: CompiledVocabulary): boolean {
  const words = [...bigrams(object)].filter((b) => !PARTICLE.test(b));
  if (entry !== 'confiscation' || !words.length) return true;
  return findMentions(paragraph, vocabulary.entries).filter((x) => x.entry.entry.id === entry)
    .some((x) => words.some((w) => measureObject(paragraph.slice(x.end)).includes(w)));
}

/** The clause's conduct this close to a paragraph's is the paragraph's own conduct (a law it names; retrieved, closer). */
const OTHER_MEASURES_CONDUCT = { named: 0.7, retrieved: 0.9 };

/**
 * The paragraph of an article that sanctions the clause's own conduct with other measures of the same family and not
 * with the clause's (反食品浪费法第二十八条第一款: 未主动进行防止食品浪费提示提醒的，责令改正，给予警告 — no fine; a
 * notice that fines it adds a measure the law withheld). Read among the articles retrieved for the clause and those of
 * the laws the document names. Null when the clause says too little of its conduct to recognise it.
 */
function otherMeasuresFor(m: MeasureMention, conduct: string, related: RetrievedArticle[], ctx: FrameContext): OtherMeasures | null {
  let kept = otherMeasuresMemo.get(ctx.vocabulary);
  if (!kept) otherMeasuresMemo.set(ctx.vocabulary, (kept = keepUpToBy(otherMeasuresKey, findOtherMeasures, 5_000)));
  return kept(m, conduct, related, ctx);
}
type RetrievedArticle = { law: string; article: string; text: string };
type OtherMeasures = { article: ResolvedArticle; how: 'named' | 'retrieved'; sim: number; provides: string[] };
// The same for the same measure, conduct, retrieved articles and texts of the named laws: in every document that
// repeats the clause (the retrieved list is the corpus's kept answer for the same words).
const otherMeasuresKey = (m: MeasureMention, conduct: string, related: RetrievedArticle[], ctx: FrameContext) =>
  `${m.entry}\u0000${m.family}\u0000${objectId(related)}\u0000${lawTextsKey(ctx.namedLaws, ctx.corpus, ctx.date)}\u0000${conduct}`;
const otherMeasuresMemo = new WeakMap<CompiledVocabulary, typeof otherMeasuresFor>();

function findOtherMeasures(m: MeasureMention, conduct: string, related: RetrievedArticle[], ctx: FrameContext): OtherMeasures | null {
  if (!SANCTION_FAMILIES.has(m.family) || !hasConduct(conduct)) return null;
  type Candidate = { law: string; article: string; text: string; how: 'named' | 'retrieved' };
  const candidates = new Map<string, Candidate>();
  for (const { law, article: a } of articlesOfNamedLaws(ctx)) candidates.set(`${law.title}\u0000${a.label}`, { law: law.title, article: a.label, text: a.text, how: 'named' });
  for (const r of related) {
    const key = `${r.law}\u0000${r.article}`;
    if (!candidates.has(key)) candidates.set(key, { ...r, how: 'retrieved' });
  }
  let best: { c: Candidate; sim: number; provides: string[] } | null = null;
  for (const c of candidates.values()) {
    const paragraphs = paragraphsOf(c.text);
    for (let i = 0; i < paragraphs.length; i++) {
      // The conduct first: it rules out nearly every paragraph of the named laws before their measures are read.
      const sim = conductSimilarity(conduct, conductOfParagraph(paragraphs, i));
      if (sim < OTHER_MEASURES_CONDUCT[c.how] || (best && sim <= best.sim)) continue;
      const f = frameOf(paragraphs[i]!, ctx.vocabulary);
      if (!f.entries.size || sameMeasure(m.entry, f)) continue;
      const provides = [...f.entries].filter((e) => ctx.vocabulary.byId.get(e)?.family === m.family);
      if (provides.length) best = { c, sim, provides };
    }
  }
  if (!best) return null;
  // A paragraph of another article that gives the clause's measure for conduct as close is the law's case after all.
  for (const c of candidates.values()) {
    const para = bestParagraph(c.text, m.entry, conduct, ctx.vocabulary);
    if (para && para.sim >= best.sim) return null;
  }
  const article = ctx.corpus.resolve(best.c.law, best.c.article);
  if (!article) return null;
  return { article, how: best.c.how, sim: best.sim, provides: best.provides.map((e) => ctx.vocabulary.byId.get(e)?.entry.name ?? e) };
}

/** The one article of the laws the document names (their text on its day) with a paragraph that provides the
 *  measure; null when none does or several do. */
const soleProvider = (entry: string, ctx: FrameContext) => soleArticle(entry, ctx, false);
/** The one article of those laws that bars the measure (排污许可管理条例第十条: 技术机构……不得向排污单位收取任何费用), for a
 *  clause that imposes it and that no article provides for. */
const soleBarrer = (entry: string, ctx: FrameContext) => soleArticle(entry, ctx, true);
function soleArticle(entry: string, ctx: FrameContext, barring: boolean): ResolvedArticle | null {
  // The same for every measure of one kind in a document, and in every document naming the same laws' same texts.
  let memo = soleMemo.get(ctx.vocabulary);
  if (!memo) soleMemo.set(ctx.vocabulary, (memo = keepUpToBy(soleKey, soleArticleOf, 5_000)));
  return memo(entry, ctx, barring);
}
const soleKey = (entry: string, ctx: FrameContext, barring: boolean) => `${barring ? 'bar' : 'give'}\u0000${entry}\u0000${lawTextsKey(ctx.namedLaws, ctx.corpus, ctx.date)}`;
const soleMemo = new WeakMap<CompiledVocabulary, (entry: string, ctx: FrameContext, barring: boolean) => ResolvedArticle | null>();

function soleArticleOf(entry: string, ctx: FrameContext, barring: boolean): ResolvedArticle | null {
  let found: ResolvedArticle | null = null;
  for (const { law, article: a } of namedArticlesNaming(entry, ctx)) {
    if (!paragraphsOf(a.text).some((p) => mayName(p, entry, ctx.vocabulary) && (barring ? frameOf(p, ctx.vocabulary).barred.has(entry) : sameMeasure(entry, frameOf(p, ctx.vocabulary))))) continue;
    if (found) return null;
    found = ctx.corpus.resolve(law.title, a.label) ?? null;
  }
  return found;
}

/** The text with the sanctions the vocabulary finds in it blanked out. */
function withoutSanctions(text: string, vocabulary: CompiledVocabulary): string {
  // A judgement reads its sentence's mentions twice (the measures it lists, its conduct without them), and the next
  // measure of the same sentence reads them again: they are kept (annotate.ts, mentionsOf).
  const found = mentionsOf(text, vocabulary).filter((x) => SANCTION_FAMILIES.has(x.entry.family));
  if (!found.length) return text;
  let out = '';
  let at = 0;
  for (const x of found.sort((a, b) => a.start - b.start)) {
    if (x.start < at) continue;
    // Blanks of the same length: offsets into the sentence stay those of the document.
    out += text.slice(at, x.start) + '　'.repeat(x.end - x.start);
    at = x.end;
  }
  return out + text.slice(at);
}

/** A sum stated as a multiple or a rate of something ("处租金收入五倍的罚款", "处工程造价百分之十的罚款"). */
const MULTIPLE_OF = /倍|百分之|[%％‰]/;

/** A retrieved article this close in conduct (without a law the clause names) is worth comparing with. */
const RETRIEVED_COMPARED = 0.6;

/**
 * Whether a range that departs from an article found by its words (not cited) is a conflict with it. Above
 * the ceiling: the conduct must be close, or named by the same term of the conduct vocabulary on both sides
 * (露天焚烧秸秆, 野外用火), which identifies the article where the clause's other words differ. Below the
 * floor: only the same term, or nearly the same words, will do — articles on neighbouring conduct in the
 * same setting (森林防火条例第五十一条's 实弹演习 beside 第五十条's 野外用火) have higher floors.
 */
function holdsAsConflict(range: FrameVerdict, sim: number, conduct: string, article: string, vocabulary: CompiledVocabulary): boolean {
  if (range.kind !== 'conflicts') return false;
  const termed = sharesConductTerm(conduct, article, vocabulary);
  return range.bound === 'min' ? termed || sim >= FLOOR_CONDUCT : termed || sim >= CONFLICT_CONDUCT;
}

/** A range below the floor of an article that is not shown to be the clause's own (a law the clause defers
 *  to by what it governs, or an article on other conduct) is no verdict: the article is simply not compared. */
function unlessFloorOfAnother(range: FrameVerdict | null, deferred: boolean, sim: number, conduct: string, article: string, vocabulary: CompiledVocabulary): FrameVerdict | null {
  if (range?.kind !== 'conflicts' || range.bound !== 'min') return range;
  return !deferred && holdsAsConflict(range, sim, conduct, article, vocabulary) ? range : null;
}

/** Conduct similarity above which a range below an article's floor is a conflict without a shared term. */
const FLOOR_CONDUCT = 0.8;

/** Whether the clause (read in the law's terms) and the article name the same conduct by a term of the
 *  conduct vocabulary. */
function sharesConductTerm(conduct: string, article: string, vocabulary: CompiledVocabulary): boolean {
  return vocabulary.conduct.some((e) => conduct.includes(e.entry.name) && article.includes(e.entry.name));
}

/** The words a measure is taken against: what follows it up to the clause's end ("其渔具" → "渔具"). */
function measureObject(after: string): string {
  return (/^[^，,。；;：:\n]{0,16}/.exec(after)?.[0] ?? '').replace(/^(?:其|该|违法|非法|相关|全部|所有)+/, '');
}

/** An article of a text not held for the day, found in the held text by its content (not merely its number). */
function alignedByContent(a: CitedArticle): boolean {
  return a.via?.how === 'declared' || a.via?.how === 'aligned';
}

/** A failure to do in time what an order required: "逾期不改正", "逾期仍不备案", "逾期未补办". */
const OVERDUE = '逾期(?:仍)?(?:不|未)[\\u4e00-\\u9fa5]{1,4}?';
/** Words of a clause that state the aggravating condition itself (or an equivalent the law uses), or defer to the law
 *  ("依照……的规定处罚"; not the conduct's "未依照规定备案"). */
const CONDITION_IN_CLAUSE = new RegExp(`情节(?:较重|严重|特别严重|恶劣|较轻)|屡教不改|拒不改正|${OVERDUE}的|拒不整改|造成严重后果|后果严重|数额较大|数额巨大|酌情|视情节|根据情节|(?<![未不有])(?:依法|依照|按照)`);
/** A condition the law attaches to a heavier measure, stated just before it in the article. */
// "逾期拒不改正的，视情节轻重，处以……" (废旧金属收购业治安管理办法第十一条): the weighing of the case between is no condition of its own.
// "逾期仍不备案的", "逾期不补办的": a failure to do in time what the article's first tier orders is the second tier's condition.
// "情节严重的，对单位可以并处……" (会计法第四十条): whom the tier's measure is for, and its modal, stand between.
const LAW_CONDITION = new RegExp(`(情节(?:较重|严重|特别严重|恶劣)|造成严重后果|后果严重|拒不改正|${OVERDUE})的[，,]?(?:(?:视|根据)情节轻重[，,]?)?(?:对(?:单位|个人|其直接负责的主管人员和其他直接责任人员|直接负责的主管人员和其他直接责任人员)[，,]?)?(?:可以|应当|还可以)?(?:并)?$`);

/**
 * The restatement verdict, unless the article gives the measure only under a condition ("情节严重的，
 * 处五日以上十日以下拘留") that the clause (its words up to the measure, `before`) does not state.
 */
function restatesUnless(m: MeasureMention, article: string, before: string, v: FrameVerdict & { kind: 'restates' }, vocabulary: CompiledVocabulary, object = '', own: Quantity[] = []): FrameVerdict {
  if (!v.article || v.how === 'unreadable' || !SANCTION_FAMILIES.has(m.family) || CONDITION_IN_CLAUSE.test(before)) return v;
  const condition = lawCondition(article, m.entry, vocabulary, object, own, addresseeOf(before.slice(lastSemicolon(before) + 1)));
  if (!condition) return v;
  return { kind: 'drops-condition', article: v.article, how: v.how, condition };
}

/** The condition the article states right before every mention of the measure, or null when the measure
 *  is also provided without one (the light measure of 治安管理处罚法第五十条 needs none). */
function lawCondition(article: string, entry: string, vocabulary: CompiledVocabulary, object = '', own: Quantity[] = [], to: Addressee | null = null): string | null {
  const named = findMentions(article, vocabulary.entries).filter((x) => x.entry.entry.id === entry);
  // The clause's sum or term is the article's only in the tiers that hold it: 无线电管理条例第七十条 fines up to 5万元 with no
  // condition and 5万元以上20万元以下 where the offender 拒不改正; a fine of 20万元 is the second tier's, and its condition.
  const holding = own.length ? named.filter((x) => holdsAll(article.slice(x.start, x.end), own)) : [];
  const all = holding.length ? holding : named;
  // The mentions of the measure against the clause's own object, where the article names it.
  const words = [...bigrams(object)].filter((b) => !PARTICLE.test(b));
  const same = words.length ? all.filter((x) => words.some((w) => measureObject(article.slice(x.end)).includes(w))) : [];
  const objects = same.length ? same : all;
  // The mentions for the clause's addressee, where the article names whom each is for ("对单位可以并处……，对其直接负责的主管
  // 人员……可以处……": a unit's fine is not the person's).
  const addressed = to ? objects.filter((x) => addresseeBefore(article, x.start) === to) : [];
  const mentions = addressed.length ? addressed : objects;
  if (!mentions.length) return null;
  let found: string | null = null;
  for (const x of mentions) {
    let from = x.start;
    while (from > 0 && !/[；;。：:\n]/.test(article[from - 1]!)) from--;
    // A mention read from the conduct's "的，" on ("情节严重的，责令停业整顿1个月至6个月") leaves that 的 to its condition.
    const ownLead = /^的[，,]?/.exec(article.slice(x.start, x.end))?.[0] ?? '';
    const c = LAW_CONDITION.exec((article.slice(from, x.start) + ownLead).replace(/[“”]/g, ''));
    if (!c) return null;
    found = c[1]!;
  }
  return found;
}

/** Whether a mention of the measure in an article states sums or terms of the clause's unit, and every one of the
 *  clause's lies within them ("处5万元以上20万元以下的罚款" holds 20万元; "可以并处5万元以下的罚款" does not). */
function holdsAll(mention: string, own: Quantity[]): boolean {
  const theirs = extractQuantities(mention).filter((q) => q.unit === own[0]!.unit);
  if (!theirs.length) return false;
  const lo = theirs.length > 1 ? Math.min(...theirs.map((q) => q.value)) : 0;
  const hi = Math.max(...theirs.map((q) => q.value));
  // A single sum on the bound two tiers share (20万元: "5万元以上20万元以下", "20万元以上50万元以下") is the lower tier's ceiling.
  if (own.length === 1) return own[0]!.value > lo + 1e-9 && own[0]!.value <= hi + 1e-9;
  return own.every((q) => q.unit !== own[0]!.unit || (q.value >= lo - 1e-9 && q.value <= hi + 1e-9));
}

/** A licence the document requires under the name the law gives it ("林木采伐许可证" for 森林法第五十六条's
 *  采伐许可证) identifies the article with less conduct in common: the name carries the activity. */
const MIN_CONDUCT_NAMED_LICENCE = 0.2;
/** An approval's conduct is read from its own clause and list lead-in only (conductOf), words that are
 *  fewer and closer to the law's than a whole sentence's; the bar is lower accordingly. */
const MIN_CONDUCT_APPROVAL = 0.3;
/** "未经批准，不得……" names no one to approve: it points at an approval that exists. When a law the document
 *  itself rests on gives an approval for closer conduct ("未经批准，不得将林地用于……工程建设" under a notice
 *  made 根据《森林法》: 第三十七条、第三十八条), less conduct in common identifies it; an approval the
 *  document assigns to a body it names ("须经镇人民政府批准") is judged on the stricter bar. */
const MIN_CONDUCT_BARE_APPROVAL = 0.2;
/** The steps of any approval, no activity's: what an approval's words share with every other. */
const APPROVAL_STEPS = /审核|审查|审批|批准|核准|同意|许可|申请|提交|取得|领取|报送|方可|意见书|意见|手续|补办|经|报/g;
const APPROVER_NAMED = /(?:政府|部门|局|委员会|委|办公室|办|所|站|中心|指挥部|村|居委会|社区|街道|管委会|机关|机构|领导小组|队)/;
const LICENCE_NAME = /(?:领取|申领|办理|取得|申请)《?([\u4e00-\u9fa5]{2,14}?(?:许可证|准营证|准许证|准入证))》?$/;

function sameLicenceName(mention: string, article: string): boolean {
  const name = LICENCE_NAME.exec(mention)?.[1];
  if (!name) return false;
  // The shortest tail that still names an activity: two characters before 许可证 (采伐许可证, 捕捞许可证), not a
  // word every trade's licence ends with (《演出场所经营许可证》 is not 医疗废物管理条例第二十二条's 经营许可证).
  for (let k = name.length; k >= 5; k--) {
    const tail = name.slice(-k);
    if (article.includes(tail) && !GENERIC_LICENCE_TAIL.test(tail)) return true;
  }
  return false;
}

/** Licence names that say only that a trade is licensed, not which: 经营许可证, 生产许可证, 营业许可证. */
const GENERIC_LICENCE_TAIL = /^(?:经营|营业|生产|从业|执业|运营|工作|使用)许可证$/;

const LAWLIKE_NAME = /(?:法|条例|规定|办法|细则|决定)$/;
/** A local law that may set penalties: a 条例 of a province, city, prefecture or autonomous county (地方性法规,
 *  单行条例), or a 办法/规定 of a province's or city's government (规章, 行政处罚法第十四条). A county's 办法 is a
 *  normative document like the one judged: ranges in it excuse nothing. */
const LOCAL_REGULATION = /^[\u4e00-\u9fa5]{2,12}(?:(?:省|市|州|县|旗|自治区|盟)[\u4e00-\u9fa5]{2,30}条例|(?:省|市|州|自治区|盟)[\u4e00-\u9fa5]{2,30}(?:办法|规定))$/;

/** "关于印发《X》的通知", "现将《X》印发给你们": the name of the document a notice issues. */
function issuedHere(text: string, c: { start: number; end: number }): boolean {
  return /印发《?$/.test(text.slice(Math.max(0, c.start - 3), c.start + 1)) || /^[^。；]{0,24}?印发/.test(text.slice(c.end, c.end + 30));
}

function hasConduct(conduct: string): boolean {
  return clauseConduct(conduct).enough;
}

function fixedAmount(own: Quantity[]): boolean {
  const s = span(own);
  return !!s && s.min === s.max;
}

/** The kind of body the clause names to act ("县公安局" → 公安, "县地方志办公室" → 地方志) is one the article names. */
function organNamedIn(actor: string | null, article: string): boolean {
  const core = actor?.replace(PLACE_PREFIX, '').replace(ORGAN_KIND_END, '') ?? '';
  return core.length >= 2 && article.includes(core);
}
const PLACE_PREFIX = /^[\u4e00-\u9fa5]{0,6}?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)(?:人民政府)?/;
/** How an organ's name ends (grammar.ts), with the 行政/管理 before a 主管部门 or 部门 that says no kind. */
const ORGAN_KIND_END = new RegExp(`(?:行政|管理)?${ORGAN_END}$`);

/** How close in conduct the article's paragraph that bars the measure is to the clause; 0 where none bars it. */
function barringSimilarity(text: string, entry: string, conduct: string, vocabulary: CompiledVocabulary): number {
  if (!mayName(text, entry, vocabulary)) return 0;
  // A paragraph that bars it may say only who may not ("技术机构……不得向排污单位收取任何费用"); the paragraphs before it say
  // for what (技术评估), as they do for a paragraph that provides a measure (conductOfParagraph).
  const paragraphs = paragraphsOf(text);
  let best = 0;
  paragraphs.forEach((p, i) => {
    if (!mayName(p, entry, vocabulary) || !frameOf(p, vocabulary).barred.has(entry)) return;
    best = Math.max(best, conductSimilarity(conduct, p), conductSimilarity(conduct, conductOfParagraph(paragraphs, i)));
  });
  return best;
}

/** Every amount or term of the clause is one the article states (a clause without any: true). */
function statesAmounts(own: Quantity[], f: ArticleFrame): boolean {
  return own.every((q) => f.quantities.some((t) => t.unit === q.unit && Math.abs(t.value - q.value) < 1e-9));
}

/** The document's range has both ends, and both equal one of the article's ranges. */
function equalBounds(own: Quantity[], f: ArticleFrame): boolean {
  if (own.length < 2) return false;
  const s = span(own)!;
  if (s.min === s.max) return false;
  const vals = new Set(f.quantities.filter((q) => q.unit === own[0]!.unit).map((q) => q.value));
  return vals.has(s.min) && vals.has(s.max);
}

/** Laws a clause names by what they govern. */
const IMPLIED_LAWS: [RegExp, string][] = [
  [/构成违反治安管理|违反治安管理(?:行为)?的|治安管理处罚/, '中华人民共和国治安管理处罚法'],
  // The police imposing 警告、罚款、行政拘留 without amounts name the kinds of 治安管理处罚 (治安管理处罚法第十条).
  [/由公安(?:机关|部门)(?:依法)?(?:酌情)?(?:给予|予以|处以)?(?:警告|罚款|行政拘留)[、，,](?:警告|罚款|行政拘留)/, '中华人民共和国治安管理处罚法'],
];

const lastSemicolon = (s: string) => Math.max(s.lastIndexOf('；'), s.lastIndexOf(';'));

// Whom a sanction clause is addressed to: individuals or units (not pipeline/rules/subject.ts's question, whether a
// sentence binds the public or the administration).
type Addressee = '个人' | '单位';
/** Both at once ("单位和个人", "个人或者单位") name no one in particular. */
const BOTH = /单位(?:和|或者|或|及|、)个人|个人(?:和|或者|或|及|、)单位/g;
const ADDRESSED: Record<Addressee, RegExp> = {
  个人: /(?:^|[，,：:])\s*(?:对|其中)?个人(?!和|或|及|、)/,
  单位: /(?:^|[，,：:])\s*(?:对|其中)?单位(?!和|或|及|、)/,
};

/** Whom an article's measure at `at` is for, as named last before it in its part (up to the "；" before): "对单位可以并处" →
 *  单位, "对其直接负责的主管人员和其他直接责任人员可以处" → 个人; null where its part names neither. */
function addresseeBefore(article: string, at: number): Addressee | null {
  const part = article.slice(Math.max(article.lastIndexOf('；', at - 1), article.lastIndexOf('。', at - 1)) + 1, at);
  const unit = part.lastIndexOf('单位');
  const person = Math.max(part.lastIndexOf('个人'), part.lastIndexOf('主管人员'), part.lastIndexOf('直接责任人员'));
  return unit < 0 && person < 0 ? null : unit > person ? '单位' : '个人';
}

/** The one addressee of a sanction clause: "个人有前款规定行为之一的，" → 个人, "对单位处" → 单位. */
function addresseeOf(clause: string): Addressee | null {
  const t = clause.replace(BOTH, '');
  const person = ADDRESSED.个人.test(t);
  const unit = ADDRESSED.单位.test(t);
  return person === unit ? null : person ? '个人' : '单位';
}

/** The parts (between ；) of an article's paragraph addressed to `to`, where the paragraph gives each addressee
 *  its own range ("个人……处1000元以上1万元以下的罚款；单位……处5万元以上20万元以下的罚款"). */
function forAddressee(text: string, to: Addressee | null): string {
  if (!to) return text;
  const parts = addresseeParts(text);
  const mine = parts.filter(({ t }) => ADDRESSED[to].test(t)).map(({ p }) => p);
  const other = ADDRESSED[to === '个人' ? '单位' : '个人'];
  if (!mine.length || !parts.some(({ t }) => other.test(t)) || !mine.some((p) => extractQuantities(p).length)) return text;
  return mine.join('');
}

/** A paragraph's parts between ；, each with the words naming both addressees at once blanked. */
function addresseeParts(text: string): { p: string; t: string }[] {
  return text.split(/(?<=[；;])/).map((p) => ({ p, t: p.replace(BOTH, '') }));
}

/** The text gives individuals and units parts of their own ("对个人……；对单位……"). */
function addressesEach(text: string): boolean {
  const parts = addresseeParts(text);
  return parts.some(({ t }) => ADDRESSED.个人.test(t)) && parts.some(({ t }) => ADDRESSED.单位.test(t));
}

/** How far back a document's earlier paragraphs are read for a clause's conduct (characters). */
const EARLIER_REACH = 1500;

/**
 * The words that say what the measure applies to. A sanction's conduct is what precedes it ("在禁止燃放的
 * 区域燃放烟花爆竹的，"). An approval's activity is in its own clause ("生产性用火须……批准") or follows
 * it ("未经批准，不得将林地用于……"), and where the clause is a list item, its setting is the list's lead-in
 * ("森林防火区内禁止下列野外用火：") — not the dates and places of the rest of a long sentence.
 */
function conductOf(m: MeasureMention, sentence: { text: string; start: number }, doc: string, vocabulary: CompiledVocabulary,
  brokenProvision?: (start: number, end: number, upperOnly?: boolean) => string | null): { text: string; beyond: boolean } {
  const within = (text: string) => ({ text, beyond: false });
  const beyond = (text: string) => ({ text, beyond: true });
  const from = m.start - sentence.start;
  const to = m.end - sentence.start;
  if (SANCTION_FAMILIES.has(m.family)) {
    // The conduct of this sanction is after the last ；: "……处100元以上500元以下罚款；对于不听劝阻、阻碍
    // 执行公务的，……处5日以上10日以下拘留" — unless that part names none ("拒不改正的，").
    // Another sanction named before this one ("没收违法所得，并处……罚款", "降低资质等级或者吊销资质证书") is no
    // conduct: its words would match every article that imposes it, whatever the conduct.
    const before = withoutSanctions(sentence.text.slice(0, from), vocabulary);
    const cut = lastSemicolon(before);
    const own = cut >= 0 ? before.slice(cut + 1) : before;
    // "个人有前款规定行为之一的，处……" / "违反前款规定的，": the conduct is the document's paragraphs before.
    const earlier = earlierParagraphs(own.trimStart());
    if (earlier) {
      const lineStart = doc.lastIndexOf('\n', sentence.start + cut) + 1;
      const paragraphs = paragraphsOfText(doc.slice(Math.max(0, lineStart - EARLIER_REACH), lineStart));
      // "本条第一款" in a document names a paragraph of its own provision, which the lines do not number: the one
      // before (earlierParagraphs counts it as one back).
      if (paragraphs.length) return beyond(paragraphs.slice(-earlier.back).join('') + own);
    }
    // "违反本通告第二条规定的，由……处……": the conduct is what the document's own provision forbids or requires.
    const provision = brokenProvision?.(sentence.start + cut + 1, sentence.start + from);
    if (provision && hasConduct(provision)) return beyond(provision + own);
    // "违反《民用机场管理条例》第四十九条规定，……的，由……责令改正；情节严重的，处……": a part after ； that names no conduct
    // takes the upper-law article broken before it. (A document's own provision broken before the ； is read with the
    // sentence, as below: the law's sanction article says the same sentence, not that provision's words.)
    if (cut >= 0 && !hasConduct(own.replace(ACTOR_PHRASE, ''))) {
      const upper = brokenProvision?.(sentence.start, sentence.start + from, true);
      if (upper && hasConduct(upper)) return beyond(upper + before);
    }
    // "……应当在首页显著位置公示营业执照信息。未按规定公示的，处……": a sanction for failing the duty the sentences
    // before it in the paragraph set; its few words ("未按规定公示") are that duty's.
    if (DUTY_BEFORE.test(own)) {
      const lineStart = doc.lastIndexOf('\n', sentence.start - 1) + 1;
      const duty = doc.slice(lineStart, sentence.start);
      if (hasConduct(duty)) return beyond(duty + own);
    }
    // "有下列行为之一的，处五日以上十日以下拘留……：" — the conduct is in the numbered items below.
    if (ITEMS_HOLD_CONDUCT.test(before)) {
      const items = listItemsAfter(doc, m.end);
      if (items) return beyond(before + items);
    }
    // A measure that opens its item ("（三）查封、扣押有证据证明来源非法的林木……" under "……有权采取下列措施："):
    // what it is taken against, and the lead-in, say what it is about.
    if (!hasConduct(before.replace(ACTOR_PHRASE, ''))) {
      const lead = listLeadIn(doc, m.start);
      if (lead) return beyond(lead.text + before + sentence.text.slice(to));
    }
    return within(hasConduct(own.replace(ACTOR_PHRASE, '')) && !NONCOMPLIANCE.test(own) ? own : before);
  }
  if (m.family !== 'licence') return within(sentence.text.slice(0, from) + sentence.text.slice(to));
  const clause = clauseAround(sentence.text, from, to);
  let words = sentence.text.slice(clause.start, from) + sentence.text.slice(to, clause.end);
  // "未经批准，" states no activity: the rest of the sentence does.
  if (!/[\u4e00-\u9fa5]{2}/.test(words.replace(/未经|未取得|不得|禁止|严禁|任何单位和个人|的/g, ''))) words += sentence.text.slice(clause.end);
  // Too few words in the clause ("生产性用火须……批准"): the clauses before it in the sentence set the scene.
  // "对历史建筑进行外部修缮装饰……的，所有权人应当……提出申请，经……审批同意后方可施工": the condition that opens the
  // sentence names the activity the approval is for; the clauses between only say who applies where.
  // A condition that names no activity ("拒不改正的，……报经有批准权的人民政府批准") leaves the activity to the clauses before it.
  const conditions = splitClauses(sentence.text.slice(0, clause.start)).filter((c) => c.condition);
  const withCondition = conditions.map((c) => c.text).join('') + words;
  if (conditions.length && hasConduct(withCondition)) words = withCondition;
  else {
    for (let at = clause.start; !hasConduct(words) && at > 0;) {
      const prev = clauseAround(sentence.text, at - 1, at - 1);
      words = sentence.text.slice(prev.start, at) + words;
      at = prev.start;
    }
  }
  const lead = listLeadIn(doc, m.start);
  return lead ? beyond(lead.text + words) : within(words);
}

/** How many distinct numbers of the sentence are among the article's (of the same unit). */
function sharedValues(qs: Quantity[], f: ArticleFrame): string[] {
  const theirs = new Set(f.quantities.map((q) => `${q.unit}:${q.value}`));
  return [...new Set(qs.map((q) => `${q.unit}:${q.value}`).filter((k) => theirs.has(k)))];
}

/** Whether the sentence's numbers identify the article: four shared values, or three of two kinds ("十日以上
 *  十五日以下拘留，可以并处五千元以下罚款" beside 治安管理处罚法第六十六条, whose conduct "卖淫、嫖娼的" is two words). */
function identifiesByValues(qs: Quantity[], f: ArticleFrame): boolean {
  const shared = sharedValues(qs, f);
  return shared.length >= 4 || (shared.length >= 3 && new Set(shared.map((k) => k.split(':')[0])).size >= 2);
}

/** A part after ； that names only a failure to obey what came before ("逾期不拆除的，", "经责令改正拒不改正的，"):
 *  no conduct of its own — the conduct is before the ；. */
const NONCOMPLIANCE = /^[，,\s]*(?:经[^，。；]{0,10}?)?(?:逾期|到期|期满|限期内)?(?:仍)?(?:不|未|拒不)(?:按期|按时|按要求)?(?:自行)?(?:拆除|改正|整改|清理|清除|搬迁|搬离|履行|执行|缴纳|恢复|停止)[\u4e00-\u9fa5]{0,6}的[，,]/;

/** A clause that names its conduct only as failing a duty stated before it: "未按规定公示的", "违反上述规定的",
 *  "不按要求登记的", "未按照本条规定办理的". */
/** "依法予以", "依法", "依照有关规定" right before a measure. */
const LAWFULLY_BEFORE = /(?:依法|依规|依照有关规定|按照有关规定)(?:予以|给予|对其|进行|实施)?$/;
/** … or the mention itself opens with it ("依法予以取缔"). */
const LAWFULLY_OPENS = /^(?:依法|依规)/;
/** A department of a government, the body that enforces a law ("民政部门", "县市场监督管理局", "公安机关"). */
const DEPARTMENT_NAME = /(?:部门|局|机关|大队|支队|委员会)(?:等(?:有关)?部门)?$/;
/** The text of the provisions the words at [start, end) say are broken: the document's own ("违反本通告第二条规定的",
 *  "违反本办法第五条第一款规定的", "违反本通告第一条、第二条规定的") or, also and alone with `upperOnly`, an upper law's ("违反
 *  《民用机场管理条例》第四十九条规定，"); the citation found by the one citation scanner, after 违反 and before 的 or 规定. */
function brokenProvision(ctx: FrameContext, start: number, end: number, upperOnly = false): string | null {
  const c = citationsIn(ctx.citations, start, end).find((x) => x.articles.length >= 1 && x.articles.length <= MAX_BROKEN
    && brokenRule(ctx.text, x)
    && ((x.own && x.form === 'self' && !upperOnly) || (!x.own && x.form !== 'anaphor' && x.articles.every((a) => a.text))));
  if (!c) return null;
  // "违反本通告第一条、第二条规定的": the conduct is what either provision forbids. "违反《民用机场管理条例》第四十九条规定，
  // ……的，处……": what that article forbids, which the law's own sanction article (第七十九条) lists again.
  const texts = c.own ? c.articles.map((a) => ctx.ownProvision?.(a.number) ?? null) : c.articles.map((a) => a.text!.slice(0, UPPER_BROKEN_CHARS));
  return texts.every((t) => t !== null) ? texts.join('') : null;
}
/** The citation names the rule a sanction's conduct breaks ("违反《……》第四十九条规定的", "违反……第二条的"), not the
 *  article that provides the sanction. */
function brokenRule(text: string, c: Citation): boolean {
  return text.slice(Math.max(0, c.start - 2), c.start) === '违反' && BROKEN_AFTER.test(text.slice(c.end, c.end + 4));
}
/** Enough of a cited upper-law article to say what it forbids. */
const UPPER_BROKEN_CHARS = 300;
/** The most provisions of its own a sanction names as broken that are read as its conduct. */
const MAX_BROKEN = 3;
/** "…第二条规定的", "…第二条的", "…第二条者", "…第四十九条规定，". */
const BROKEN_AFTER = /^(?:(?:的)?(?:规定)?(?:的|者)|规定[，,])/;
const DUTY_BEFORE = /^[，,\s]*(?:凡|对)?(?:(?:未|不)按(?:照)?(?:上述|前述|以上|本条|本项|前款)?(?:规定|要求)|违反(?:上述|前述|以上|本条|本项)规定)[\u4e00-\u9fa5]{0,8}的[，,]/;

/** The body named to act: "由县市场监督管理局", "由镇综合执法队". */
// The whole chain of organs: "由公安机关交通管理部门", "由县人民政府林业主管部门".
// A one-character place counts ("由镇政府", "由县局").
const ACTOR_PHRASE = /由(?:[\u4e00-\u9fa5（）()]{1,20}?(?:人民政府|政府|部门|机关|局|所|队|中队|大队|委员会|办公室|办事处|办))+/g;
/** The body an application or a report goes to ("向市工业和信息化局申请审批"): its name is no more the matter than the body
 *  named to act is; it shares words with every article that names the same ministry (工业和信息化). Used where a clause is
 *  set against a named law's articles whole (closest-named-article.ts); the frames' bars were measured with it in the
 *  conduct (without it, a 文物 approval's "提出书面申请……办理建房手续" restated 建筑法第八条 in the embedded corpus). */
const ADDRESSED_BODY = /向(?:[\u4e00-\u9fa5（）()]{1,16}?(?:人民政府|政府|部门|机关|局|委员会|办公室|办事处))/g;
/** The citation a clause gives in brackets right after its measure ("处5000元以上2万元以下的罚款（条例第三十八条）；"): the
 *  article it restates, as a citation before the measure would be. */
function trailingCitations(m: MeasureMention, sentence: { text: string; start: number }, ctx: FrameContext): Citation[] {
  const after = ctx.text.slice(m.end, Math.min(sentence.start + sentence.text.length, m.end + TRAILING_REACH));
  const gap = TRAILING_GAP.exec(after);
  if (!gap) return [];
  const at = m.end + gap[0].length;
  return ctx.citations.filter((c) => !c.own && c.start === at);
}
const TRAILING_REACH = 40;
/** The measure's last words, then the bracket that opens the citation ("的罚款（依据《……》第十条"). */
const TRAILING_GAP = /^[^，。；,;（()）\n]{0,8}[（(][ \u3000]*(?:依据|根据|依照|按照|参照|见)?[ \u3000]*/;

/** The clause's words without the bodies it names to act or to be addressed. */
export function withoutBodies(text: string): string {
  return text.replace(ACTOR_PHRASE, '').replace(ADDRESSED_BODY, '');
}
/** An approval given to a body no law gives one to: a coordination body (领导小组、联席会议、专班; not a 防火指挥部,
 *  to which counties commonly give the approvals of 森林防火条例第二十五条) or an office inside a department (投资股、
 *  审批科). A law's approval for the same activity is another body's. */
/** An approval applied for to a township, a street office or a village committee, the approval itself naming no body
 *  ("应当提前十五日向镇人民政府申请，经批准后方可举办"): the body applied to is the one that approves. */
function appliedToTownship(upToMeasure: string, measure: string): boolean {
  return APPLIED_TO_TOWNSHIP.test(upToMeasure) && !APPROVER_NAMED.test(measure);
}
// … or sent up to it for its examination ("须报镇应急管理办公室审核，经审核同意并取得……后方可开业").
const APPLIED_TO_TOWNSHIP = new RegExp(`(?:向|到)(?:${TOWNSHIP_APPROVER.source})(?:提出|递交|提交)?(?:书面)?(?:申请|申报|报批)|报(?:${TOWNSHIP_APPROVER.source})(?:审核|审批|审查|批准|核准|同意)`);

// No law gives an approval to a coordination body (meta-issuers' list) or to a unit inside a department (股, 科).
// Except a 指挥部: the county's 森林防火指挥部 is how many counties carry out the approval 森林防火条例第二十五条 gives
// the county government ("生产性用火须防火指挥部批准" restates it).
const NO_LAW_APPROVER = new RegExp(`(?:${COORDINATION_NAMES.split('|').filter((n) => !n.startsWith('指挥部')).join('|')})|[\\u4e00-\\u9fa5]{1,8}?(?:股|科)(?:审批|批准|核准|审核|审查|同意)`);
const KINDS_LIST = /等(?:行政)?处罚/;
export const CITATION_PHRASE = /(?:依据|依照|根据|按照)?《[^》]{1,60}》(?:第[^，。；,;]{1,20}?条)?(?:的)?(?:有关)?(?:规定)?/g;
// "不论机型大小、飞行高度，均应当……": whatever the law distinguishes, the clause does not.
// Not where the proceeds go ("罚款一律上交国库"): that says nothing of whom the measure is applied to.
const BLANKET = /一律(?!上交|上缴|缴入|缴库|存入|纳入|解缴)|一经发现|一经查实|统统|全部予以|均予以|(?:不论|无论|不分)[\u4e00-\u9fa5、]{1,16}[，,]?(?:均|都|一律)/;

/** A single amount or period the document fixes where the law gives a range (违者罚款3000元 under
 *  “200元以上3000元以下”) decides the case for the enforcer: the document sets that amount. A range, or no
 *  number at all, stays within what the law provides. */
function sameRange(own: Quantity[], f: ArticleFrame, fixedOk = false, ownMultiple = false): boolean {
  // A sum stated as a multiple or rate of something is another measure than an article's range in yuan
  // (治安管理处罚法第五十七条's 二百元以上五百元以下 is no "租金收入五倍"): only an article that states its sum so too.
  if (ownMultiple && !f.multiple) return false;
  if (!own.length) return true;
  const mine = span(own)!;
  const theirs = span(f.quantities.filter((q) => q.unit === own[0]!.unit));
  // The article fines without amounts ("并可处以罚款"): amounts in the document are its own (a local
  // regulation that sets them, named but not held, is judged before: the "unreadable" verdict).
  if (!theirs) return false;
  // The same fixed quantity the article states ("暂扣六个月机动车驾驶证" beside the same article's "十日以下拘留").
  if (mine.min === mine.max && f.fixed.some((q) => q.unit === own[0]!.unit && Math.abs(q.value - mine.min) < 1e-9)) return true;
  // The enforcing department itself may fix amounts within the range: that is its 裁量基准
  // (行政处罚法第三十四条). (`fixedOk` is also set where the clause's one quantity is itself a bound.)
  // A ceiling alone ("处五万元以下的罚款") is a range too: a fixed amount under it is set by the document.
  const articleRange = theirs.min !== theirs.max || !f.fixed.some((q) => q.unit === own[0]!.unit);
  if (mine.min === mine.max && articleRange && !fixedOk) return false;
  return true;
}

/** "有前两款行为的，由公安机关交通管理部门扣留机动车" (道路交通安全法第九十二条第三款): a paragraph whose conduct is
 *  that of the paragraphs before it. Who has it may come first ("个人有前款规定行为之一的", "单位违反前款规定的"), and
 *  it may name items of that paragraph ("个人有前款第一项、第五项、第七项行为之一", 固体废物污染环境防治法第一百一十一条). */
const EARLIER_CONDUCT = /^(?:[^，。；：]{0,12}?(?:有|对|违反|按照?))?(前款|前两款|前三款|前项|前条|本条第([一二三四五六七八九十]+)款(?:(?:、|或者|和)第([一二三四五六七八九十]+)款)?)(?:第[一二三四五六七八九十]+项(?:(?:、|或者|和|至)第[一二三四五六七八九十]+项)*)?(?:(?:规定的?|所列)?(?:行为|情形|违法行为)|规定)/;

/** How many paragraphs before it a clause that opens with EARLIER_CONDUCT speaks of, or null. */
function earlierParagraphs(clause: string): { back: number; first?: number; last?: number } | null {
  const m = EARLIER_CONDUCT.exec(clause);
  if (!m) return null;
  if (m[2]) {
    const first = parseChineseNumber(m[2]) ?? undefined;
    return { back: 1, first, last: m[3] ? (parseChineseNumber(m[3]) ?? first) : first };
  }
  return { back: m[1] === '前两款' ? 2 : m[1] === '前三款' ? 3 : 1 };
}

/** The conduct a paragraph speaks of: its own words, with those of the earlier paragraphs it refers to. */
function conductOfParagraph(paragraphs: string[], i: number): string {
  const p = paragraphs[i]!;
  const e = earlierParagraphs(p);
  if (!e) return p;
  let from = e.first ? e.first - 1 : i - e.back;
  let to = e.first ? (e.last ?? e.first) - 1 : i - 1;
  from = Math.max(0, from);
  to = Math.min(i - 1, to);
  return from <= to ? [...paragraphs.slice(from, to + 1), p].join('') : p;
}

// The paragraphs of the corpus's articles, split once: a clause is compared with every article of the laws it names.
const paragraphsOf = keepUpTo(paragraphsOfText, 20_000);
/** How much closer in conduct a paragraph outside the clause's range must be to be preferred to one within it. */
const TIE_MARGIN = 0.1;

/** The paragraph of an article that provides the measure, best matching the conduct (only its part addressed to
 *  `addressee`); among paragraphs equally close in conduct (the same persons named in two, "对法定代表人……处"),
 *  the one whose range the clause keeps (`fits`). */
function bestParagraph(text: string, entry: string, conduct: string, vocabulary: CompiledVocabulary, addressee: Addressee | null = null, fits: (f: ArticleFrame) => boolean = () => true, law?: CorpusLaw): { text: string; f: ArticleFrame; sim: number } | null {
  let best: { text: string; f: ArticleFrame; sim: number; conduct: string } | null = null;
  const paragraphs = paragraphsOf(text);
  paragraphs.forEach((p, i) => {
    const own = forAddressee(p, addressee);
    if (!mayName(own, entry, vocabulary)) return;
    const f = frameOf(own, vocabulary);
    if (!sameMeasure(entry, f)) return;
    const theirs = conductOfParagraph(paragraphs, i);
    const sim = conductSimilarity(conduct, theirs + (law ? referredArticles(law, p) : ''));
    if (!best) { best = { text: own, f, sim, conduct: theirs }; return; }
    // Nearly as close and in the clause's range: a paragraph that sanctions a second party "对违反前款规定的……未采取
    // 必要措施的" takes the conduct of the paragraph it refers to, and with it nearly the same similarity (电子商务法
    // 第七十六条: the operator's 一万元以下, the platform's 二万元以上十万元以下). Not a paragraph for a narrower case of
    // the closer one's conduct, which the clause does not name (道路交通安全法第九十一条: 饮酒后驾驶 营运 机动车's 五千元
    // is not the fine for 饮酒后驾驶机动车).
    const fitsNow = fits(f), fitsBest = fits(best.f);
    const wins = fitsNow !== fitsBest
      ? (fitsNow ? sim >= best.sim - TIE_MARGIN && !(sim <= best.sim && narrowerCase(theirs, best.conduct, conduct))
        : sim > best.sim + TIE_MARGIN || (sim > best.sim && narrowerCase(best.conduct, theirs, conduct)))
      : sim > best.sim + 1e-9;
    if (wins) best = { text: own, f, sim, conduct: theirs };
  });
  return best;
}

/** A paragraph's conduct is a narrower case of another's for this clause: it holds the other's words and words of its
 *  own ("饮酒后驾驶营运机动车" against "饮酒后驾驶机动车") that the clause does not say. */
function narrowerCase(narrow: string, wide: string, clause: string): boolean {
  const n = bigrams(firstClause(narrow)), w = bigrams(firstClause(wide)), c = bigrams(clause);
  const theClauses = [...c].filter((b) => w.has(b));
  const shared = theClauses.filter((b) => n.has(b));
  if (shared.length < NARROWER_SHARED || shared.length < NARROWER_SHARE * theClauses.length) return false;
  // The qualifier: a word or two of the narrow paragraph's own (营运 breaks 驶机 into 驶营、营运、运机), not a conduct of its own.
  const own = [...n].filter((b) => !w.has(b) && !c.has(b)).length;
  return own > 0 && own <= NARROWER_OWN;
}
/** A paragraph's conduct up to its first sanction's clause: "饮酒后驾驶营运机动车的". */
const firstClause = (conduct: string) => conduct.split(/[，,；;。]/)[0] ?? conduct;
/** Words the two paragraphs and the clause must share (at least three, and most of what the clause shares with the wider
 *  one), and at most how many of its own the narrower case may add. */
const NARROWER_SHARED = 3;
const NARROWER_SHARE = 0.7;
const NARROWER_OWN = 4;

/** A sanction of a law that names its conduct by the articles it enforces ("违反本法第二十九条、第三十条……的规定，实施危害
 *  管道安全行为的", 石油天然气管道保护法第五十二条): the words of those articles, which are its conduct. Empty when it names none. */
function referredArticles(law: CorpusLaw, paragraph: string): string {
  if (!paragraph.includes('违反本')) return '';
  let byParagraph = referredMemo.get(law);
  if (!byParagraph) referredMemo.set(law, (byParagraph = new Map()));
  let words = byParagraph.get(paragraph);
  if (words === undefined) {
    const labels = enforcedLabels(paragraph, true);
    byParagraph.set(paragraph, (words = labels.map((l) => law.articles.find((a) => a.label === l)?.text ?? '').join('').slice(0, REFERRED_CHARS)));
  }
  return words;
}
const referredMemo = new WeakMap<CorpusLaw, Map<string, string>>();
/** The retrieved articles, each followed by the articles of its law that sanction breaking it (not retrieved already). */
function withEnforcers(related: RelatedArticle[], ctx: FrameContext): (RelatedArticle & { enforces?: string })[] {
  const out: (RelatedArticle & { enforces?: string })[] = [];
  const seen = new Set(related.map((r) => `${r.law}\u0000${r.article}`));
  for (const r of related) {
    out.push(r);
    const law = ctx.corpus.findLawAt(r.law, ctx.date ?? undefined);
    if (!law) continue;
    for (const a of enforcersOf(law).get(r.article) ?? []) {
      const key = `${r.law}\u0000${a.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ law: r.law, article: a.label, text: a.text, score: r.score, enforces: r.article });
    }
  }
  return out;
}
/** For each article of a law, the articles that sanction breaking it ("违反本法第三十条……规定的，……处……罚款"). */
function enforcersOf(law: CorpusLaw): Map<string, CorpusLaw['articles']> {
  let map = enforcerMemo.get(law);
  if (map) return map;
  map = new Map();
  for (const a of law.articles) {
    if (!a.text.includes('违反本')) continue;
    for (const label of enforcedLabels(a.text, false)) {
      if (label === a.label) continue;
      const list = map.get(label) ?? [];
      if (!list.includes(a)) list.push(a);
      map.set(label, list);
    }
  }
  enforcerMemo.set(law, map);
  return map;
}
const enforcerMemo = new WeakMap<CorpusLaw, Map<string, CorpusLaw['articles']>>();

/** The articles a law's text says are broken ("违反本法第三十条、第三十二条或者第三十三条第一款的规定"), read by the one
 *  article-reference parser: the first such lead only (a paragraph's own conduct), or every one in the text. */
function enforcedLabels(text: string, firstOnly: boolean): string[] {
  const out: string[] = [];
  for (const lead of text.matchAll(BREAKS_THIS_LAW)) {
    const { refs, end } = parseArticleRefs(text, lead.index! + lead[0].length);
    if (!refs.length || !ENDS_AS_RULES.test(text.slice(end, end + 3))) continue;
    out.push(...refs.map((r) => r.label));
    if (firstOnly) break;
  }
  return out;
}
const BREAKS_THIS_LAW = /违反本(?:法|条例|办法|规定|细则)(?=第)/g;
/** … up to "(的)规定": the articles broken, not the articles a measure is taken under. */
const ENDS_AS_RULES = /^(?:的)?规定/;
/** Enough of the articles enforced to say what they require: their first words. */
const REFERRED_CHARS = 600;

/** The item of a cited article that is the clause's, where the article gives the measure in items for different
 *  conduct with different ranges (道路运输条例第六十三条 (2023): 普通货物 3000元–1万元, 情节严重 5万元; 客运 and 危险货物
 *  up to 10万元): the item whose conduct is clearly the closest, with the article's lead. The whole article's range
 *  would let the clause take another item's ceiling. Null when no item stands out. */
function itemOf(text: string, entry: string, conduct: string, own: Quantity[], vocabulary: CompiledVocabulary): string | null {
  if (!own.length) return null;
  // Items are lines of their paragraph (paragraphsOfText keeps a paragraph's items with it).
  const paragraphs = text.split('\n').filter((l) => l.trim());
  if (paragraphs.length < 3) return null;
  const unit = own[0]!.unit;
  const items: number[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0 && ITEM_MARK.test(p) && mayName(p, entry, vocabulary) && extractQuantities(p).some((q) => q.unit === unit)) items.push(i);
  });
  if (items.length < 2) return null;
  // What tells the items apart is the words only some of them have (普通货物 / 客运 / 危险货物): the clause is the
  // item it shares the most of those with, and shares none of the others'.
  const words = items.map((i) => bigrams(paragraphs[i]!));
  const common = [...words[0]!].filter((w) => words.every((x) => x.has(w)));
  const mine = clauseConduct(conduct).words.filter((w) => !common.includes(w));
  const counts = words.map((x) => mine.filter((w) => x.has(w)).length);
  const top = Math.max(...counts);
  if (top < MIN_ITEM_WORDS || counts.filter((c) => c === top).length > 1) return null;
  return paragraphs[0] + '\n' + paragraphs[items[counts.indexOf(top)]!];
}
/** An item of the article's list ("（一）未取得道路运输经营许可……"): paragraphs that set the ranges for items listed
 *  before them (固体废物污染环境防治法第一百一十一条第二款, "单位有前款第一项……") are not items of their own. */
const ITEM_MARK = /^\s*[（(][一二三四五六七八九十]+[）)]/;
/** Words of its own an item must share with the clause to be recognised as the clause's ("普通货物" is three). */
const MIN_ITEM_WORDS = 2;

/** The paragraph of a law the document names (its text on the document's day) that gives the clause's approval for
 *  conduct this close, in the clause's range. */
function licenceOfNamedLaws(m: MeasureMention, conduct: string, addressee: Addressee | null, keepsRange: (f: ArticleFrame) => boolean,
  inRange: (f: ArticleFrame) => boolean, ctx: FrameContext): { article: ResolvedArticle; text: string } | null {
  let best: { article: ResolvedArticle; text: string; sim: number } | null = null;
  for (const { law, article: a } of namedArticlesNaming(m.entry, ctx)) {
    const para = bestParagraph(a.text, m.entry, conduct, ctx.vocabulary, addressee, keepsRange);
    if (!para || para.sim < MIN_CONDUCT_NAMED_APPROVAL || !inRange(para.f) || (best && para.sim <= best.sim)) continue;
    const article = ctx.corpus.resolve(law.title, a.label);
    if (article) best = { article, text: para.text, sim: para.sim };
  }
  return best;
}

/** Every article of the laws the document names, in the text in force on the document's day. */
function articlesOfNamedLaws(ctx: FrameContext): ReturnType<typeof articlesOfLaws> {
  return articlesOfLaws(ctx.namedLaws, ctx.corpus, ctx.date);
}
/** An approval a law the document rests on gives for conduct this close is the law's (the clause's words are few:
 *  its own clause and the condition that opens the sentence). */
const MIN_CONDUCT_NAMED_APPROVAL = 0.5;

/** How close the activity of the article's paragraph that asks only for a filing (备案, and no approval) is to
 *  the clause's conduct; 0 when no paragraph does. */
function filingSimilarity(text: string, conduct: string): number {
  // The licence the clause names ("领取销售许可证") is what the law asked only a filing for: not a thing the article must
  // name too (conductSimilarity caps a clause whose named licence the article lacks).
  conduct = conduct.replace(LICENCE_PAPER, '');
  const paragraphs = paragraphsOf(text);
  let best = 0;
  paragraphs.forEach((p, i) => {
    if (!FILING.test(p) || APPROVAL_WORD.test(p) || SANCTION_WORD.test(p)) return;
    best = Math.max(best, conductSimilarity(conduct, conductOfParagraph(paragraphs, i)));
  });
  return best;
}
// A registration made with a body that decides nothing (出境入境管理法第三十九条: "向居住地的公安机关办理登记") is a filing
// by another name; one that is applied for and decided ("申请登记", "准予登记") is not (APPROVAL_WORD keeps it out), nor
// is a record the regulated keep themselves ("如实进行登记", 废旧金属收购业治安管理办法第七条).
const LICENCE_PAPER = /许可证|执照|准营证|准许证/g;
const FILING = /备案|向[^，。；]{2,30}?(?:办理|申报)登记/;
/** A licence named in 《》 by its activity: "《粮食收购许可证》" → 粮食收购. */
const LICENCE_TITLE = /《([\u4e00-\u9fa5]{4,12}?)(?:经营)?(?:许可证|准营证|准许证|准入证|登记证|资格证)》/;
/** Whether a paragraph of the article that asks only for a filing names the activity ("从事粮食收购的企业……备案"). */
function filingNames(text: string, activity: string): boolean {
  return paragraphsOf(text).some((p) => FILING.test(p) && !APPROVAL_WORD.test(p) && !SANCTION_WORD.test(p) && p.includes(activity));
}
/** A paragraph that sanctions a failure to file ("违反本办法第四条第一款规定，未履行备案手续……的，予以警告") is not the
 *  filing itself. */
const SANCTION_WORD = /违反本|罚款|警告/;
// An approval the thing has had ("应当取得型号核准的无线电发射设备", 无线电管理条例第四十八条) qualifies the thing; the activity is
// still only filed.
const APPROVAL_WORD = /(?:批准|审批|许可|核准|同意|确认|申请)(?!的|代码)/;

/** Where the clause's range goes beyond the article's: above its ceiling, or below the floor it states. */
function departure(own: Quantity[], f: ArticleFrame): { limit: Quantity; value: Quantity; bound: 'max' | 'min' } | null {
  if (!own.length) return null;
  const unit = own[0]!.unit;
  const theirs = f.quantities.filter((q) => q.unit === unit);
  const mine = span(own);
  const limit = span(theirs);
  if (!mine || !limit) return null;
  if (mine.max > limit.max + 1e-9) {
    const value = own.reduce((a, b) => (b.value > a.value ? b : a));
    const top = theirs.reduce((a, b) => (b.value > a.value ? b : a));
    return { limit: top, value, bound: 'max' };
  }
  // Below the floor the article states for every case it covers (the lowest of its floors: 森林防火条例
  // 第五十条's 200元 for individuals, not 1万元 for units): a document cannot lower a statutory minimum.
  // An article with a tier that has no floor (治安管理处罚法第六十六条: "情节较轻的，处五日以下拘留") has none at all.
  const floors = f.bareCeilings.some((q) => q.unit === unit) ? [] : f.floors.filter((q) => q.unit === unit);
  if (floors.length) {
    const bottom = floors.reduce((a, b) => (b.value < a.value ? b : a));
    if (mine.min < bottom.value - 1e-9) {
      const value = own.reduce((a, b) => (b.value < a.value ? b : a));
      return { limit: bottom, value, bound: 'min' };
    }
  }
  // Between two of the article's tiers ("并处五百元罚款" where the law gives 200元以下, and 2000元以上 only 情节严重的):
  // above the ceiling of the tier below it, which is the one a clause without the law's graver conditions takes.
  const tiers = f.tiers.filter((t) => t.unit === unit);
  if (tiers.length >= 2 && !f.byAddressee && !tiers.some((t) => mine.min >= t.min - 1e-9 && mine.max <= t.max + 1e-9)) {
    const below = tiers.filter((t) => t.max < mine.min - 1e-9);
    const above = tiers.filter((t) => t.min > mine.max + 1e-9);
    if (below.length && above.length) {
      const tier = below.reduce((a, b) => (b.max > a.max ? b : a));
      const value = own.reduce((a, b) => (b.value > a.value ? b : a));
      return { limit: tier.ceiling, value, bound: 'max' };
    }
    // Across the bound of two tiers ("处五万元以上三十万元以下" where the law gives 二万元以上二十万元以下, and 二十万元以上
    // 一百万元以下 only 拒不改正的): neither tier's range, whichever case the clause means — above the ceiling of the tier it
    // starts in, which is the one a clause without the graver tier's condition takes.
    const from = tiers.find((t) => mine.min >= t.min - 1e-9 && mine.min < t.max - 1e-9 && mine.max > t.max + 1e-9
      && tiers.some((u) => u !== t && u.min >= t.max - 1e-9 && u.min < mine.max - 1e-9));
    if (from) {
      const value = own.reduce((a, b) => (b.value > a.value ? b : a));
      return { limit: from.ceiling, value, bound: 'max' };
    }
  }
  return null;
}

const exceeds = (own: Quantity[], f: ArticleFrame) => departure(own, f) !== null;

/** A conflict verdict when the clause's range goes beyond the article's; null when within (or no numbers). */
function compareRanges(own: Quantity[], f: ArticleFrame, c: { article: ResolvedArticle; how: 'cited' | 'named' | 'retrieved' }): FrameVerdict | null {
  const d = departure(own, f);
  return d && { kind: 'conflicts', article: c.article, how: c.how, ...d };
}
