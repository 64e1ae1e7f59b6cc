// SARIF 2.1.0 (report.sarif) for CI and dashboards. Pure function of the run report.
// - rules: derived from the findings present (id, title, category, basis), since the report only counts rules;
// - results: level, message, physical region as UTF-16 charOffset/charLength (run.columnKind says so),
//   logical location = the provision label, partial fingerprint = the finding id (stable across line moves);
// - documents that could not be checked: invocations[0].toolExecutionNotifications (level error);
// - the other places of a merged finding (Finding.alsoAt): relatedLocations, named in the message by embedded links.
//   Not further `locations`: SARIF 2.1.0 §3.27.12 allows several locations only for a problem that is corrected by
//   changing every one of them, and forbids them for occurrences that can be corrected independently — each fine
//   clause can be struck on its own — and GitHub code scanning shows only the first location and drops the rest. It
//   does show related locations, as links where the result's message embeds them ("[第五条](2)", §3.11.6).
import type * as Sarif from 'sarif';
import { CATEGORY_NAMES, type Finding, type FindingLocation, type RunReport, type Severity } from '../pipeline/model/types.ts';
import { placesOf } from '../pipeline/model/places.ts';
import { STATUS_NAMES } from './html/labels.ts';
import { ownMessage } from './other-places.ts';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A document path as a URI reference: relative stays relative; every segment percent-encoded. */
export function pathToUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const enc = (s: string) => s.split('/').map((seg) => encodeURIComponent(seg)).join('/');
  if (/^[A-Za-z]:\//.test(p)) return `file:///${p.slice(0, 2)}${enc(p.slice(2))}`;
  if (p.startsWith('/')) return `file://${enc(p)}`;
  return enc(p);
}

/** "penalty/normative-document-sets-fine" → "PenaltyNormativeDocumentSetsFine" */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function buildRules(findings: Finding[]): { rules: Sarif.ReportingDescriptor[]; index: Map<string, number> } {
  const byId = new Map<string, { first: Finding; worst: Severity; basis: Map<string, { law: string; article: string }> }>();
  for (const f of findings) {
    let r = byId.get(f.ruleId);
    if (!r) byId.set(f.ruleId, (r = { first: f, worst: f.severity, basis: new Map() }));
    if (RANK[f.severity] > RANK[r.worst]) r.worst = f.severity;
    for (const b of f.basis) r.basis.set(`${b.law}${b.article}`, { law: b.law, article: b.article });
  }
  const ids = [...byId.keys()].sort();
  const rules = ids.map((id): Sarif.ReportingDescriptor => {
    const r = byId.get(id)!;
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: r.first.title },
      fullDescription: { text: `${CATEGORY_NAMES[r.first.category]}：${r.first.title}` },
      defaultConfiguration: { level: LEVEL[r.worst] },
      properties: { category: r.first.category, categoryName: CATEGORY_NAMES[r.first.category], basis: [...r.basis.values()], tags: [r.first.category] },
    };
  });
  return { rules, index: new Map(ids.map((id, i) => [id, i])) };
}

function physicalLocationOf(loc: FindingLocation, artifactIndex: number, uri: string): Sarif.PhysicalLocation {
  const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: { uri, index: artifactIndex } };
  if (loc.match || loc.end > loc.start) {
    physicalLocation.region = { charOffset: loc.start, charLength: Math.max(0, loc.end - loc.start), ...(loc.match ? { snippet: { text: loc.match } } : {}) };
  }
  return physicalLocation;
}

function logicalLocationOf(loc: FindingLocation): Sarif.LogicalLocation {
  const label = loc.label || '全文';
  return { name: label, fullyQualifiedName: loc.path.length ? loc.path.join('') : label, kind: 'provision' };
}

/** Literal brackets of a message that embeds links are escaped (SARIF §3.11.6), so a viewer reads no link into them. */
const escapeBrackets = (s: string) => s.replace(/[[\]]/g, (c) => `\\${c}`);

