// The end of a notice: the 落款 (issuer names and the 成文日期) and the 版记 (抄送 / 印发 lines).
import type { Line } from './lines.ts';
import { spreadOut } from './front.ts';
import { readMarker } from './markers.ts';
import { PAGE_CREDIT } from './web-chrome.ts';
import { ANY_PUNCT, DATE_ONLY, ENDS_WITH_DATE, ORG_SUFFIX, SEAL_MARK, SENTENCE_PUNCT } from './patterns.ts';

export interface Signature {
  from: number; // line index of the first signature line
  to: number; // line index after the last one
  orgLines: Line[];
  dateLine: Line;
  /** Organisation names (a joint document may put several on one line). */
  orgs: string[];
}

const SIGNER_PERSON = /^(省长|市长|县长|区长|州长|旗长|盟长|乡长|镇长|主任|主席|局长|院长)[\s\u3000]*[\u4e00-\u9fa5]{2,4}$/;
const FOLLOW = /^[（(](此件|本件|联系|信息公开|公开方式|主动公开|依申请公开|不予公开)[^）)]*[）)]?$/;
const IMPRINT = /^(抄送|抄报|分送|主送|发送)[:：]|印发$|^共印\s*[0-9０-９]+\s*份$|^(联系人|联系电话|责任人)[:：]/;

/** The organs a 落款 line names: joint ones side by side, a name spread out one character at a time ("青 山 镇 人 民
 *  政 府") as one, a seal's mark dropped. */
export function splitOrgs(text: string): string[] {
  const pieces = spreadOut(text.replace(SEAL_MARK, '').trim()).split(/[\s\u3000、,，]+/).map((s) => s.trim()).filter(Boolean);
  // A stray blank inside one name ("通城县人民 政府", OCR and PDF text): a piece that is no organ's name joins the
  // next when together they are one.
  const out: string[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && !ORG_SUFFIX.test(last) && ORG_SUFFIX.test(last + p)) out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out.filter((s) => s.length >= 2);
}

/** Splits "XX市财政局XX市税务局" written without a separator at each organ ending. */
export function splitJoint(s: string): string[] {
  const parts = s.split(/(?<=(?:人民政府办公室|人民政府办公厅|人民政府|局|厅|委员会|办公室|办事处))(?=[\u4e00-\u9fa5]{1,10}?(?:省|市|县|区|旗|镇|乡|街道))/);
  // A unit inside the organ is not another organ, though its name may hold a place-like 市 or 区 ("清源市文化广电和旅游局
  // 文化市场管理科", "…局城区管理股"): it stays joined to the organ it belongs to.
  const out: string[] = [];
  // "XX市民政局和XX市财政局": the word that joins them belongs to neither.
  for (const p of parts.filter(Boolean).map((x, i) => (i > 0 ? x.replace(/^(?:以及|和|与|及)/, '') : x))) {
    if (out.length && INNER_UNIT.test(p)) out[out.length - 1] += p;
    else out.push(p);
  }
  return out;
}

/** The name of a unit inside an organ: 科, 股, 室, 组, not an organ of a place. */
const INNER_UNIT = /^[\u4e00-\u9fa5]{1,12}(?:科|股|室|组)$/;

export function isOrgLine(text: string): boolean {
  if (text.length > 60 || ANY_PUNCT.test(text.replace(/[（）()]/g, '')) || readMarker(text)) return false;
  const parts = splitOrgs(text);
  return parts.length > 0 && parts.every((p) => ORG_SUFFIX.test(p) && p.length <= 45);
}

/** Finds the first 落款 in lines[from, to): org line(s) followed by a date, or a date right after body text. */
export function findSignature(lines: Line[], from: number, to: number): Signature | null {
  for (let i = from + 1; i < to; i++) {
    const t = lines[i]!.text;
    let orgLines: Line[] = [];
    let first = i;
    const m = ENDS_WITH_DATE.exec(t);
    if (!m) continue;
    if (!DATE_ONLY.test(t)) {
      // "XX县人民政府　2023年5月6日" on one line
      const prefix = m[1]!.trim();
      if (!prefix || !isOrgLine(prefix)) continue;
    }
    let j = i - 1;
    while (j >= from && i - j <= 4 && isOrgLine(lines[j]!.text)) { orgLines.unshift(lines[j]!); first = j; j--; }
    // 政府令 are signed by the head of government: "市长　张三"
    if (!orgLines.length && j >= from && SIGNER_PERSON.test(lines[j]!.text)) first = j;
    if (!orgLines.length && first === i) {
      // a date alone (sealed document) counts only right after a finished sentence, or as the last words of the
      // document, where only the page's credits follow it ("……报警电话：0730-8410119" / "2015年1月10日" / "来源：")
      const prev = lines[i - 1]!.text;
      const last = lines.slice(i + 1, to).every((l) => PAGE_CREDIT.test(l.text) || FOLLOW.test(l.text));
      if (!SENTENCE_PUNCT.test(prev.slice(-1)) && !/^特此/.test(prev) && !last) continue;
    }
    let end = i + 1;
    while (end < to && FOLLOW.test(lines[end]!.text)) end++;
    const orgs = orgLines.flatMap((l) => splitOrgs(l.text));
    if (!DATE_ONLY.test(t)) orgs.push(...splitOrgs(m[1]!.trim()));
    return { from: first, to: end, orgLines, dateLine: lines[i]!, orgs };
  }
  return null;
}

/** Index of the first line of the 版记 at the end of the document (lines.length when none). */
export function findImprint(lines: Line[]): number {
  let i = lines.length;
  while (i > 0) {
    const t = lines[i - 1]!.text;
    if (IMPRINT.test(t) || (/印发$/.test(t) && ENDS_WITH_DATE.test(t.replace(/印发$/, '')))) i--;
    else break;
  }
  return i;
}
