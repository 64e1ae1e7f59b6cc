// A notice's words for the conduct an article names are read in the article's own term before frames
// compare them: the conduct family of the vocabulary, kept apart from the measures.
import { describe, expect, it } from 'vitest';
import { compileVocabulary, type VocabList } from '../../pipeline/analyse/vocabulary.ts';
import { conductSimilarity, inLawTerms } from '../../pipeline/analyse/frames.ts';

const anchor = { law: '殡葬管理条例', article: '第二十二条', quote: '制造、销售封建迷信殡葬用品的' };
const conduct: VocabList = {
  id: 'conduct-terms', title: '行为与对象的法定称谓', family: 'conduct', anchor,
  entries: [{ id: 'superstitious-funeral-goods', name: '封建迷信殡葬用品', anchor, forms: [{ form: '(冥纸|冥币|纸钱)', from: '禁止销售冥纸、冥币（县通告）' }] }],
};
const measures: VocabList = {
  id: 'penalty-kinds', title: '行政处罚的种类', family: 'penalty', anchor,
  entries: [{ id: 'confiscation', name: '没收', forms: [{ form: '没收', from: '予以没收（县通告）' }] }],
};
const ARTICLE = '制造、销售封建迷信殡葬用品的，由民政部门会同工商行政管理部门予以没收，可以并处制造、销售金额1倍以上3倍以下的罚款。';

describe('conduct terms', () => {
  const v = compileVocabulary([conduct, measures]);

  it('are not measures', () => {
    expect(v.entries.map((e) => e.entry.id)).toEqual(['confiscation']);
    expect(v.conduct.map((e) => e.entry.id)).toEqual(['superstitious-funeral-goods']);
  });

  it('read a notice\'s words in the article\'s term, which brings the clause close to the article', () => {
    const clause = '在集镇销售纸钱、冥币等物品的经营户';
    expect(inLawTerms(clause, v)).toBe('在集镇销售封建迷信殡葬用品、封建迷信殡葬用品等物品的经营户');
    expect(conductSimilarity(inLawTerms(clause, v), ARTICLE)).toBeGreaterThan(conductSimilarity(clause, ARTICLE));
    // Text without such words is unchanged.
    expect(inLawTerms('在集镇销售烟花爆竹的经营户', v)).toBe('在集镇销售烟花爆竹的经营户');
  });
});

describe('conductSimilarity keeps the last clause and the articles it read', () => {
  it('answers each pair the same in any order', () => {
    const clauses = ['在禁止燃放区域内燃放烟花爆竹的经营户和个人', '未经批准在林区野外用火烧荒的当事人'];
    const articles = ['在禁止燃放烟花爆竹的时间、地点燃放烟花爆竹的，由公安部门责令停止燃放', '违反规定擅自在森林防火区内野外用火的，责令停止违法行为'];
    const fresh = clauses.map((c) => articles.map((a) => conductSimilarity(c, a)));
    for (const [i, j] of [[1, 0], [0, 1], [1, 1], [0, 0], [1, 0]] as const) {
      expect(conductSimilarity(clauses[i]!, articles[j]!)).toBe(fresh[i]![j]);
    }
  });
});
