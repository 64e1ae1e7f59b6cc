// The gold set itself: every sidecar valid against corpus/gold/schema.json, enough documents,
// labels that point at words really in the document, and every labelled basis an article that
// exists in the shared law library (when it is present).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSidecar, loadGoldSet } from '../../pipeline/eval/gold.ts';
import { provisionMatches, quoteMatches } from '../../pipeline/eval/match.ts';
import { ingestText } from '../../pipeline/ingest/text.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';

const GOLD = fileURLToPath(new URL('../../corpus/gold/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const LAWS = join(SHARED, 'laws');
const HOLDOUT = join(GOLD, 'holdout');
const HOLDOUT_2 = join(GOLD, 'holdout-2');
const HOLDOUT_3 = join(GOLD, 'holdout-3');
const HOLDOUT_4 = join(GOLD, 'holdout-4');
const main = loadGoldSet(GOLD);
const holdout = loadGoldSet(HOLDOUT);
const holdout2 = loadGoldSet(HOLDOUT_2);
const holdout3 = loadGoldSet(HOLDOUT_3);
const holdout4 = loadGoldSet(HOLDOUT_4);
/** Label checks run on every set; the size requirements apply to the main set. */
const gold = [...main, ...holdout, ...holdout2, ...holdout3, ...holdout4];

describe('gold sidecars', () => {
  it('has at least 60 documents, 20 of them clean, covering every category', () => {
    expect(main.length).toBeGreaterThanOrEqual(60);
    expect(main.filter((d) => d.clean).length).toBeGreaterThanOrEqual(20);
    expect(holdout.length).toBeGreaterThanOrEqual(15);
    expect(holdout2.length).toBeGreaterThanOrEqual(20);
    expect(holdout3.length).toBeGreaterThanOrEqual(20);
    expect(holdout4.length).toBeGreaterThanOrEqual(16);
    const cats = new Set(main.flatMap((d) => d.expected.map((l) => l.category)));
    expect([...cats].sort()).toEqual(['authority', 'citation', 'coercion', 'competition', 'conflict', 'equality', 'fees', 'form', 'licensing', 'penalty', 'rights']);
  });

  it('rejects unknown keys, a clean document with labels and a labelled one without', () => {
    const base = 'document: township-fireworks-ban.txt\nissuer: { name: 青石镇人民政府, level: township, kind: government }\n';
    expect(checkSidecar(GOLD, 'x.yaml', `${base}clean: false\nexpected:\n  - { category: authority, ruleId: a.b }\n`).join()).toMatch(/additional/);
    expect(checkSidecar(GOLD, 'x.yaml', `${base}clean: true\nexpected:\n  - { category: authority }\n`).length).toBeGreaterThan(0);
    expect(checkSidecar(GOLD, 'x.yaml', `${base}clean: false\nexpected: []\n`).length).toBeGreaterThan(0);
    expect(checkSidecar(GOLD, 'x.yaml', `${base}clean: false\nexpected:\n  - { category: penalties }\n`).length).toBeGreaterThan(0);
    expect(checkSidecar(GOLD, 'x.yaml', `${base.replace('township-fireworks-ban', 'nope')}clean: true\nexpected: []\n`).join()).toMatch(/找不到/);
    expect(checkSidecar(GOLD, 'x.yaml', `${base}clean: true\nexpected: []\n`)).toEqual([]);
  });

  it('every sidecar is loaded and every document has a sidecar (none silently skipped)', () => {
    for (const [dir, set] of [[GOLD, main], [HOLDOUT, holdout], [HOLDOUT_2, holdout2], [HOLDOUT_3, holdout3], [HOLDOUT_4, holdout4]] as const) {
      const files = readdirSync(dir);
      expect(set.map((d) => d.sidecar).sort()).toEqual(files.filter((f) => f.endsWith('.yaml')).sort());
      const docs = files.filter((f) => /\.(txt|docx|pdf)$/.test(f)).sort();
      expect(set.map((d) => d.document).sort()).toEqual(docs);
    }
  });

  it('labels point at provisions and words that are in the document', async () => {
    // Read through the real pipeline and matched as the evaluation matches findings: a label names
    // a provision (or a prefix of its path, e.g. 一、（二）), and its quote lies in that provision.
    const problems: string[] = [];
    for (const d of gold) {
      if (!d.document.endsWith('.txt')) continue;
      const ingest = await ingestText(readFileSync(d.path), 'txt');
      const doc = structureDocument(ingest);
      const units = doc.provisions.flatMap((p) => [
        { label: p.label, path: p.path, text: p.text },
        ...(p.parts ?? []).map((part) => ({ label: p.label + part.label, path: [...p.path, part.label], text: p.text })),
      ]);
      for (const l of d.expected) {
        if (l.quote && !ingest.text.includes(l.quote)) problems.push(`${d.document}: 引文“${l.quote}”不在文件中`);
        if (!l.provision) continue;
        const under = units.filter((u) => provisionMatches(l.provision, u));
        if (!under.length) problems.push(`${d.document}: 条款 ${l.provision} 不在文件中`);
        else if (l.quote && !under.some((u) => quoteMatches(l.quote, { text: u.text, match: '' }))) {
          problems.push(`${d.document}: 引文“${l.quote}”不在 ${l.provision} 中`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!existsSync(LAWS))('labelled bases exist in the law library', () => {
  // Read when a test runs, not when the suite is collected: vitest collects a skipped suite too, and a machine without the
  // law library must skip it, not fail on reading it.
  let files: string[] | undefined;
  const libraryFiles = () => (files ??= readdirSync(LAWS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')));
  /** Newest file whose first line is the law's title (with or without 中华人民共和国). */
  function lawText(name: string): string | undefined {
    const short = name.replace(/^中华人民共和国/, '');
    const hits = libraryFiles().filter((f) => {
      const base = f.split('/').pop()!.replace(/(\(\d{4}-\d{2}-\d{2}\))?\.md$/, '');
      return base === short;
    }).sort();
    const f = hits.at(-1);
    if (f) return readFileSync(join(LAWS, f), 'utf8');
    // A code kept as one file per part (民法典/总则.md, 物权编.md …): its articles are numbered
    // through the whole code, so the parts together are the law.
    const folder = join(LAWS, short);
    if (!existsSync(folder)) return undefined;
    const parts = readdirSync(folder).filter((p) => p.endsWith('.md') && !p.startsWith('_')).sort();
    if (!parts.length) return undefined;
    return '<!-- INFO END -->\n' + parts.map((p) => {
      const text = readFileSync(join(folder, p), 'utf8');
      return text.slice(text.indexOf('<!-- INFO END -->') + '<!-- INFO END -->'.length);
    }).join('\n');
  }

  it('every basis names a law in the library and an article it has', () => {
    const problems: string[] = [];
    for (const d of gold) {
      for (const l of d.expected) {
        if (!l.basis) continue;
        const text = lawText(l.basis.law);
        if (!text) { problems.push(`${d.sidecar}: 法律库中没有 ${l.basis.law}`); continue; }
        const body = text.slice(text.indexOf('<!-- INFO END -->') + 1);
        if (!new RegExp(`^${l.basis.article}\\s`, 'm').test(body)) problems.push(`${d.sidecar}: ${l.basis.law} 没有 ${l.basis.article}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every article the documents cite exists, except where a citation problem is labelled', () => {
    const problems: string[] = [];
    for (const d of gold) {
      if (!d.document.endsWith('.txt')) continue;
      const text = readFileSync(d.path, 'utf8');
      const labelled = d.expected.filter((l) => l.category === 'citation').map((l) => l.quote ?? '');
      for (const m of text.matchAll(/《([^》]+)》(第[一二三四五六七八九十百零]+条)/g)) {
        const [, law, article] = m as unknown as [string, string, string];
        if (labelled.some((q) => q && (law.includes(q) || q.includes(article)))) continue;
        const lawFile = lawText(law);
        if (!lawFile) { problems.push(`${d.document}: 法律库中没有《${law}》`); continue; }
        const body = lawFile.slice(lawFile.indexOf('<!-- INFO END -->') + 1);
        if (!new RegExp(`^${article}\\s`, 'm').test(body)) problems.push(`${d.document}: 《${law}》没有${article}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
