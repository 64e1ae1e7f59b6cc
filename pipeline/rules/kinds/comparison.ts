// `comparison` rules: a clause compared with the article of a law the document names, in its text of the document's
// date. `compares: approver` — the body a clause names to decide an approval, against the level the article gives
// the same matter's approval to (analyse/approver.ts); `compares: denied` — an act a clause refuses or waives (不予补偿),
// against the sentence of a named law that requires it (analyse/denied.ts); `compares: permitted` — leave a clause gives
// (可以允许), against the sentence of a named law that refuses it (analyse/permitted.ts); `compares: threshold` — a number a clause sets for a
// condition, against the number the article sets for the same thing (analyse/thresholds.ts). The finding quotes
// the article.
import { ISSUER_LEVELS, type IssuerLevel, type Provision, type ResolvedArticle } from '../../model/types.ts';
import type { Corpus } from '../../corpus/corpus.ts';
import type { CompiledRule, DocContext, Hit } from '../context.ts';
import { CHARGE_WORDS, forbiddenCharge as forbiddenChargeOf } from '../../analyse/forbidden-charge.ts';
import { approvalsIn, approverConflict as approverConflictOf, type ApproverConflict } from '../../analyse/approver.ts';
import { thresholdConflict as thresholdConflictOf, thresholdsIn, agreedByRetrieved } from '../../analyse/thresholds.ts';
import { DUTY, encouragedConflict as encouragedConflictOf } from '../../analyse/encouraged.ts';
import { DENIAL_WORDS, deniedDuty as deniedDutyOf } from '../../analyse/denied.ts';
import { PERMISSION_WORDS, permittedBan as permittedBanOf } from '../../analyse/permitted.ts';
import { REQUIRED_LEAVE_WORDS, unneededApproval as unneededApprovalOf } from '../../analyse/unneeded-approval.ts';
import { RELIEF_WORDS, reliefDiffers } from '../../analyse/tax-relief.ts';
import { BEARER_WORDS, costBearerDiffers as costBearerDiffersOf } from '../../analyse/cost-bearer.ts';
import { choiceNarrowed as choiceNarrowedOf, NARROWING_WORDS } from '../../analyse/narrowed-choice.ts';
import { BAN_WORDS, leaveForbidden as leaveForbiddenOf } from '../../analyse/leave-forbidden.ts';
import { keptAcrossDocuments, type LawSentenceMatch } from '../../analyse/named-law-articles.ts';
import { namedLaws, subjectLawsOf } from '../restatement.ts';
import { unitsOf } from '../match.ts';
import { isGovernmentDuty } from '../guards.ts';
import { CITATION_PHRASE } from '../../analyse/frames.ts';
import { statesOwnValidity } from '../../structure/meta-dates.ts';

// A batch's documents repeat their sentences and name the same laws: each comparison is made once per sentence and
// texts of the named laws.
const approverConflict = keptAcrossDocuments((sentence: string, laws: readonly string[], corpus: Corpus, date: string | null, self: readonly IssuerLevel[],
  voice: readonly IssuerLevel[]) => approverConflictOf(sentence, laws, corpus, date, self, voice));
const encouragedConflict = keptAcrossDocuments(encouragedConflictOf);
// A denial is compared with the words before it in its provision too (the sentence before it names what is denied).
const deniedDuty = keptAcrossDocuments((sentence: string, laws: readonly string[], corpus: Corpus, date: string | null, before: string) => deniedDutyOf(sentence, laws, corpus, date, before));
const thresholdConflict = keptAcrossDocuments((sentence: string, laws: readonly string[], corpus: Corpus, date: string | null, government: boolean, about: readonly string[], title: string) =>
  thresholdConflictOf(sentence, laws, corpus, date, government, about, title));
const permittedBan = keptAcrossDocuments(permittedBanOf);
const unneededApproval = keptAcrossDocuments(unneededApprovalOf);
const forbiddenCharge = keptAcrossDocuments(forbiddenChargeOf);
const costBearerDiffers = keptAcrossDocuments(costBearerDiffersOf);
const choiceNarrowed = keptAcrossDocuments(choiceNarrowedOf);
const leaveForbidden = keptAcrossDocuments(leaveForbiddenOf);

