// One document through every stage: ingest → structure → rules. A failure that is the
// document's fault becomes a status with a Chinese reason; the batch always goes on.
import { DocumentError, emptyMeta, type DocumentReport } from '../model/types.ts';
import { ingestFile } from '../ingest/index.ts';
import { structureDocument } from '../structure/index.ts';
import type { CheckEnv } from './check-env.ts';

export async function checkDocument(path: string, env: CheckEnv, displayPath = path): Promise<DocumentReport> {
  const report: DocumentReport = {
    path: displayPath, sha256: '', format: 'unknown', status: 'ok', meta: emptyMeta(), findings: [],
  };
  try {
    const file = await ingestFile(path, env.options.ingest);
    report.sha256 = file.sha256;
    report.format = file.format;
    const { ingest } = file;
    if (ingest.notes.length) report.notes = [...ingest.notes];
    const doc = structureDocument(ingest);
    report.meta = doc.meta;
    if (ingest.quality.status !== 'ok') {
      report.status = 'no-text';
      report.error = {
        code: ingest.quality.status === 'garbled' ? 'garbled-text' : 'no-text',
        message: ingest.quality.reason ?? (ingest.quality.status === 'garbled'
          ? '提取出的文字为乱码（字体缺少正确的字符映射），不能据此审查。'
          : '文件中没有可提取的文字（可能是扫描件或图片）。'),
      };
      return report;
    }
    report.findings = env.ruleSet.check({
      path: displayPath, text: ingest.text, doc, corpus: env.corpus, segmenter: env.segmenter, profile: env.profile,
    });
  } catch (e) {
    if (e instanceof DocumentError) {
      report.status = e.status;
      report.error = { code: e.code, message: e.message };
    } else {
      report.status = 'failed';
      report.error = { code: 'internal-error', message: `处理本文件时发生内部错误：${(e as Error)?.message ?? String(e)}` };
    }
  }
  return report;
}
