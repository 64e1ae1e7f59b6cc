// The places of a finding. A problem a document repeats is one finding (pipeline/rules/merge-repeats.ts): its
// `location` is the first place, `alsoAt` the others. Whatever judges or shows a place — eval's labels, rule
// examples and fixtures, highlights, comments in an annotated copy, review decisions, baselines — reads every
// place through these helpers rather than `location` alone, so a place is never lost because it was merged.
import type { Finding, FindingLocation, FindingPlace } from './types.ts';

/** One place of a finding: its location, its fingerprint and the message that explains it there. */
export interface Place extends FindingLocation {
  id: string;
  message: string;
}

function locationOf(p: FindingLocation): FindingLocation {
  const loc: FindingLocation = { label: p.label, path: p.path, start: p.start, end: p.end, text: p.text, match: p.match };
  if (p.page !== undefined) loc.page = p.page;
  return loc;
}

/** Every place of the finding, its own location first. */
export function placesOf(f: Finding): Place[] {
  const first: Place = { ...f.location, id: f.id, message: f.message };
  return [first, ...(f.alsoAt ?? []).map((a) => ({ ...locationOf(a), id: a.id, message: a.message ?? f.message }))];
}

/** How many places the finding has (1 for a finding that was not merged). */
export function placeCount(f: Finding): number {
  return 1 + (f.alsoAt?.length ?? 0);
}

/** The fingerprints of every place: the finding's id first. */
export function placeIds(f: Finding): string[] {
  return [f.id, ...(f.alsoAt ?? []).map((a) => a.id)];
}

/** The place as an entry of `alsoAt` of a finding whose message is `primaryMessage`. */
export function asOtherPlace(p: Place, primaryMessage: string): FindingPlace {
  return { ...locationOf(p), id: p.id, ...(p.message !== primaryMessage ? { message: p.message } : {}) };
}

/**
 * The finding made of some of its places (in the order given; the first leads: its id, location and message),
 * or null for none. Everything else — rule, severity, basis, suggestion, review — is the finding's.
 */
export function findingAt(f: Finding, places: Place[]): Finding | null {
  const [lead, ...rest] = places;
  if (!lead) return null;
  const { alsoAt: _all, ...common } = f;
  const out: Finding = { ...common, id: lead.id, message: lead.message, location: locationOf(lead) };
  if (rest.length) out.alsoAt = rest.map((p) => asOtherPlace(p, lead.message));
  return out;
}

/** The finding as one finding per place, as it was reported before places were merged. */
export function atEachPlace(f: Finding): Finding[] {
  if (!f.alsoAt?.length) return [f];
  return placesOf(f).map((p) => findingAt(f, [p])!);
}
