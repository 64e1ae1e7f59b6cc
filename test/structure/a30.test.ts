// ../shared/samples/synthetic/a30.txt: 30 articles in six chapters, items （一） and 一、 inside
// articles and a table (附表) inside 第三条. Every provision boundary must be right.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { toChinese } from '../../pipeline/structure/numerals.ts';
import type { OutlineNode } from '../../pipeline/model/types.ts';
import { SHARED, asIngest } from './law-files.ts';

const FILE = new URL('samples/synthetic/a30.txt', SHARED);

function collect(node: OutlineNode, kind: string, out: OutlineNode[] = []): OutlineNode[] {
  if (node.kind === kind) out.push(node);
  for (const c of node.children) collect(c, kind, out);
  return out;
}

describe.skipIf(!existsSync(FILE))('a30.txt', () => {
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const doc = structureDocument(asIngest(text));
  const lines = text.split('\n');
  // independent truth: an article runs from its "第X条　" line to the line before the next article or chapter
  const truth: { label: string; text: string; chapter: string }[] = [];
  let chapter = '';
  let cur: { label: string; lines: string[]; chapter: string } | null = null;
  const flush = () => { if (cur) truth.push({ label: cur.label, text: cur.lines.join('\n'), chapter: cur.chapter }); cur = null; };
  for (const l of lines) {
    const ch = /^(第[一二三四五六七八九十]+章)　/.exec(l);
    const ar = /^(第[一二三四五六七八九十]+条)　/.exec(l);
    if (ch) { flush(); chapter = ch[1]!; continue; }
    if (ar) { flush(); cur = { label: ar[1]!, lines: [l], chapter }; continue; }
    if (cur && l.trim()) cur.lines.push(l);
  }
  flush();

  it('finds 30 articles in order, each with its exact text', () => {
    const arts = collect(doc.outline, 'article');
    expect(arts.map((a) => a.label)).toEqual(Array.from({ length: 30 }, (_, i) => `第${toChinese(i + 1)}条`));
    expect(truth).toHaveLength(30);
    arts.forEach((a, i) => expect(a.text).toBe(truth[i]!.text));
  });

  it('gives one provision per article, labelled with its chapter, excluding the 附表', () => {
    const provs = doc.provisions;
    expect(provs.map((p) => p.label)).toEqual(truth.map((t) => `${t.chapter}${t.label}`));
    for (const p of provs) expect(text.slice(p.start, p.end)).toBe(p.text);
    const art3 = provs[2]!;
    expect(art3.text.endsWith('（三）公民、法人或者其他组织认为行政强制措施同宪法、法律、行政法规相抵触的，可以向生态环境主管部门书面提出审查建议。')).toBe(true);
    expect(art3.text).not.toContain('附表');
    expect(art3.parts?.map((p) => p.label)).toEqual(['第（一）项', '第（二）项', '第（三）项']);
    expect(collect(doc.outline, 'table')[0]!.text.startsWith('附表：备案审查责任分工表\n序号')).toBe(true);
  });

  it('locates items precisely, including 一、 items inside an article', () => {
    const art18 = doc.provisions.find((p) => p.label === '第四章第十八条')!;
    expect(art18.parts?.map((p) => p.label)).toEqual(['第（一）项', '第（二）项', '第（三）项', '第一项', '第二项']);
    const second = art18.parts![4]!;
    expect(text.slice(second.start, second.end)).toMatch(/^二、自然资源主管部门应当自行政处罚决定公布之日起三十日内/);
  });

  it('reads the 题注 for dates and maker', () => {
    expect(doc.meta.title).toBe('某某省规范性文件备案审查办法');
    expect(doc.meta.docType).toBe('办法');
    expect(doc.meta.effectiveOn).toBe('2024-03-01');
    expect(doc.meta.issuers).toEqual([{ name: '某某省人民政府', level: 'province', kind: 'government' }]);
  });
});
