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

describe('a sanction cited to a number that has moved', () => {
  const { rs, corpus } = loaded;
  it('quotes the article that holds the rule now, beside the rule\'s own basis', () => {
    // 野生动物保护法 2022: the 2018 text's 第四十六条 (没收猎获物、猎捕工具 …) is 第四十九条.
    const meta = { issuers: [{ name: '某某镇人民政府', level: 'township' as const, kind: 'government' as const }], issuedOn: '2024-06-01' };
    const text = '六、私自上山猎捕野生动物的，依照《中华人民共和国野生动物保护法》第四十六条的规定，由镇综合执法队没收猎捕工具和猎获物，并处3000元罚款。';
    const fine = checkText(rs, corpus, text, meta).find((x) => x.category === 'penalty' && x.location.match.includes('罚款'));
    expect(fine?.basis.map((b) => `${b.law}${b.article}`)).toContain('中华人民共和国野生动物保护法第四十九条');
  });
});
