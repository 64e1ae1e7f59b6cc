// A corpus directory: laws/<id>.json (one law version each, schema-valid, for people and tools),
// manifest.json, the prebuilt search index (index.bin + index-vocab.json) and laws.bundle.json —
// every law in one compact file without the duplicated article `text` (rebuilt from the
// paragraphs), because parsing 1,500 pretty files took most of the 2 s load budget.
// The hash covers the law files' contents; the bundle and index are used only while their
// recorded hashes still match.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusLaw } from '../model/types.ts';
import { readArticlesSingly, type StoredArticle } from './article-of.ts';
import type { LawBase } from './corpus.ts';
import { buildCorpusIndex } from './corpus-impl.ts';
import { assertValid } from './schemas.ts';
import { deserializeIndex, serializeIndex, type SearchIndex } from './search-index.ts';
import { buildSentenceHashes, deserializeSentenceHashes, serializeSentenceHashes, type SentenceHashes } from './sentence-index.ts';

export const MANIFEST = 'manifest.json';

export interface ManifestEntry {
  id: string;
  title: string;
  version: string;
  level: string;
  status: string;
  articles: number;
  file: string;
}

export interface Manifest {
  format: 'beishen-corpus';
  formatVersion: 1;
  hash: string;
  createdAt: string;
  counts: { laws: number; titles: number; articles: number };
  laws: ManifestEntry[];
  index?: { file: string; vocab: string; docs: number };
  /** Which laws hold each sentence, as hashes (sentence-index.ts). */
  sentences?: { file: string; entries: number };
  bundle?: { file: string; bytes: number };
  /** The date of the law base: declared when the library's date is known, else its newest text. */
  lawBase?: LawBase;
}

export const BUNDLE = 'laws.bundle';
export const SENTENCES = 'sentences.bin';

/**
 * laws.bundle: line 1 is a JSON array of the laws without their articles, each with the byte
 * range of its articles in the rest of the file and where each article starts in that range;
 * each law's articles follow as one JSON array without `text` (it is paragraphs.join('\n')).
 * Articles are parsed the first time a law's `articles` is read: name lookup and retrieval touch a
 * few laws, not all 1,500. Retrieval, which wants one article of a law, parses that article alone
 * (article-of.ts).
 */
function bundleBytes(laws: CorpusLaw[]): Buffer {
  const starts: number[][] = [];
  const bodies = laws.map((l) => {
    // JSON.stringify of the array, element by element, to know where each element starts.
    const items = l.articles.map(({ text: _t, ...a }) => Buffer.from(JSON.stringify(a)));
    const at: number[] = [];
    let n = 1;
    for (const b of items) {
      at.push(n);
      n += b.length + 1;
    }
    starts.push(at);
    const parts: Buffer[] = [Buffer.from('[')];
    items.forEach((b, k) => parts.push(...(k ? [Buffer.from(','), b] : [b])));
    parts.push(Buffer.from(']\n'));
    return Buffer.concat(parts);
  });
  let at = 0;
  const heads = laws.map((l, i) => {
    const { articles: _a, ...head } = l;
    const range = [at, at + bodies[i].length - 1];
    at += bodies[i].length;
    return { ...head, articlesAt: range, articleStarts: starts[i] };
  });
  return Buffer.concat([Buffer.from(JSON.stringify(heads) + '\n'), ...bodies]);
}

/** The article as the law files hold it: `text` rebuilt, in their key order (text before paragraphs). */
function withText({ label, number, sub, paragraphs, chapter }: Omit<StoredArticle, 'text'>): StoredArticle {
  return {
    label, number, ...(sub !== undefined ? { sub } : {}), text: paragraphs.join('\n'), paragraphs, ...(chapter !== undefined ? { chapter } : {}),
  };
}

/** The bundle's bytes, read where asked. The bundle of the law library is 24 MB; a check reads the articles of a few
 *  hundred laws, and its main process none: the file stays open and each law's articles are read on first use.
 *  writeCorpus replaces the file rather than writing into it, so the open file stays the one the laws were read from. */
