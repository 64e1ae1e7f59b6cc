// Compiled matchers (anyOf / allOf / unless over regex, terms, near, citesArticle). Regexes are
// compiled once at load; a unit of text is matched without re-parsing anything.
import { citesUpperLaw, scanCitations, type ScanOptions } from '../analyse/citations.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { requiredLiterals } from './regex-literals.ts';
import type { MatchDef, MatcherDef } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

export interface UnitContext {
  corpus: Corpus;
  /** The days citations are judged on (the document's). */
  scanOptions: ScanOptions;
  /** Memo of "cites an upper-law article" per unit text. */
  citeMemo: Map<string, boolean>;
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

interface Compiled {
  find(text: string, ctx: UnitContext): Span[];
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

function compileMatcher(m: MatcherDef): Compiled {
  if ('regex' in m) {
    const re = compileRegex(m.regex);
    return { find: (t) => allMatches(re, t), literals: requiredLiterals(m.regex) };
  }
  if ('terms' in m) {
    const re = compileRegex(m.terms.map(escapeRegex).join('|'));
    return { find: (t) => allMatches(re, t), literals: [...m.terms] };
  }
  if ('near' in m) {
    const a = compileRegex(m.near.a);
    const b = compileRegex(m.near.b);
    const within = m.near.within;
    const la = requiredLiterals(m.near.a);
    const lb = requiredLiterals(m.near.b);
    return {
      literals: la && lb ? (Math.min(...la.map((s) => s.length)) >= Math.min(...lb.map((s) => s.length)) ? la : lb) : la ?? lb,
      find: (t) => {
        const as = allMatches(a, t);
        if (!as.length) return [];
        const bs = allMatches(b, t);
        const out: Span[] = [];
        for (const x of as) {
          for (const y of bs) {
            const gap = y.start >= x.end ? y.start - x.end : x.start >= y.end ? x.start - y.end : 0;
            if (gap <= within) out.push({ start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) });
          }
        }
        return out;
      },
    };
  }
  const want = m.citesArticle;
  return {
    literals: want ? ['第', '笫'] : null,
    find: (t, ctx) => (unitCitesUpperLaw(t, ctx) === want ? [{ start: 0, end: t.length }] : []),
  };
}

export interface CompiledMatch {
  find(text: string, ctx: UnitContext): Span[];
  /** Literal prefilter: at least one must occur in the unit, or null (always run). */
  literals: string[] | null;
}

export function compileMatch(def: MatchDef): CompiledMatch {
  const anyOf = (def.anyOf ?? []).map(compileMatcher);
  const allOf = (def.allOf ?? []).map(compileMatcher);
  const unless = (def.unless ?? []).map(compileMatcher);
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
    find(text, ctx) {
      for (const m of allOf) if (!m.find(text, ctx).length) return [];
      let spans: Span[];
      if (anyOf.length) spans = anyOf.flatMap((m) => m.find(text, ctx));
      else spans = allOf.length ? allOf[0]!.find(text, ctx) : [];
      if (!spans.length) return [];
      for (const m of unless) if (m.find(text, ctx).length) return [];
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
