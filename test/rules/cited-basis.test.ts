// A rule that compares a clause with the article the clause itself cites (fromCitation) has no
// basis of its own: its finding must still quote an article — the cited one, exactly as enacted.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import { shippedRuleSet } from './support/ruleset.ts';

const loaded = await shippedRuleSet();

describe('findings of rules that compare with the cited article', () => {
  const { rs, corpus } = loaded;
  const meta = { issuers: [{ name: '某某县人民政府', level: 'county' as const, kind: 'government' as const }] };

  it('quote the article the document cites, with its enacted text', () => {
    const text = '第三条　在人口集中地区露天焚烧秸秆的，依照《中华人民共和国大气污染防治法》第一百一十九条第一款的规定，处五百元以上五千元以下的罚款。';
    const f = checkText(rs, corpus, text, meta).find((x) => x.ruleId === 'conflict/amount-exceeds-cited-article');
    expect(f).toBeDefined();
    const enacted = corpus.resolve('中华人民共和国大气污染防治法', '第一百一十九条');
    expect(enacted?.text).toContain('五百元以上二千元以下的罚款');
    expect(f!.basis).toEqual([enacted]);
    expect(f!.message).toContain('《中华人民共和国大气污染防治法》第一百一十九条');
    // The cited article is the basis, so it is not listed again among the related articles.
    expect(f!.related.some((r) => r.law === enacted!.law && r.article === enacted!.article)).toBe(false);
  });

  it('keep a rule\'s own basis when it has one', () => {
    const text = '第五条　违反本办法规定的，由县城市管理局处二千元罚款。';
    const f = checkText(rs, corpus, text, meta).find((x) => x.category === 'penalty');
    expect(f?.basis.map((b) => `${b.law}${b.article}`)).toContain('中华人民共和国行政处罚法第十六条');
  });
});