/** The comparisons that find the one sentence of a named law a clause departs from (it requires what the clause denies,
 *  forbids what it allows, makes free what it charges, waives what it requires): the words a sentence must hold to be
 *  read, the comparison, and whether the finding runs to the sentence's end (what a clause allows is the rest of it) or
 *  covers the clause's departing words. */
type SentenceComparison = {
  words: readonly string[];
  find: (sentence: string, laws: readonly string[], corpus: Corpus, date: string | null, before: string) => LawSentenceMatch | null;
  toSentenceEnd: boolean;
};
const SENTENCE_COMPARISONS: Partial<Record<NonNullable<CompiledRule['def']['compares']>, SentenceComparison>> = {
  denied: { words: DENIAL_WORDS, find: (s, laws, corpus, date, before) => deniedDuty(s, laws, corpus, date, before), toSentenceEnd: false },
  permitted: { words: PERMISSION_WORDS, find: (s, laws, corpus, date) => permittedBan(s, laws, corpus, date), toSentenceEnd: true },
  charge: { words: CHARGE_WORDS, find: (s, laws, corpus, date) => forbiddenCharge(s, laws, corpus, date), toSentenceEnd: false },
  unneeded: { words: REQUIRED_LEAVE_WORDS, find: (s, laws, corpus, date) => unneededApproval(s, laws, corpus, date), toSentenceEnd: false },
  'tax-relief': { words: RELIEF_WORDS, find: (s, laws, corpus, date) => reliefDiffers(s, laws, corpus, date), toSentenceEnd: false },
  'cost-bearer': { words: BEARER_WORDS, find: (s, laws, corpus, date) => costBearerDiffers(s, laws, corpus, date), toSentenceEnd: false },
  'narrowed-choice': { words: NARROWING_WORDS, find: (s, laws, corpus, date) => choiceNarrowed(s, laws, corpus, date), toSentenceEnd: false },
  'leave-forbidden': { words: BAN_WORDS, find: (s, laws, corpus, date) => leaveForbidden(s, laws, corpus, date), toSentenceEnd: false },
};

