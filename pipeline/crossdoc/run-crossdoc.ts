// Conflicts between the documents of one batch (check, after every document was checked alone): numbers
// that disagree on the same matter, and documents relying on a lapsed or repealed document of the batch.
// Each document's parse is read once (from the cache the workers just filled, else parsed again) and
// reduced to its statements and mentions; only those are kept for the comparison.
import type { ParsedDocument } from '../engine/check-document.ts';
import type { DocMeta, DocumentReport, Finding } from '../model/types.ts';
import { indexBatch, mentionsIn, staleReferences, type BatchEntry, type Mention } from './batch-references.ts';
import { conflictingGroups, type DocStatement } from './compare-statements.ts';
import { quantityFindings, staleFindings } from './cross-findings.ts';
import { extractStatements } from './statements.ts';

export interface CrossInput {
  path: string;
  sha256?: string;
  status: DocumentReport['status'];
  meta: DocMeta;
}

/** Extra findings per document path (empty for a batch of one). */
export async function crossDocumentFindings(
  documents: CrossInput[], load: (d: CrossInput) => Promise<ParsedDocument | undefined>, asOf: string,
): Promise<Map<string, Finding[]>> {
  const ok = documents.filter((d) => d.status === 'ok');
  const out = new Map<string, Finding[]>();
  if (ok.length < 2) return out;
  const entries: BatchEntry[] = ok.map((d) => ({ path: d.path, meta: d.meta }));
  const index = indexBatch(entries);
  const statements: DocStatement[] = [];
  const mentions: Mention[] = [];
  for (const [k, d] of ok.entries()) {
    const parsed = await load(d);
    if (!parsed || parsed.ingest.quality.status !== 'ok') continue;
    for (const statement of extractStatements(parsed.doc)) statements.push({ path: d.path, statement });
    mentions.push(...mentionsIn(entries[k]!, parsed.ingest.text, parsed.doc, index));
  }
  const metas = new Map(ok.map((d) => [d.path, d.meta]));
  const add = (m: Map<string, Finding[]>) => {
    for (const [path, fs] of m) out.set(path, [...(out.get(path) ?? []), ...fs]);
  };
  add(quantityFindings(conflictingGroups(statements), (p) => metas.get(p)!));
  add(staleFindings(staleReferences(mentions, asOf)));
  return out;
}
