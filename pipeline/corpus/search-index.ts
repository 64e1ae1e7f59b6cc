// BM25 over an inverted index of token ids in typed arrays. We measured this against minisearch
// and lunr on the full snapshot (test/bench/corpus.bench.ts): posting lists in flat typed arrays
// score a clause in a few milliseconds and serialise to one binary file that loads in tens of ms.
import { tokenize } from './tokens.ts';

export interface IndexDoc {
  law: number; // index into the corpus's law list
  article: number; // index into law.articles
}

export interface SearchIndex {
  vocab: Map<string, number>;
  /** postings of term t: docs[offsets[t] .. offsets[t+1]) with term frequencies tfs[…]. */
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  docLen: Uint16Array;
  docLaw: Uint32Array;
  docArticle: Uint32Array;
  avgLen: number;
}

export interface Hit {
  doc: number;
  score: number;
}

/** Builds the index from (doc, text) pairs; text is tokenised with jieba. */
export function buildIndex(items: { doc: IndexDoc; text: string }[]): SearchIndex {
  const vocab = new Map<string, number>();
  const termDocs: number[][] = [];
  const termTfs: number[][] = [];
  const docLen = new Uint16Array(items.length);
  const docLaw = new Uint32Array(items.length);
  const docArticle = new Uint32Array(items.length);
  let total = 0;
  items.forEach((item, d) => {
    docLaw[d] = item.doc.law;
    docArticle[d] = item.doc.article;
    const counts = new Map<number, number>();
    const toks = tokenize(item.text);
    for (const t of toks) {
      let id = vocab.get(t);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(t, id);
        termDocs.push([]);
        termTfs.push([]);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, c] of counts) {
      termDocs[id].push(d);
      termTfs[id].push(Math.min(c, 65535));
    }
    docLen[d] = Math.min(toks.length, 65535);
    total += toks.length;
  });
  const offsets = new Uint32Array(vocab.size + 1);
  let n = 0;
  termDocs.forEach((ds, t) => {
    offsets[t] = n;
    n += ds.length;
  });
  offsets[vocab.size] = n;
  const docs = new Uint32Array(n);
  const tfs = new Uint16Array(n);
  termDocs.forEach((ds, t) => {
    docs.set(ds, offsets[t]);
    tfs.set(termTfs[t], offsets[t]);
  });
  return { vocab, offsets, docs, tfs, docLen, docLaw, docArticle, avgLen: items.length ? total / items.length : 1 };
}

const K1 = 1.2;
const B = 0.75;

// One score accumulator per index, reused across queries (queries on one index run one at a time).
const scratch = new WeakMap<SearchIndex, { scores: Float64Array; touched: Uint32Array }>();

/** BM25 over the query's tokens; `accept` filters documents (e.g. one law only). */
export function searchIndex(index: SearchIndex, query: string, limit = 10, accept?: (doc: number) => boolean): Hit[] {
  const N = index.docLen.length;
  if (!N || limit < 1) return [];
  const qtf = new Map<number, number>();
  for (const t of tokenize(query)) {
    const id = index.vocab.get(t);
    if (id !== undefined) qtf.set(id, (qtf.get(id) ?? 0) + 1);
  }
  let buf = scratch.get(index);
  if (!buf) scratch.set(index, (buf = { scores: new Float64Array(N), touched: new Uint32Array(N) }));
  const { scores, touched } = buf;
  let nTouched = 0;
  for (const [t, q] of qtf) {
    const from = index.offsets[t];
    const to = index.offsets[t + 1];
    const df = to - from;
    const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
    const w = idf * (1 + Math.log(q));
    for (let i = from; i < to; i++) {
      const d = index.docs[i];
      const tf = index.tfs[i];
      const norm = tf + K1 * (1 - B + (B * index.docLen[d]) / index.avgLen);
      if (scores[d] === 0) touched[nTouched++] = d;
      scores[d] += (w * tf * (K1 + 1)) / norm;
    }
  }
  const best: Hit[] = [];
  for (let i = 0; i < nTouched; i++) {
    const doc = touched[i];
    const score = scores[doc];
    scores[doc] = 0;
    if (best.length === limit && score <= best[limit - 1].score) continue;
    if (accept && !accept(doc)) continue;
    insert(best, { doc, score }, limit);
  }
  return best;
}

function insert(best: Hit[], hit: Hit, k: number): void {
  let i = best.length < k ? best.length : k - 1;
  if (best.length < k) best.push(hit);
  else best[i] = hit;
  // Ties keep the earlier document first, so results are stable.
  while (i > 0 && (best[i - 1].score < best[i].score || (best[i - 1].score === best[i].score && best[i - 1].doc > best[i].doc))) {
    [best[i - 1], best[i]] = [best[i], best[i - 1]];
    i--;
  }
}

// ------------------------------------------------------------ binary form (index.bin + vocab)

export function serializeIndex(index: SearchIndex): { bin: Buffer; vocab: string[] } {
  const vocab = [...index.vocab.keys()];
  const header = new Float64Array([index.offsets.length, index.docs.length, index.docLen.length, index.avgLen]);
  const parts = [header, index.offsets, index.docs, index.docLaw, index.docArticle, index.tfs, index.docLen];
  const bin = Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
  return { bin, vocab };
}

export function deserializeIndex(bin: Buffer, vocabList: string[]): SearchIndex {
  // Typed arrays need offsets that are multiples of their element size: the file's bytes as they are when they start
  // so (a file read whole has a buffer of its own), else an aligned copy.
  const aligned = bin.byteOffset % 8 === 0;
  const buf = aligned ? bin.buffer : new Uint8Array(bin).buffer;
  const header = new Float64Array(buf, aligned ? bin.byteOffset : 0, 4);
  const [nOff, nPost, nDocs, avgLen] = [header[0], header[1], header[2], header[3]];
  let at = (aligned ? bin.byteOffset : 0) + 32;
  const u32 = (n: number) => {
    const a = new Uint32Array(buf, at, n);
    at += n * 4;
    return a;
  };
  const u16 = (n: number) => {
    const a = new Uint16Array(buf, at, n);
    at += n * 2;
    return a;
  };
  const offsets = u32(nOff);
  const docs = u32(nPost);
  const docLaw = u32(nDocs);
  const docArticle = u32(nDocs);
  const tfs = u16(nPost);
  const docLen = u16(nDocs);
  const vocab = new Map<string, number>();
  vocabList.forEach((t, i) => vocab.set(t, i));
  return { vocab, offsets, docs, tfs, docLen, docLaw, docArticle, avgLen };
}
