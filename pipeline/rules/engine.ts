// The compiled rule set: every regex compiled once, one Aho–Corasick automaton over the required
// literals of all rules, so a provision only meets the rules that could match it.
import { analyseDocument, type DocumentAnalysis } from '../analyse/annotate.ts';
import type { CompiledVocabulary } from '../analyse/vocabulary.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { Finding, Provision, ResolvedArticle, Severity } from '../model/types.ts';
import type { AnalysisInput, RawHit, RawProvision, RuleRun, RuleSet } from './ruleset.ts';
import { AhoCorasick } from '../text/aho-corasick.ts';
import { applicability, type Applicability } from './applicability.ts';
import { scanCitations, type Citation } from '../analyse/citations.ts';
import { todayInChina } from '../text/dates.ts';
import { basisApplies, basisAt, basisInterval, inInterval, type BasisInterval } from './basis-at.ts';
import { appliedAsOf, docDate, type CompiledRule, type DocContext, type Hit } from './context.ts';
import { ownNegations, resolveGuards } from './guards.ts';
import { authorityHits } from './kinds/authority.ts';
import { citationHits, citationProblemsByProvision } from './kinds/citation.ts';
import { documentHits } from './kinds/document.ts';
import { patternHitsInDocument, patternHitsInProvision } from './kinds/pattern.ts';
import { quantityHits } from './kinds/quantity.ts';
import { comparisonHits } from './kinds/comparison.ts';
import { APPROVAL_LITERALS } from '../analyse/approver.ts';
import { CHARGE_WORDS } from '../analyse/forbidden-charge.ts';
import { RELIEF_WORDS } from '../analyse/tax-relief.ts';
import { BEARER_WORDS } from '../analyse/cost-bearer.ts';
import { NARROWING_WORDS } from '../analyse/narrowed-choice.ts';
import { BAN_WORDS } from '../analyse/leave-forbidden.ts';
import { PERMISSION_WORDS } from '../analyse/permitted.ts';
import { REQUIRED_LEAVE_WORDS } from '../analyse/unneeded-approval.ts';
import { DUTY_WORDS } from '../analyse/encouraged.ts';
import { compileMatch, compileRegex, matcherSources } from './match.ts';
import { toFindings } from './postprocess.ts';
import { requiredLiterals } from './regex-literals.ts';
import type { LoadedRule, Profile } from './types.ts';

/**
 * The time one rule may spend on one document. Rule regexes are checked for exponential and
 * polynomial backtracking whenever a rule set is loaded; this bounds what that check cannot prove
 * (a slow lookahead, a vocabulary list grown large) without letting one rule use up the document's
 * whole timeout. A regex cannot be interrupted, so the rule is stopped after the provision on which
 * it ran out: its findings so far stand, the rest of the document is not checked by it, and the
 * report says so. Ordinary rules take microseconds per provision.
 */
export const RULE_TIME_BUDGET_MS = 1000;

/** Related articles listed with each finding, besides its basis. */
const RELATED_LIMIT = 3;
const EMPTY_RUN: RuleRun = Object.freeze({ hits: Object.freeze([]) as unknown as RawHit[], held: Object.freeze([]) as unknown as RuleRun['held'] });

/** What a hit carries beyond its place and words, the same in a run (RawHit) and a hit: the articles it quotes
 *  instead of the rule's, the article it departs from, the act a misnamed citation means. */
type Extras = Pick<RawHit, 'basis' | 'compared' | 'meantLaw' | 'byTownship'>;
function hitExtras(h: Extras): Extras {
  return {
    ...(h.basis ? { basis: h.basis } : {}), ...(h.compared ? { compared: h.compared } : {}), ...(h.meantLaw ? { meantLaw: h.meantLaw } : {}),
    ...(h.byTownship ? { byTownship: true } : {}),
  };
}

/** The RuleSet's checking half (its contract is documented there), over the compiled rules. */
export interface Engine extends Pick<RuleSet, 'check'> {
  rules: CompiledRule[];
}

