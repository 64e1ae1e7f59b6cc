// The damage eval-damage applies must be the damage it names, and leave the labels' quotes locatable: the
// evaluation compares text without blanks and with punctuation variants folded.
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../pipeline/eval/anchor.ts';
import { DAMAGES } from '../../pipeline/eval/web-copy-damage.ts';
import { normalize } from '../../pipeline/text/normalize.ts';

const NOTICE = '某镇人民政府\n关于禁止燃放烟花爆竹的通告\n为保障公共安全，现通告如下：\n一、镇区范围内全年禁止燃放烟花爆竹；违者由镇综合执法队处五百元罚款。\n二、本通告自发布之日起施行。\n某镇人民政府\n2023年5月6日';
const damage = (id: string) => DAMAGES.find((d) => d.id === id)!.apply(NOTICE);

describe('web-copy damage', () => {
  it('does what each names', () => {
    expect(damage('portal-chrome')).toMatch(/^首页 > [\s\S]*下一篇：[\s\S]*ICP备/);
    expect(Math.max(...damage('hard-wrap').split('\n').map((l) => l.length))).toBeLessThanOrEqual(28);
    expect(damage('no-line-breaks')).not.toContain('\n');
    expect(damage('ascii-punctuation')).not.toMatch(/[，；：（）]/);
    expect(damage('ascii-stops')).not.toMatch(/[。；]/);
    expect(damage('traditional-glossed')).toContain('處(chǔ)五百元罰款');
    expect(damage('stray-blanks')).not.toBe(NOTICE);
    expect(damage('stray-blanks').replace(/ /g, '')).toBe(NOTICE);
    // Seeded: the same places every run.
    expect(damage('stray-blanks')).toBe(damage('stray-blanks'));
  });

  it('leaves the quote of a label locatable in the text beishen reads', () => {
    for (const d of DAMAGES) {
      const text = normalize(d.apply(NOTICE)).text;
      expect(locateQuote(text, '违者由镇综合执法队处五百元罚款'), d.id).not.toBeNull();
    }
  });
});
