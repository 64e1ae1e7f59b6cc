// Assemble the run report (DESIGN §3) from per-document results. Pure: same inputs, same output,
// apart from generatedAt.
import { createRequire } from 'node:module';
import type { Category, DocumentReport, LawBaseInfo, RunReport } from '../model/types.ts';
import type { RuleSet } from '../rules/ruleset.ts';

const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };
export const TOOL = { name: pkg.name, version: pkg.version };

export function summarize(documents: DocumentReport[]): RunReport['summary'] {
  const summary: RunReport['summary'] = {
    documents: documents.length, ok: 0, failed: 0,
    findings: { error: 0, warning: 0, info: 0 }, byCategory: {},
  };
  for (const d of documents) {
    if (d.status === 'ok') summary.ok++;
    else summary.failed++;
    for (const f of d.findings) {
      summary.findings[f.severity]++;
      summary.byCategory[f.category as Category] = (summary.byCategory[f.category as Category] ?? 0) + 1;
    }
  }
  return summary;
}

export function buildRunReport(
  documents: DocumentReport[], ruleSet: Pick<RuleSet, 'id' | 'version' | 'hash' | 'rules'>, now = new Date(), lawBase?: LawBaseInfo,
): RunReport {
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    schemaVersion: 1,
    tool: TOOL,
    ruleset: { id: ruleSet.id, version: ruleSet.version, rules: ruleSet.rules.length, hash: ruleSet.hash },
    generatedAt: now.toISOString(),
    ...(lawBase ? { lawBase } : {}),
    summary: summarize(sorted),
    documents: sorted,
  };
}
