// Compiled matchers (anyOf / allOf / unless over regex, terms, citesArticle, and the analysis
// stage's vocabulary mentions: measure / vocab, with clause / sentence co-occurrence). Regexes are
// compiled once at load; a unit of text is matched without re-parsing anything.
import type { DocumentAnalysis, MeasureMention } from '../analyse/annotate.ts';
import { citesUpperLaw, scanCitations, type ScanOptions } from '../analyse/citations.ts';
import { splitClauses, splitSentences, type Unit } from '../analyse/units.ts';
import type { CompiledVocabulary } from '../analyse/vocabulary.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { requiredLiterals } from './regex-literals.ts';
import { listLeadIn } from '../structure/lead-in.ts';
import type { MatchDef, MatcherDef } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

export interface UnitContext {
  corpus: Corpus;
  /** The whole document's text (units are slices of it; `at` is their offset). */
  text: string;
  /** The days citations are judged on (the document's). */
  scanOptions: ScanOptions;
  /** Memo of "cites an upper-law article" per unit text. */
  citeMemo: Map<string, boolean>;
  /** The sentences and clauses of each text the rules split (every rule splits the same provisions). */
  splitMemo: { sentence: Map<string, Unit[]>; clause: Map<string, Unit[]> };
  /** The document's analysis (built on first use). */
  analysis(): DocumentAnalysis;
}

/** Does this piece of text cite an upper-law article (citesUpperLaw) by itself? Memoised per text. */
export function unitCitesUpperLaw(text: string, ctx: UnitContext): boolean {
  let has = ctx.citeMemo.get(text);
  if (has === undefined) {
    has = scanCitations(text, ctx.corpus, ctx.scanOptions).some((c) => c.form !== 'anaphor' && citesUpperLaw(c));
    ctx.citeMemo.set(text, has);
  }
  return has;
}

/** The sentences or clauses of a text, split once per document context. */
export function unitsOf(kind: 'sentence' | 'clause', text: string, ctx: UnitContext): Unit[] {
  const memo = ctx.splitMemo[kind];
  let units = memo.get(text);
  if (!units) memo.set(text, (units = kind === 'sentence' ? splitSentences(text) : splitClauses(text)));
  return units;
}

