// The analysis stage: once per document, every provision is split into sentences and clauses, and
// each is annotated with what the rules and guards ask about — the measures it names (typed by the
// legal vocabulary, with their quantities), who it binds, whether it only refers to other law,
// whether a measure is negated. Rules read these annotations instead of re-scanning the text.
import type { Provision } from '../model/types.ts';
import { extractQuantities, type Quantity } from '../rules/quantities.ts';
import { AhoCorasick } from '../text/aho-corasick.ts';
import { classifySubject, type Subject } from '../rules/subject.ts';
import { sentenceAround, splitClauses, splitSentences, type Clause } from './units.ts';
import { SANCTION_FAMILIES, type CompiledEntry, type CompiledVocabulary } from './vocabulary.ts';
import { isBareMarker } from '../structure/markers.ts';
import { actingOrgan } from './actor.ts';
import { keepUpTo } from '../text/memo.ts';

export interface MeasureMention {
  /** Vocabulary entry id (fine, detention, seize …), its list and family. */
  entry: string;
  list: string;
  family: string;
  /** Document offsets of the words that name the measure. */
  start: number;
  end: number;
  text: string;
  /** Quantities inside the mention ("处五日以上十日以下拘留" → 5 and 10 days). */
  quantities: Quantity[];
  /** Index into DocumentAnalysis.sentences. */
  sentence: number;
  /** Index of the clause inside its sentence. */
  clause: number;
}

export interface AnnotatedClause extends Clause {
  /** Document offsets. */
  docStart: number;
  docEnd: number;
}

export interface AnnotatedSentence {
  /** Index into the provisions the analysis was given (-1: text outside any provision). */
  provision: number;
  start: number; // document offsets
  end: number;
  text: string;
  clauses: AnnotatedClause[];
  /** Who the sentence binds: the administration itself, the public, or unknown. */
  subject: Subject;
  /** The body named as the one that acts: "由县市场监督管理局处……" → 县市场监督管理局. */
  actor: string | null;
  quantities: Quantity[];
  measures: MeasureMention[];
}

export interface DocumentAnalysis {
  sentences: AnnotatedSentence[];
  measures: MeasureMention[];
  /** Sentences of each provision, by provision index. */
  ofProvision(index: number): AnnotatedSentence[];
  /** The sentence holding a document offset, if any. */
  sentenceAt(offset: number): AnnotatedSentence | undefined;
}

// A measure named as what was done to a thing ("所有没收的冥纸由民政部门销毁", "对扣押的车辆……") is the
// thing, not a measure imposed; "给予警告的处罚", "采取扣押的措施", "处以罚款的数额为……" still impose one,
// and "扣除保证金的百分之二十" still deducts.
// Only sanctions are read so: "本地注册的企业" and "财政贡献额的80%" name the criterion or the base itself.
const ATTRIBUTIVE = /^的(?!处罚|行政处罚|处理|惩罚|措施|强制措施|方式|决定|惩戒|标准|数额|金额|幅度|比例|上限|下限|期限|[，,。；;：:、\s]|[0-9０-９一二三四五六七八九十两半%％]|百分之|$)/;

// … and one that says who a sentence is about ("对决定给予行政拘留处罚的人，……应当折抵", "被处以罚款的当事人"):
// the person, not a sanction the sentence imposes.
const PERSON_QUALIFIED = /^(?:处罚|行政处罚)?的(?:人|当事人|被处罚人|违法行为人|行为人|单位|个人)(?![\u4e00-\u9fa5]{0,1}(?:处|罚|予以|给予))/;

// … and one that is the topic of a procedure the sentence lays down ("公安机关依法实施罚款处罚，应当依照有关法律、
// 行政法规的规定，实行罚款决定与罚款收缴分离"): how a sanction is carried out, not a sanction imposed.
// So is a sanction whose period is counted ("暂扣机动车驾驶证的期限从处罚决定生效之日起计算") or whose
// decision is assigned to a body ("对违反本法规定予以拘留的行政处罚，由县、市公安局……裁决").
// A limit set on the measure ("查封、扣押的期限不得超过三十日", 行政强制法第二十五条) restricts it; the period itself is the
// period rules' to compare (conflict/seizure-period).
const PROCEDURE_TOPIC = /^(?:处罚|的?行政处罚|决定)?[，,]\s*(?:应当|必须|须)(?:依照|按照|遵守|实行|严格|依法)|^的期限(?:从|自)[^，。；]{2,30}?(?:计算|起算)|^(?:、[\u4e00-\u9fa5]{2,4})*的期限(?:一般|最长)?不得超过|^的?(?:行政)?处罚[，,]\s*由[^，。；]{2,40}?(?:裁决|管辖)|^(?:之)?后[，,]?(?:重新|再次)申请/;

