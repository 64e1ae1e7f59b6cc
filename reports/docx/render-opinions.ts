// PLACEHOLDER — replaced by the reports owner.
import type { RunReport } from '../../pipeline/model/types.ts';
import type { OutputFile } from '../index.ts';
export async function renderOpinionFiles(_r: RunReport): Promise<OutputFile[]> { return []; }
