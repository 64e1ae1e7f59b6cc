// Shared tail of every adapter: blocks (paragraphs, lines, table rows) → normalised text joined by
// "\n", one TextSpan per block, and a quality verdict. Each block is normalised on its own, so span
// boundaries are exact; whether to convert traditional characters is decided once for the document.
import type { IngestResult, TextSpan } from '../model/types.ts';
import { normalize } from '../text/normalize.ts';
import { looksTraditional } from '../text/traditional.ts';
import { scoreGarble } from '../text/garble-score.ts';

export interface RawBlock {
  text: string;
  page?: number;
  paragraph?: number;
  kind?: TextSpan['kind'];
}

export interface Assembled {
  text: string;
  spans: TextSpan[];
  notes: string[];
  quality: IngestResult['quality'];
}

export function assemble(blocks: RawBlock[], emptyReason = '文件中没有可提取的文字。'): Assembled {
  const notes: string[] = [];
  const rawAll = blocks.map((b) => b.text).join('\n');
  const traditional = looksTraditional(rawAll);
  if (traditional) notes.push('原文为繁体字，已转换为简体字（含“檔案→文件”“程式→程序”等词语）后检查。');
  const parts: string[] = [];
  const spans: TextSpan[] = [];
  let pos = 0;
  for (const b of blocks) {
    // Leading/trailing blanks are layout (indents typed with spaces, right-aligned dates), not text.
    const t = normalize(b.text, { traditional }).text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (!t.trim()) continue;
    if (parts.length) pos += 1; // the "\n" separator
    const span: TextSpan = { start: pos, end: pos + t.length };
    if (b.page !== undefined) span.page = b.page;
    if (b.paragraph !== undefined) span.paragraph = b.paragraph;
    if (b.kind !== undefined) span.kind = b.kind;
    spans.push(span);
    parts.push(t);
    pos += t.length;
  }
  const text = parts.join('\n');
  let quality: IngestResult['quality'] = { status: 'ok' };
  if (!text.trim()) quality = { status: 'no-text', reason: emptyReason };
  else {
    const v = scoreGarble(text);
    if (v.garbled) quality = { status: 'garbled', reason: v.reason! };
  }
  return { text, spans, notes, quality };
}