// A measure the administration should have taken and did not ("依法应当作出责令停业、关闭的决定而未作出的",
// "应当予以查封而不查封的"): the conduct of officials a sentence holds to account, not a measure it imposes.
const OMITTED_BEFORE = /(?:应当|应|须)[^，。；：\n]*$/;
const OMITTED_AFTER = /^[^，。；：\n]*?而(?:未|不|没有|拒不)[^，。；：\n]*的(?:[，,。；;：:]|$)/;

// … and a kind of sanction whose decision a clause of its own assigns ("予以关闭的行政处罚，由负有安全生产监督管理
// 职责的部门报请县级以上人民政府……决定"); "对违规者予以关闭的行政处罚，由……决定" still ties it to conduct.
const DECIDER_TOPIC = /^的行政处罚[，,]\s*由[^，。；]{2,60}?决定/;
const CLAUSE_OPENING = /(?:^|[，。；：、\n])\s*(?:予以|给予|处以|作出)?$/;

// … or one that opens its sentence as the topic of who decides it in weighty cases ("责令停产停业，对经济和社会生活
// 影响较大的，由……报请本级人民政府依法决定"); "违规经营的，责令停产停业，由……决定" imposes it on conduct.
/** Does a sentence open at `start` (after its numbering label, if any)? Looked for within a label's length. */
function opensSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - 12);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('\n'));
  if (cut < 0 && from > 0) return false;
  return isBareMarker(before.slice(cut + 1));
}
const DECIDED_WHEN = /^[，,][^。；]{0,40}?的[，,]\s*由[^。；]{2,60}?决定/;

// A sanction already suffered, as a condition or a record ("被责令停产停业的，应当在整改后……报告", "因违法经营
// 受到……吊销许可证或者执照、较大数额罚款等行政处罚"); "将被处以罚款" still imposes one.
const SUFFERED_BEFORE = /(?:(?:受到|受过|曾被|已被)[^，。；：\n将会]{0,20}|被(?:依法)?)$/;
const SUFFERED_AFTER = /^[^，。；：\n]{0,40}?(?:的[，,]|等(?:行政)?处罚)/;

// Money gathered in, not goods taken: "每户捐款五十元，由各村统一收缴", "保洁费由村委会统一收缴后上交". A bare
// 收缴 (no object after it) whose nearest object before it in the sentence is a sum or a payment collects that
// payment (whether the payment is lawful is the fee rules' question); one whose nearest object is a thing, or
// unlawful gains, still confiscates ("对违规销售的纸钱、冥币，一律收缴", "违法所得款项予以收缴").
const COLLECTING = /(?:收缴|收存)$/;
const BARE_AFTER = /^(?:[，。；,;：:、！？\n]|$|后|上交|上缴|至|到|并|入|给|工作)/;
const MONEY_WORD = /款|费|资金|基金|元|税/g;
const THING_WORD = /工具|物品|器具|器材|设备|车辆|船|渔具|网具|烟花|爆竹|鞭炮|冥币|纸钱|冥纸|证|照|货物|财物|产品|商品|药品|食品|物资|材料/g;
/** Gains or goods the sentence calls unlawful: whatever is collected is confiscated. */
const UNLAWFUL_GOODS = /所得|赃|违禁|假币|非法(?:财物|物品|收入)/;
function lastIndex(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}
function collectsMoney(text: string, start: number, end: number): boolean {
  if (!COLLECTING.test(text.slice(start, end)) || !BARE_AFTER.test(text.slice(end, end + 2))) return false;
  const sentence = text.slice(sentenceAround(text, start, end).start, start);
  const money = lastIndex(MONEY_WORD, sentence);
  return money >= 0 && money > lastIndex(THING_WORD, sentence) && !UNLAWFUL_GOODS.test(sentence);
}

/** A sanction's words at [start, end) of text that name it without imposing it: a thing done to, a person
 *  qualified, a procedure's topic or its decider, a sanction suffered before, a duty the administration
 *  omitted, or a payment collected. (What follows the words is tested first: it rules most mentions out.) */
