// Where attachments start: "附件N" label lines after the 落款, whatever follows the 落款 (an issued
// 办法 often comes without a label), or — with neither — the line repeating the title a 印发 sentence quotes.
import type { Line } from './lines.ts';
import { ISSUANCE, SENTENCE_PUNCT, normTitle } from './patterns.ts';

export const ATTACHMENT_LABEL = /^附\s*件\s*([0-9０-９一二三四五六七八九十]{0,3})\s*[:：]?\s*$/;
export const ATTACHMENT_WITH_TITLE = /^附\s*件\s*([0-9０-９一二三四五六七八九十]{0,3})\s*[:：]\s*(.+)$/;

/** Where attachments start: "附件N" label lines (after the 落款), or the body of an issued 办法 after the 落款. */
export function attachmentStarts(lines: Line[], from: number, to: number, afterSignature: number | null): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i]!.text;
    const labelOnly = ATTACHMENT_LABEL.test(t);
    const withTitle = ATTACHMENT_WITH_TITLE.test(t) && t.length <= 60 && !SENTENCE_PUNCT.test(t);
    if (!labelOnly && !withTitle) continue;
    if (afterSignature !== null && i < afterSignature) continue; // 附件说明 before the 落款
    if (afterSignature === null) {
      // without a 落款, a label followed by a numbered list is the 附件说明
      const next = lines[i + 1]?.text ?? '';
      if (withTitle && /^[0-9０-９]/.test(t.replace(ATTACHMENT_WITH_TITLE, '$2'))) continue;
      if (labelOnly && /^[0-9０-９]+[.．、]/.test(next)) continue;
    }
    starts.push(i);
  }
  if (afterSignature !== null && afterSignature < to && !starts.includes(afterSignature)) starts.unshift(afterSignature);
  return starts.sort((a, b) => a - b);
}

/** A 印发 notice with neither 落款 nor 附件 label: the issued document starts at the line repeating its title. */
export function issuedTitleStart(lines: Line[], from: number, to: number): number | null {
  for (let i = from; i < Math.min(to, from + 12); i++) {
    const m = ISSUANCE.exec(lines[i]!.text);
    if (!m) continue;
    const title = normTitle(m[1] ?? m[2]!);
    for (let j = i + 1; j < to; j++) {
      const t = normTitle(lines[j]!.text);
      if (t === title || (title.startsWith(t) && t.length >= 6 && title.length - t.length < 20 && j + 1 < to
        && (t + lines[j + 1]!.text.replace(/\s+/g, '')).startsWith(title))) return j;
    }
    return null;
  }
  return null;
}

/** "现将《A》《B》印发给你们": B starts at the line repeating its title, after A. */
export function furtherIssuedStarts(lines: Line[], from: number, firstStart: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < firstStart; i++) {
    const t = lines[i]!.text;
    if (!ISSUANCE.test(t)) continue;
    const head = t.slice(0, t.search(/印发|转发|已经|经[^。]{0,10}同意/));
    const titles = [...head.matchAll(/《([^》]{2,80})》/g)].map((m) => normTitle(m[1]!));
    let after = firstStart + 1;
    for (const title of titles.slice(1)) {
      for (let j = after; j < to; j++) {
        if (normTitle(lines[j]!.text) === title) { out.push(j); after = j + 1; break; }
      }
    }
    break;
  }
  return out;
}