/** The related locations of a result: the other places of its problem, then a cross-document finding's other documents. */
function relatedLocationsOf(f: Finding, artifactIndex: number, uri: string): Sarif.Location[] {
  const places: Sarif.Location[] = placesOf(f).slice(1).map((p, k) => {
    const own = ownMessage(f, p);
    return {
      id: k + 1,
      physicalLocation: physicalLocationOf(p, artifactIndex, uri),
      logicalLocations: [logicalLocationOf(p)],
      message: { text: `同一问题的另一处：${p.label || '全文'}${p.match ? `“${p.match}”` : ''}${own ? `。${own}` : ''}` },
      properties: { findingId: p.id },
    };
  });
  const documents: Sarif.Location[] = f.related.filter((r) => r.document).map((r, k) => ({
    id: places.length + k + 1,
    physicalLocation: { artifactLocation: { uri: pathToUri(r.document!) } },
    message: { text: `《${r.law}》${r.article}` },
  }));
  return [...places, ...documents];
}

function resultFor(f: Finding, artifactIndex: number, uri: string, ruleIndex: number): Sarif.Result {
  const loc = f.location;
  const label = loc.label || '全文';
  const basis = f.basis.map((b) => `《${b.law}》${b.article}`).join('、');
  const related = relatedLocationsOf(f, artifactIndex, uri);
  const others = f.alsoAt ?? [];
  let text = `${label}：${f.message}${basis ? `（依据：${basis}）` : ''}${f.suggestion ? ` 修改建议：${f.suggestion}` : ''}`;
  if (others.length) text = `${escapeBrackets(text)} 同一问题另见：${others.map((p, k) => `[${escapeBrackets(p.label || '全文')}](${k + 1})`).join('、')}`;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    kind: 'fail',
    message: { text },
    locations: [{ physicalLocation: physicalLocationOf(loc, artifactIndex, uri), logicalLocations: [logicalLocationOf(loc)] }],
    partialFingerprints: { 'beishenFindingId/v1': f.id },
    ...(related.length ? { relatedLocations: related } : {}),
    // A reviewer's "not a problem" is an accepted external suppression (code-scanning UIs hide it);
    // the other decisions travel as properties.
    ...(f.review?.status === 'not-a-problem'
      ? { suppressions: [{ kind: 'external', status: 'accepted', ...(f.review.reason ? { justification: f.review.reason } : {}) }] }
      : {}),
    properties: {
      category: f.category, categoryName: CATEGORY_NAMES[f.category], title: f.title,
      ...(loc.page ? { page: loc.page } : {}), ...(f.suggestion ? { suggestion: f.suggestion } : {}),
      basis: f.basis.map((b) => ({ law: b.law, article: b.article, version: b.version })),
      ...(f.review ? { review: f.review } : {}),
      ...(others.length ? { alsoAt: others.map((p) => ({ id: p.id, label: p.label })) } : {}),
    },
  };
}

export function buildSarif(report: RunReport): Sarif.Log {
  const { rules, index } = buildRules(report.documents.flatMap((d) => d.findings));
  const artifacts: Sarif.Artifact[] = [];
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  report.documents.forEach((d, i) => {
    const uri = pathToUri(d.path);
    artifacts.push({
      location: { uri },
      roles: ['analysisTarget'],
      ...(d.sha256 ? { hashes: { 'sha-256': d.sha256 } } : {}),
      properties: { format: d.format, status: d.status, ...(d.meta.title ? { title: d.meta.title } : {}), ...(d.meta.docNumber ? { docNumber: d.meta.docNumber } : {}) },
    });
    for (const f of d.findings) results.push(resultFor(f, i, uri, index.get(f.ruleId)!));
    if (d.status !== 'ok') {
      notifications.push({
        level: 'error',
        message: { text: `${STATUS_NAMES[d.status] ?? d.status}：${d.error?.message ?? '原因不明'}` },
        locations: [{ physicalLocation: { artifactLocation: { uri, index: i } } }],
        ...(d.error?.code ? { descriptor: { id: d.error.code } } : {}),
      });
    }
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: report.tool.name, fullName: `备审 ${report.tool.name}`, version: report.tool.version, rules,
          properties: { ruleset: report.ruleset },
        },
      },
      invocations: [{ executionSuccessful: true, endTimeUtc: report.generatedAt, toolExecutionNotifications: notifications }],
      artifacts,
      results,
      columnKind: 'utf16CodeUnits',
      properties: { summary: report.summary },
    }],
  };
}

export function renderSarif(report: RunReport): string {
  return JSON.stringify(buildSarif(report), null, 2) + '\n';
}