function literalsOf(rule: CompiledRule): string[] | null {
  const d = rule.def;
  if (d.kind === 'pattern' || d.kind === 'authority') return rule.match!.literals;
  if (d.kind === 'quantity') return requiredLiterals(Array.isArray(d.context) ? d.context[0]! : d.context!);
  if (d.kind === 'citation') return null; // names without 《》 and pointers are citations too
  if (d.kind === 'comparison') {
    const words = COMPARISON_LITERALS[d.compares!];
    return words ? [...words] : null;
  }
  return null;
}
/** The words a sentence must hold for each comparison to read it; the threshold and denial comparisons have none the
 *  engine could pick a provision by. */
const COMPARISON_LITERALS: Partial<Record<NonNullable<LoadedRule['def']['compares']>, readonly string[]>> = {
  approver: APPROVAL_LITERALS, 'approver-below': APPROVAL_LITERALS, encouraged: DUTY_WORDS, permitted: PERMISSION_WORDS, unneeded: REQUIRED_LEAVE_WORDS, charge: CHARGE_WORDS, 'tax-relief': RELIEF_WORDS, 'cost-bearer': BEARER_WORDS, 'narrowed-choice': NARROWING_WORDS, 'leave-forbidden': BAN_WORDS,
};

function regexSources(def: LoadedRule['def'], vocabulary: CompiledVocabulary): string[] {
  const m = def.match;
  return [...(m?.anyOf ?? []), ...(m?.allOf ?? [])].flatMap((x) => matcherSources(x, vocabulary));
}

/** The rules the profile runs, in the order they run. */
export function enabledRules(loaded: LoadedRule[], profile: Profile): LoadedRule[] {
  return loaded.filter((r) => (r.def.disabled ? profile.enable?.includes(r.def.id) : !profile.disable?.includes(r.def.id)));
}

