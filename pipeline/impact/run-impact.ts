// beishen impact as a pure pipeline: the changes of one law between two versions, the archive's parsed
// documents, and for each document the references to changed articles. The result is plain data that
// the renderers (reports/impact) turn into HTML, JSON and CSV.
import type { Corpus } from '../corpus/corpus.ts';
import type { ArticleChange, LawVersionChanges } from '../corpus/version-changes.ts';
import { TOOL } from '../engine/build-report.ts';
import { findReferences, referenceContext, type ImpactAction, type ImpactReference } from './find-references.ts';
import type { ParsedEntry } from '../batch/parsed-source.ts';

export interface ImpactDocument {
  path: string;
  sha256: string;
  title: string | null;
  docNumber: string | null;
  issuers: string[];
  issuedOn: string | null;
  references: ImpactReference[];
}

export interface ImpactReport {
  kind: 'beishen-impact';
  version: 1;
  tool: { name: string; version: string };
  generatedAt: string;
  law: string;
  from: { version: string; effective: string };
  to: { version: string; effective: string } | null;
  repeal?: { repealedOn: string; replacedBy: string | null };
  /** Every article of the older version and what became of it. */
  mapping: ArticleChange[];
  summary: {
    documents: number;
    affected: number;
    references: number;
    byAction: Record<ImpactAction, number>;
    unreadable: number;
    /** Documents whose parse came from the cache of an earlier check. */
    fromCache: number;
  };
  /** Affected documents, in path order. */
  documents: ImpactDocument[];
  unreadable: { path: string; error: string }[];
}

function effective(v: LawVersionChanges['older']): string {
  return v.versions.find((x) => x.version === v.version)?.effective ?? v.version;
}

export async function runImpact(entries: AsyncIterable<ParsedEntry>, changes: LawVersionChanges, corpus: Corpus, now = new Date()): Promise<ImpactReport> {
  const ctx = referenceContext(corpus, changes);
  const documents: ImpactDocument[] = [];
  const unreadable: ImpactReport['unreadable'] = [];
  let total = 0;
  let fromCache = 0;
  for await (const e of entries) {
    total++;
    if (e.fromCache) fromCache++;
    if (!e.parsed) {
      unreadable.push({ path: e.path, error: e.error ?? '无法读取' });
      continue;
    }
    const { ingest, doc } = e.parsed;
    if (ingest.quality.status !== 'ok') {
      unreadable.push({ path: e.path, error: ingest.quality.reason ?? '没有可用的文字' });
      continue;
    }
    const references = findReferences(ingest.text, doc, ctx);
    if (!references.length) continue;
    const m = doc.meta;
    documents.push({
      path: e.path, sha256: e.sha256, title: m.attachedTitle ?? m.title, docNumber: m.docNumber,
      issuers: m.issuers.map((i) => i.name), issuedOn: m.publishedOn ?? m.issuedOn, references,
    });
  }
  documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byAction: Record<ImpactAction, number> = { 修改引用条号: 0, 内容需修改: 0, 依据已废止: 0 };
  for (const d of documents) for (const r of d.references) byAction[r.action]++;
  return {
    kind: 'beishen-impact', version: 1, tool: TOOL, generatedAt: now.toISOString(),
    law: changes.law,
    from: { version: changes.older.version, effective: effective(changes.older) },
    to: changes.newer ? { version: changes.newer.version, effective: effective(changes.newer) } : null,
    ...(changes.repeal ? { repeal: { repealedOn: changes.repeal.repealedOn, replacedBy: changes.repeal.replacedBy } } : {}),
    mapping: [...changes.changes.values()],
    summary: {
      documents: total, affected: documents.length, references: documents.reduce((n, d) => n + d.references.length, 0),
      byAction, unreadable: unreadable.length, fromCache,
    },
    documents,
    unreadable,
  };
}
