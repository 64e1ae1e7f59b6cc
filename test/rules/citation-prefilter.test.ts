// The engine runs a citation rule only on the provisions where a citation with its problem starts
// (kinds/citation.ts, citationProblemsByProvision): the prefilter must hold every provision such a
// citation starts in, nested provisions included, or a finding would be lost.
import { describe, expect, it } from 'vitest';
import { citationProblemsByProvision } from '../../pipeline/rules/kinds/citation.ts';
import type { DocContext } from '../../pipeline/rules/context.ts';

const provision = (start: number, end: number) => ({ label: `${start}`, path: [], text: 'x'.repeat(end - start), start, end });

function context(citations: { start: number; codes: string[] }[], provisions: ReturnType<typeof provision>[]): DocContext {
  const cited = citations.map((c) => ({ start: c.start, end: c.start + 4, problems: c.codes.map((code) => ({ code, message: '' })) }));
  return { provisions, citations: () => cited } as unknown as DocContext;
}

describe('citation rules prefilter', () => {
  it('places each problem in every provision its citation starts in, and in no other', () => {
    // A part (0–100) holding two articles (0–50, 50–100), then an article of its own (100–150).
    const provisions = [provision(0, 100), provision(0, 50), provision(50, 100), provision(100, 150)];
    const byProvision = citationProblemsByProvision(context([
      { start: 60, codes: ['repealed', 'nonexistent-article'] },
      { start: 100, codes: ['non-standard-name'] },
      { start: 10, codes: [] },
    ], provisions));
    expect(byProvision.map((s) => (s ? [...s].sort() : undefined))).toEqual([
      ['nonexistent-article', 'repealed'], undefined, ['nonexistent-article', 'repealed'], ['non-standard-name'],
    ]);
  });
});
