// The bundled sample documents that `npm start` checks: present in every promised format, built
// from their sources, real Word numbering where promised, and readable by the ingest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../pipeline/eval/build-samples.ts';
import { ingestFile } from '../../pipeline/ingest/index.ts';
import { ROOT } from '../support/cli.ts';

const SAMPLES = join(ROOT, 'corpus', 'samples');
const SRC = join(ROOT, 'corpus', 'samples-src');
const samples = readdirSync(SAMPLES).sort();
const sources = readdirSync(SRC).filter((f) => f.endsWith('.txt')).sort();

function sourceOf(sample: string) {
  const text = readFileSync(join(SRC, sample.replace(/\.(docx|pdf|txt)$/, '.txt')), 'utf8');
  return { text, parsed: parseSource(text) };
}

describe('corpus/samples', () => {
  it('holds only documents to check: at least 8, in docx, pdf and txt', () => {
    expect(samples.length).toBeGreaterThanOrEqual(8);
    expect(samples.every((f) => /\.(docx|pdf|txt)$/.test(f))).toBe(true);
    const exts = new Set(samples.map((f) => f.split('.').pop()));
    expect([...exts].sort()).toEqual(['docx', 'pdf', 'txt']);
    expect(samples.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(3);
    expect(samples.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
  });

  it('has one built document per source, in the format the source asks for', () => {
    expect(samples.map((f) => f.replace(/\.\w+$/, ''))).toEqual(sources.map((f) => f.replace(/\.txt$/, '')));
    for (const s of samples) {
      const { parsed } = sourceOf(s);
      expect(s.split('.').pop(), s).toBe(parsed?.format ?? 'txt');
    }
  });

  it('covers township, 街道, county government, county office, department and joint issuers', () => {
    const heads = sources.map((f) => {
      const p = parseSource(readFileSync(join(SRC, f), 'utf8'));
      return p ? p.lines.filter((l) => l.tag === '红头').map((l) => l.text) : [readFileSync(join(SRC, f), 'utf8').split('\n')[0]!];
    });
    const all = heads.flat();
    expect(all.some((h) => /镇人民政府/.test(h))).toBe(true);
    expect(all.some((h) => /街道办事处/.test(h))).toBe(true);
    expect(all.some((h) => /县人民政府文件/.test(h))).toBe(true);
    expect(all.some((h) => /县人民政府办公室/.test(h))).toBe(true);
    expect(all.some((h) => /县\S+局/.test(h))).toBe(true);
    expect(heads.some((h) => h.length >= 2)).toBe(true); // joint issuers: several 发文机关标志 lines
  });

  it('numbers 第X条 with Word automatic numbering (no typed numbers) in the numbered sample', () => {
    const zip = unzipSync(readFileSync(join(SAMPLES, 'xihe-county-market-measures.docx')));
    const numbering = strFromU8(zip['word/numbering.xml']!);
    const body = strFromU8(zip['word/document.xml']!);
    expect(numbering).toContain('第%1条');
    expect(numbering).toMatch(/chineseCounting/);
    expect(body).toContain('<w:numPr>');
    expect(body).not.toMatch(/第[一二三四五六七八九十]+条/);
  });

  it('every sample is read by the ingest with its title, and the Word numbering is rebuilt', async () => {
    for (const s of samples) {
      const { ingest } = await ingestFile(join(SAMPLES, s));
      expect(ingest.quality.status, s).toBe('ok');
      const { parsed, text } = sourceOf(s);
      const title = parsed ? parsed.lines.find((l) => l.tag === '标题')!.text : text.split('\n').find((l) => /关于/.test(l))!;
      expect(ingest.text.replace(/\s+/g, ''), s).toContain(title.replace(/\s+/g, ''));
    }
    const { ingest } = await ingestFile(join(SAMPLES, 'xihe-county-market-measures.docx'));
    expect(ingest.text).toMatch(/第十一条\s*有关部门工作人员/);
  }, 60_000);

  it('the gold copies of samples are byte-identical to the samples', () => {
    const gold = readdirSync(join(ROOT, 'corpus', 'gold')).filter((f) => f.startsWith('sample-') && !f.endsWith('.yaml'));
    expect(gold.length).toBeGreaterThanOrEqual(6);
    for (const g of gold) {
      expect(readFileSync(join(ROOT, 'corpus', 'gold', g)).equals(readFileSync(join(SAMPLES, g.replace(/^sample-/, '')))), g).toBe(true);
    }
  });
});

const LAWS = join(ROOT, '..', 'shared', 'laws');
describe.skipIf(!existsSync(LAWS))('sample citations', () => {
  it('every cited article exists in the law library, except the labelled citation faults', () => {
    const files = readdirSync(LAWS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    const lawText = (name: string) => {
      const short = name.replace(/^中华人民共和国/, '');
      const f = files.filter((x) => x.split('/').pop()!.replace(/(\(\d{4}-\d{2}-\d{2}\))?\.md$/, '') === short).sort().at(-1);
      return f ? readFileSync(join(LAWS, f), 'utf8') : undefined;
    };
    const problems: string[] = [];
    let checked = 0;
    for (const src of sources) {
      const text = readFileSync(join(SRC, src), 'utf8');
      const sidecar = join(ROOT, 'corpus', 'gold', `sample-${src.replace(/\.txt$/, '.yaml')}`);
      const faults = existsSync(sidecar) ? [...readFileSync(sidecar, 'utf8').matchAll(/quote: (第\S+条)/g)].map((m) => m[1]!) : [];
      for (const m of text.matchAll(/《([^》]+)》(第[一二三四五六七八九十百零]+条)/g)) {
        const [, law, article] = m as unknown as [string, string, string];
        if (faults.includes(article)) continue;
        checked++;
        const t = lawText(law);
        if (!t) { problems.push(`${src}: 法律库中没有《${law}》`); continue; }
        if (!new RegExp(`^${article}\\s`, 'm').test(t.slice(t.indexOf('<!-- INFO END -->')))) problems.push(`${src}: 《${law}》没有${article}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
  });
});
