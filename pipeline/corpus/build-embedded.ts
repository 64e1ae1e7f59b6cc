// Builds the embedded default corpus (corpus/laws/) from the LawRefBook snapshot (../shared/laws)
// and the list in corpus/embedded-laws.yaml. Run: npm run corpus:build
// The texts go through the same importer as `beishen corpus import`, so they are the enacted
// texts of the snapshot; test/corpus/embedded-text.test.ts compares them again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CorpusLaw } from '../model/types.ts';
import type { LawBase } from './corpus.ts';
import { importLaws } from './import.ts';
import { NATIONAL_TITLES_FILE, nationalActs } from './national-titles.ts';
import { EMBEDDED_CORPUS_DIR } from './index.ts';
import { assertValid } from './schemas.ts';
import { writeCorpus } from './store.ts';

export const EMBEDDED_LIST = fileURLToPath(new URL('../../corpus/embedded-laws.yaml', import.meta.url));
export const SHARED_LAWS = fileURLToPath(new URL('../../../shared/laws/', import.meta.url));

export interface EmbeddedEntry {
  title: string;
  versions?: 'latest' | 'all';
  articles?: string[];
  note?: string;
}

/** The snapshot the embedded corpus is built from: its declared date, and the commit its `source` names. */
export function readEmbeddedSnapshot(file = EMBEDDED_LIST): { lawBase?: LawBase; commit?: string } {
  const data = parse(readFileSync(file, 'utf8')) as { lawBase?: { date: string; source?: string } };
  if (!data.lawBase) return {};
  const commit = data.lawBase.source?.split(/\s+/).pop();
  return { lawBase: { date: data.lawBase.date, dateFrom: 'declared' }, ...(commit ? { commit } : {}) };
}

/** The declared date of the snapshot the embedded corpus is built from. */
export function readEmbeddedLawBase(file = EMBEDDED_LIST): LawBase | undefined {
  return readEmbeddedSnapshot(file).lawBase;
}

export function readEmbeddedList(file = EMBEDDED_LIST): EmbeddedEntry[] {
  const data = parse(readFileSync(file, 'utf8')) as { laws: EmbeddedEntry[] };
  assertValid('embedded-laws.schema.json', data, file);
  const titles = data.laws.map((e) => e.title);
  const dup = titles.filter((t, i) => titles.indexOf(t) !== i);
  if (dup.length) throw new Error(`${file}: 重复的条目 ${dup.join('、')}`);
  return data.laws;
}

/** Picks the listed laws (and articles) out of an import of the whole snapshot. */
export function selectEmbedded(all: CorpusLaw[], entries: EmbeddedEntry[]): CorpusLaw[] {
  const out: CorpusLaw[] = [];
  for (const e of entries) {
    const versions = all.filter((l) => l.title === e.title).sort((a, b) => a.version.localeCompare(b.version));
    if (!versions.length) throw new Error(`快照中没有《${e.title}》（corpus/embedded-laws.yaml）`);
    const chosen = e.versions === 'all' ? versions : [versions.find((v) => v.status === 'in-force') ?? versions[versions.length - 1]];
    for (const law of chosen) {
      const copy: CorpusLaw = { ...law };
      if (e.articles) {
        const want = new Set(e.articles);
        copy.articles = law.articles.filter((a) => want.has(a.label));
        const missing = e.articles.filter((l) => !copy.articles.some((a) => a.label === l));
        if (missing.length) throw new Error(`《${e.title}》中没有 ${missing.join('、')}`);
        copy.partial = true;
      }
      if (e.note) copy.note = e.note;
      out.push(copy);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const src = process.argv[2] ?? SHARED_LAWS;
  if (!existsSync(src)) throw new Error(`找不到法规快照目录 ${src}`);
  const t0 = Date.now();
  const { laws } = await importLaws([src]);
  const selected = selectEmbedded(laws, readEmbeddedList());
  const lawBase = readEmbeddedLawBase();
  const manifest = await writeCorpus(EMBEDDED_CORPUS_DIR, selected, lawBase ? { lawBase } : {});
  // Names and sizes only, of every act in the snapshot: the scanner knows a real title it holds no text of.
  writeFileSync(NATIONAL_TITLES_FILE, JSON.stringify({ source: 'LawRefBook snapshot (../shared/laws)', ...nationalActs(laws) }, null, 0) + '\n');
  process.stdout.write(`内置法规库：${manifest.counts.laws} 个版本（${manifest.counts.titles} 部），${manifest.counts.articles} 条，hash ${manifest.hash}，用时 ${Date.now() - t0} ms\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 2;
  });
}
