// Which rules apply to a document: issuer level/kind, document type and date.
// Rules below law do not judge laws: without an explicit `kinds`, a rule skips documents issued
// by a people's congress (laws, local regulations). An unknown issuer never matches a level
// condition; the engine reports that (form/issuer-unknown) instead of silently skipping.
import type { Issuer } from '../model/types.ts';
import type { AppliesTo } from './types.ts';

export type Applicability = 'applies' | 'not-applicable' | 'issuer-unknown';

/** Titles ending in 法 or 条例 are laws and regulations (条例 is reserved to them): upper law itself. */
const LAW_DOC_TYPES = new Set(['法', '条例', '法律', '行政法规', '地方性法规', '自治条例', '单行条例']);

/** Documents that are not normative documents at all (公文 that bind nobody but their addressee, or
 *  work records): reports, replies, letters, minutes, requests, and single-case decisions. */
const NON_NORMATIVE_DOC_TYPES = new Set(['报告', '批复', '函', '复函', '纪要', '会议纪要', '请示', '总结', '讲话', '议案',
  '决定书', '告知书', '通知书', '意见书', '建议书', '答复书', '说明', '标准']);

/** A level, or the levels an issuer can be (an "X市" not in the division list: county or city). */
export function issuerLevelKnown(issuers: Issuer[]): boolean {
  return issuers.length > 0 && issuers.some((i) => i.level !== null || !!i.possibleLevels?.length);
}

/** The issuer's level is in the set — for an issuer of uncertain level, every level it can be is. */
function levelIn(i: Issuer, levels: readonly string[]): boolean {
  if (i.level !== null) return levels.includes(i.level);
  return !!i.possibleLevels?.length && i.possibleLevels.every((l) => levels.includes(l));
}

/** The titles a document cites in 《》 (for appliesTo.unlessCites). */
export function citedTitles(text: string): string[] {
  return [...text.matchAll(/《([^《》\n]{2,100})》/g)].map((m) => m[1]!);
}

// The patterns rules give (unlessText, onlyText, except, a quantity rule's inSentence), compiled once each: they are
// asked about for every document and issuer. Without flags, a test keeps no state between calls.
const patterns = new Map<string, RegExp>();
export function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

export function applicability(a: AppliesTo | undefined, issuers: Issuer[], docType: string | null, date: string | null, text = '', governmentRule?: 'province' | 'city'): Applicability {
  if (governmentRule && a?.notGovernmentRules?.includes(governmentRule)) return 'not-applicable';
  if (a?.unlessText && a.unlessText.some((re) => patternOf(re).test(text))) return 'not-applicable';
  if (a?.onlyText && !a.onlyText.some((re) => patternOf(re).test(text))) return 'not-applicable';
  if (a?.unlessCites && a.unlessCites.length) {
    const titles = citedTitles(text);
    if (a.unlessCites.some((words) => titles.some((t) => words.every((w) => t.includes(w))))) return 'not-applicable';
  }
  if (a?.kinds) {
    if (issuers.length && !issuers.some((i) => a.kinds!.includes(i.kind))) return 'not-applicable';
  } else if (issuers.length && issuers.every((i) => i.kind === 'people-congress')) {
    return 'not-applicable';
  }
  if (!a?.docTypes && docType && (LAW_DOC_TYPES.has(docType) || NON_NORMATIVE_DOC_TYPES.has(docType))) return 'not-applicable';
  if (a?.docTypes && docType && !a.docTypes.some((t) => docType.includes(t))) return 'not-applicable';
  if (a?.notDocTypes && docType && a.notDocTypes.some((t) => docType.includes(t))) return 'not-applicable';
  if (date && a?.before && date >= a.before) return 'not-applicable';
  if (date && a?.after && date < a.after) return 'not-applicable';
  if (a?.levels) {
    if (!issuerLevelKnown(issuers)) return a.levels.includes('unknown') ? 'applies' : 'issuer-unknown';
    if (!issuers.some((i) => levelIn(i, a.levels!))) {
      // An issuer that may or may not be at a listed level cannot be judged by the rule.
      const maybe = issuers.some((i) => i.level === null && i.possibleLevels?.some((l) => a.levels!.includes(l)));
      return maybe ? 'issuer-unknown' : 'not-applicable';
    }
  }
  return 'applies';
}

/** Does this issuer fall in the set (level and kind both checked when both are given, minus `except`)? */
export function inSet(i: Issuer, set: { levels?: string[]; kinds?: string[]; except?: string[] }): boolean {
  if (set.except?.some((re) => patternOf(re).test(i.name))) return false;
  return (!set.levels || levelIn(i, set.levels)) && (!set.kinds || set.kinds.includes(i.kind));
}

/** Does any issuer fall in the set? */
export function issuerIn(issuers: Issuer[], set: { levels?: string[]; kinds?: string[]; except?: string[] }): boolean {
  return issuers.some((i) => inSet(i, set));
}

/** Does every issuer fall in the set? A joint document is beyond its issuers' powers only when none of them
 *  has the power: a coordination body signing with the competent department borrows nothing. */
export function allIssuersIn(issuers: Issuer[], set: { levels?: string[]; kinds?: string[]; except?: string[] }): boolean {
  return issuers.length > 0 && issuers.every((i) => inSet(i, set));
}
