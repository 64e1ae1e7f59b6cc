// Review decisions and baselines are kept per place: a fingerprint names one place of a problem (the ids of a
// merged finding's `alsoAt` are the fingerprints those places had as findings of their own). When the places of one
// finding are not alike — one decided "not a problem", the others not; one known to the baseline, another new —
// the finding is split so that each finding's places share one state, and nothing a reviewer decided, nor a place
// the baseline lacks, is lost in a merge.
import { findingAt, placesOf, type Place } from '../model/places.ts';
import type { Finding } from '../model/types.ts';

/**
 * The finding as findings whose places share a key, each led by its first place, in the order of their first
 * places; places whose key is null are left out. A finding whose places all share one key comes back as it is.
 */
export function splitPlaces(f: Finding, keyOf: (p: Place, index: number) => string | null): { key: string; finding: Finding }[] {
  const places = placesOf(f);
  const groups = new Map<string, Place[]>();
  places.forEach((p, i) => {
    const key = keyOf(p, i);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), p]);
  });
  const whole = groups.size === 1 && [...groups.values()][0]!.length === places.length;
  return [...groups].map(([key, ps]) => ({ key, finding: whole ? f : findingAt(f, ps)! }));
}

/** Findings in document order (a split can put a later place ahead of findings that follow its first place). */
export function inDocumentOrder(findings: Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.location.start - b.f.location.start || a.i - b.i).map((x) => x.f);
}
