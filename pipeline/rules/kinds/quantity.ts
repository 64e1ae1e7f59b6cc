// `quantity` rules: a period, amount or rate near a context phrase, compared with the number of
// the basis article (limit.max / limit.min) — or, with `fromCitation`, with the numbers of the
// article the sentence itself cites. A sentence that cites a resolvable article is compared with
// that article only (fixed-limit rules skip it): restating the upper law is not setting a number.
import type { Provision, ResolvedArticle } from '../../model/types.ts';
import type { CompiledRule, DocContext, Hit } from '../context.ts';
import { citedText, citesUpperLaw, type CitedArticle } from '../../analyse/citations.ts';
import { extractQuantities, toComparable, type Quantity } from '../quantities.ts';
import { clauseAround, splitSentences } from '../../analyse/units.ts';
import { leadCitedArticles } from '../restatement.ts';
import { patternOf } from '../applicability.ts';

const UNIT_TEXT: Record<string, string> = { yuan: '元', day: '日', workday: '个工作日', month: '个月', year: '年', hour: '小时', ratio: '' };

function formatValue(v: number, unit: string): string {
  if (unit === 'ratio') return `${+(v * 100).toFixed(4)}%`;
  return `${+v.toFixed(2)}${UNIT_TEXT[unit] ?? ''}`;
}

/** The quantity nearest the context within `within` characters, preferring one in the context's own clause:
 *  "可以在六十日内申请复议，也可以在三十日内直接向人民法院起诉" — the 三十日 after the comma is the action's. */
function nearest(text: string, qs: Quantity[], ctxStart: number, ctxEnd: number, within: number, after: boolean): Quantity | undefined {
  let best: Quantity | undefined;
  let bestCost = Infinity;
  for (const q of qs) {
    if (after && q.start < ctxEnd) continue;
    const gap = q.start >= ctxEnd ? q.start - ctxEnd : ctxStart >= q.end ? ctxStart - q.end : 0;
    if (gap > within) continue;
    const between = q.start >= ctxEnd ? text.slice(ctxEnd, q.start) : ctxStart >= q.end ? text.slice(q.end, ctxStart) : '';
    // Across a clause break costs more than any gap within reach: such a quantity is taken only when no other is.
    const cost = gap + (CLAUSE_BREAK.test(between) ? within + 1 : 0);
    if (cost < bestCost) { best = q; bestCost = cost; }
  }
  return best;
}

const CLAUSE_BREAK = /[，,；;]/;

/** Where the context stands in a sentence: every match of a single regex; for a list, the words from a
 *  match of the first regex to each match of the last that follows, in order, a match of each of the
 *  others (ordered co-occurrence in the sentence, no character window). */
