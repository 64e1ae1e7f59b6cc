// The matcher on synthetic findings: what counts as a hit, a miss, a false positive.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/model/types.ts';
import { summarise, type DocumentEvaluation } from '../../pipeline/eval/metrics.ts';
import { basisMatches, matchDocument, normaliseLawName, provisionMatches } from '../../pipeline/eval/match.ts';
import type { GoldLabel } from '../../pipeline/eval/gold.ts';
import { parseLabelBasis } from '../../pipeline/eval/label-basis.ts';

function finding(over: Partial<Finding> & { label?: string; path?: string[]; text?: string }): Finding {
  const { label = '第三条', path = [label], text = '第三条 本镇行政区域内全年全天禁止燃放烟花爆竹。', ...rest } = over;
  return {
    id: 'f1', ruleId: 'authority.fireworks-township', category: 'authority', severity: 'error',
    title: '乡镇决定禁放', message: '乡镇人民政府无权决定禁止燃放烟花爆竹。', suggestion: '删除',
    location: { label, path, start: 0, end: text.length, text, match: '禁止燃放烟花爆竹' },
    basis: [{ law: '烟花爆竹安全管理条例', lawId: 'yhbz', version: '2016-02-06', article: '第二十八条', text: '…' }],
    related: [],
    ...rest,
  };
}

const fireworks: GoldLabel = {
  provision: '第三条', category: 'authority', severity: 'error',
  basis: { law: '烟花爆竹安全管理条例', article: '第二十八条' }, quote: '禁止燃放',
};

describe('provisionMatches', () => {
  it('matches the label as a prefix, with or without chapters', () => {
    expect(provisionMatches('第五条', { label: '第二章第五条第一款', path: ['第二章', '第五条', '第一款'] })).toBe(true);
    expect(provisionMatches('第二章第五条', { label: '第二章第五条第一款', path: ['第二章', '第五条', '第一款'] })).toBe(true);
    expect(provisionMatches('一、', { label: '一、（二）', path: ['一、', '（二）'] })).toBe(true);
  });
  it('does not confuse 第十条 with 第十一条 or a different notice item', () => {
    expect(provisionMatches('第十条', { label: '第十一条', path: ['第十一条'] })).toBe(false);
    expect(provisionMatches('二、', { label: '十二、', path: ['十二、'] })).toBe(false);
    expect(provisionMatches('第五条', { label: '第二章第六条', path: ['第二章', '第六条'] })).toBe(false);
  });
  it('treats a label without provision as the whole document', () => {
    expect(provisionMatches(undefined, { label: '全文', path: [] })).toBe(true);
  });
});

describe('law names and bases', () => {
  it('normalises 中华人民共和国, book-title marks and version notes', () => {
    expect(normaliseLawName('《中华人民共和国行政处罚法》')).toBe('行政处罚法');
    expect(normaliseLawName('中华人民共和国行政处罚法（2021年修订）')).toBe('行政处罚法');
    expect(normaliseLawName('烟花爆竹安全管理条例')).toBe('烟花爆竹安全管理条例');
  });
  it('accepts a finding basis that cites a paragraph of the labelled article', () => {
    const f = finding({ basis: [{ law: '中华人民共和国行政处罚法', lawId: 'x', version: '2021', article: '第七十二条第一款', text: '' }] });
    expect(basisMatches({ law: '行政处罚法', article: '第七十二条' }, f)).toBe(true);
    expect(basisMatches({ law: '行政处罚法', article: '第七十条' }, f)).toBe(false);
    expect(basisMatches({ law: '行政强制法', article: '第七十二条' }, f)).toBe(false);
  });
});

