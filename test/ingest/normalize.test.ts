import { describe, expect, it } from 'vitest';
import { normalize } from '../../pipeline/text/normalize.ts';
import { looksTraditional } from '../../pipeline/text/traditional.ts';

/** Every normalised character must come from a raw position that holds a related character. */
function roundTrips(raw: string): void {
  const n = normalize(raw);
  let last = -1;
  for (let i = 0; i < n.text.length; i++) {
    const o = n.toOriginal(i);
    expect(o).toBeGreaterThan(last); // monotonic: order is kept
    expect(o).toBeLessThan(raw.length);
    last = o;
  }
  expect(n.toOriginal(n.text.length)).toBe(raw.length);
}

describe('normalize', () => {
  it('folds full-width letters and digits but keeps Chinese punctuation', () => {
    const n = normalize('第１２条　依照ＧＢ／Ｔ　３３１９０，处以５０００元罚款。');
    expect(n.text).toBe('第12条　依照GB／T　33190，处以5000元罚款。');
  });

  it('drops zero-width characters and folds NBSP, with offsets back to the raw text', () => {
    const raw = '行政\u200b许可\u00a0事项\ufeff';
    const n = normalize(raw);
    expect(n.text).toBe('行政许可 事项');
    expect(raw[n.toOriginal(n.text.indexOf('许'))]).toBe('许');
    roundTrips(raw);
  });

  it('removes pinyin glosses after hanzi but not bracketed Latin abbreviations', () => {
    const raw = '各镇(zhèn)人民政府、街道（jiē dào）办事处，世界贸易组织（WTO）规则，PM2.5（细颗粒物）';
    const n = normalize(raw);
    expect(n.text).toBe('各镇人民政府、街道办事处，世界贸易组织（WTO）规则，PM2.5（细颗粒物）');
    const i = n.text.indexOf('人民政府');
    expect(raw.slice(n.toOriginal(i), n.toOriginal(i) + 4)).toBe('人民政府');
    roundTrips(raw);
  });

  it('removes stray chunk markers', () => {
    expect(normalize('第一条[chunk 3]　本办法<!-- chunk 4 -->适用于【片段5】本市。').text).toBe('第一条　本办法适用于本市。');
  });

  it('converts traditional text with Taiwan phrases (檔案→文件, 程式→程序) and maps offsets back', () => {
    const raw = '各鄉鎮人民政府應當依照法定程式，將規範性檔案報送備案審查。軟體資訊應當於網路公開。請貫徹執行，人事檔案除外。';
    const n = normalize(raw);
    // 執行 stays 执行 (OpenCC's Taiwan phrase table would say 运行), archives stay 档案.
    expect(n.text).toBe('各乡镇人民政府应当依照法定程序，将规范性文件报送备案审查。软件信息应当于网络公开。请贯彻执行，人事档案除外。');
    const at = n.text.indexOf('文件');
    expect(raw.slice(n.toOriginal(at), n.toOriginal(at) + 2)).toBe('檔案');
    roundTrips(raw);
  });

  it('leaves simplified text alone, even with characters OpenCC would change (著作权, 乾坤)', () => {
    const raw = '依照著作权法第十条，乾坤区人民政府于2024年发布。堃珺同志任组长。';
    expect(looksTraditional(raw)).toBe(false);
    expect(normalize(raw).text).toBe(raw);
  });
});
