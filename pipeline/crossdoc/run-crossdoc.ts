// Conflicts between the documents of one batch (check, after every document was checked alone): numbers
// that disagree on the same matter, and documents relying on a lapsed or repealed document of the batch.
// Each document is reduced to its digest — statements and mentions, independent of the batch, so it can
// be cached beside the parse — and only the digests are compared.
import type { ParsedDocument } from '../engine/check-document.ts';
import type { DocMeta, DocumentReport, Finding } from '../model/types.ts';
import { indexBatch, rawMentions, resolveMentions, staleReferences, type BatchEntry, type Mention, type RawMention } from './batch-references.ts';
import { conflictingGroups, type DocStatement } from './compare-statements.ts';
import { quantityFindings, staleFindings } from './cross-findings.ts';
import { extractStatements, type Statement } from './statements.ts';

export interface CrossDigest {
  statements: Statement[];
  mentions: RawMention[];
}

/** Its name in the cache: bump the version when the digest's contents change. */
export const DIGEST_NAME = 'crossdoc-digest/1';

/** Digests read at once. */
const DIGEST_READS = 32;

export function crossDigest(parsed: ParsedDocument): CrossDigest {
  if (parsed.ingest.quality.status !== 'ok') return { statements: [], mentions: [] };
  return { statements: extractStatements(parsed.doc), mentions: rawMentions(parsed.ingest.text, parsed.doc) };
}

export interface CrossInput {
  path: string;
  sha256?: string;
  status: DocumentReport['status'];
  meta: DocMeta;
}

/** Extra findings per document path (empty for a batch of one). */
export async function crossDocumentFindings(
  documents: CrossInput[], digestOf: (d: CrossInput) => Promise<CrossDigest | undefined>, asOf: string,
): Promise<Map<string, Finding[]>> {
  const ok = documents.filter((d) => d.status === 'ok');
  const out = new Map<string, Finding[]>();
  if (ok.length < 2) return out;
  const entries: BatchEntry[] = ok.map((d) => ({ path: d.path, meta: d.meta }));
  const index = indexBatch(entries);
  const statements: DocStatement[] = [];
  const mentions: Mention[] = [];
  // Digests are read from the cache a few at a time: one after another, a thousand small reads
  // wait on the disk in turn.
  const digests: (CrossDigest | undefined)[] = [];
  for (let i = 0; i < ok.length; i += DIGEST_READS) digests.push(...(await Promise.all(ok.slice(i, i + DIGEST_READS).map(digestOf))));
  for (const [k, d] of ok.entries()) {
    const digest = digests[k];
    if (!digest) continue;
    for (const statement of digest.statements) statements.push({ path: d.path, statement });
    mentions.push(...resolveMentions(entries[k]!, digest.mentions, index));
  }
  const metas = new Map(ok.map((d) => [d.path, d.meta]));
  const add = (m: Map<string, Finding[]>) => {
    for (const [path, fs] of m) out.set(path, [...(out.get(path) ?? []), ...fs]);
  };
  add(quantityFindings(conflictingGroups(statements), (p) => metas.get(p)!));
  add(staleFindings(staleReferences(mentions, asOf)));
  return out;
}
