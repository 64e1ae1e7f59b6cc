// PLACEHOLDER — replaced by the ingest owner.
import type { IngestResult } from '../model/types.ts';
export async function ingestText(buf: Buffer, format: 'txt' | 'md'): Promise<IngestResult> {
  const text = buf.toString('utf8').replace(/\r\n?/g, '\n');
  return { format, text, spans: [{ start: 0, end: text.length }], notes: [], quality: { status: text.trim() ? 'ok' : 'no-text' } };
}
