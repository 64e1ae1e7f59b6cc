// Untrusted text never crashes the structure stage and offsets always hold.
import { describe, expect, it } from 'vitest';
import type { OutlineNode, StructuredDocument } from '../../pipeline/model/types.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { asIngest } from './law-files.ts';
import { longDocument } from '../bench/structure-doc.ts';

function check(text: string): StructuredDocument {
  const doc = structureDocument(asIngest(text));
  const walk = (n: OutlineNode) => {
    expect(n.start).toBeLessThanOrEqual(n.end);
    expect(text.slice(n.start, n.end)).toBe(n.text);
    n.children.forEach(walk);
  };
  walk(doc.outline);
  for (const p of doc.provisions) expect(text.slice(p.start, p.end)).toBe(p.text);
  return doc;
}

describe('robustness', () => {
  it('empty and blank texts give an empty outline', () => {
    for (const t of ['', '\n\n\n', '　　\n \t \n']) {
      const doc = check(t);
      expect(doc.provisions).toEqual([]);
      expect(doc.meta.title).toBeNull();
    }
  });

  it('garbage, control characters and one huge line', () => {
    check('\u0000\u0001第\n条\n（\n一、\n1.\n附件\n2023年13月45日\n〔〕号\n');
    check('犐犆牦35．040犔80\n犌犅／犜\n'.repeat(200));
    const doc = check(`${'规定'.repeat(100_000)}。`);
    expect(doc.provisions).toHaveLength(1);
  });

  it('every cut of a long document still structures with exact offsets', () => {
    const text = longDocument(60);
    for (let cut = 0; cut < text.length; cut += 997) check(text.slice(cut, cut + 3000));
  });

  it('CRLF is the ingest\'s job, but a stray \\r does not break offsets', () => {
    const doc = check('XX县某某办法\r\n第一条　甲。\r\n第二条　乙。\r\n');
    expect(doc.provisions.map((p) => p.label)).toEqual(['第一条', '第二条']);
  });
});