function notImposed(text: string, start: number, end: number): boolean {
  return ATTRIBUTIVE.test(text.slice(end, end + 6))
    || collectsMoney(text, start, end)
    || PERSON_QUALIFIED.test(text.slice(end, end + 10))
    || PROCEDURE_TOPIC.test(text.slice(end, end + 70))
    || (DECIDER_TOPIC.test(text.slice(end, end + 70)) && CLAUSE_OPENING.test(text.slice(Math.max(0, start - 4), start)))
    || (DECIDED_WHEN.test(text.slice(end, end + 110)) && opensSentence(text, start))
    || (SUFFERED_AFTER.test(text.slice(end, end + 44)) && SUFFERED_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
    || (OMITTED_AFTER.test(text.slice(end, end + 40)) && OMITTED_BEFORE.test(text.slice(Math.max(0, start - 30), start)));
}

/** What follows an item of a list of measures before the next: "、", "或者", "并" … */
const LIST_SEPARATOR = /^\s*(?:[、，,和及或并]|以及|或者)/;

/** Which entries of a list could match a text: one pass of an automaton over every entry's required words
 *  (checking each entry's words one by one cost more than running the entries' regexes). */
interface EntryFilter {
  automaton: AhoCorasick;
  /** For each word, the positions (in the list) of the entries that require it. */
  entriesOf: number[][];
  /** Positions of entries without required words: always run. */
  always: number[];
}
const filters = new WeakMap<CompiledEntry[], EntryFilter>();

function entryFilter(entries: CompiledEntry[]): EntryFilter {
  let f = filters.get(entries);
  if (f) return f;
  const words: string[] = [];
  const index = new Map<string, number>();
  const entriesOf: number[][] = [];
  const always: number[] = [];
  entries.forEach((e, i) => {
    if (!e.literals) { always.push(i); return; }
    for (const w of e.literals) {
      let k = index.get(w);
      if (k === undefined) { k = words.length; words.push(w); entriesOf.push([]); index.set(w, k); }
      entriesOf[k]!.push(i);
    }
  });
  f = { automaton: new AhoCorasick(words), entriesOf, always };
  filters.set(entries, f);
  return f;
}

/** The entries that could match `text`, in the list's own order. */
function candidateEntries(text: string, entries: CompiledEntry[]): CompiledEntry[] {
  const f = entryFilter(entries);
  const hit = new Uint8Array(entries.length);
  for (const i of f.always) hit[i] = 1;
  for (const w of f.automaton.search(text)) for (const i of f.entriesOf[w]!) hit[i] = 1;
  const out: CompiledEntry[] = [];
  for (let i = 0; i < entries.length; i++) if (hit[i]) out.push(entries[i]!);
  return out;
}

/** Mentions of every vocabulary entry in `text` (offsets inside `text`); overlaps keep the longest. */
export function findMentions(text: string, entries: CompiledEntry[]): { entry: CompiledEntry; start: number; end: number }[] {
  const found: { entry: CompiledEntry; start: number; end: number }[] = [];
  // Mentions read as a thing, a topic or an omitted duty: the shorter words inside them are not measures either.
  const notMeasures: { start: number; end: number }[] = [];
  for (const e of candidateEntries(text, entries)) {
    e.re.lastIndex = 0;
    for (let m = e.re.exec(text); m; m = e.re.exec(text)) {
      if (!m[0].length) { e.re.lastIndex++; continue; }
      if (SANCTION_FAMILIES.has(e.family) && notImposed(text, m.index, m.index + m[0].length)) {
        notMeasures.push({ start: m.index, end: m.index + m[0].length });
        continue;
      }
      found.push({ entry: e, start: m.index, end: m.index + m[0].length });
    }
  }
  const measures = found.filter((f) => !notMeasures.some((n) => n.start <= f.start && f.end <= n.end && n.end - n.start > f.end - f.start));
  // Longest first at each start; a mention strictly inside a longer one is the same words read less
  // specifically (暂扣 inside 暂扣其驾驶证) and is dropped; two lists may name exactly the same words.
  // Not an item the longer one lists before its own measure ("处一千元以下罚款、十五日以下拘留"): that
  // is a measure of its own, with its own quantity.
  measures.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out: typeof found = [];
  for (const f of measures) {
    const inside = out.some((o) => o.start <= f.start && f.end <= o.end && (o.end - o.start > f.end - f.start || o.entry.family === f.entry.family)
      && !(o.entry.list === f.entry.list && o.entry !== f.entry && LIST_SEPARATOR.test(text.slice(f.end, o.end))));
    if (!inside) out.push(f);
  }
  // The other measures a mention lists before its own ("给予警告、罚款、行政拘留"): each is a mention too.
  const listed: typeof found = [];
  for (const o of out) {
    const span = text.slice(o.start, o.end);
    for (const e of entries) {
      if (e === o.entry || e.list !== o.entry.list) continue;
      const at = span.indexOf(e.entry.name);
      if (at < 0 || !/[、，,和及或并]/.test(span.slice(at + e.entry.name.length, at + e.entry.name.length + 1))) continue;
      const start = o.start + at;
      if (!out.some((x) => x.entry === e && x.start <= start && start < x.end)) listed.push({ entry: e, start, end: start + e.entry.name.length });
    }
  }
  return [...out, ...listed].sort((a, b) => a.start - b.start || a.end - b.end);
}

type Mentions = ReturnType<typeof findMentions>;

/** findMentions of the whole vocabulary, kept per text: a batch's documents share sentences (the same boilerplate,
 *  the same clause in another document), and a frame reads the sentence the analysis read. Callers only read them. */
export function mentionsOf(text: string, vocabulary: CompiledVocabulary): Mentions {
  let memo = mentionMemo.get(vocabulary);
  if (!memo) mentionMemo.set(vocabulary, (memo = keepUpTo((t: string) => findMentions(t, vocabulary.entries), 20_000)));
  return memo(text);
}
const mentionMemo = new WeakMap<CompiledVocabulary, (text: string) => Mentions>();

/** A sentence whose subject, actor and quantities are worked out when first read, and kept: few rules read them,
 *  on few sentences. */
class Sentence implements AnnotatedSentence {
  measures: MeasureMention[] = [];
  #subject: Subject | undefined;
  #actor: string | null | undefined;
  #quantities: Quantity[] | undefined;

  constructor(
    readonly provision: number, readonly start: number, readonly end: number, readonly text: string,
    readonly clauses: AnnotatedClause[], private readonly provisionText: string, private readonly at: number,
  ) {}

  get subject(): Subject {
    return (this.#subject ??= classifySubject(this.provisionText, this.at, this.at));
  }

  get actor(): string | null {
    if (this.#actor === undefined) this.#actor = actingOrgan(this.text);
    return this.#actor;
  }

  get quantities(): Quantity[] {
    return (this.#quantities ??= extractQuantities(this.text).map((q) => ({ ...q, start: this.start + q.start, end: this.start + q.end })));
  }
}

/** A clause with its document offsets. Spelled out, not spread ({ ...c, docStart, docEnd }): V8 copied these
 *  objects on its slow path, and the copy cost three times the splitting itself. */
function annotatedClause(c: Clause, at: number): AnnotatedClause {
  return { text: c.text, start: c.start, end: c.end, condition: c.condition, docStart: at + c.start, docEnd: at + c.end };
}

export function analyseDocument(text: string, provisions: Provision[], vocabulary: CompiledVocabulary): DocumentAnalysis {
  const sentences: AnnotatedSentence[] = [];
  const measures: MeasureMention[] = [];
  const byProvision = new Map<number, AnnotatedSentence[]>();
  provisions.forEach((p, pi) => {
    const list: AnnotatedSentence[] = [];
    for (const s of splitSentences(p.text)) {
      const start = p.start + s.start;
      const clauses = splitClauses(s.text).map((c) => annotatedClause(c, start));
      const sentence = new Sentence(pi, start, start + s.text.length, s.text, clauses, p.text, s.start);
      const index = sentences.length;
      const found = mentionsOf(s.text, vocabulary);
      for (const m of found) {
        // The quantities of the items a mention lists before its own measure are theirs, not its own
        // (the fine of "处十五日以下拘留、一万元以下罚款" is 一万元, not fifteen days).
        const items = found.filter((o) => o !== m && o.entry.list === m.entry.list && m.start <= o.start && o.end < m.end);
        const clause = clauses.findIndex((c) => c.start <= m.start && m.start < c.end);
        // A sanction named in the sentence's condition is the case it is about ("对个人处以2000元以上罚款的，
        // 应当告知当事人有要求听证的权利"), not a sanction it imposes. Judged where the mention ends: a form may open
        // with its own condition ("逾期不拆除的，由镇政府组织拆除"), the measure being after it.
        const last = clauses.findIndex((c) => c.start <= m.end - 1 && m.end - 1 < c.end);
        if (last >= 0 && clauses[last]!.condition && SANCTION_FAMILIES.has(m.entry.family)) continue;
        const mention: MeasureMention = {
          entry: m.entry.entry.id, list: m.entry.list, family: m.entry.family,
          start: start + m.start, end: start + m.end, text: s.text.slice(m.start, m.end),
          quantities: extractQuantities(s.text.slice(m.start, m.end))
            .filter((q) => !items.some((o) => o.start <= m.start + q.start && m.start + q.end <= o.end))
            .map((q) => ({ ...q, start: start + m.start + q.start, end: start + m.start + q.end })),
          sentence: index, clause: Math.max(0, clause),
        };
        sentence.measures.push(mention);
        measures.push(mention);
      }
      sentences.push(sentence);
      list.push(sentence);
    }
    byProvision.set(pi, list);
  });
  return {
    sentences,
    measures,
    ofProvision: (i) => byProvision.get(i) ?? [],
    sentenceAt: (offset) => {
      // Sentences are in document order within provisions; provisions may nest (parts), so search all.
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sentences[mid]!;
        if (offset < s.start) hi = mid - 1;
        else if (offset >= s.end) lo = mid + 1;
        else return s;
      }
      return sentences.find((s) => s.start <= offset && offset < s.end);
    },
  };
}
