// The compiled rule set: every regex compiled once, one Aho–Corasick automaton over the required
// literals of all rules, so a provision only meets the rules that could match it.
import type { Corpus } from '../corpus/corpus.ts';
import type { Finding, ResolvedArticle, Severity } from '../model/types.ts';
import type { AnalysisInput } from './ruleset.ts';
import { AhoCorasick } from './aho-corasick.ts';
import { applicability } from './applicability.ts';
import type { CitationFinder } from './citation-source.ts';
import { docDate, type CompiledRule, type DocContext, type Hit } from './context.ts';
import { ownNegations, resolveGuards } from './guards.ts';
import { authorityHits } from './kinds/authority.ts';
import { citationHits } from './kinds/citation.ts';
import { documentHits } from './kinds/document.ts';
import { patternHitsInDocument, patternHitsInProvision } from './kinds/pattern.ts';
import { quantityHits } from './kinds/quantity.ts';
import { compileMatch, compileRegex } from './match.ts';
import { toFindings } from './postprocess.ts';
import { requiredLiterals } from './regex-literals.ts';
import type { LoadedRule, Profile } from './types.ts';

export interface Engine {
  rules: CompiledRule[];
  check(input: AnalysisInput): Finding[];
}

function literalsOf(rule: CompiledRule): string[] | null {
  const d = rule.def;
  if (d.kind === 'pattern' || d.kind === 'authority') return rule.match!.literals;
  if (d.kind === 'quantity') return requiredLiterals(d.context!);
  if (d.kind === 'citation') return ['《'];
  return null;
}

function regexSources(def: LoadedRule['def']): string[] {
  const m = def.match;
  const all = [...(m?.anyOf ?? []), ...(m?.allOf ?? [])];
  return all.flatMap((x) => ('regex' in x ? [x.regex] : 'near' in x ? [x.near.a, x.near.b] : 'terms' in x ? x.terms : []));
}

export function compileRules(loaded: LoadedRule[], profile: Profile, corpus: Corpus, citations: CitationFinder): Engine {
  const enabled = loaded.filter((r) => (r.def.disabled ? profile.enable?.includes(r.def.id) : !profile.disable?.includes(r.def.id)));
  const rules: CompiledRule[] = enabled.map((r, index) => {
    const c: CompiledRule = {
      ...r, index,
      guards: resolveGuards(r.def.category, r.def.guards),
      literals: null,
      params: { ...(r.def.params ?? {}), ...(profile.params?.[r.def.id] ?? {}) },
      ownNegations: ownNegations(regexSources(r.def)),
    };
    if (r.def.match) c.match = compileMatch(r.def.match);
    if (r.def.context) c.context = compileRegex(r.def.context);
    c.literals = literalsOf(c);
    return c;
  });

  // Prefilter: literal index → rules needing it; rules without literals always run.
  const words: string[] = [];
  const wordRules: number[][] = [];
  const wordIndex = new Map<string, number>();
  const always: CompiledRule[] = [];
  for (const r of rules) {
    if (r.def.kind === 'document' || (r.def.kind !== 'citation' && r.def.scope === 'document')) continue;
    if (!r.literals) { always.push(r); continue; }
    for (const w of r.literals) {
      let i = wordIndex.get(w);
      if (i === undefined) { i = words.length; words.push(w); wordRules.push([]); wordIndex.set(w, i); }
      wordRules[i]!.push(r.index);
    }
  }
  const automaton = new AhoCorasick(words);
  const docScoped = rules.filter((r) => r.def.kind !== 'document' && r.def.kind !== 'citation' && r.def.scope === 'document');
  const documentRules = rules.filter((r) => r.def.kind === 'document' && r.def.check !== 'issuer-unknown');
  const issuerUnknownRules = rules.filter((r) => r.def.check === 'issuer-unknown');

  const basisCache = new Map<string, ResolvedArticle[]>();
  const basisOf = (id: string): ResolvedArticle[] => {
    let b = basisCache.get(id);
    if (!b) {
      const def = rules.find((r) => r.def.id === id)!.def;
      b = def.basis.map((x) => corpus.resolve(x.law, x.article)).filter((x): x is ResolvedArticle => !!x);
      basisCache.set(id, b);
    }
    return b;
  };
  const severityOf = (id: string, fallback: Severity): Severity => profile.severity?.[id] ?? fallback;
  const source = profile.basis?.length
    ? `${profile.title ?? profile.name}：${profile.basis.map((b) => `${b.name}${b.number ? `（${b.number}）` : ''}`).join('；')}`
    : `审查配置“${profile.title ?? profile.name}”`;

  function runRule(r: CompiledRule, ctx: DocContext, p: DocContext['provisions'][number] | null): Hit[] {
    switch (r.def.kind) {
      case 'pattern': return p ? patternHitsInProvision(r, ctx, p) : patternHitsInDocument(r, ctx);
      case 'authority': return authorityHits(r, ctx, p);
      case 'quantity': return p ? quantityHits(r, ctx, p) : [];
      case 'citation': return p ? citationHits(r, ctx, p) : [];
      default: return [];
    }
  }

  function check(input: AnalysisInput): Finding[] {
    const { doc, text } = input;
    const provisions = doc.provisions.length ? doc.provisions : [{ label: '全文', path: [], text, start: 0, end: text.length }];
    const ctx: DocContext = {
      text, doc, provisions, issuers: doc.meta.issuers ?? [], date: docDate(doc), citations,
      suppressed: [], corpus: input.corpus ?? corpus, citeMemo: new Map(),
    };
    const state = new Map<number, ReturnType<typeof applicability>>();
    const applies = (r: CompiledRule) => {
      let s = state.get(r.index);
      if (!s) { s = applicability(r.def.appliesTo, ctx.issuers, doc.meta.docType, ctx.date); state.set(r.index, s); }
      return s;
    };
    const hits: Hit[] = [];
    const collect = (r: CompiledRule, p: DocContext['provisions'][number] | null) => {
      const a = applies(r);
      if (a === 'not-applicable') return;
      const found = runRule(r, ctx, p);
      if (a === 'issuer-unknown') {
        for (const h of found) ctx.suppressed.push({ rule: r.def, start: h.start, end: h.end, match: h.match, provision: h.provision });
        return;
      }
      hits.push(...found);
    };
    for (const p of provisions) {
      const candidates = new Set<number>();
      for (const w of automaton.search(p.text)) for (const i of wordRules[w]!) candidates.add(i);
      for (const r of always) candidates.add(r.index);
      for (const i of [...candidates].sort((a, b) => a - b)) collect(rules[i]!, p);
    }
    for (const r of docScoped) collect(r, null);
    for (const r of documentRules) if (applies(r) === 'applies') hits.push(...documentHits(r, ctx));
    for (const r of issuerUnknownRules) hits.push(...documentHits(r, ctx));
    const firstOnly = new Set<string>();
    const kept = hits
      .sort((a, b) => a.start - b.start)
      .filter((h) => {
        if (!h.rule.def.once) return true;
        if (firstOnly.has(h.rule.def.id)) return false;
        firstOnly.add(h.rule.def.id);
        return true;
      });
    return toFindings(kept, ctx, { corpus: ctx.corpus, basisOf, severityOf, relatedLimit: 3, source });
  }

  return { rules, check };
}
