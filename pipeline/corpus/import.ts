// Import: law files (LawRefBook markdown, .docx/.pdf/.txt through the ingest pipeline) → CorpusLaw
// versions. Files with the same title and version are parts of one law (民法典's 编 files);
// the same title with several versions gives one CorpusLaw per version, the newest in force.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { CorpusArticle, CorpusLaw, CorpusLawVersion } from '../model/types.ts';
import { parseArticles } from './article-parser.ts';
import { guessIssuer, guessLevel, lawDates, lawId, lawNames } from './law-metadata.ts';
import { fileNameDate, parseLawMarkdown, type LawFile } from './markdown-law.ts';
import { loadRegistry, type Registry } from './repealed.ts';

export interface ImportProblem {
  path: string;
  message: string;
}

export interface ImportResult {
  laws: CorpusLaw[];
  files: number;
  skipped: ImportProblem[];
}

const LAW_EXT = new Set(['.md', '.docx', '.pdf', '.txt']);

async function collect(paths: string[]): Promise<{ file: string; root: string }[]> {
  const out: { file: string; root: string }[] = [];
  async function walk(p: string, root: string): Promise<void> {
    const st = await stat(p);
    if (st.isDirectory()) {
      const entries = (await readdir(p)).sort();
      for (const e of entries) if (!e.startsWith('.')) await walk(join(p, e), root);
    } else if (LAW_EXT.has(extname(p).toLowerCase())) out.push({ file: p, root });
  }
  for (const p of paths) {
    const st = await stat(p);
    await walk(p, st.isDirectory() ? p : dirname(p));
  }
  return out;
}

/** A law file from extracted plain text (.docx/.pdf/.txt): title line, dated lines, then articles. */
export function parseLawText(path: string, text: string): LawFile | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const titleAt = lines.findIndex((l) => l !== '');
  if (titleAt < 0) return undefined;
  const title = lines[titleAt].replace(/^#\s*/, '').replace(/\s+/g, '');
  const body = parseArticles(lines.slice(titleAt + 1));
  if (!body.articles.length) return undefined;
  // Lines such as "（2021年1月22日第十三届……修订）" before the first article are the metadata; the national
  // law database puts the whole history in one line ("（2005年8月28日……通过　根据2012年10月26日……修正
  // 2025年6月27日……修订）"): each dated part is one entry.
  const metaLines = body.preamble
    .flatMap((l) => l.replace(/^[（(]|[）)]$/g, '').split(/(?=\d{4}年\d{1,2}月\d{1,2}日)/))
    .map((l) => l.replace(/[\s\u3000]*(?:根据)?[\s\u3000]*$/, '').trim())
    .filter((l) => /^\d{4}年\d{1,2}月\d{1,2}日/.test(l));
  return { path, title, fileDate: fileNameDate(path), metaLines, body };
}

async function readLawFile(file: string): Promise<LawFile | undefined> {
  const ext = extname(file).toLowerCase();
  if (ext === '.md') return parseLawMarkdown(file, await readFile(file, 'utf8'));
  const { ingestFile } = await import('../ingest/index.ts');
  const { ingest } = await ingestFile(file);
  return parseLawText(file, ingest.text);
}

function byNumber(a: CorpusArticle, b: CorpusArticle): number {
  return a.number - b.number || (a.sub ?? 0) - (b.sub ?? 0);
}

interface Group {
  title: string;
  folder?: string;
  files: LawFile[];
  sources: string[];
}

