// Tax reliefs compared with the tax's own act (analyse/tax-relief.ts): the case a clause grants a relief for, against
// the cases the act lists or states, and the relief the act grants for it.
import { describe, expect, it } from 'vitest';
import { reliefComparisons, reliefDiffers, reliefRestated } from '../../pipeline/analyse/tax-relief.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';

const corpus = await loadCorpus();

describe('reliefDiffers', () => {
  it('finds half a relief where the act exempts, by the case of its list, the act found by the tax\'s name', () => {
    // 契税法第六条第一项: 国家机关……承受房屋权属用于办公 — 免征.
    const c = reliefDiffers('国家机关承受房屋权属用于办公的，减半征收契税。', [], corpus, '2022-06-01');
    expect(c && [c.law.title, c.article.label, c.mine, c.theirs]).toEqual(['中华人民共和国契税法', '第六条', 'half', 'exempt']);
    expect(c?.sentence).toContain('（一）国家机关');
  });

  it('finds an exemption where the act only reduces (耕地占用税法第七条第二款: 减按每平方米二元)', () => {
    const c = reliefDiffers('依照《中华人民共和国耕地占用税法》，公路线路占用耕地的，免征耕地占用税。', ['中华人民共和国耕地占用税法'], corpus, '2023-03-01');
    expect(c && [c.article.label, c.mine, c.theirs]).toEqual(['第七条', 'exempt', 'reduced']);
  });

  it('leaves a relief the act grants, one for a case it does not list, and a date before the act alone', () => {
    expect(reliefDiffers('非营利性的学校承受房屋权属用于教学的，免征契税。', [], corpus, '2022-06-01')).toBeNull();
    expect(reliefDiffers('对本县重点招商引资企业，减半征收契税。', [], corpus, '2022-06-01')).toBeNull();
    expect(reliefComparisons('对本县重点招商引资企业，减半征收契税。', [], corpus, '2022-06-01')).toEqual([]);
  });
});

describe('reliefRestated', () => {
  it('is true on the words of a relief the act grants for the same case, and only there', () => {
    const s = '国家机关承受房屋权属用于办公的，减半征收契税；法定继承人通过继承承受房屋权属的，免征契税。';
    const second = s.lastIndexOf('免征');
    expect(reliefRestated(s, second, second + 2, [], corpus, '2022-06-01')).toBe(true);
    const first = s.indexOf('征收');
    expect(reliefRestated(s, first, first + 2, [], corpus, '2022-06-01')).toBe(false);
  });
});

describe('a relief that names no tax', () => {
  it('is of the one tax the laws searched are the acts of, and "按减半后的税额征收" is half', () => {
    // 耕地占用税法第七条第四款: 符合农村最低生活保障条件的农村居民……免征.
    const s = '农村居民新建自用住宅占用耕地的，按照当地适用税额减半征收；领取农村最低生活保障金的农村居民，均按减半后的税额征收。';
    const c = reliefDiffers(s, ['中华人民共和国耕地占用税法'], corpus, '2023-06-01');
    expect(c && [c.article.label, c.mine, c.theirs]).toEqual(['第七条', 'half', 'exempt']);
    // Without a tax act among the laws, an unnamed relief is not read.
    expect(reliefComparisons(s, [], corpus, '2023-06-01')).toEqual([]);
  });
});
