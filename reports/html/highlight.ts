// The provision text as escaped HTML with the findings' matched words marked (match-ranges.ts finds them).
import { escapeHtml } from './escape.ts';
import type { MatchRange } from '../match-ranges.ts';

export { matchRanges, type MatchRange } from '../match-ranges.ts';

/** The provision text as escaped HTML with <mark> around the ranges. */
export function highlightHtml(text: string, ranges: MatchRange[], markAttrs: (r: MatchRange) => string = () => ''): string {
  let html = '';
  let pos = 0;
  for (const r of ranges) {
    html += escapeHtml(text.slice(pos, r.start));
    html += `<mark${markAttrs(r)}>${escapeHtml(text.slice(r.start, r.end))}</mark>`;
    pos = r.end;
  }
  return html + escapeHtml(text.slice(pos));
}
