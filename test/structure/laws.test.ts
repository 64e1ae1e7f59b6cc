// Every national law and administrative regulation in ../shared/laws: the outline's article count
// equals the number of 第X条 lines in the body, for ≥ 99.5% of files; failures are printed.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../pipeline/structure/index.ts';
import type { OutlineNode } from '../../pipeline/model/types.ts';
import { LAWS_DIR, NATIONAL_FOLDERS, asIngest, countArticleLines, countArticles, lawAsDocument, lawFiles, readLaw } from './law-files.ts';

function articles(node: OutlineNode, out: OutlineNode[] = []): OutlineNode[] {
  if (node.kind === 'article') out.push(node);
  for (const c of node.children) articles(c, out);
  return out;
}

describe.skipIf(!existsSync(LAWS_DIR))('national laws in ../shared/laws', () => {
  it('article counts match the 第X条 lines of the body for ≥ 99.5% of files', () => {
    const files = lawFiles();
    const folders = new Set(files.map((f) => f.split('/laws/')[1]!.split('/')[0]));
    for (const f of NATIONAL_FOLDERS) expect(folders.has(f), f).toBe(true);
    expect(files.length).toBeGreaterThan(900);
    const failures: string[] = [];
    let offsetErrors = 0;
    for (const file of files) {
      const { text, body } = lawAsDocument(readLaw(file));
      const doc = structureDocument(asIngest(text));
      const want = countArticleLines(body);
      const got = countArticles(doc.outline);
      if (want !== got) failures.push(`${file.split('/laws/')[1]}: 第X条行 ${want}，解析出 ${got}`);
      for (const p of doc.provisions) if (text.slice(p.start, p.end) !== p.text) offsetErrors++;
      for (const a of articles(doc.outline)) if (!a.text.startsWith('第') && !a.text.startsWith('笫')) offsetErrors++;
    }
    if (failures.length) console.log(`条数不一致的文件（${failures.length}/${files.length}）：\n${failures.join('\n')}`);
    expect(offsetErrors).toBe(0);
    expect(failures.length / files.length).toBeLessThanOrEqual(0.005);
  }, 60_000);

  it('reads the source defects: 第一百二十八 条 and 笫五十四条', () => {
    const xs = lawFiles().find((f) => f.includes('刑事诉讼法(2018-10-26)'));
    const nm = lawFiles().find((f) => f.includes('农民专业合作社法'));
    if (xs) {
      const doc = structureDocument(asIngest(lawAsDocument(readLaw(xs)).text));
      const labels = articles(doc.outline).map((a) => a.label);
      expect(labels).toContain('第一百二十八条');
      expect(new Set(labels).size).toBe(labels.length);
    }
    if (nm) {
      const texts = lawFiles().filter((f) => f.includes('农民专业合作社法')).map((f) => lawAsDocument(readLaw(f)).text);
      const withTypo = texts.find((t) => t.includes('笫五十四条'));
      if (withTypo) expect(articles(structureDocument(asIngest(withTypo)).outline).map((a) => a.label)).toContain('第五十四条');
    }
  });
});
