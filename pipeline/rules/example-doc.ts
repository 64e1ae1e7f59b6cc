// Builds a StructuredDocument from a rule example or a fixture: one provision per non-empty line
// (label 第X条 when the line starts with one), metadata from the example's `meta`. Examples test
// rules, not the structure stage, so this builder is deliberately simple and deterministic.
import { emptyMeta, type Issuer, type StructuredDocument } from '../model/types.ts';
import type { ExampleMeta } from './types.ts';
import { documentDates } from '../structure/meta-dates.ts';

export const DEFAULT_EXAMPLE_ISSUER: Issuer = { name: '某县人民政府', level: 'county', kind: 'government' };

export function exampleDocument(text: string, meta: ExampleMeta = {}): StructuredDocument {
  const m = emptyMeta();
  const given = meta.issuers ?? (meta.issuer ? [meta.issuer] : undefined);
  m.issuers = given
    ? given.map((i) => ({ name: i.name ?? '', level: i.level === undefined ? null : i.level, kind: i.kind ?? 'other' }))
    : [DEFAULT_EXAMPLE_ISSUER];
  // Examples stand for normative documents (as the default issuer stands for a county government):
  // measures written in articles are 办法, the rest 通知, unless the example says otherwise.
  m.docType = meta.docType === undefined ? (/(^|\n)\s*第[一二三四五六七八九十百零〇\d]+条/.test(text) ? '办法' : '通知') : meta.docType;
  m.title = meta.title ?? null;
  m.issuedOn = meta.issuedOn ?? null;
  m.effectiveOn = meta.effectiveOn ?? null;
  m.validUntil = meta.validUntil ?? null;
  if (meta.publishedOn) m.publishedOn = meta.publishedOn;
  if (meta.validityText) m.validityText = meta.validityText;
  if (meta.provisional) m.provisional = meta.provisional;
  const provisions: StructuredDocument['provisions'] = [];
  let offset = 0;
  let n = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    n++;
    // A line that opens with its article or item number is named by it, as the structure stage names it ("第五条", "二、").
    const label = /^\s*(第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+、)/.exec(line)?.[1] ?? `第${n}段`;
    provisions.push({ label, path: [label], text: line, start, end: start + line.length });
  }
  return {
    meta: m,
    // The example's text is a body: what it says about effect and validity is read as the structure stage reads it.
    dates: documentDates(text, 0),
    outline: { kind: 'document', label: '', text, start: 0, end: text.length, children: [] },
    provisions,
  };
}