/** Reads every law file under `paths` and returns the corpus laws (not yet written anywhere). */
export async function importLaws(paths: string[], registry: Registry = loadRegistry()): Promise<ImportResult> {
  const files = await collect(paths);
  const skipped: ImportProblem[] = [];
  const groups = new Map<string, Group>();
  for (const { file, root } of files) {
    if (basename(file) === 'README.md') continue; // the snapshot's own description, not a law
    let law: LawFile | undefined;
    try {
      law = await readLawFile(file);
    } catch (e) {
      skipped.push({ path: file, message: (e as Error).message });
      continue;
    }
    if (!law) {
      if (basename(file) !== '_index.md') skipped.push({ path: file, message: '未识别出法规标题或条文' });
      continue;
    }
    const dates = lawDates(law.metaLines, law.body.articles, law.fileDate);
    const key = `${law.title}|${dates.version}`;
    const folder = basename(dirname(file));
    const g = groups.get(key) ?? { title: law.title, folder, files: [], sources: [] };
    g.files.push(law);
    g.sources.push(relative(root, file) || basename(file));
    groups.set(key, g);
  }
  const laws = [...groups.values()].map((g) => groupToLaw(g));
  finishVersions(laws, registry);
  return { laws, files: files.length, skipped };
}

function groupToLaw(g: Group): CorpusLaw {
  const seen = new Set<string>();
  const articles: CorpusArticle[] = [];
  for (const f of g.files) {
    for (const a of f.body.articles) {
      if (seen.has(a.label)) continue; // the same law filed under two folders
      seen.add(a.label);
      articles.push(a);
    }
  }
  articles.sort(byNumber);
  const meta = g.files.flatMap((f) => f.metaLines);
  const lastArticles = g.files.flatMap((f) => f.body.articles);
  const own = lawDates(meta, lastArticles, g.files[0].fileDate);
  const level = guessLevel(g.title, g.folder);
  const issuer = guessIssuer(g.title, level, meta);
  const history = historyFromMeta([...new Set(meta)], own);
  return {
    id: lawId(g.title, own.version),
    title: g.title,
    ...lawNames(g.title, level),
    level,
    ...(issuer ? { issuer } : {}),
    version: own.version,
    versions: history,
    status: 'in-force',
    articles,
    source: g.sources.join(', '),
  };
}

/** Each dated metadata line (通过, 修正, 修订) is a version in the law's history. */
function historyFromMeta(meta: string[], own: CorpusLawVersion): CorpusLawVersion[] {
  const out = new Map<string, CorpusLawVersion>();
  for (const line of meta) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*)$/.exec(line);
    if (!m || /^施行$/.test(m[4].trim())) continue;
    const v = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    if (!out.has(v)) out.set(v, { version: v, note: line.slice(0, 200) });
  }
  const mine = out.get(own.version);
  out.set(own.version, { ...mine, ...own });
  return [...out.values()].sort((a, b) => a.version.localeCompare(b.version));
}

/** Adds imported law versions to a corpus's laws: a version of the same title and date replaces the one
 *  held; a newer version supersedes the older ones from the day it takes effect (in-force.ts). */
export function addLaws(existing: CorpusLaw[], imported: CorpusLaw[], registry: Registry = loadRegistry()): CorpusLaw[] {
  const byKey = new Map<string, CorpusLaw>();
  for (const l of [...existing, ...imported]) byKey.set(`${l.title}|${l.version}`, l);
  const laws = [...byKey.values()];
  finishVersions(laws, registry);
  return laws;
}

/** The newest version of each title is in force, older ones 'amended'; the registry marks repeals. */
export function finishVersions(laws: CorpusLaw[], registry: Registry): void {
  const byTitle = new Map<string, CorpusLaw[]>();
  for (const l of laws) byTitle.set(l.title, [...(byTitle.get(l.title) ?? []), l]);
  for (const [title, versions] of byTitle) {
    versions.sort((a, b) => a.version.localeCompare(b.version));
    const history = new Map<string, CorpusLawVersion>();
    for (const v of versions) for (const h of v.versions) history.set(h.version, { ...history.get(h.version), ...h });
    const merged = [...history.values()].sort((a, b) => a.version.localeCompare(b.version));
    const repealed = registry.laws.find((r) => r.name === title || r.aliases.includes(title));
    versions.forEach((v, i) => {
      v.versions = merged;
      v.status = i === versions.length - 1 ? 'in-force' : 'amended';
      if (repealed) {
        v.status = 'repealed';
        v.repealedOn = repealed.repealedOn;
        if (repealed.replacedBy) v.replacedBy = repealed.replacedBy;
      }
    });
  }
}