export function compileRules(loaded: LoadedRule[], profile: Profile, corpus: Corpus, vocabulary: CompiledVocabulary): Engine {
  const enabled = enabledRules(loaded, profile);
  const rules: CompiledRule[] = enabled.map((r, index) => {
    const c: CompiledRule = {
      ...r, index,
      guards: resolveGuards(r.def.category, r.def.guards),
      literals: null,
      params: { ...(r.def.params ?? {}), ...(profile.params?.[r.def.id] ?? {}) },
      ownNegations: ownNegations(regexSources(r.def, vocabulary)),
    };
    if (r.def.match) c.match = compileMatch(r.def.match, vocabulary);
    if (r.def.context) c.context = (Array.isArray(r.def.context) ? r.def.context : [r.def.context]).map(compileRegex);
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

  // The basis a finding quotes: the articles of the rule's basis that apply on the day judged, each in
  // the text in force that day (basis-at.ts). Memoised per rule and day.
  const basisCache = new Map<string, ResolvedArticle[]>();
  const defById = new Map(rules.map((r) => [r.def.id, r.def]));
  const basisOf = (id: string, date: string | null): ResolvedArticle[] => {
    const key = `${id}\u0000${date ?? ''}`;
    let b = basisCache.get(key);
    if (!b) {
      const def = defById.get(id)!;
      const derive = !!def.appliesTo?.basisInForce;
      const applying = date ? def.basis.filter((x) => basisApplies(corpus, x, date, derive)) : def.basis;
      b = (applying.length ? applying : def.basis).map((x) => basisAt(corpus, x, date)).filter((x): x is ResolvedArticle => !!x);
      basisCache.set(key, b);
    }
    return b;
  };
  // The articles on a township's power a rule quotes when a township imposes the measure: only those that are the
  // law on the day judged (行政处罚法第二十四条 from 2021-07-15), none on a document without a date.
  const townshipCache = new Map<string, ResolvedArticle[]>();
  const townshipBasisOf = (id: string, date: string | null): ResolvedArticle[] => {
    const key = `${id}\u0000${date ?? ''}`;
    let b = townshipCache.get(key);
    if (!b) {
      const list = defById.get(id)!.imposedByTownship?.basis ?? [];
      b = date ? list.filter((x) => basisApplies(corpus, x, date, false)).map((x) => basisAt(corpus, x, date)).filter((x): x is ResolvedArticle => !!x) : [];
      townshipCache.set(key, b);
    }
    return b;
  };
  /** A rule whose every basis article is not yet (or no longer) the law on the day does not judge the document. */
  const basisInForce = (r: CompiledRule, date: string | null): boolean =>
    !date || !r.def.basis.length || basisIntervals(r).some((span) => inInterval(span, date));
  // The days a rule's basis articles apply depend on the corpus alone: worked out once per rule, not per document.
  const intervals: BasisInterval[][] = [];
  const basisIntervals = (r: CompiledRule): BasisInterval[] =>
    (intervals[r.index] ??= r.def.basis.map((b) => basisInterval(corpus, b, !!r.def.appliesTo?.basisInForce)));
  const severityOf = (id: string, fallback: Severity): Severity => profile.severity?.[id] ?? fallback;
  // {source} names the documents the profile's limits come from, never the profile itself: the
  // message goes into letters to the issuer, where "全国通用配置" means nothing. Nationally the
  // requirement is each province's own rule, which the reviewer checks against theirs.
  const source = profile.basis?.length
    ? profile.basis.map((b) => `《${b.name}》${b.number ? `（${b.number}）` : ''}`).join('、')
    : '各省、自治区、直辖市关于行政规范性文件管理的规定，请按本地规定核对';

  function runRule(r: CompiledRule, ctx: DocContext, p: DocContext['provisions'][number] | null): Hit[] {
    switch (r.def.kind) {
      case 'pattern': return p ? patternHitsInProvision(r, ctx, p) : patternHitsInDocument(r, ctx);
      case 'authority': return authorityHits(r, ctx, p);
      case 'quantity': return p ? quantityHits(r, ctx, p) : [];
      case 'citation': return p ? citationHits(r, ctx, p) : [];
      case 'comparison': return p ? comparisonHits(r, ctx, p) : [];
      default: return [];
    }
  }

  // Rules that judge a document on their own; form/issuer-unknown derives its findings from their held matches.
  const independent = rules.filter((r) => r.def.check !== 'issuer-unknown');
  const byId = new Map(independent.map((r) => [r.def.id, r]));

  function contextFor(input: AnalysisInput): DocContext {
    const { doc, text } = input;
    const provisions = doc.provisions.length ? doc.provisions : [{ label: '全文', path: [], text, start: 0, end: text.length }];
    const today = input.today ?? todayInChina();
    const applied = appliedAsOf(doc, input.asOf, today);
    const own = docDate(doc);
    const scanOptions = { date: applied.date, docDate: own, now: today };
    const docCorpus = input.corpus ?? corpus;
    let citations: Citation[] | undefined;
    let analysis: DocumentAnalysis | undefined;
    return {
      text, doc, provisions, issuers: doc.meta.issuers ?? [],
      date: applied.from === 'today' ? null : applied.date, appliedAsOf: applied, scanOptions,
      citations: () => (citations ??= scanCitations(text, docCorpus, scanOptions)),
      suppressed: [], corpus: docCorpus, citeMemo: new Map(), splitMemo: { sentence: new Map(), clause: new Map() }, vocabulary,
      // The analysis stage runs once per document, on first use by a rule that reads it.
      analysis: () => (analysis ??= analyseDocument(text, provisions, vocabulary)),
    };
  }

  function encodeProvision(ctx: DocContext, p: Provision | null): RawProvision {
    if (!p) return -1;
    const i = ctx.provisions.indexOf(p);
    return i >= 0 ? i : p;
  }

  function decodeProvision(ctx: DocContext, p: RawProvision): Provision | null {
    if (typeof p !== 'number') return p;
    return p < 0 ? null : ctx.provisions[p]!;
  }

  /** `sparse`: leave out the runs of rules that found nothing (the full check's own use, see check). */
  function runRules(input: AnalysisInput, selected: ReadonlySet<number>, sparse: boolean): Record<string, RuleRun> {
    const ctx = contextFor(input);
    const { doc } = input;
    const runs: Record<string, RuleRun> = {};
    // Most rules find nothing in a document: they share one frozen empty run (allocating two arrays
    // per rule per document made the check time grow with the rule count), replaced on first use.
    const runOf = (r: CompiledRule) => {
      const run = runs[r.def.id];
      return run && run !== EMPTY_RUN ? run : (runs[r.def.id] = { hits: [], held: [] });
    };
    if (!sparse) for (const r of rules) if (selected.has(r.index)) runs[r.def.id] = EMPTY_RUN;
    // Per-rule state of this document, by rule index (arrays: a rule meets hundreds of provisions).
    const state: (Applicability | undefined)[] = new Array(rules.length);
    const applies = (r: CompiledRule): Applicability =>
      (state[r.index] ??= basisInForce(r, ctx.date)
        ? applicability(r.def.appliesTo, ctx.issuers, doc.meta.docType, ctx.date, ctx.text, doc.meta.governmentRule)
        : 'not-applicable');
    const encodeHits = (found: Hit[]): RawHit[] =>
      found.map((h) => ({ start: h.start, end: h.end, match: h.match, provision: encodeProvision(ctx, h.provision), vars: h.vars, ...hitExtras(h) }));
    // One-time work of the corpus a guard reads is done before the rules are timed: it is no rule's cost.
    ctx.corpus.prepare();
    const budget = input.ruleTime?.budgetMs ?? RULE_TIME_BUDGET_MS;
    const now = input.ruleTime?.now ?? (() => performance.now());
    const spent = new Float64Array(rules.length);
    const stopped = new Uint8Array(rules.length);
    // Held-back matches go to the rule's own run (with the pass they came from), never to a list
    // shared across rules: a rule's run must not depend on which other rules ran with it.
    const collect = (r: CompiledRule, p: DocContext['provisions'][number] | null, pass: number) => {
      if (stopped[r.index]) return;
      const a = applies(r);
      if (a === 'not-applicable') return;
      const t0 = now();
      const found = runRule(r, ctx, p);
      const total = (spent[r.index] += now() - t0);
      if (total > budget) {
        stopped[r.index] = 1;
        input.notes?.push(`规则 ${r.def.id}（${r.def.title}）在本文件上用时超过 ${budget} 毫秒（至${p ? `“${p.label}”` : '全文检查'}），`
          + '已停止对本文件其余部分适用该规则，本文件在该规则下的检查不完整，请人工核对；规则维护者请检查该规则的正则表达式。');
      }
      if (a === 'issuer-unknown') {
        for (const h of found) ctx.suppressed.push({ rule: r.def, start: h.start, end: h.end, match: h.match, provision: h.provision });
      } else if (found.length) {
        runOf(r).hits.push(...encodeHits(found));
      }
      if (ctx.suppressed.length) {
        const run = runOf(r);
        for (const s of ctx.suppressed.splice(0)) {
          run.held.push({ start: s.start, end: s.end, match: s.match, provision: encodeProvision(ctx, s.provision), pass });
        }
      }
    };
    const provisions = ctx.provisions;
    // A citation rule reports one problem of the citations that start in a provision (kinds/citation.ts): it
    // runs only where such a citation starts. Looked up after the rule is known to apply, so that a document
    // no citation rule judges is not scanned for citations on their account.
    let problems: Set<string>[] | undefined;
    const mayHold = (r: CompiledRule, pass: number) => r.def.kind !== 'citation'
      || (applies(r) !== 'not-applicable' && !!(problems ??= citationProblemsByProvision(ctx))[pass]?.has(r.def.problem!));
    // The pass that last took each rule as a candidate: a rule two of a provision's words lead to is taken once.
    const takenIn = new Int32Array(rules.length).fill(-1);
    for (let pass = 0; pass < provisions.length; pass++) {
      const p = provisions[pass]!;
      const candidates: number[] = [];
      for (const w of automaton.search(p.text)) {
        for (const i of wordRules[w]!) if (takenIn[i] !== pass && selected.has(i)) { takenIn[i] = pass; candidates.push(i); }
      }
      for (const r of always) if (takenIn[r.index] !== pass && selected.has(r.index) && mayHold(r, pass)) { takenIn[r.index] = pass; candidates.push(r.index); }
      candidates.sort((a, b) => a - b);
      for (const i of candidates) collect(rules[i]!, p, pass);
    }
    for (const r of docScoped) if (selected.has(r.index)) collect(r, null, provisions.length);
    for (const r of documentRules) {
      if (selected.has(r.index) && applies(r) === 'applies') {
        const found = documentHits(r, ctx);
        if (found.length) runOf(r).hits.push(...encodeHits(found));
      }
    }
    return runs;
  }

  /** `sparse`: a missing run means the rule found nothing (only the full check passes such runs). */
  function finishRuns(input: AnalysisInput, runs: Record<string, RuleRun>, sparse: boolean): Finding[] {
    const ctx = contextFor(input);
    const hits: Hit[] = [];
    const held: { index: number; pass: number; seq: number; entry: DocContext['suppressed'][number] }[] = [];
    // The rules that hold runs, in rule order (looked up from the runs' own keys: indexing the runs
    // by each of a thousand rule ids, per document, cost more than all the matching).
    const present: CompiledRule[] = [];
    for (const id of Object.keys(runs)) {
      const r = byId.get(id);
      if (r) present.push(r);
    }
    if (!sparse && present.length < independent.length) {
      const missing = independent.find((r) => !runs[r.def.id])!;
      throw new Error(`missing run of rule ${missing.def.id}`);
    }
    present.sort((a, b) => a.index - b.index);
    for (const r of present) {
      const run = runs[r.def.id]!;
      for (const h of run.hits) {
        hits.push({ rule: r, start: h.start, end: h.end, match: h.match, provision: decodeProvision(ctx, h.provision), vars: { ...h.vars }, ...hitExtras(h) });
      }
      run.held.forEach((s, seq) => held.push({
        index: r.index, pass: s.pass, seq,
        entry: { rule: r.def, start: s.start, end: s.end, match: s.match, provision: decodeProvision(ctx, s.provision) },
      }));
    }
    // The order a full run holds matches back in: provision by provision, rules in index order.
    held.sort((a, b) => a.pass - b.pass || a.index - b.index || a.seq - b.seq);
    ctx.suppressed = held.map((h) => h.entry);
    for (const r of issuerUnknownRules) hits.push(...documentHits(r, ctx));
    // Stable sort: a rule's own hits keep their order; across rules only the final sort in
    // toFindings (start, rule id, end) decides, so the order runs are given in does not matter.
    const firstOnly = new Set<string>();
    const kept = hits
      .sort((a, b) => a.start - b.start)
      .filter((h) => {
        if (!h.rule.def.once) return true;
        if (firstOnly.has(h.rule.def.id)) return false;
        firstOnly.add(h.rule.def.id);
        return true;
      });
    return toFindings(kept, ctx, { corpus: ctx.corpus, basisOf, townshipBasisOf, severityOf, relatedLimit: RELATED_LIMIT, source });
  }

  // The full check passes only the runs that hold something from one stage to the next: per rule
  // and document bookkeeping would make the check time grow with the rule count, not with matches.
  const allIndependent: ReadonlySet<number> = new Set(independent.map((r) => r.index));
  const check = (input: AnalysisInput): Finding[] => finishRuns(input, runRules(input, allIndependent, true), true);

  return { rules, check };
}
