// Corpus benchmark: import + index of the whole LawRefBook snapshot, loading the cached index,
// retrieval latency (p50/p95) and top-5 accuracy on the full corpus, the first sentence lookup with and without the
// prebuilt sentence hashes, resident memory.
// Run: node bin/run-ts.mjs test/bench/corpus.bench.ts [--compare]   (--compare also times minisearch)
// Targets (issue 4): import+index ≤ 60 s, load ≤ 2 s, p50 ≤ 10 ms, p95 ≤ 30 ms, RSS ≤ 1 GB.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createCorpus, indexItems } from '../../pipeline/corpus/corpus-impl.ts';
import { importLaws } from '../../pipeline/corpus/import.ts';
import { loadRegistry } from '../../pipeline/corpus/repealed.ts';
import { readCorpus, writeCorpus } from '../../pipeline/corpus/store.ts';
import { tokenize } from '../../pipeline/corpus/tokens.ts';
import { RETRIEVAL_PAIRS } from '../corpus/retrieval-pairs.ts';

const LAWS = fileURLToPath(new URL('../../../shared/laws/', import.meta.url));
const OUT = fileURLToPath(new URL('../.tmp/bench-corpus/', import.meta.url));

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function benchCorpus(opts: { compare?: boolean } = {}): Promise<Record<string, number>> {
  if (!existsSync(LAWS)) {
    console.log('corpus bench: ../shared/laws not found, skipped');
    return {};
  }
  rmSync(OUT, { recursive: true, force: true });
  let t = performance.now();
  const imported = await importLaws([LAWS]);
  const tParse = performance.now() - t;
  const manifest = await writeCorpus(OUT, imported.laws);
  const tImport = performance.now() - t;
  console.log(`import: ${manifest.counts.titles} laws, ${manifest.counts.laws} versions, ${manifest.counts.articles} articles, ` +
    `${manifest.index?.docs} indexed; parse ${ms(tParse)}, total import+index ${(tImport / 1000).toFixed(1)} s (target ≤ 60 s)`);

  t = performance.now();
  const stored = await readCorpus(OUT);
  const index = stored.readIndex?.();
  const corpus = createCorpus({ laws: stored.laws, registry: loadRegistry(), hash: stored.hash, index, sentenceHashes: stored.readSentenceHashes?.() });
  const tLoad = performance.now() - t;
  console.log(`load cached corpus + index: ${ms(tLoad)} (target ≤ 2000 ms), index ${index ? 'prebuilt' : 'MISSING'}`);

  // The first "does a law hold this sentence" of a process: with the directory's sentence hashes, and keying every
  // sentence of the corpus on first use as a corpus without them does (each on laws parsed afresh).
  const sentence = '公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请';
  t = performance.now();
  corpus.holdsSentence(sentence);
  const tHoldsPrebuilt = performance.now() - t;
  const fresh = await readCorpus(OUT);
  const keyedOnUse = createCorpus({ laws: fresh.laws, registry: loadRegistry(), hash: fresh.hash, index: fresh.readIndex });
  t = performance.now();
  keyedOnUse.holdsSentence(sentence);
  const tHoldsKeyed = performance.now() - t;
  console.log(`first holdsSentence: ${ms(tHoldsPrebuilt)} with sentences.bin (${stored.readSentenceHashes ? 'present' : 'MISSING'}), ${ms(tHoldsKeyed)} keying every sentence on first use`);

  // Queries: the clause pairs plus the first sentence of every 300th article.
  const queries = RETRIEVAL_PAIRS.map((p) => p.clause);
  const items = indexItems(stored.laws);
  for (let i = 0; i < items.length; i += 300) queries.push(items[i].text.split(/[。；]/)[0].slice(0, 80));
  corpus.related(queries[0], 5); // warm up the segmenter
  const times: number[] = [];
  for (const q of queries) {
    const s = performance.now();
    corpus.related(q, 5);
    times.push(performance.now() - s);
  }
  const p50 = pct(times, 50);
  const p95 = pct(times, 95);
  console.log(`retrieval (BM25, own index): ${queries.length} queries, p50 ${ms(p50)}, p95 ${ms(p95)} (targets ≤ 10 / ≤ 30 ms)`);

  let top5 = 0;
  for (const p of RETRIEVAL_PAIRS) {
    const title = corpus.findLaw(p.law)?.title;
    if (corpus.related(p.clause, 5).some((h) => h.law === title && h.article === p.article)) top5++;
  }
  console.log(`top-5 on the full corpus: ${top5}/${RETRIEVAL_PAIRS.length} clause/article pairs`);

  const result: Record<string, number> = { importMs: tImport, loadMs: tLoad, p50, p95, top5, pairs: RETRIEVAL_PAIRS.length, holdsPrebuiltMs: tHoldsPrebuilt, holdsKeyedMs: tHoldsKeyed };
  if (opts.compare) Object.assign(result, await compareMiniSearch(items, queries));
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`RSS: ${rss.toFixed(0)} MB (target ≤ 1024 MB)`);
  result.rssMb = rss;
  rmSync(OUT, { recursive: true, force: true });
  return result;
}

async function compareMiniSearch(items: { text: string }[], queries: string[]): Promise<Record<string, number>> {
  const { default: MiniSearch } = await import('minisearch');
  let t = performance.now();
  const ms2 = new MiniSearch({ fields: ['text'], tokenize: (s: string) => tokenize(s), processTerm: (x: string) => x });
  ms2.addAll(items.map((it, id) => ({ id, text: it.text })));
  const build = performance.now() - t;
  const times: number[] = [];
  for (const q of queries) {
    t = performance.now();
    ms2.search(q).slice(0, 5);
    times.push(performance.now() - t);
  }
  console.log(`minisearch (same jieba tokens): build ${ms(build)}, p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}`);
  return { minisearchBuildMs: build, minisearchP50: pct(times, 50), minisearchP95: pct(times, 95) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchCorpus({ compare: process.argv.includes('--compare') });
}