export function comparisonHits(rule: CompiledRule, ctx: DocContext, p: Provision): Hit[] {
  const out: Hit[] = [];
  let laws: string[] | undefined;
  const named = () => (laws ??= namedLaws(ctx).map((l) => l.title));
  // The laws the document is about without naming them (its title's matter): searched after the named ones.
  const about = subjectLawsOf(ctx);
  // The levels the department that issues the document may be at, for the body it calls itself ("经我局批准").
  const issuer = ctx.issuers.length === 1 && ctx.issuers[0]!.kind === 'department' ? ctx.issuers[0]! : null;
  const self: IssuerLevel[] = issuer ? (issuer.level ? [issuer.level] : issuer.possibleLevels ?? []) : [];
  // … and the levels of the one issuer of any kind, for a designation it announces in its own voice ("将……划定为……疫区").
  const sole = ctx.issuers.length === 1 ? ctx.issuers[0]! : null;
  const voice: IssuerLevel[] = sole ? (sole.level ? [sole.level] : sole.possibleLevels ?? []) : [];
  // A comparison with the laws the document names, failing that with those it is about.
  const namedThenAbout = <R>(compare: (laws: readonly string[]) => R | null): R | null => compare(named()) ?? (about.length ? compare(about) : null);
  // Every comparison is with a law the document names or is about: a document with neither has nothing to
  // compare, and its sentences need not be read for approvals, duties or numbers (the threshold rule has no words
  // the engine could pick it by, and meets every provision).
  // The threshold rule alone also reads a document that names nothing: the laws retrieval finds for a sentence that
  // bounds a term of art are compared there (below).
  // A tax relief is compared with the tax's own act, found by the tax's name, whatever the document names.
  if (!named().length && !about.length && rule.def.compares !== 'threshold' && rule.def.compares !== 'tax-relief') return out;
  let previous = 0;
  for (const s of unitsOf('sentence', p.text, ctx)) {
    const at = p.start + s.start;
    // The provision's words from the sentence before this one: what a denial denies is often named there.
    const before = p.text.slice(previous, s.start);
    previous = s.start;
    const sentenceComparison = rule.def.compares ? SENTENCE_COMPARISONS[rule.def.compares] : undefined;
    if (sentenceComparison) {
      if (!sentenceComparison.words.some((w) => s.text.includes(w))) continue;
      const c = namedThenAbout((laws) => sentenceComparison.find(s.text, laws, ctx.corpus, ctx.date, before));
      if (!c) continue;
      const article = ctx.corpus.resolve(c.law.title, c.article.label);
      const hit = sentenceComparison.toSentenceEnd ? hitToSentenceEnd(rule, ctx, p, at, s.text, c.start, article, c.sentence)
        : hitAt(rule, ctx, p, at + c.start, at + c.end, article ? [article] : [], s.text.slice(c.start, c.end), c.sentence);
      if (hit) out.push(hit);
    } else if (rule.def.compares === 'approver' || rule.def.compares === 'approver-below') {
      if (!approvalsIn(s.text, self, voice).length) continue;
      const c = namedThenAbout((laws) => approverConflict(s.text, laws, ctx.corpus, ctx.date, self, voice));
      if (!c || belowLaw(c) !== (rule.def.compares === 'approver-below')) continue;
      const basis = c.articles.map((a) => ctx.corpus.resolve(a.law.title, a.article.label)).filter((a) => a !== undefined);
      const hit = hitAt(rule, ctx, p, at + c.approval.start, at + c.approval.end, basis, c.approval.approver + c.approval.act, c.articles[0]!.theirs.approver + c.articles[0]!.theirs.act);
      if (hit) out.push(hit);
    } else if (rule.def.compares === 'encouraged') {
      if (!DUTY.test(s.text)) continue;
      if (isGovernmentDuty(p.text, s.start, s.end)) continue;
      const c = namedThenAbout((laws) => encouragedConflict(s.text, laws, ctx.corpus, ctx.date));
      if (!c) continue;
      const article = ctx.corpus.resolve(c.law.title, c.article.label);
      const duty = DUTY.exec(s.text)!;
      const hit = hitToSentenceEnd(rule, ctx, p, at, s.text, duty.index, article, c.sentence);
      if (hit) out.push(hit);
    } else if (rule.def.compares === 'threshold') {
      // "本通知自印发之日起施行，有效期三年" dates the document: no law's 有效期 (进出口审批单的有效期最长为90日) is its measure.
      if (!thresholdsIn(s.text).length || statesOwnValidity(s.text)) continue;
      const government = isGovernmentDuty(p.text, s.start, s.end);
      // The articles retrieval ranks first for the sentence, read once for both questions below.
      let top: ReturnType<typeof retrieved> | undefined;
      const retrievedHere = () => (top ??= retrieved(s.text, ctx));
      const c = (named().length || about.length ? thresholdConflict(s.text, named(), ctx.corpus, ctx.date, government, about, ctx.doc.meta.title ?? '') : null)
        ?? (named().length ? null : retrievedThresholdConflict(s.text, retrievedHere, ctx, government));
      if (!c) continue;
      // … unless another act, retrieved for the sentence, sets that very number for the thing (its own law's other
      // numbers were weighed, case by case, above).
      const others = retrievedHere().filter((r) => r.law !== c.law.title);
      if (agreedByRetrieved(c, s.text, others, ctx.corpus, ctx.date)) continue;
      const basis = [c, ...(c.also ? [c.also] : [])].map((a) => ctx.corpus.resolve(a.law.title, a.article.label)).filter((a) => a !== undefined);
      const hit = hitAt(rule, ctx, p, at + c.mine.q.start, at + c.mine.q.end, basis, c.mine.q.raw, c.theirs.q.raw);
      if (hit) out.push(hit);
    }
  }
  return out;
}

