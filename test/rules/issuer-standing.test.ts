// An issuer without power over the public is one problem of the document: the standing rules' hits make
// one finding, at the words where the body enacts the document in its own name. Synthetic rules; the
// shipped rules' behaviour is in rules/fixtures/coordination-office-traffic-measures.txt.
import { describe, expect, it } from 'vitest';
import type { Issuer, Provision, ResolvedArticle } from '../../pipeline/model/types.ts';
import type { CompiledRule, Hit } from '../../pipeline/rules/context.ts';
import { enactingWords, mergeStanding } from '../../pipeline/rules/issuer-standing.ts';

const OFFICE: Issuer = { name: '某县河长制工作领导小组办公室', level: 'county', kind: 'coordination-body' };
const TEXT = [
  '某县河长制工作领导小组办公室关于禁止非法采砂的通告',
  '为加强河道管理，经县河长制工作领导小组办公室研究，特通告如下：',
  '一、禁止在河道管理范围内采砂。',
  '二、对非法采砂的，由成员单位扣押其采砂船舶。',
  '三、对非法采砂的，处二万元罚款。',
  '某县河长制工作领导小组办公室',
].join('\n');

const rule = (id: string, standing: boolean, standingNote?: string) =>
  ({ def: { id, kind: 'authority', category: id.split('/')[0], standing, ...(standingNote ? { standingNote } : {}) } }) as unknown as CompiledRule;
const article = (law: string, a: string): ResolvedArticle => ({ law, lawId: law, version: '', article: a, text: '' });
const BASIS: Record<string, ResolvedArticle[]> = {
  'authority/duties': [article('地方组织法', '第七十五条')],
  'authority/coercion': [article('行政强制法', '第十七条')],
  'authority/penalty': [article('行政处罚法', '第十七条')],
  'coercion/measure': [article('行政强制法', '第十条')],
};
const hitAt = (r: CompiledRule, words: string): Hit => {
  const start = TEXT.indexOf(words);
  return { rule: r, start, end: start + words.length, match: words, provision: null, vars: {} };
};
const provisions: Provision[] = TEXT.split('\n').map((line) => {
  const start = TEXT.indexOf(line);
  return { label: line.slice(0, 2), path: [line.slice(0, 2)], text: line, start, end: start + line.length };
});
const opts = { basisOf: (h: Hit) => BASIS[h.rule.def.id]!, labelOf: (h: Hit) => provisions.find((p) => p.start <= h.start && h.start < p.end)!.label };

describe('issuer standing', () => {
  it('finds where the body enacts the document, by its name or its name without the place', () => {
    const at = enactingWords({ text: TEXT, issuers: [OFFICE] }, TEXT.indexOf('一、'))!;
    expect(TEXT.slice(at.start, at.end)).toBe('县河长制工作领导小组办公室研究，特通告如下');
    // The 落款 names the body but enacts nothing; a title alone is not an enacting clause either.
    expect(enactingWords({ text: '某县河长制工作领导小组办公室\n2024年3月1日', issuers: [OFFICE] }, 100)).toBeNull();
  });

  it('merges the standing hits into one finding at the enacting words, with every article', () => {
    const duties = rule('authority/duties', true);
    const coercion = rule('authority/coercion', true, '“{match}”（{label}），而行政强制措施由法定机关实施（《{law}》{article}）');
    const penalty = rule('authority/penalty', true, '“{match}”（{label}）');
    const measure = rule('coercion/measure', false);
    const hits = [hitAt(duties, '禁止在河道管理范围内采砂'), hitAt(coercion, '扣押'), hitAt(measure, '扣押'), hitAt(penalty, '处二万元罚款'), hitAt(coercion, '扣押其采砂船舶')];
    const out = mergeStanding(hits, { text: TEXT, issuers: [OFFICE], provisions }, opts);
    expect(out.map((h) => h.rule.def.id)).toEqual(['authority/duties', 'coercion/measure']);
    const merged = out[0]!;
    expect(merged.match).toBe('县河长制工作领导小组办公室研究，特通告如下');
    expect(merged.provision?.label).toBe('为加');
    // The message still names the first duty; the others add their powers and articles once per rule.
    expect(merged.vars.match).toBe('禁止在河道管理范围内采砂');
    expect(merged.basis!.map((b) => `${b.law}${b.article}`)).toEqual(['地方组织法第七十五条', '行政强制法第十七条', '行政处罚法第十七条']);
    expect(merged.addendum).toBe('文件还规定了“扣押”（二、），而行政强制措施由法定机关实施（《行政强制法》第十七条）；“处二万元罚款”（三、）。');
    expect(merged.alsoRules).toEqual(['authority/coercion', 'authority/penalty']);
    // The coercion rule's own finding stays where the measure is.
    expect(out[1]!.start).toBe(TEXT.indexOf('扣押'));
  });

  it('leaves the finding at its first hit when the body never names itself enacting', () => {
    const text = TEXT.replace('经县河长制工作领导小组办公室研究，', '');
    const start = text.indexOf('禁止');
    const h: Hit = { rule: rule('authority/duties', true), start, end: start + 2, match: '禁止', provision: null, vars: {} };
    const [only] = mergeStanding([h], { text, issuers: [OFFICE], provisions: [] }, opts);
    expect(only!.start).toBe(start);
    expect(only!.alsoRules).toBeUndefined();
  });
});
