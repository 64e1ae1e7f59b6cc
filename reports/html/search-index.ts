// The offline search index embedded in the HTML report. Units are documents ("d3": title, 文号, issuers,
// path) and findings ("f3-1": provision, title, explanation, suggestion, basis; every place of a merged finding). Text is cut with jieba at
// render time; the page cuts a query by longest match against the index's own vocabulary (which is the
// dictionary) and falls back to character bigrams, then also accepts vocabulary words that contain a piece,
// so "烟花" finds "烟花爆竹" and a query jieba never saw still works. 文号 and rule ids are indexed whole
// and in parts (jieba cuts "青镇发〔2025〕1号" into pieces the query would never meet), and the index
// carries a fold table so a query in traditional characters (罰款) finds the simplified text (罚款).
import { CATEGORY_NAMES, type RunReport } from '../../pipeline/model/types.ts';
import { placesOf } from '../../pipeline/model/places.ts';
import { getSegmenter } from '../../pipeline/text/segmenter.ts';
import { traditionalCharPairs } from '../../pipeline/text/traditional.ts';

export interface SearchIndex {
  v: 1;
  units: string[]; // unit keys: "d<doc>" or "f<doc>-<finding>"
  terms: Record<string, number[]>; // term → ascending unit indexes
  /** Traditional → simplified, for the characters of the vocabulary (the page folds queries with it). */
  fold: Record<string, string>;
}

/** Brackets a 文号 or a query may use around its year: 〔2025〕, [2025], （2025）, 【2025】. */
export const NUMBER_BRACKETS = /[〔〕\[\]［］（）()【】]/g;

/** A 文号 as terms: whole, without brackets, and its parts ("青镇发", "2025", "1号"). */
export function docNumberTerms(num: string): string[] {
  const flat = num.replace(/\s+/g, '');
  const parts = flat.split(NUMBER_BRACKETS).filter(Boolean);
  return [...new Set([flat, flat.replace(NUMBER_BRACKETS, ''), ...parts].map((t) => t.toLowerCase()))];
}

/** A rule id as terms: whole and after its category ("penalty/normative-doc-sets-fine", "normative-doc-sets-fine"). */
export function ruleIdTerms(id: string): string[] {
  const lower = id.toLowerCase();
  return [...new Set([lower, lower.split('/').pop()!])];
}

const SKIP = /^[\s\p{P}\p{S}]*$/u;
const MAX_UNIT_CHARS = 20_000; // bound the work per unit for pathological documents

/** The searchable texts of each unit, as separate parts (parts repeat across units and are cut once). */
export function unitTexts(report: RunReport): { key: string; parts: string[]; terms: string[] }[] {
  const out: { key: string; parts: string[]; terms: string[] }[] = [];
  const present = (xs: (string | null | undefined)[]) => xs.filter((x): x is string => !!x);
  report.documents.forEach((d, i) => {
    const m = d.meta;
    out.push({
      key: `d${i}`,
      parts: present([m.title, m.attachedTitle, m.docNumber, m.docType, ...m.issuers.map((x) => x.name), d.path, d.error?.message]),
      terms: m.docNumber ? docNumberTerms(m.docNumber) : [],
    });
    d.findings.forEach((f, j) => {
      out.push({
        key: `f${i}-${j}`,
        parts: present([...placesOf(f).flatMap((p) => [p.label, p.text, p.match, p.message]), f.title, f.suggestion, CATEGORY_NAMES[f.category],
          ...f.basis.map((b) => `${b.law}${b.article}`)]),
        terms: ruleIdTerms(f.ruleId),
      });
    });
  });
  return out;
}

export function buildSearchIndex(report: RunReport): SearchIndex {
  const seg = getSegmenter();
  const units = unitTexts(report);
  // Each term's units, in the order units are added: each list stays ascending, and a term a unit holds twice
  // (in two of its parts) is listed once, as its list already ends with that unit.
  const terms = new Map<string, number[]>();
  // The same provision, message or law recurs across findings: each distinct part is cut and its terms
  // normalised (trimmed, lower-case, punctuation dropped, each once) only the first time.
  const termsOfPart = new Map<string, string[]>();
  const partTerms = (part: string) => {
    let ts = termsOfPart.get(part);
    if (!ts) termsOfPart.set(part, (ts = normalised(seg.cut(part.slice(0, MAX_UNIT_CHARS)))));
    return ts;
  };
  const add = (t: string, idx: number) => {
    const list = terms.get(t);
    if (!list) terms.set(t, [idx]);
    else if (list[list.length - 1] !== idx) list.push(idx);
  };
  units.forEach((u, idx) => {
    for (const part of u.parts) for (const t of partTerms(part)) add(t, idx);
    for (const t of normalised(u.terms)) add(t, idx);
  });
  return { v: 1, units: units.map((u) => u.key), terms: Object.fromEntries(terms), fold: foldTable(terms.keys()) };
}

/** Tokens as index terms: trimmed, lower-case, without blanks and punctuation, each once. */
function normalised(tokens: string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tokens) {
    const t = raw.trim().toLowerCase();
    if (t && !SKIP.test(t)) seen.add(t);
  }
  return [...seen];
}

/** The traditional characters whose simplified form occurs in the vocabulary. */
function foldTable(vocabulary: Iterable<string>): Record<string, string> {
  const chars = new Set<string>();
  for (const t of vocabulary) for (const c of t) chars.add(c);
  const fold: Record<string, string> = {};
  for (const [trad, simp] of traditionalCharPairs()) if (chars.has(simp)) fold[trad] = simp;
  return fold;
}
