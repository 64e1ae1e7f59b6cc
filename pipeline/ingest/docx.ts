// PLACEHOLDER — replaced by the ingest owner.
import { DocumentError, type IngestResult } from '../model/types.ts';
import type { IngestOptions } from './index.ts';
export async function ingestDocx(_buf: Buffer, _opts: IngestOptions): Promise<IngestResult> {
  throw new DocumentError('unsupported-format', '未实现', 'unsupported');
}
