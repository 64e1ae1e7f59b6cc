// Writes --format annotated for check and render: each flagged document's copy with comments, from the
// original file (found by its report path) and the parse cache.
import type { DocumentReport, RunReport } from '../model/types.ts';
import { ParsedLoader } from '../batch/parsed-source.ts';
import { renderAnnotatedFiles, type AnnotatedSource } from '../../reports/annotated/render-annotated.ts';
import type { OutputDir } from '../../reports/output-dir.ts';

export async function writeAnnotated(
  report: RunReport, output: OutputDir, fileOf: (d: DocumentReport) => string | undefined,
  opts: { cacheDir: string | null; maxBytes?: number; quiet: boolean },
): Promise<void> {
  const loader = await ParsedLoader.open({ cacheDir: opts.cacheDir, maxBytes: opts.maxBytes });
  const load = async (d: DocumentReport): Promise<AnnotatedSource> => {
    const file = fileOf(d);
    if (!file) return { error: '找不到原件' };
    const word = d.format === 'docx' || d.format === 'doc' || d.format === 'wps';
    const e = await loader.load(d.path, file, d.sha256, { bytes: word, parse: d.format !== 'docx' });
    if (e.sha256 && d.sha256 && e.sha256 !== d.sha256) return { error: '原件在检查后已被修改，未加批注（请重新检查）' };
    return { bytes: e.bytes, parsed: e.parsed, error: e.error };
  };
  const result = await renderAnnotatedFiles(report.documents, load, report.generatedAt);
  await loader.close();
  await output.write(result.files);
  if (!opts.quiet) for (const s of result.skipped) process.stderr.write(`未生成带批注的副本：${s.path}（${s.reason}）\n`);
}
