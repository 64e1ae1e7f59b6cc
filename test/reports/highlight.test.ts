// Placing a finding's match inside its provision text when the finding only has document offsets.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/model/types.ts';
import { highlightHtml, matchRanges } from '../../reports/html/highlight.ts';

const TEXT = '第八条 违反规定的，处罚款；情节严重的，处罚款并吊销许可证。';
const PROVISION_START = 500; // where the provision sits in the document

function finding(id: string, match: string, occurrence: number): Finding {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = TEXT.indexOf(match, at + 1);
  const start = at < 0 ? 0 : PROVISION_START + at;
  return {
    id, ruleId: 'penalty/x', category: 'penalty', severity: 'error', title: 't', message: 'm', suggestion: '',
    location: { label: '第八条', path: ['第八条'], start, end: start + match.length, text: TEXT, match }, basis: [], related: [],
  };
}

describe('matchRanges', () => {
  it('uses an unambiguous match to place a repeated one at the right occurrence', () => {
    const ranges = matchRanges(TEXT, [finding('a', '吊销许可证', 0), finding('b', '处罚款', 1)]);
    const second = TEXT.indexOf('处罚款', TEXT.indexOf('处罚款') + 1);
    expect(ranges.map((r) => [r.start, r.findingIds[0]])).toEqual([[second, 'b'], [TEXT.indexOf('吊销许可证'), 'a']]);
  });

  it('falls back to the first occurrence when nothing fixes the provision start', () => {
    const ranges = matchRanges(TEXT, [finding('b', '处罚款', 1)]);
    expect(ranges[0]!.start).toBe(TEXT.indexOf('处罚款'));
  });

  it('merges overlapping matches and skips matches that are not in the text', () => {
    const ranges = matchRanges(TEXT, [finding('a', '处罚款并吊销', 0), finding('b', '吊销许可证', 0), finding('c', '没收', 0)]);
    expect(ranges).toHaveLength(1);
    expect(TEXT.slice(ranges[0]!.start, ranges[0]!.end)).toBe('处罚款并吊销许可证');
    expect(ranges[0]!.findingIds).toEqual(['a', 'b']);
  });

  it('escapes the text around and inside the marks', () => {
    const text = '<b>处罚款</b>';
    const html = highlightHtml(text, [{ start: 3, end: 6, findingIds: ['x'] }]);
    expect(html).toBe('&lt;b&gt;<mark>处罚款</mark>&lt;/b&gt;');
  });
});