/** `at`: the document offset of text[0] (vocabulary mentions are found once per document). */
interface Compiled {
  find(text: string, ctx: UnitContext, at: number): Span[];
  literals: string[] | null;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function allMatches(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function compileRegex(source: string): RegExp {
  return new RegExp(source, 'g');
}

function idsOf(v: string | string[]): string[] {
  return Array.isArray(v) ? v : [v];
}

/** Ids of vocabulary entries, lists or families a rule names that the vocabulary does not hold. */
export function unknownVocabIds(def: MatchDef, vocabulary: CompiledVocabulary): string[] {
  const out: string[] = [];
  const walk = (m: MatcherDef) => {
    if ('measure' in m || 'vocab' in m) {
      for (const id of idsOf('measure' in m ? m.measure : m.vocab)) if (!vocabulary.ofGroup(id).length) out.push(id);
    }
    if ('clause' in m) m.clause.forEach(walk);
    if ('sentence' in m) m.sentence.forEach(walk);
    if ('leadIn' in m) m.leadIn.forEach(walk);
    if ('inDocument' in m) m.inDocument.forEach(walk);
  };
  for (const m of [...(def.anyOf ?? []), ...(def.allOf ?? []), ...(def.unless ?? [])]) walk(m);
  return out;
}

/** Every inner matcher must match in one unit, so the words any one of them needs pick the unit: the first matcher's,
 *  unless one of them is a single character (须, 向) and another matcher has none. A single character occurs in most
 *  provisions: picked by it, a rule met most provisions to find nothing in them. */
function unitLiterals(inner: Compiled[]): string[] | null {
  const sets = inner.map((m) => m.literals).filter((l): l is string[] => l !== null);
  return sets.find((l) => l.every((w) => w.length > 1)) ?? sets[0] ?? null;
}

/** All inner matchers in one unit. The span reported is the vocabulary mention's (the measure is what the
 *  finding is about), else the first matcher's: a rule lists first the words that carry the measure
 *  ("取消", "不予出具"), so that the guards judge those words (a negation before them negates them). */
function withinUnits(kind: 'sentence' | 'clause', inner: Compiled[], defs: MatcherDef[], whole = false): Compiled {
  const lead = Math.max(0, defs.findIndex((d) => 'measure' in d || 'vocab' in d));
  return {
    literals: unitLiterals(inner),
    find: (t, ctx, at) => {
      const out: Span[] = [];
      units: for (const u of unitsOf(kind, t, ctx)) {
        // Every inner matcher must match the unit: stop at the first that does not.
        const spans: Span[][] = [];
        for (const m of inner) {
          const found = m.find(u.text, ctx, at + u.start);
          if (!found.length) continue units;
          spans.push(found);
        }
        if (whole) {
          // The whole unit, from the lead's first words (a condition before them is not the duty itself).
          const from = spans[lead]![0]!.start;
          const end = u.text.replace(/[，,。；;：:！？!?\s]+$/, '').length;
          out.push({ start: u.start + from, end: u.start + Math.max(end, spans[lead]![0]!.end) });
          continue;
        }
        for (const s of spans[lead]!) out.push({ start: u.start + s.start, end: u.start + s.end });
      }
      return out;
    },
  };
}

/** The regex sources a matcher stands for (its own, or its vocabulary entries'): the words of a
 *  prohibition inside them ("禁止离开家门", "不得供电") are the measure's own, not a negation of it. */
export function matcherSources(m: MatcherDef, vocabulary: CompiledVocabulary): string[] {
  if ('regex' in m) return [m.regex];
  if ('terms' in m) return m.terms;
  if ('measure' in m || 'vocab' in m) return idsOf('measure' in m ? m.measure : m.vocab).flatMap((id) => vocabulary.ofGroup(id).map((e) => e.re.source));
  if ('clause' in m) return m.clause.flatMap((x) => matcherSources(x, vocabulary));
  if ('sentence' in m) return m.sentence.flatMap((x) => matcherSources(x, vocabulary));
  if ('leadIn' in m) return m.leadIn.flatMap((x) => matcherSources(x, vocabulary));
  if ('inDocument' in m) return m.inDocument.flatMap((x) => matcherSources(x, vocabulary));
  return [];
}

function compileMatcher(m: MatcherDef, vocabulary: CompiledVocabulary): Compiled {
  if ('measure' in m || 'vocab' in m) {
    const group = idsOf('measure' in m ? m.measure : m.vocab).flatMap((id) => vocabulary.ofGroup(id));
    const wanted = new Set(group.map((e) => e.entry.id));
    // The document's mentions of the wanted entries, picked once per document and not per unit.
    const picked = new WeakMap<DocumentAnalysis, MeasureMention[]>();
    return {
      // A mention holds one of its entry's required words, or is its name in a list ("警告、罚款、行政拘留"):
      // a provision with none of them has no mention, and the rule need not meet it.
      literals: group.every((e) => e.literals) ? [...new Set(group.flatMap((e) => [...e.literals!, e.entry.name, ...(e.entry.listedAs ?? [])]))] : null,
      find: (t, ctx, at) => {
        const analysis = ctx.analysis();
        let mine = picked.get(analysis);
        if (!mine) picked.set(analysis, (mine = analysis.measures.filter((x) => wanted.has(x.entry))));
        const end = at + t.length;
        const out: Span[] = [];
        for (const x of mine) if (x.start >= at && x.end <= end) out.push({ start: x.start - at, end: x.end - at });
        return out;
      },
    };
  }
  if ('clause' in m) return withinUnits('clause', m.clause.map((x) => compileMatcher(x, vocabulary)), m.clause, m.span === 'unit');
  if ('sentence' in m) return withinUnits('sentence', m.sentence.map((x) => compileMatcher(x, vocabulary)), m.sentence, m.span === 'unit');
  if ('leadIn' in m) {
    const inner = m.leadIn.map((x) => compileMatcher(x, vocabulary));
    // The lead-in is a part of the document, not of the unit: the engine cannot skip the rule by the unit's words
    // (the rule runs on every sentence), but a document without the words every inner matcher needs has no lead-in
    // they match, and listLeadIn need not walk back over its lists at all.
    const needed = inner.map((x) => x.literals).filter((l): l is string[] => l !== null);
    const possible = new WeakMap<UnitContext, boolean>();
    return {
      literals: null,
      find: (t, ctx, at) => {
        let may = possible.get(ctx);
        if (may === undefined) possible.set(ctx, (may = needed.every((l) => l.some((w) => ctx.text.includes(w)))));
        if (!may) return [];
        const lead = listLeadIn(ctx.text, at);
        if (!lead) return [];
        return inner.every((x) => x.find(lead.text, ctx, lead.start).length) ? [{ start: 0, end: t.length }] : [];
      },
    };
  }
  if ('inDocument' in m) {
    const inner = m.inDocument.map((x) => compileMatcher(x, vocabulary));
    const memo = new WeakMap<UnitContext, boolean>();
    return {
      literals: null,
      find: (t, ctx) => {
        let has = memo.get(ctx);
        if (has === undefined) memo.set(ctx, (has = inner.every((x) => x.find(ctx.text, ctx, 0).length > 0)));
        return has ? [{ start: 0, end: t.length }] : [];
      },
    };
  }
  if ('regex' in m) {
    const re = compileRegex(m.regex);
    return { find: (t) => allMatches(re, t), literals: requiredLiterals(m.regex) };
  }
  if ('terms' in m) {
    const re = compileRegex(m.terms.map(escapeRegex).join('|'));
    return { find: (t) => allMatches(re, t), literals: [...m.terms] };
  }
  const want = m.citesArticle;
  return {
    literals: want ? ['第', '笫'] : null,
    find: (t, ctx) => (unitCitesUpperLaw(t, ctx) === want ? [{ start: 0, end: t.length }] : []),
  };
}

export interface CompiledMatch {
  find(text: string, ctx: UnitContext, at: number): Span[];
  /** Literal prefilter: at least one must occur in the unit, or null (always run). */
  literals: string[] | null;
}

export function compileMatch(def: MatchDef, vocabulary: CompiledVocabulary): CompiledMatch {
  const anyOf = (def.anyOf ?? []).map((m) => compileMatcher(m, vocabulary));
  const allOf = (def.allOf ?? []).map((m) => compileMatcher(m, vocabulary));
  const unless = (def.unless ?? []).map((m) => compileMatcher(m, vocabulary));
  let literals: string[] | null = null;
  if (anyOf.length) {
    literals = anyOf.every((m) => m.literals) ? [...new Set(anyOf.flatMap((m) => m.literals!))] : null;
  }
  if (!literals && allOf.length) {
    const withLits = allOf.filter((m) => m.literals);
    if (withLits.length) literals = withLits.sort((a, b) => a.literals!.length - b.literals!.length)[0]!.literals;
  }
  return {
    literals,
    find(text, ctx, at) {
      for (const m of allOf) if (!m.find(text, ctx, at).length) return [];
      let spans: Span[];
      if (anyOf.length) spans = anyOf.flatMap((m) => m.find(text, ctx, at));
      else spans = allOf.length ? allOf[0]!.find(text, ctx, at) : [];
      if (!spans.length) return [];
      for (const m of unless) if (m.find(text, ctx, at).length) return [];
      // Keep the longest of overlapping spans, in text order.
      spans.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: Span[] = [];
      for (const s of spans) {
        const last = out[out.length - 1];
        if (last && s.start < last.end) continue;
        out.push(s);
      }
      return out;
    },
  };
}
