// `document` rules: properties of the whole document — validity period, 施行日期, 暂行/试行,
// 制定依据, the gap between publication and effect — read from the metadata and the date facts the
// structure stage found (doc.dates: what the text says, where). Limits come from the profile (params).
import type { CompiledRule, DocContext, Hit } from '../context.ts';
import type { DocMeta, DocumentDates, Stated } from '../../model/types.ts';
import { classifySubject, mentionsPublic, namesGovernment } from '../subject.ts';
import { splitSentences } from '../../analyse/units.ts';

const BASIS_RE = /(根据|依据|依照|按照)[^。\n]{0,120}?《[^》]+》[^。\n]{0,160}?(制定|结合|特制定|现就|现将|通知如下|规定如下)/;
// An upper body's named decision or arrangement is a basis too ("根据区防汛抗旱指挥部的统一部署"); a bare
// "根据有关法律法规" is not.
// "依照《城镇排水与污水处理条例》第三十二条第一款的规定，……" opening the document names its basis too.
const CITED_RE = /(根据|依据|依照|按照)[^。\n]{0,40}?《[^》]+》/;
const UPPER_RE = /(根据|依据|按照)[^。\n，]{0,30}(国务院|中央|省|市|县|区|部|委|厅|指挥部|领导小组)[^。\n，]{0,20}(部署|决定|通知|要求|意见|规定|办法|精神|安排)/;
const REASON_RE = /(因|由于|为)[^。\n]{0,40}?(紧急|立即施行|公布后不立即施行|国家安全|重大公共利益|需要立即)/;

/** The validity period as the document states it, in years (18个月 is 1.5年). */
function statedYears(dates: DocumentDates): { years: number; at: Stated } | null {
  const p = dates.period;
  return p ? { years: p.unit === 'year' ? p.n : p.n / 12, at: p } : null;
}

/** "有效期至2029年12月31日": the span from the start of effect, counted in calendar years, as
 *  provincial practice does (a document effective in 2024 "valid until the end of 2029" is five years).
 *  Where the text names no last day (meta's came from the format's own metadata) the finding points nowhere. */
