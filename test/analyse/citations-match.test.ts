// matchContext cuts a citing sentence once for the calls that follow with the same sentence
// (citations-match.ts): a new sentence must be cut anew, and the first one again after it.
import { describe, expect, it } from 'vitest';
import { matchContext } from '../../pipeline/analyse/citations-match.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();

describe('matchContext', () => {
  it('answers a sentence the same whatever sentence was compared before it', () => {
    const law = corpus.findLaw('中华人民共和国行政处罚法')!;
    const a = '当事人逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款';
    const b = '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚';
    const label = (r: ReturnType<typeof matchContext>) => [r.best?.article.label, r.best?.shared.join(','), r.keywords];
    const first = label(matchContext(law, a, ''));
    const other = label(matchContext(law, b, ''));
    expect(other).not.toEqual(first);
    expect(label(matchContext(law, a, ''))).toEqual(first);
    expect(label(matchContext(law, b, ''))).toEqual(other);
  });
});