describe('matchDocument', () => {
  it('counts a finding on the labelled spot as recalled, with the right basis', () => {
    const m = matchDocument([fireworks], [finding({})]);
    expect(m.labels[0]).toMatchObject({ recalled: true, basisCorrect: true, underSeverity: false });
    expect(m.falsePositives).toHaveLength(0);
    expect(m.truePositives).toHaveLength(1);
  });

  it('reports a wrong basis without turning the hit into a miss', () => {
    const f = finding({ basis: [{ law: '行政处罚法', lawId: 'x', version: '2021', article: '第十六条', text: '' }] });
    const m = matchDocument([fireworks], [f]);
    expect(m.labels[0]).toMatchObject({ recalled: true, basisCorrect: false });
  });

  it('a label naming only the right act of a misnamed citation is met by the act the finding says is meant', () => {
    const label: GoldLabel = {
      provision: '第一条', category: 'citation', severity: 'warning', quote: '《中华人民共和国殡葬管理条例》',
      bases: parseLabelBasis('国务院《殡葬管理条例》(法规正确名称)'),
    };
    const text = '第一条 根据《中华人民共和国殡葬管理条例》，制定本办法。';
    const cite = (meantLaw?: string) => finding({
      label: '第一条', text, category: 'citation', severity: 'warning', ruleId: 'citation/non-standard-name', basis: [],
      location: { label: '第一条', path: ['第一条'], start: 0, end: text.length, text, match: '《中华人民共和国殡葬管理条例》' },
      ...(meantLaw ? { meantLaw } : {}),
    });
    expect(matchDocument([label], [cite('殡葬管理条例')]).labels[0]).toMatchObject({ recalled: true, basisCorrect: true });
    expect(matchDocument([label], [cite('城乡规划法')]).labels[0]).toMatchObject({ recalled: true, basisCorrect: false });
    expect(matchDocument([label], [cite()]).labels[0]).toMatchObject({ recalled: true, basisCorrect: false });
  });

  it('a finding of another category or provision is a false positive and the label a miss', () => {
    const m = matchDocument([fireworks], [
      finding({ category: 'penalty' }),
      finding({ label: '第五条', text: '第五条 禁止燃放烟花爆竹的，罚款。' }),
    ]);
    expect(m.labels[0]!.recalled).toBe(false);
    expect(m.falsePositives).toHaveLength(2);
  });

  it('requires the quoted words inside the finding\'s provision', () => {
    const f = finding({ text: '第三条 镇综合执法队负责巡查。' });
    f.location.match = '执法队';
    const m = matchDocument([fireworks], [f]);
    expect(m.labels[0]!.recalled).toBe(false);
  });

  it('a weaker severity on the right spot is neither recalled nor a false positive', () => {
    const m = matchDocument([fireworks], [finding({ severity: 'warning' })]);
    expect(m.labels[0]).toMatchObject({ recalled: false, underSeverity: true, basisCorrect: null });
    expect(m.falsePositives).toHaveLength(0);
  });

  it('keeps info findings apart: never false positives, never hits', () => {
    const m = matchDocument([fireworks], [finding({ severity: 'info', category: 'form' })]);
    expect(m.infos).toHaveLength(1);
    expect(m.falsePositives).toHaveLength(0);
    expect(m.labels[0]!.recalled).toBe(false);
  });

  it('a finding of another category on the labelled clause agrees with the label when it quotes an article the label names', () => {
    const text = '四、对违规操办酒席的，对其承办酒席的餐具和用具进行没收和现场清除。';
    const label: GoldLabel = {
      category: 'coercion', severity: 'warning', quote: '进行没收和现场清除',
      bases: parseLabelBasis('《中华人民共和国行政处罚法》第十四条(2009年修正);《中华人民共和国行政强制法》第十条'),
    };
    const at = (over: Partial<Finding>) => finding({ label: '四、', text, ...over });
    const coercion = at({ category: 'coercion', ruleId: 'coercion/forced-execution', basis: [{ law: '中华人民共和国行政强制法', lawId: 'x', version: '2011', article: '第十条', text: '' }] });
    const penaltyArticle = (article: string) => at({ category: 'penalty', ruleId: 'penalty/confiscation', basis: [{ law: '中华人民共和国行政处罚法', lawId: 'x', version: '2009', article, text: '' }] });
    // Without the corpus the article numbers compare as written (the 2009 text's 第十四条).
    const m = matchDocument([label], [coercion, penaltyArticle('第十四条')]);
    expect(m.truePositives).toHaveLength(2);
    expect(m.labels[0]!.matches).toEqual([coercion]);
    // An article the label does not name, or no recalled label, leaves it a false positive.
    expect(matchDocument([label], [coercion, penaltyArticle('第九条')]).falsePositives).toHaveLength(1);
    expect(matchDocument([label], [penaltyArticle('第十四条')]).falsePositives).toHaveLength(1);
  });

  it('marks false positives that repeat a recalled label\'s rule elsewhere, and only those', () => {
    const item = (n: string, ruleId: string) => finding({ label: n, text: `${n}不准在林区吸烟，违者罚款3000元。`, ruleId });
    const label: GoldLabel = { provision: '4.', category: 'authority', severity: 'error', quote: '罚款3000元' };
    const repeat = item('2.', 'authority.fireworks-township');
    const other = item('3.', 'authority/other-rule');
    const m = matchDocument([label], [item('4.', 'authority.fireworks-township'), repeat, other]);
    expect(m.falsePositives).toEqual([repeat, other]);
    expect(m.repeats).toEqual([repeat]);
    // Nothing recalled, nothing repeated.
    expect(matchDocument([label], [repeat]).repeats).toEqual([]);
  });

  describe('a merged finding (one problem at several places, Finding.alsoAt)', () => {
    // 护林防火 "十不准": fines in items 2., 3. and 4., one finding at 2. with 3. and 4. as its other places.
    const TEXT = (n: string) => `${n}不准在林区吸烟，违者罚款3000元。`;
    const place = (n: string, start: number) => ({ id: `f-${n}`, label: n, path: [n], start, end: start + 8, text: TEXT(n), match: '违者罚款3000元' });
    const merged = finding({ label: '2.', text: TEXT('2.'), category: 'penalty', alsoAt: [place('3.', 40), place('4.', 80)] });
    const label = (n: string): GoldLabel => ({ provision: n, category: 'penalty', severity: 'error', quote: '罚款3000元' });

    it('recalls every label one of its places meets, and counts once for precision', () => {
      const m = matchDocument([label('3.'), label('4.')], [merged]);
      expect(m.labels.map((o) => o.recalled)).toEqual([true, true]);
      expect(m.truePositives).toEqual([merged]);
      expect(m.falsePositives).toEqual([]);
      // Its first place (2.) is on no label: what the merge absorbed is counted apart, never hidden.
      expect(m.otherPlaces).toBe(2);
      expect(m.unlabelledPlaces).toEqual([]);
    });

    it('counts the other places that meet no label, and shows them in the summary', () => {
      const m = matchDocument([label('2.')], [merged]);
      expect(m.labels[0]!.recalled).toBe(true);
      expect(m.unlabelledPlaces.map((f) => [f.id, f.location.label])).toEqual([['f-3.', '3.'], ['f-4.', '4.']]);
      const gold = { sidecar: 'x.yaml', document: 'x.txt', path: '/x/x.txt', clean: false, issuer: { name: '大店子镇人民政府', level: null }, expected: [label('2.')] };
      const doc: DocumentEvaluation = { gold, status: 'ok', issuers: [], match: m };
      const s = summarise([doc], [], '', false);
      expect(s.places).toEqual({ other: 2, unlabelled: 2 });
      expect(s.overall).toMatchObject({ findings: 1, truePositives: 1, precision: 1 });
    });

    it('is a false positive once when no place meets a label', () => {
      const m = matchDocument([label('9.')], [merged]);
      expect(m.falsePositives).toEqual([merged]);
      expect(m.unlabelledPlaces).toHaveLength(2);
    });
  });

  it('every warning or error on a clean document is a false positive', () => {
    const m = matchDocument([], [finding({ severity: 'warning' }), finding({ severity: 'error' })]);
    expect(m.falsePositives).toHaveLength(2);
  });
});
