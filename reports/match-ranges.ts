// Finds each finding's matched words inside its provision text. Finding offsets (start/end) are document
// offsets while location.text is the provision alone, so the provision's own start is inferred: from a
// finding whose match occurs once in the text, then used to place the ambiguous ones. When the match is
// not in the text at all (extraction differences), the finding simply gets no range.
// Shared by the HTML highlight, the opinion drafts' excerpts and the comments of annotated copies.
import type { Finding, FindingLocation } from '../pipeline/model/types.ts';

/** What placing a match needs: the finding's (or one of its places') id, offset and matched words. */
export type Placed = Pick<Finding, 'id'> & { location: Pick<FindingLocation, 'start' | 'match'> };

export interface MatchRange {
  start: number; // offsets into the provision text
  end: number;
  findingIds: string[];
}

function occurrences(text: string, match: string): number[] {
  const out: number[] = [];
  if (!match) return out;
  for (let i = text.indexOf(match); i >= 0 && out.length < 1000; i = text.indexOf(match, i + 1)) out.push(i);
  return out;
}

/** Ranges for all findings on one provision text, merged where they overlap. */
export function matchRanges(text: string, findings: Placed[]): MatchRange[] {
  const found = findings.map((f) => ({ f, occ: occurrences(text, f.location.match) }));
  // Provision start in document offsets, from any unambiguous match.
  let provisionStart: number | undefined;
  for (const { f, occ } of found) if (occ.length === 1) { provisionStart = f.location.start - occ[0]!; break; }
  const raw: MatchRange[] = [];
  for (const { f, occ } of found) {
    if (occ.length === 0) continue;
    let at = occ[0]!;
    if (occ.length > 1) {
      const expected = provisionStart === undefined ? undefined : f.location.start - provisionStart;
      if (expected !== undefined && occ.includes(expected)) at = expected;
    }
    raw.push({ start: at, end: at + f.location.match.length, findingIds: [f.id] });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MatchRange[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      last.findingIds.push(...r.findingIds);
    } else merged.push({ ...r, findingIds: [...r.findingIds] });
  }
  return merged;
}