function yearsUntil(meta: DocMeta, dates: DocumentDates): { years: number; at: Stated | null; shown: string } | null {
  const start = meta.effectiveOn ?? meta.issuedOn ?? meta.publishedOn;
  const until = meta.validUntil ?? dates.validTo?.date;
  if (!start || !until) return null;
  const y = Number(until.slice(0, 4)) - Number(start.slice(0, 4));
  return { years: y, at: dates.validTo, shown: `自${start}至${until}` };
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

function hit(rule: CompiledRule, ctx: DocContext, start: number, end: number, vars: Record<string, string>): Hit {
  const provision = ctx.provisions.find((p) => p.start <= start && start < p.end) ?? null;
  return { rule, start, end, match: ctx.text.slice(start, end), provision, vars };
}

/** A location for "something is missing": the first line (the title), matched as empty. */
function missing(rule: CompiledRule, ctx: DocContext, vars: Record<string, string> = {}): Hit {
  return { rule, start: 0, end: 0, match: '', provision: null, vars };
}

export function documentHits(rule: CompiledRule, ctx: DocContext): Hit[] {
  const { meta, dates } = ctx.doc;
  const text = ctx.text;
  const num = (k: string, d: number) => (typeof rule.params[k] === 'number' ? (rule.params[k] as number) : d);
  // The form of a document is judged against what its type requires: with no recognisable type
  // (a form, an invoice, an article) there is nothing to hold it to. The unknown-issuer note still runs.
  if (!meta.docType && rule.def.check !== 'issuer-unknown') return [];
  switch (rule.def.check) {
    case 'validity-missing': {
      if (meta.validUntil || meta.validityText || dates.validityStated) return [];
      return [missing(rule, ctx)];
    }
    case 'validity-too-long': {
      const max = num('maxValidityYears', 5);
      const y = statedYears(dates);
      if (y) {
        if (y.years <= max) return [];
        return [hit(rule, ctx, y.at.start, y.at.end, { value: `${y.years}年`, limit: `${max}年` })];
      }
      const u = yearsUntil(meta, dates);
      if (!u || u.years <= max) return [];
      return [hit(rule, ctx, u.at?.start ?? 0, u.at?.end ?? 0, { value: `${u.shown}（约${u.years}年）`, limit: `${max}年` })];
    }
    case 'provisional-too-long': {
      const provisional = meta.provisional ?? (/(暂行|试行)/.exec(meta.title ?? text.slice(0, 200))?.[1] as '暂行' | '试行' | undefined);
      if (!provisional) return [];
      const max = num('maxProvisionalYears', 2);
      const y = statedYears(dates);
      const u = y ? null : yearsUntil(meta, dates);
      const n = y?.years ?? u?.years;
      if (n === undefined || n <= max) return [];
      const at = y?.at ?? u?.at;
      const value = y ? `${y.years}年` : `${u!.shown}（约${u!.years}年）`;
      return [hit(rule, ctx, at?.start ?? 0, at?.end ?? 0, { value, limit: `${max}年`, match: provisional })];
    }
    case 'effective-date-missing': {
      if (meta.effectiveOn || dates.effectStated) return [];
      return [missing(rule, ctx)];
    }
    case 'legal-basis-missing': {
      // A document that binds the public (a measure written in articles, or any sentence putting a duty
      // or a prohibition on citizens, businesses …) must name its basis in upper law; a notice that only
      // arranges the administration's own work commonly states just a purpose. Param onlyNormative: false
      // checks every document.
      if (rule.params.onlyNormative !== false && !/(^|\n)\s*第[一1]条/.test(text) && !bindsThePublic(ctx)) return [];
      const head = preamble(text).slice(0, num('searchChars', 1500));
      if (BASIS_RE.test(head) || CITED_RE.test(head) || UPPER_RE.test(head)) return [];
      return [missing(rule, ctx)];
    }
    case 'publication-gap': {
      const published = meta.publishedOn ?? meta.issuedOn;
      // Where meta has no day of effect, the first "自……起施行" says it: the day of issue, or a day it names.
      const stated = dates.commencement;
      let effective = meta.effectiveOn;
      if (!effective && stated) effective = stated.onIssue ? published : stated.date;
      if (!published || !effective) return [];
      const gap = daysBetween(published, effective);
      const min = num('minDaysToEffect', 30);
      if (gap >= min || REASON_RE.test(text)) return [];
      return [hit(rule, ctx, stated?.start ?? 0, stated?.end ?? 0, { value: `${gap}日`, limit: `${min}日` })];
    }
    case 'retroactive-effect': {
      // "本办法自2019年1月1日起施行" in a document signed on 2019-03-05: its duties and sanctions reach back
      // to acts done before anyone could know them. Only the signed date counts (a portal's publication
      // date may be weeks later than the document's); favourable documents (subsidies, awards) may reach
      // back (立法法第一百零四条's exception), and documents binding no one outside the administration
      // burden no one.
      const issued = meta.issuedOn;
      // The statement structure read the date from (not one about a law the document applies).
      const stated = dates.effective;
      const effective = stated?.date ?? meta.effectiveOn;
      if (!issued || !effective || effective >= issued) return [];
      if (FAVOURABLE_RE.test(meta.title ?? '') || FAVOURABLE_RE.test(meta.attachedTitle ?? '') || !bindsThePublic(ctx)) return [];
      return [hit(rule, ctx, stated?.start ?? 0, stated?.end ?? 0, { value: effective, limit: issued })];
    }
    case 'issuer-unknown': {
      if (!ctx.suppressed.length) return [];
      const first = ctx.suppressed[0]!;
      const titles = [...new Set(ctx.suppressed.map((s) => s.rule.title))].join('；');
      return [{ rule, start: first.start, end: first.end, match: first.match, provision: first.provision, vars: { detail: titles } }];
    }
    default:
      return [];
  }
}

// Documents that give (subsidies, awards, support): reaching back in time favours those they reach.
const FAVOURABLE_RE = /奖励|奖补|补贴|补助|扶持|资助|优惠|激励|支持|救助|减免|惠民|优待|抚恤/;
const DUTY_RE = /应当|必须|(?<![无毋不])须(?!知)|不得|严禁|禁止|一律/;
// Conditions for a post (招聘、遴选 …) are eligibility requirements, not duties on the public.
const RECRUITMENT_RE = /招聘|招录|录用|遴选|选调|选聘|招考|引进[^，。]{0,10}人才|人才引进/;
// 主送机关: the line ending in a colon before the body (各房地产开发企业，各燃气经营企业：).
const ADDRESSEES_RE = /(^|\n)([^\n。：]{2,80})：\s*\n/;

/** Where a document states its basis: before its first numbered item, or in its first article. */
function preamble(text: string): string {
  const second = /(^|\n)\s*第(二|2)条/.exec(text);
  if (/(^|\n)\s*第[一1]条/.test(text) && second) return text.slice(0, second.index);
  const first = /(^|\n)\s*(一、|（一）|1[.．、])/.exec(text);
  return first ? text.slice(0, first.index) : text;
}

/** Some provision puts a duty or prohibition on someone outside the administration. */
function bindsThePublic(ctx: DocContext): boolean {
  if (RECRUITMENT_RE.test(ctx.doc.meta.title ?? '')) return false;
  // A 通告 is by its form addressed to the public.
  if (/通告/.test(ctx.doc.meta.docType ?? '')) return true;
  // Addressed to businesses or citizens: the document speaks to the public.
  const addressees = ADDRESSEES_RE.exec(ctx.text.slice(0, 800));
  if (addressees && mentionsPublic(addressees[2]!)) return true;
  const citing = ctx.citations().filter((c) => !c.own && c.form !== 'anaphor' && c.articles.length);
  for (const p of ctx.doc.provisions) {
    for (const u of splitSentences(p.text)) {
      // A sentence restating an upper-law article it cites sets no duty of its own.
      if (citing.some((c) => c.start < p.start + u.end && c.end > p.start + u.start)) continue;
      const m = DUTY_RE.exec(u.text);
      if (m && classifySubject(u.text, m.index, m.index + m[0].length) === 'public') return true;
      if (sanctionsThePublic(u.text)) return true;
    }
  }
  return false;
}

// A consequence the document attaches to conduct binds whoever it falls on, even where no 应当/不得
// is written: "违反本通知第一条规定的，由县公安局没收……" (the subject of the sentence is the enforcing
// body, the one bound is the violator), "对拒不配合登记的农户，暂停发放……补贴".
const SANCTION_RE = /罚款|没收|拘留|吊销|暂扣|责令(?:停止|停产|停业|改正|限期|整改)|停发|扣发|(?:暂停|停止|暂缓|取消)[^，。；]{0,4}(?:发放|享受|拨付|申报)|取消[^，。；]{0,12}资格|不予(?:发放|办理|享受|拨付|受理)|不得(?:申报|申请|享受)|列入[^，。；]{0,10}名单|予以(?:曝光|通报)/;
// The violation of the document itself: the rules it lays down are addressed to the public unless the
// violator is named as a body of the administration (namesGovernment on the condition).
const BREACH_RE = /违反本(?:通知|通告|公告|办法|规定|决定|意见|细则|方案)/;

function sanctionsThePublic(sentence: string): boolean {
  const m = SANCTION_RE.exec(sentence);
  if (!m) return false;
  const before = sentence.slice(0, m.index).replace(/^\s*(第[^条\s]{1,8}条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])\s*/, '');
  // Who the condition names: "各乡镇违反本通知……的" is internal discipline, not a rule for the public.
  const cond = /^[^，,。；]*/.exec(before)![0];
  const who = /^(.{1,20}?)(?:违反|未按|未经|拒不|不按|擅自|逾期|未|没有|不)/.exec(cond)?.[1] ?? cond;
  if (namesGovernment(who)) return false;
  return BREACH_RE.test(before) || mentionsPublic(cond);
}