class BundleFile {
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
    // Closed when no law read from it is left.
    bundleFiles.register(this, this.fd);
  }

  /** Bytes [from, to) of the file. */
  read(from: number, to: number): Buffer {
    const buf = Buffer.allocUnsafe(to - from);
    let done = 0;
    while (done < buf.length) {
      const n = readSync(this.fd, buf, done, buf.length - done, from + done);
      if (n === 0) throw new Error('法规库文件 laws.bundle 被截断');
      done += n;
    }
    return buf;
  }

  /** The offset of the first newline: the end of the bundle's first line. */
  firstLineEnd(): number {
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (let at = 0; ; at += chunk.length) {
      const n = readSync(this.fd, chunk, 0, chunk.length, at);
      if (n === 0) throw new Error('法规库文件 laws.bundle 没有法规目录行');
      const nl = chunk.subarray(0, n).indexOf(10);
      if (nl >= 0) return at + nl;
    }
  }
}
const bundleFiles = new FinalizationRegistry<number>((fd) => closeSync(fd));

function fromBundle(file: BundleFile): CorpusLaw[] {
  const nl = file.firstLineEnd();
  const heads = JSON.parse(file.read(0, nl).toString('utf8')) as (Omit<CorpusLaw, 'articles'> & { articlesAt: [number, number]; articleStarts?: number[] })[];
  const base = nl + 1;
  return heads.map(({ articlesAt: [from, to], articleStarts, ...head }) => {
    const law = head as CorpusLaw;
    let articles: CorpusLaw['articles'] | undefined;
    // Articles already read one by one (articleOf): the whole array holds those same objects.
    let single: Map<number, StoredArticle> | undefined;
    // The law's articles as the bundle holds them, read in one piece on first use: retrieval asks for one article of
    // each law at a time, and a read of the file for each costs more than parsing it.
    let bytes: Buffer | undefined;
    const lawBytes = () => (bytes ??= file.read(base + from, base + to));
    Object.defineProperty(law, 'articles', {
      enumerable: true,
      configurable: true,
      get() {
        if (!articles) {
          const parsed = JSON.parse(lawBytes().toString('utf8')) as Omit<StoredArticle, 'text'>[];
          articles = parsed.map((a, i) => single?.get(i) ?? withText(a));
          single = undefined;
          bytes = undefined;
        }
        return articles;
      },
      set(v: CorpusLaw['articles']) {
        articles = v;
      },
    });
    if (articleStarts) {
      readArticlesSingly(law, (index) => {
        if (articles) return articles[index];
        if (index < 0 || index >= articleStarts.length || !Number.isInteger(index)) return undefined;
        let a = (single ??= new Map()).get(index);
        if (!a) {
          const start = articleStarts[index]!;
          // An article ends before the comma that starts the next one, or before the array's closing bracket.
          const end = index + 1 < articleStarts.length ? articleStarts[index + 1]! - 1 : to - from - 1;
          single.set(index, (a = withText(JSON.parse(lawBytes().toString('utf8', start, end)) as Omit<StoredArticle, 'text'>)));
        }
        return a;
      });
    }
    return law;
  });
}

function lawJson(law: CorpusLaw): string {
  return JSON.stringify(law, null, 1) + '\n';
}