/**
 * A sentence that bounds a term of art ("试用期最长不超过一年", "每月加班不得超过六十小时") in a document that names no law
 * (the caller asks only then) and none it is about measures the thing: the articles retrieval ranks first for the sentence are what it restates or departs from. Only an article
 * retrieval ranks among the first few, that is close to the sentence's matter and sets a number for the same thing
 * (thresholds.ts judges both), decides — a law the document never names is otherwise left alone.
 */
function retrievedThresholdConflict(sentence: string, retrievedHere: () => ReturnType<typeof retrieved>, ctx: DocContext,
  government: boolean): ReturnType<typeof thresholdConflictOf> {
  if (!BOUNDED.test(sentence)) return null;
  const top = retrievedHere();
  if (!top.length) return null;
  const laws = [...new Set(top.map((r) => r.law))];
  const c = thresholdConflict(sentence, laws, ctx.corpus, ctx.date, government, [], ctx.doc.meta.title ?? '');
  if (!c || c.similarity < RETRIEVED_MATTER) return null;
  // The article compared is one retrieval ranked, in the text of the document's day (its number may differ from the
  // current one's only where a revision renumbered it; then the comparison is left to the laws the document names).
  return top.some((r) => r.law === c.law.title && r.article === c.article.label) ? c : null;
}
/** The words of a bound: a clause that only mentions a period ("于十日内上报") sets none a law compares. An age below
 *  which the young are in ("未满14周岁的未成年人") bounds too; not an age from which people are in ("年满八十周岁的老年人"),
 *  often a local benefit's own threshold that no law fixes. */
const BOUNDED = /不得超过|不超过|最长|最多|不得少于|不少于|不得低于|不低于|最低|以内|为期|期限为|(?:未满|不满)[\d一二三四五六七八九十]+周岁/;
/** The articles retrieval ranks first for a sentence, its citations aside. */
const retrieved = (sentence: string, ctx: DocContext) => ctx.corpus.related(sentence.replace(CITATION_PHRASE, ''), RETRIEVED);
/** How many retrieved articles are candidates, and how close one must be to the sentence's matter. */
const RETRIEVED = 3;
const RETRIEVED_MATTER = 0.5;

/** A hit from `from` to the sentence's end (its closing punctuation left out), the clause's words from there quoted as
 *  what it says: a duty imposed or leave given is the rest of its sentence. */
function hitToSentenceEnd(rule: CompiledRule, ctx: DocContext, p: Provision, at: number, sentence: string, from: number,
  article: ResolvedArticle | undefined, limit: string): Hit | null {
  const end = sentence.replace(/[，,。；;：:\s]+$/, '').length;
  return hitAt(rule, ctx, p, at + from, at + end, article ? [article] : [], sentence.slice(from).replace(/[。；;\s]+$/, ''), limit);
}

/** value: what the clause says; limit: what the article says. */
function hitAt(rule: CompiledRule, ctx: DocContext, p: Provision, start: number, end: number, basis: ResolvedArticle[], value: string, limit: string): Hit | null {
  const article = basis[0];
  if (!article) return null;
  return {
    rule, start, end, match: ctx.text.slice(start, end), provision: p, basis,
    vars: { value, law: article.law, article: article.article, limit },
  };
}

/** The document's body is below every level the law gives the decision to ("镇人民政府批准" where 土地管理法第五十七条 names
 *  县级以上人民政府自然资源主管部门): it takes a power from above. */
function belowLaw(c: ApproverConflict): boolean {
  // ISSUER_LEVELS runs from the centre down: a later level is a lower one.
  const theirs = c.articles[0]!.theirs.levels.map((l) => ISSUER_LEVELS.indexOf(l));
  return c.approval.levels.every((l) => theirs.every((t) => ISSUER_LEVELS.indexOf(l) > t));
}
