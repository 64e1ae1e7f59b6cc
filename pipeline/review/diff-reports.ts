// Two runs compared (beishen diff): per document, the findings that are new, resolved, or changed
// (same fingerprint, different severity, category, title, message or basis). Fingerprints are built
// from rule, provision and matched words, so a finding keeps its id across runs while its document's
// wording there is unchanged. Documents present in one run only are listed apart and do not count as
// new or resolved findings: a rule-set change compared over one archive adds and removes findings only.
// Findings are matched by place: a merged finding (Finding.alsoAt) keeps the fingerprint each of its places had as a
// finding of its own, so a place that moved into another finding's `alsoAt` is neither resolved nor new; a finding
// whose places changed is "changed" (`places`), naming the places added and removed.
import { findingAt, placeIds, placesOf } from '../model/places.ts';
import type { DocumentReport, Finding, RunReport, Severity } from '../model/types.ts';

export interface FindingBrief {
  id: string;
  ruleId: string;
  severity: Severity;
  category: Finding['category'];
  title: string;
  label: string;
  match: string;
  message: string;
}

export interface ChangedFinding {
  id: string;
  fields: ('severity' | 'category' | 'title' | 'message' | 'basis' | 'ruleId' | 'places')[];
  before: FindingBrief;
  after: FindingBrief;
  /** `places` changed: the labels of the places the finding gained and lost. */
  places?: { added: string[]; removed: string[] };
}

export interface DocumentDiff {
  path: string;
  title: string | null;
  /** compared: in both runs; added / removed: in one run only. */
  presence: 'compared' | 'added' | 'removed';
  statusBefore?: DocumentReport['status'];
  statusAfter?: DocumentReport['status'];
  added: FindingBrief[];
  resolved: FindingBrief[];
  changed: ChangedFinding[];
}

type Counts = Record<Severity, number>;

export interface ReportDiff {
  old: { generatedAt: string; ruleset: RunReport['ruleset']; tool: RunReport['tool'] };
  new: { generatedAt: string; ruleset: RunReport['ruleset']; tool: RunReport['tool'] };
  summary: {
    documents: { compared: number; added: number; removed: number; changed: number };
    findings: { added: number; resolved: number; changed: number; unchanged: number };
    addedBySeverity: Counts;
    resolvedBySeverity: Counts;
    /** Per rule: how many findings it adds and removes. */
    byRule: Record<string, { added: number; resolved: number; changed: number }>;
  };
  /** Documents with any difference, in path order. */
  documents: DocumentDiff[];
}

export function brief(f: Finding): FindingBrief {
  return {
    id: f.id, ruleId: f.ruleId, severity: f.severity, category: f.category, title: f.title,
    label: f.location.label, match: f.location.match, message: f.message,
  };
}

const basisKey = (f: Finding) => f.basis.map((b) => `${b.law}${b.article}`).join('|');

function changes(a: Finding, b: Finding): ChangedFinding['fields'] {
  const fields: ChangedFinding['fields'] = [];
  if (a.ruleId !== b.ruleId) fields.push('ruleId');
  if (a.severity !== b.severity) fields.push('severity');
  if (a.category !== b.category) fields.push('category');
  if (a.title !== b.title) fields.push('title');
  if (a.message !== b.message) fields.push('message');
  if (basisKey(a) !== basisKey(b)) fields.push('basis');
  return fields;
}

const zero = (): Counts => ({ error: 0, warning: 0, info: 0 });

/** Each place's fingerprint → the finding it is a place of. */
function owners(findings: Finding[]): Map<string, Finding> {
  const m = new Map<string, Finding>();
  for (const f of findings) for (const id of placeIds(f)) m.set(id, f);
  return m;
}

/** The finding as it reads at one of its places (its message there). */
function atPlace(f: Finding, id: string): Finding {
  return findingAt(f, placesOf(f).filter((p) => p.id === id))!;
}

export function diffReports(oldReport: RunReport, newReport: RunReport): ReportDiff {
  const before = new Map(oldReport.documents.map((d) => [d.path, d]));
  const after = new Map(newReport.documents.map((d) => [d.path, d]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const summary: ReportDiff['summary'] = {
    documents: { compared: 0, added: 0, removed: 0, changed: 0 },
    findings: { added: 0, resolved: 0, changed: 0, unchanged: 0 },
    addedBySeverity: zero(), resolvedBySeverity: zero(), byRule: {},
  };
  const rule = (id: string) => (summary.byRule[id] ??= { added: 0, resolved: 0, changed: 0 });
  const documents: DocumentDiff[] = [];
  for (const path of paths) {
    const a = before.get(path);
    const b = after.get(path);
    if (!a || !b) {
      const d = (a ?? b)!;
      summary.documents[a ? 'removed' : 'added']++;
      documents.push({
        path, title: d.meta.title, presence: a ? 'removed' : 'added',
        ...(a ? { statusBefore: a.status } : { statusAfter: b!.status }),
        added: b ? b.findings.map(brief) : [], resolved: a ? a.findings.map(brief) : [], changed: [],
      });
      continue;
    }
    summary.documents.compared++;
    const diff: DocumentDiff = {
      path, title: b.meta.title ?? a.meta.title, presence: 'compared', statusBefore: a.status, statusAfter: b.status,
      added: [], resolved: [], changed: [],
    };
    const oldOwner = owners(a.findings);
    const newOwner = owners(b.findings);
    const lostSeen = new Set<string>(); // a place lost is named once, by the first finding that had it
    for (const f of b.findings) {
      const ids = placeIds(f);
      const shared = ids.find((id) => oldOwner.has(id));
      if (shared === undefined) {
        diff.added.push(brief(f));
        summary.addedBySeverity[f.severity]++;
        rule(f.ruleId).added++;
        continue;
      }
      // Compared at one place both runs have (the finding's own, where the old run had it): like with like.
      const at = oldOwner.has(f.id) ? f.id : shared;
      const was = oldOwner.get(at)!;
      const fields = changes(atPlace(was, at), atPlace(f, at));
      const counterparts = new Set(ids.flatMap((id) => oldOwner.get(id) ?? []));
      const gained = placesOf(f).filter((p) => !oldOwner.has(p.id)).map((p) => p.label);
      const lost = [...counterparts].flatMap((o) => placesOf(o)).filter((p) => !newOwner.has(p.id) && !lostSeen.has(p.id));
      for (const p of lost) lostSeen.add(p.id);
      if (gained.length || lost.length) fields.push('places');
      if (fields.length) {
        diff.changed.push({ id: f.id, fields, before: brief(was), after: brief(f), ...(fields.includes('places') ? { places: { added: gained, removed: lost.map((p) => p.label) } } : {}) });
        rule(f.ruleId).changed++;
      } else summary.findings.unchanged++;
    }
    for (const f of a.findings) {
      if (placeIds(f).some((id) => newOwner.has(id))) continue;
      diff.resolved.push(brief(f));
      summary.resolvedBySeverity[f.severity]++;
      rule(f.ruleId).resolved++;
    }
    summary.findings.added += diff.added.length;
    summary.findings.resolved += diff.resolved.length;
    summary.findings.changed += diff.changed.length;
    if (diff.added.length || diff.resolved.length || diff.changed.length || a.status !== b.status) {
      summary.documents.changed++;
      documents.push(diff);
    }
  }
  const head = (r: RunReport) => ({ generatedAt: r.generatedAt, ruleset: r.ruleset, tool: r.tool });
  return { old: head(oldReport), new: head(newReport), summary, documents };
}
