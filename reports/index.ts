// Report writers: each format is a pure function of the run report (and the reviewer's settings),
// written into the output folder (output-dir.ts) or, for one format, to standard output.
import type { RunReport } from '../pipeline/model/types.ts';
import type { ReviewConfig } from '../pipeline/config/review-config.ts';
import { renderJson } from './json.ts';
import type { OutputDir } from './output-dir.ts';

export const REPORT_FORMATS = ['json', 'html', 'text', 'sarif', 'docx', 'csv', 'xlsx', 'annotated'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats that are one text file and can go to standard output (-o -). */
export const STDOUT_FORMATS: readonly string[] = ['json', 'html', 'text', 'sarif', 'csv'];

export interface OutputFile {
  name: string; // relative to the output folder
  content: string | Uint8Array;
}

/** What renderers may need beyond the report: the reviewer's settings (beishen.config.yaml). */
export interface RenderOptions {
  config?: ReviewConfig;
  /** The moment the letters are dated (tests fix it). */
  now?: Date;
}

type Renderer = (report: RunReport, opts: RenderOptions) => Promise<OutputFile[]>;

// `text` is printed, not written; `annotated` needs the original files and is written by the command.
const RENDERERS: Partial<Record<ReportFormat, Renderer>> = {
  json: async (r) => [{ name: 'report.json', content: renderJson(r) }],
  html: async (r, o) => (await import('./html/render-html.ts')).renderHtmlFiles(r, o),
  sarif: async (r) => [{ name: 'report.sarif', content: (await import('./sarif.ts')).renderSarif(r) }],
  docx: async (r, o) => (await import('./docx/render-opinions.ts')).renderOpinionFiles(r, o),
  csv: async (r, o) => (await import('./table/render-table.ts')).renderTableCsvFiles(r, o),
  xlsx: async (r, o) => (await import('./table/render-table.ts')).renderTableXlsxFiles(r, o),
};

export function hasRenderer(format: string): boolean {
  return format in RENDERERS;
}

/** The files of every requested format that renders from the report alone. */
export async function renderReports(report: RunReport, formats: string[], opts: RenderOptions = {}): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const f of formats) {
    const render = RENDERERS[f as ReportFormat];
    if (render) files.push(...(await render(report, opts)));
  }
  return files;
}

/** Writes every requested format into the run's output folder (still staged until it commits). */
export async function writeReports(report: RunReport, out: OutputDir, formats: string[], opts: RenderOptions = {}): Promise<string[]> {
  const files = await renderReports(report, formats, opts);
  await out.write(files);
  return files.map((f) => out.finalPath(f.name));
}