function contextMatches(res: RegExp[], text: string, lastOnly = false): { start: number; end: number }[] {
  const all = (re: RegExp) => [...text.matchAll(new RegExp(re.source, 'g'))];
  if (res.length === 1) return all(res[0]!).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const firsts = all(res[0]!);
  if (!firsts.length) return [];
  const start = firsts[0]!.index!;
  let from = start + firsts[0]![0].length;
  for (let i = 1; i < res.length - 1; i++) {
    const re = new RegExp(res[i]!.source, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return [];
    from = m.index + m[0].length;
  }
  const out: { start: number; end: number }[] = [];
  for (const m of all(res[res.length - 1]!)) if (m.index! >= from) out.push({ start: lastOnly ? m.index! : start, end: m.index! + m[0].length });
  return out;
}

/** A verb not done, earlier in the context's clause: "不申请行政复议或者提起行政诉讼" negates both. */
const NOT_DONE = /(?:不|未|没有)(?:依法)?(?:申请|提起|提出|要求|起诉)/;

function notDone(text: string, at: number): boolean {
  return NOT_DONE.test(text.slice(clauseAround(text, at, at).start, at + 4));
}

export function quantityHits(rule: CompiledRule, ctx: DocContext, p: Provision): Hit[] {
  const def = rule.def;
  const type = def.quantity!;
  const within = def.within ?? 30;
  const out: Hit[] = [];
  const required = def.inSentence ? patternOf(def.inSentence) : null;
  for (const s of splitSentences(p.text)) {
    if (required && !required.test(s.text)) continue;
    // "逾期不申请行政复议、不提起行政诉讼又不履行的，……三个月内申请人民法院强制执行" (行政强制法第五十三条): a
    // context that is not done is a condition, and the period near it belongs to what follows.
    const contexts = contextMatches(rule.context!, s.text, def.contextLast).filter((c) => !notDone(s.text, c.start));
    if (!contexts.length) continue;
    // No negation filter: "最长不得超过30个工作日" states a limit, it does not negate it.
    const qs = extractQuantities(s.text, [type]);
    let q: Quantity | undefined;
    for (const cm of contexts) {
      q = nearest(s.text, qs, cm.start, cm.end, within, def.after ?? false);
      if (q) break;
    }
    if (!q) continue;
    const inSentence = ctx.citations().filter((c) => c.start < p.start + s.end && c.end > p.start + s.start && !c.own);
    let cited: CitedArticle[] = inSentence.filter((c) => !c.repealed).flatMap((c) => c.articles.filter((a) => a.resolved));
    // A clause after ； that continues a citation lead is compared with the lead's article.
    if (def.fromCitation && !cited.length) cited = leadCitedArticles(ctx, p.text, p.start, s.start);
    let limitValue: number | undefined;
    let limitUnit = def.limit?.unit;
    let limitText = def.limit?.text ?? '';
    let direction: 'max' | 'min' = def.limit?.min !== undefined ? 'min' : 'max';
    const vars: Record<string, string> = {};
    let basis: ResolvedArticle[] | undefined;
    if (def.fromCitation) {
      if (!cited.length) continue;
      const numbers = cited.flatMap((c) => extractQuantities(citedText(c), [type]).map((x) => ({ x, c })));
      if (!numbers.length) continue;
      const top = numbers.reduce((a, b) => (b.x.value > a.x.value ? b : a));
      limitValue = top.x.value;
      limitUnit = top.x.unit;
      limitText = top.x.raw;
      direction = 'max';
      vars.law = top.c.resolved!.law;
      vars.article = top.c.resolved!.article;
      basis = [top.c.resolved!];
    } else {
      // Any exact citation of an upper law (resolvable, or of a law the corpus does not hold): the
      // number is the cited article's, judged by fromCitation rules, not against this rule's limit — unless what is cited
      // is the rule's own law, in an article that states no quantity of the kind ("根据《行政处罚法》第四十六条关于……的
      // 规定，……七日内缴纳罚款" cites the 1996 number of a rule with no period in the 2021 text's 第四十六条): then the
      // number is the document's own. Another law cited may set its own period (电影产业促进法 for a film licence's).
      const ownLaw = (c: CitedArticle) => (def.basis ?? []).some((b) => c.resolved!.law === b.law) && !extractQuantities(citedText(c), [type]).length;
      if ((cited.length && !cited.every(ownLaw)) || inSentence.some((c) => !c.law && citesUpperLaw(c))) continue;
      limitValue = def.limit?.max ?? def.limit?.min;
    }
    if (limitValue === undefined || !limitUnit) continue;
    // 行政许可法 第八十二条: its "日" are working days, so a document's "日" compares one to one.
    const beyond = (x: Quantity): boolean => {
      const qUnit = def.dayEqualsWorkday && x.unit === 'day' && limitUnit === 'workday' && !/[月年周]/.test(x.raw) ? 'workday' : x.unit;
      const value = toComparable(x.value, qUnit, limitUnit!);
      if (value === null) return false;
      return direction === 'max' ? value > limitValue! + 1e-9 : value < limitValue! - 1e-9;
    };
    if (!beyond(q)) {
      // "处五万元以上二十万元以下罚款": against a maximum, a range also counts by its upper end.
      const upper = direction === 'max' ? upperOfRange(q, qs, s.text) : q;
      if (upper === q || !beyond(upper)) continue;
      q = upper;
    }
    vars.value = q.raw;
    vars.limit = limitText || formatValue(limitValue, limitUnit);
    const start = p.start + s.start + q.start;
    out.push({ rule, start, end: start + q.raw.length, match: q.raw, provision: p, vars, ...(basis ? { basis } : {}) });
  }
  return out;
}

/** The upper end of a range "A以上B以下" / "A至B" that starts at q, else q itself. */
function upperOfRange(q: Quantity, qs: Quantity[], text: string): Quantity {
  const next = qs.find((x) => x.start >= q.end && x.start - q.end <= 3 && x.unit === q.unit);
  if (!next || !/^(?:以上|至|到|—|－|-|~|～)$/.test(text.slice(q.end, next.start))) return q;
  return next.value > q.value ? next : q;
}
