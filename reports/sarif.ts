// PLACEHOLDER — replaced by the reports owner.
import type { RunReport } from '../pipeline/model/types.ts';
export function renderSarif(_r: RunReport): string { return '{}'; }