export function hashLawFiles(files: { name: string; content: string | Buffer }[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) h.update(f.name).update('\0').update(f.content).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** Writes the corpus directory (replacing laws/ inside it); returns the manifest. */
export async function writeCorpus(dir: string, laws: CorpusLaw[], opts: { index?: boolean; lawBase?: LawBase } = {}): Promise<Manifest> {
  const lawDir = join(dir, 'laws');
  await rm(lawDir, { recursive: true, force: true });
  await mkdir(lawDir, { recursive: true });
  const files: { name: string; content: string }[] = [];
  const entries: ManifestEntry[] = [];
  for (const law of laws) {
    assertValid('law.schema.json', law, law.title);
    const name = `${law.id}.json`;
    const content = lawJson(law);
    files.push({ name, content });
    entries.push({ id: law.id, title: law.title, version: law.version, level: law.level, status: law.status, articles: law.articles.length, file: `laws/${name}` });
  }
  await Promise.all(files.map((f) => writeFile(join(lawDir, f.name), f.content)));
  const manifest: Manifest = {
    format: 'beishen-corpus', formatVersion: 1, hash: hashLawFiles(files), createdAt: new Date().toISOString(),
    counts: { laws: laws.length, titles: new Set(laws.map((l) => l.title)).size, articles: laws.reduce((n, l) => n + l.articles.length, 0) },
    laws: entries,
    ...(opts.lawBase ? { lawBase: opts.lawBase } : {}),
  };
  const bundle = bundleBytes(laws);
  // A new file in the bundle's place, not new bytes in the old one: a process reading laws from it (BundleFile) goes on
  // reading the file it opened.
  writeFileSync(join(dir, `${BUNDLE}.tmp`), bundle);
  renameSync(join(dir, `${BUNDLE}.tmp`), join(dir, BUNDLE));
  manifest.bundle = { file: BUNDLE, bytes: bundle.length };
  if (opts.index !== false) {
    const index = buildCorpusIndex(laws);
    const { bin, vocab } = serializeIndex(index);
    await writeFile(join(dir, 'index.bin'), bin);
    await writeFile(join(dir, 'index-vocab.json'), JSON.stringify(vocab));
    manifest.index = { file: 'index.bin', vocab: 'index-vocab.json', docs: index.docLen.length };
  }
  const sentences = buildSentenceHashes(laws);
  await writeFile(join(dir, SENTENCES), serializeSentenceHashes(sentences));
  manifest.sentences = { file: SENTENCES, entries: sentences.hashes.length };
  await writeFile(join(dir, MANIFEST), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

export interface StoredCorpus {
  laws: CorpusLaw[];
  hash: string;
  /** Reads the prebuilt search index (on first use: a check's main process never searches). */
  readIndex?: () => SearchIndex;
  /** Reads the prebuilt sentence hashes (sentence-index.ts); undefined when the file is damaged. */
  readSentenceHashes?: () => SentenceHashes | undefined;
  manifest: Manifest;
}

/** Reads a corpus directory. The index is used only when the law files hash to the manifest's hash. */
export async function readCorpus(dir: string, opts: { validate?: boolean } = {}): Promise<StoredCorpus> {
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) throw new Error(`${dir} 不是法规库目录（缺少 ${MANIFEST}，请先运行 beishen corpus import）`);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  if (manifest.format !== 'beishen-corpus') throw new Error(`${manifestPath} 不是 beishen 法规库清单`);
  let laws: CorpusLaw[] | undefined;
  let hash: string;
  const bundlePath = manifest.bundle ? join(dir, manifest.bundle.file) : undefined;
  // The bundle is written with the law files and never edited by hand (npm run corpus:build /
  // beishen corpus import rewrite both); its size guards against a truncated copy.
  if (bundlePath && !opts.validate && existsSync(bundlePath) && statSync(bundlePath).size === manifest.bundle!.bytes) {
    laws = fromBundle(new BundleFile(bundlePath));
    hash = manifest.hash;
  } else {
    const onDisk = new Set(await readdir(join(dir, 'laws')));
    const files = await Promise.all(manifest.laws.map(async (e) => {
      const name = e.file.replace(/^laws\//, '');
      if (!onDisk.has(name)) throw new Error(`法规库缺少文件 ${e.file}`);
      return { name, content: await readFile(join(dir, e.file)) };
    }));
    laws = files.map((f) => {
      const law = JSON.parse(f.content.toString('utf8')) as CorpusLaw;
      if (opts.validate) assertValid('law.schema.json', law, f.name);
      return law;
    });
    hash = hashLawFiles(files);
  }
  const current = hash === manifest.hash;
  const index = manifest.index;
  const sentences = manifest.sentences;
  return {
    laws, hash, manifest,
    ...(index && current && existsSync(join(dir, index.file))
      ? { readIndex: () => deserializeIndex(readFileSync(join(dir, index.file)), JSON.parse(readFileSync(join(dir, index.vocab), 'utf8')) as string[]) }
      : {}),
    ...(sentences && current && existsSync(join(dir, sentences.file))
      ? { readSentenceHashes: () => deserializeSentenceHashes(readFileSync(join(dir, sentences.file))) ?? undefined }
      : {}),
  };
}
