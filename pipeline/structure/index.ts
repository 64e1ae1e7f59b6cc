// PLACEHOLDER — replaced by the structure owner.
import { emptyMeta, type IngestResult, type StructuredDocument } from '../model/types.ts';
export function structureDocument(ingest: IngestResult): StructuredDocument {
  const outline = { kind: 'document' as const, label: '', text: ingest.text, start: 0, end: ingest.text.length, children: [] };
  return { meta: emptyMeta(), outline, provisions: [{ label: '全文', path: [], text: ingest.text, start: 0, end: ingest.text.length }] };
}
