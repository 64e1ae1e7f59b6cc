// A choice of places or bodies the named law gives, narrowed by a clause to one of them (analyse/narrowed-choice.ts).
import { describe, expect, it } from 'vitest';
import { choiceNarrowed } from '../../pipeline/analyse/narrowed-choice.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();
const diseases = ['中华人民共和国职业病防治法'];
const conscription = ['征兵工作条例'];

describe('choiceNarrowed', () => {
  it('finds one option of the law\'s list made the only one, the others left out or refused', () => {
    const left = choiceNarrowed('职工申请职业病诊断的，只能在用人单位所在地的医疗卫生机构进行。', diseases, corpus, '2021-05-01');
    expect(left && [left.article.label, left.sentence.includes('本人户籍所在地或者经常居住地')]).toEqual(['第四十四条', true]);
    const refused = choiceNarrowed('劳动者一律在用人单位所在地进行职业病诊断，在经常居住地作出的诊断不予受理。', diseases, corpus, '2021-05-01');
    expect(refused?.article.label).toBe('第四十四条');
    const enlisting = choiceNarrowed('应征公民为普通高等学校的全日制在校生的，统一在学校所在地应征。', conscription, corpus, '2024-06-01');
    expect(enlisting?.article.label).toBe('第十五条');
  });

  it('leaves the whole choice restated, a duty the law itself imposes, and another matter', () => {
    expect(choiceNarrowed('劳动者应当在用人单位所在地、本人户籍所在地或者经常居住地依法承担职业病诊断的医疗卫生机构进行职业病诊断。', diseases, corpus, '2021-05-01')).toBeNull();
    expect(choiceNarrowed('应征公民应当在户籍所在地应征。', conscription, corpus, '2024-06-01')).toBeNull();
    expect(choiceNarrowed('用人单位应当在用人单位所在地的银行开立工资账户。', diseases, corpus, '2021-05-01')).toBeNull();
  });
});
