// How the reports name the other places of a merged finding (Finding.alsoAt, pipeline/rules/merge-repeats.ts):
// "同一问题另见：第五条、第七条", and whether a place's own explanation is worth showing beside the finding's.
import type { Finding } from '../pipeline/model/types.ts';
import type { Place } from '../pipeline/model/places.ts';
import { placeName } from '../pipeline/model/place-name.ts';

const nameOf = (p: { path: string[]; label: string }) => placeName(p.path, p.label) ?? '全文';

/** A place named as a reviewer names it ("第二项", not "二、", which reads badly in a list); another sentence of the
 *  finding's own provision says so. */
function placeLabel(f: Finding, p: { path: string[]; label: string }): string {
  const name = nameOf(p);
  return name === nameOf(f.location) ? `${name}（另一句）` : name;
}

/** The labels of the finding's other places, each once, in document order. */
export function otherPlaceLabels(f: Finding): string[] {
  return [...new Set((f.alsoAt ?? []).map((p) => placeLabel(f, p)))];
}

/** "同一问题另见：第五条、第七条" (empty for a finding with one place). */
export function otherPlacesLine(f: Finding): string {
  const labels = otherPlaceLabels(f);
  return labels.length ? `同一问题另见：${labels.join('、')}` : '';
}

const MARK = '\u0000';
const template = (message: string, match: string) => (match ? message.split(match).join(MARK) : message);

/**
 * The place's own explanation when it says more than the finding's with other matched words (a threshold that
 * quotes another value, a compared article's note); null when it is the same sentence about other words —
 * showing it again beside every place would only repeat the finding.
 */
export function ownMessage(f: Finding, p: Place): string | null {
  if (p.message === f.message) return null;
  return template(p.message, p.match) === template(f.message, f.location.match) ? null : p.message;
}
