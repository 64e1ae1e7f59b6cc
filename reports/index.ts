// Report writers: each format is a pure function of the run report, written into the output folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport } from '../pipeline/model/types.ts';
import { renderJson } from './json.ts';

export const REPORT_FORMATS = ['json', 'html', 'text', 'sarif', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface OutputFile {
  name: string; // relative to the output folder
  content: string | Uint8Array;
}

type Renderer = (report: RunReport) => Promise<OutputFile[]>;

const RENDERERS: Record<Exclude<ReportFormat, 'text'>, Renderer> = {
  json: async (r) => [{ name: 'report.json', content: renderJson(r) }],
  html: async (r) => (await import('./html/render-html.ts')).renderHtmlFiles(r),
  sarif: async (r) => [{ name: 'report.sarif', content: (await import('./sarif.ts')).renderSarif(r) }],
  docx: async (r) => (await import('./docx/render-opinions.ts')).renderOpinionFiles(r),
};

/** Writes every requested format; returns the paths written. */
export async function writeReports(report: RunReport, outDir: string, formats: string[]): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const f of formats) {
    if (f === 'text') continue;
    const render = RENDERERS[f as Exclude<ReportFormat, 'text'>];
    if (!render) continue;
    for (const file of await render(report)) {
      const path = join(outDir, file.name);
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(path, file.content);
      written.push(path);
    }
  }
  return written;
}
