// Structure on the team's shared sample files through the real ingest: the notoserif Word and PDF
// files must give exactly a30.txt's provisions; Word automatic numbering must give the same
// provisions as typed numbering.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestBuffer, ingestFile } from '../../pipeline/ingest/index.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { SHARED, asIngest } from './law-files.ts';

const SYN = fileURLToPath(new URL('samples/synthetic/', SHARED));
const has = (f: string) => existsSync(SYN + f);

describe.skipIf(!has('a30.txt'))('notoserif documents against a30.txt', () => {
  const truth = has('a30.txt') ? structureDocument(asIngest(readFileSync(SYN + 'a30.txt', 'utf8'))).provisions : [];
  for (const f of ['notoserif_auto.pdf', 'notoserif_typed.docx', 'notoserif_auto.docx']) {
    it.skipIf(!has(f))(`${f}: every provision boundary and text as in a30.txt`, async () => {
      const { ingest } = await ingestFile(SYN + f);
      const doc = structureDocument(ingest);
      const articles = doc.provisions.filter((p) => /条/.test(p.label));
      expect(articles.map((p) => p.label)).toEqual(truth.map((p) => p.label));
      expect(articles.map((p) => p.text)).toEqual(truth.map((p) => p.text));
      for (const p of doc.provisions) expect(ingest.text.slice(p.start, p.end)).toBe(p.text);
      if (f.endsWith('.pdf')) expect(articles.every((p) => p.page !== undefined)).toBe(true);
    }, 30_000);
  }
});

describe.skipIf(!has('auto_extras.docx') || !has('typed_extras.docx'))('Word automatic numbering', () => {
  it('auto_extras.docx yields the same provisions as typed_extras.docx; text boxes and footnotes stay out of 第三十条', async () => {
    const auto = structureDocument((await ingestFile(SYN + 'auto_extras.docx')).ingest).provisions;
    const typed = structureDocument((await ingestFile(SYN + 'typed_extras.docx')).ingest).provisions;
    expect(auto.map((p) => [p.label, p.text])).toEqual(typed.map((p) => [p.label, p.text]));
    expect(typed.map((p) => p.label).slice(-4)).toEqual(['第六章第三十条', '文本框', '文本框2', '脚注']);
  }, 30_000);
});

describe('Kangxi radicals from PDF fonts', () => {
  // Folded once in normalisation (every ingest adapter), so structure and rules see 第一条 and 民.
  it('第⼀条 and 2024年5⽉6⽇ reach structure as 第一条 and a date', async () => {
    const raw = 'XX县⼈⺠政府关于XX的通知\n第⼀条　甲。\n第⼆条　⼄。\nXX县⼈⺠政府\n2024年5⽉6⽇';
    const ingest = await ingestBuffer(Buffer.from(raw, 'utf8'), 'radicals.txt', 'txt');
    expect(ingest.text).toBe('XX县人民政府关于XX的通知\n第一条　甲。\n第二条　乙。\nXX县人民政府\n2024年5月6日');
    const doc = structureDocument(ingest);
    expect(doc.provisions.map((p) => p.label)).toEqual(['第一条', '第二条']);
    expect(doc.provisions[0]!.text).toBe('第一条　甲。');
    expect(doc.meta.issuedOn).toBe('2024-05-06');
    expect(doc.meta.issuers).toEqual([{ name: 'XX县人民政府', level: 'county', kind: 'government' }]);
  });
});
