// Document metadata from the outline zones: title, 文号, docType, issuers, dates, validity.
import { ISSUER_LEVEL_NAMES, type DocMeta, type DocumentDates, type IngestResult, type Issuer } from '../model/types.ts';
import type { Line } from './lines.ts';
import type { Zone } from './outline.ts';
import { parseDocNumber } from './meta-docnumber.ts';
import { NORMATIVE_TYPES, docTypeOf, provisionalOf } from './meta-doctype.ts';
import { classifyIssuer, looksLikeIssuer } from './meta-issuers.ts';
import { addresseeLevel, cleanOrgName, issuerEvidence, recoverTitle, selfReferenceLevel, toIssuer, townBehindOffice } from './issuer-evidence.ts';
import { addPeriod, allDates, numericSignatureDate, parseDate, portalDate, readEffect, runOnSignature, trailingSignatureDate, yearOfMaking } from './meta-dates.ts';
import { isOrgLine, splitJoint, splitOrgs } from './tail.ts';
import { SERIAL_NUMBER } from './front.ts';
import { placeChain } from './divisions.ts';
import { DATE_SRC } from './patterns.ts';

const OWN_EFFECTIVE = new RegExp(`本[\\u4e00-\\u9fa5]{1,10}?(?:自|从|于)\\s*${DATE_SRC}\\s*(?:起)?\\s*(?:施行|执行|实施|生效)`);
const ISSUED_TITLE = /《([^》]{2,80})》/;

export interface MetaInput {
  ingest: IngestResult;
  zones: Zone[];
  imprint: Line[];
  /** The attachment zones that are the issued documents (印发 pattern), if any. */
  issued: Zone[];
  bodyStart: number;
  /** What the text says about effect and validity (documentDates): meta summarises it. */
  dates: DocumentDates;
}

/** The order that publishes a government rule: "人民政府令第125号", "政府令〔2023〕第3号". */
const GOVERNMENT_ORDER = /(?:人民政府|政府)令\s*(?:[〔\[(（]?\s*[0-9]{4}\s*[〕\])）]?)?\s*第\s*[0-9０-９一二三四五六七八九十百零〇]+\s*号|^(?:[\u4e00-\u9fa5]{2,12}人民政府令)$/;

/** A 文号 prefix that is a township's full name and an abbreviation of its organ: 大坪镇发, 石桥乡政办. */
const TOWNSHIP_NUMBER_PREFIX = /^([\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道))(政办发|政办|政发|党发|党委发|委发|办发|政|发|办|字)?$/;

function addIssuer(list: Issuer[], raw: string): void {
  const stripped = raw.replace(/[\s\u3000]+/g, '').replace(/(文件|令)$/, '');
  // Page furniture glued before the name ("11:37:39揭阳市公安局", "【发布单位】建设部办公厅").
  const name = cleanOrgName(stripped) ?? stripped;
  if (!looksLikeIssuer(name)) return;
  // the same organ written shorter elsewhere (县人民政府 / XX县人民政府): keep the fuller name
  const same = list.findIndex((i) => i.name === name || i.name.endsWith(name) || name.endsWith(i.name));
  if (same >= 0) {
    if (name.length > list[same]!.name.length && name.endsWith(list[same]!.name)) list[same] = classifyIssuer(name);
    return;
  }
  list.push(classifyIssuer(name));
}

/** "XX县财政局 XX县税务局关于…的通知" → the organs before 关于. */
function titleIssuers(title: string | null): string[] {
  if (!title) return [];
  const i = title.indexOf('关于');
  if (i > 0) return splitOrgs(title.slice(0, i)).flatMap(splitJoint);
  // "洪泽区人民政府2023年政府信息公开工作年度报告", "XX市人民政府令": a place, then the organ
  const chain = placeChain(title);
  if (!chain.length) return [];
  const at = chain.reduce((n, p) => n + p.length, 0);
  const organ = /^(人民政府办公厅|人民政府办公室|人民政府|[\u4e00-\u9fa5]{2,12}?(?:局|委员会|厅))/.exec(title.slice(at));
  return organ ? [title.slice(0, at) + organ[1]] : [];
}

const NOTE_ORGAN = /([A-Za-zＸ×\u4e00-\u9fa5]{0,24}?(?:人民政府|人民代表大会常务委员会|人大常委会))(?:令|第|常务会议|全体会议|审议|通过|公布|发布)/g;

/** 题注 "（2023年3月1日某某县人民政府第15次常务会议审议通过）" and "省人民政府令第1号公布" name the maker. */
function noteIssuers(note: string, title: string | null): string[] {
  const plain = note.replace(new RegExp(DATE_SRC, 'g'), ' ');
  const out: string[] = [];
  for (const m of plain.matchAll(NOTE_ORGAN)) {
    let name = m[1]!.replace(/第[一二三四五六七八九十0-9]+届/, '');
    // "省人民政府" inside the 题注 of "某某省…办法": the title supplies the place
    const lead = /^(省|市|县|区|自治区|自治州|镇|乡)(?=人民)/.exec(name);
    if (lead && title) {
      const place = new RegExp(`^(.{1,12}?${lead[1]})`).exec(title);
      if (place) name = place[1] + name.slice(lead[0].length);
    }
    out.push(name);
  }
  return out;
}

