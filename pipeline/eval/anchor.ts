// Locating a reviewer's quote in the text beishen extracted. The quote is exact in the file as
// stored, but the extracted text is normalised (traditional → simplified, full-width folding, lines
// joined), so both are compared on a key without whitespace and with punctuation variants folded.
import { normalize } from '../text/normalize.ts';
import { sentenceAround } from '../analyse/units.ts';

export interface Span { start: number; end: number }

const FOLD: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！', '"': '“', '〔': '[', '〕': ']', '［': '[', '］': ']' };

function keyed(text: string): { key: string; at: number[] } {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/[\s\u3000]/.test(ch)) continue;
    key += FOLD[ch] ?? ch;
    at.push(i);
  }
  return { key, at };
}

/** Where the quote is in `text` (first occurrence), or null. */
export function locateQuote(text: string, quote: string): Span | null {
  const hay = keyed(text);
  const forms = new Set([quote, normalize(quote, { traditional: true }).text, normalize(quote, { traditional: false }).text]);
  for (const form of forms) {
    const needle = keyed(form).key;
    if (!needle) continue;
    const i = hay.key.indexOf(needle);
    if (i >= 0) return { start: hay.at[i]!, end: hay.at[i + needle.length - 1]! + 1 };
  }
  return null;
}

/** The sentence(s) holding the quote: a finding anywhere in them is on the labelled clause. */
export function clauseRegion(text: string, span: Span): Span {
  const a = sentenceAround(text, span.start, span.start);
  const b = sentenceAround(text, Math.max(span.start, span.end - 1), Math.max(span.start, span.end - 1));
  return { start: a.start, end: b.end };
}