export function buildMeta(input: MetaInput): DocMeta {
  const { ingest, zones, imprint } = input;
  const issued = input.issued[0] ?? null;
  const main = zones[0];
  const text = ingest.text;
  const title = recoverTitle(ingest.text, main?.front.title ?? null);
  const meta: DocMeta = {
    title, docNumber: null, docType: docTypeOf(title), issuers: [], issuedOn: null, effectiveOn: null,
    validUntil: null, pages: ingest.pages ?? null,
  };
  // 文号
  for (const f of main?.front.lines ?? []) {
    if (f.role !== 'doc-number') continue;
    const line = f.line.text.replace(/^[（(](.*)[）)]$/, '$1');
    const n = parseDocNumber(line);
    if (n) { meta.docNumber = n.text; break; }
    if (SERIAL_NUMBER.test(line) || /令第\s*[0-9０-９〇一二三四五六七八九十百]+\s*号$/.test(line)) { meta.docNumber = line.replace(/\s+/g, ''); break; }
  }
  // the issued document (印发 pattern)
  if (issued) {
    const attachedTitle = issued.front.title ?? ISSUED_TITLE.exec(title ?? '')?.[1] ?? null;
    meta.attachedTitle = attachedTitle;
    meta.wrapperDocType = meta.docType;
    const t = input.issued.map((z) => docTypeOf(z.front.title)).find((x) => x && NORMATIVE_TYPES.has(x)) ?? docTypeOf(attachedTitle);
    if (t && NORMATIVE_TYPES.has(t)) meta.docType = t;
  }
  // issuers: red head, title prefix, 落款 of the notice (joint documents list several)
  let issuers: Issuer[] = [];
  for (const f of main?.front.lines ?? []) if (f.role === 'red-head') for (const o of splitOrgs(f.line.text.replace(/文\s*件$/, ''))) addIssuer(issuers, o);
  for (const o of titleIssuers(title)) addIssuer(issuers, o);
  for (const z of zones) if (z.signature) for (const o of z.signature.orgs) addIssuer(issuers, o);
  for (const f of main?.front.lines ?? []) if (f.role === 'note') for (const o of noteIssuers(f.line.text, title)) addIssuer(issuers, o);
  if (!issuers.some((i) => i.level !== null)) {
    // Nothing with a level in the usual places: look wherever real copies keep the name (a title
    // behind page furniture, a portal's 发布机构 field, the body's "经XX研究决定").
    const evidence = issuerEvidence(text, title);
    const best = evidence[0]?.source;
    const found = evidence.filter((e) => e.source === best).map((e) => ({ ...e.issuer, source: e.source }));
    if (found.some((i) => i.level !== null || i.possibleLevels)) issuers = [...found, ...issuers.filter((i) => !found.some((f) => f.name.endsWith(i.name) || i.name.endsWith(f.name)))];
  }
  if (!issuers.some((i) => i.level !== null)) {
    // The imprint names the office that printed the document ("高桥镇党政办公室 2023年5月1日印发"): the organ
    // it serves is the issuer's, and gives at least its level.
    for (const l of imprint) {
      const m = /^(\S{2,30}?)\s*(?:[0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年.*印发$/.exec(l.text.trim());
      const office = m?.[1] ? (cleanOrgName(m[1]) ?? m[1]) : null;
      if (!office) continue;
      const organ = townBehindOffice(office.replace(/(?<=人民政府|局|委员会)办公(?:室|厅)$/, ''));
      const issuer = toIssuer(organ) ?? classifyIssuer(organ);
      if (issuer.level) { issuers = [...issuers, { ...issuer, source: 'imprint' }]; break; }
    }
  }
  if (!issuers.length && meta.docNumber) {
    // only the 文号 prefix names the issuer: kind from the abbreviation, level unknown
    const prefix = parseDocNumber(meta.docNumber)!.prefix;
    // A township spells its own name out in full ("大坪镇发", "石桥乡政〔2023〕3号", "南湖街道办发"): the
    // name is the place, the rest says which of its organs issued the document.
    const town = TOWNSHIP_NUMBER_PREFIX.exec(prefix);
    if (town) {
      const organ = town[2] ?? '';
      const issuer = toIssuer(town[1]!) ?? classifyIssuer(town[1]!);
      issuers.push({ ...issuer, kind: /办/.test(organ) ? 'general-office' : /委|党/.test(organ) ? 'other' : issuer.kind });
    }
    else {
      const kind = /政办/.test(prefix) ? 'general-office' : /政/.test(prefix) ? 'government' : 'other';
      issuers.push({ name: prefix, level: null, kind });
    }
  }
  if (!issuers.some((i) => i.level !== null || i.possibleLevels)) {
    // No level anywhere, but the document is addressed to the level below ("各市住房城乡建设局：",
    // "各县（市、区）城市管理部门："): the issuers it names are at the level above; a document that names
    // none gets an issuer inferred from its addressees.
    const to = addresseeLevel(text);
    if (to && issuers.length) issuers = issuers.map((i) => (i.level === null ? { ...i, level: to.level } : i));
    else if (to) issuers.push({ ...to, name: `（未署名，据主送机关推定为${ISSUER_LEVEL_NAMES[to.level!]}${to.kind === 'department' ? '部门' : ''}）`, source: 'addressees' });
  }
  if (!issuers.some((i) => i.level !== null || i.possibleLevels)) {
    // No name at all, but the document speaks as a township or a county ("全镇范围内", "我县").
    const self = selfReferenceLevel(text);
    if (self) issuers.push({ ...self, name: self.level === 'township' ? '（未署名，据文中“本镇”“全镇”等推定为乡镇）' : '（未署名，据文中“本县”“全县”等推定为县级）', source: 'self-reference' });
  }
  meta.issuers = issuers;
  // A 地方政府规章 is published by 人民政府令 ("2022年6月1日某市人民政府令第125号公布", a red head "某市人民政府令",
  // a number "第125号"), made by a province's or a city's government: never a county's.
  const front = (main?.front.lines ?? []).filter((f) => f.role === 'note' || f.role === 'red-head' || f.role === 'doc-number').map((f) => f.line.text);
  if ([...front, meta.docNumber ?? ''].some((t) => GOVERNMENT_ORDER.test(t))) {
    const maker = issuers.find((i) => i.kind === 'government' && (i.level === 'province' || i.level === 'city'));
    if (maker) meta.governmentRule = maker.level as 'province' | 'city';
  }
  // dates
  const sig = main?.signature ?? zones.find((z) => z.signature)?.signature ?? null;
  const notes = [...(main?.front.lines ?? []), ...(issued?.front.lines ?? [])].filter((f) => f.role === 'note').map((f) => f.line.text);
  const imprintDate = imprint.map((l) => /印发$/.test(l.text) ? parseDate(l.text) : null).find(Boolean) ?? null;
  const noteDate = notes.map((n) => allDates(n)[0]).find(Boolean) ?? null;
  meta.issuedOn = (sig ? parseDate(sig.dateLine.text) : null) ?? noteDate ?? imprintDate
    ?? numericSignatureDate(text, isOrgLine) ?? trailingSignatureDate(text)
    ?? runOnSignature(text.slice(input.bodyStart), isOrgLine)?.date ?? null;
  const noteText = notes.join('\n');
  const body = text.slice(input.bodyStart);
  // The year the text says the document was made in (its 文号, "2006年度第一次常务会议"): where no day is stated,
  // the document is judged by the law of that year rather than of the day of the check (rules/context.ts ownDate).
  meta.madeInYear = yearOfMaking(meta.docNumber, body);
  // A web copy without 落款 or imprint still shows the date its portal published it — unless the page reposts a
  // document the text places years earlier (an aggregator's "时间：2024-07-05" over a 2006 规定).
  const portal = portalDate(text);
  const reposted = portal !== null && meta.madeInYear !== null && Number(portal.slice(0, 4)) > meta.madeInYear + 1;
  meta.publishedOn = imprintDate ?? (/公布|发布/.test(noteText) ? noteDate : null) ?? (reposted ? null : portal);
  const facts = readEffect(body);
  const own = OWN_EFFECTIVE.exec(body);
  const noteEffective = readEffect(noteText).effectiveOn;
  meta.effectiveOn = (own ? parseDate(own[0]) : null) ?? noteEffective ?? facts.effectiveOn;
  if (!meta.effectiveOn && (facts.effectiveOnIssue || readEffect(text).effectiveOnIssue)) {
    meta.effectiveOn = meta.issuedOn ?? meta.publishedOn;
  }
  const { period, validTo } = input.dates;
  meta.validityText = (validTo ?? period)?.words ?? null;
  const from = meta.effectiveOn ?? meta.issuedOn;
  meta.validUntil = validTo?.date ?? (period && from ? addPeriod(from, period.n, period.unit) : null);
  meta.provisional = provisionalOf(meta.attachedTitle ?? title);
  // metadata the format carried itself (OFD, HTML) fills what the text did not say
  if (ingest.meta) {
    for (const [k, v] of Object.entries(ingest.meta) as [keyof DocMeta, unknown][]) {
      if (v !== undefined && v !== null && (meta[k] === null || meta[k] === undefined || (Array.isArray(meta[k]) && !(meta[k] as unknown[]).length))) {
        (meta as unknown as Record<string, unknown>)[k] = v;
      }
    }
  }
  return meta;
}
