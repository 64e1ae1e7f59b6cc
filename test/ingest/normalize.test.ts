import { describe, expect, it } from 'vitest';
import { normalize } from '../../pipeline/text/normalize.ts';
import { looksTraditional } from '../../pipeline/text/traditional.ts';
import { ingestBuffer } from '../../pipeline/ingest/index.ts';

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

/** The raw text normalises to `expected`, `word` in it points back at the same words of the raw text, and
 *  offsets round-trip. */
function dropsTo(raw: string, expected: string, word: string): void {
  const n = normalize(raw);
  expect(n.text).toBe(expected);
  const i = n.text.indexOf(word);
  expect(raw.slice(n.toOriginal(i), n.toOriginal(i) + word.length)).toBe(word);
  roundTrips(raw);
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
    dropsTo('各镇(zhèn)人民政府、街道（jiē dào）办事处，世界贸易组织（WTO）规则，PM2.5（细颗粒物）',
      '各镇人民政府、街道办事处，世界贸易组织（WTO）规则，PM2.5（细颗粒物）', '人民政府');
  });

  it('removes toneless glosses, runs of them included, only where a text is full of them', () => {
    dropsTo('各市住房城(cheng)乡(xiang)建(jian)设局、公共资源交易管(guan)(guan)(guan)理局：为防止拖欠工(gong)(gong)程款，长度单位(km)不变。',
      '各市住房城乡建设局、公共资源交易管理局：为防止拖欠工程款，长度单位(km)不变。', '管');
    // A few toneless brackets in ordinary text are left as they are: 附件(a), 产品(pin), 方案(an).
    const plain = '见附件(a)与产品(pin)的说明，另附方案(an)和城(cheng)区示意图。';
    expect(normalize(plain).text).toBe(plain);
  });

  it('reads ASCII stops between Chinese words as the sentence ends they are, one character for one', () => {
    const raw = '一.禁止在林区野外用火.违者由镇政府处二百元罚款;情节严重的,依法处理.\n二.罚款1.5万元,PM2.5超标,详见www.x.gov.cn.';
    const n = normalize(raw);
    expect(n.text).toBe('一.禁止在林区野外用火。违者由镇政府处二百元罚款；情节严重的,依法处理。\n二.罚款1.5万元,PM2.5超标,详见www.x.gov.cn.');
    expect(n.text.length).toBe(raw.length);
    expect(n.toOriginal(n.text.indexOf('违者'))).toBe(raw.indexOf('违者'));
    // A numbering after the end of a sentence, in a copy that lost its line breaks, keeps its stop.
    expect(normalize('……遵照执行。二.企业注册资本不低于2000万元.').text).toBe('……遵照执行。二.企业注册资本不低于2000万元。');
  });

  it('drops stray blanks inside sentences, and keeps those between names, in a 落款 and after a numbering', () => {
    const raw = '第一条 为保障公民 人身、财 产安全，对违反本通告的，处 5 0 0 元罚款。\n广东省民政厅 广东省教育厅\n某县人民政府 2023年5月6日\n举报电话：65582045 2011年4月1日，欢迎监督。';
    const n = normalize(raw);
    expect(n.text).toBe('第一条 为保障公民人身、财产安全，对违反本通告的，处500元罚款。\n广东省民政厅 广东省教育厅\n某县人民政府 2023年5月6日\n举报电话：65582045 2011年4月1日，欢迎监督。');
    expect(n.toOriginal(n.text.indexOf('罚款'))).toBe(raw.indexOf('罚款'));
    // A copy whose line breaks became blanks keeps them: they are boundaries, not strays.
    const runOn = '关于禁止燃放烟花爆竹的通知 息县人民政府关于全面禁止燃放的通告 一、全县禁止燃放。 二、违者依法处理 三、本通告自发布之日起施行。';
    expect(normalize(runOn).text).toBe(runOn);
    // A blank before a numbering or after an organ's name is a boundary too.
    expect(normalize('对渔具一律没收，对交通工具予以暂扣 五、违者处罚。').text).toBe('对渔具一律没收，对交通工具予以暂扣 五、违者处罚。');
    expect(normalize('特此通告，某县林业局 某县公安局').text).toBe('特此通告，某县林业局 某县公安局');
    // A 落款's date alone on its line is one word, blanks between its figures too.
    expect(normalize('某县人民政府\n20 21年5 月1日').text).toBe('某县人民政府\n2021年5月1日');
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

  // Text as pdf.js gives it for a notice printed with a font whose ToUnicode maps common hanzi to
  // Kangxi radicals (U+2F00–U+2FD5) and CJK radicals supplement characters (U+2E80–U+2EF3).
  it('folds Kangxi and supplement radicals from PDF fonts 1:1, so offsets do not move', () => {
    const raw = '第⼀条　为了规范⾏政许可，根据《中华⼈⺠共和国⾏政许可法》和《中华⼈⺠共和国⺠法典》，结合本市实际，制定本办法。' +
      '⼆、⻓期未⻅成效的，由市⻔户⽹站公开，⽽不得收取费⽤。⻘海省⼾籍⼈⼝。2024年5⽉6⽇';
    const n = normalize(raw);
    expect(n.text).toBe('第一条　为了规范行政许可，根据《中华人民共和国行政许可法》和《中华人民共和国民法典》，结合本市实际，制定本办法。' +
      '二、长期未见成效的，由市门户网站公开，而不得收取费用。青海省户籍人口。2024年5月6日');
    expect(n.text.length).toBe(raw.length);
    for (const i of [0, 10, 40, n.text.length - 1]) expect(n.toOriginal(i)).toBe(i);
    expect(/[\u2e80-\u2fdf]/.test(n.text)).toBe(false);
    expect(looksTraditional(raw)).toBe(false);
  });

  it('leaves radicals without a BMP equivalent as they are and folds CJK compatibility ideographs', () => {
    // ⺇ (U+2E87) is equivalent to U+20628, outside the BMP: folding it would move offsets.
    expect(normalize('⺇').text).toBe('⺇');
    // U+F9D1 (六) and U+F9BE (料): compatibility ideographs some fonts map to.
    expect(normalize('第\uf9d1条　资\uf9be').text).toBe('第六条　资料');
  });

  it('every ingest path gives folded text: an HTML page copied from a PDF', async () => {
    const html = '<html><body><div class="content"><p>第⼀条　本办法⾃发布之⽇起施⾏。</p><p>第⼆条　⺠政部门负责。</p></div></body></html>';
    const r = await ingestBuffer(Buffer.from(html, 'utf8'), 'p.html', 'html');
    const flat = r.text.replace(/[ \u3000]/g, ''); // HTML collapses the full-width space to " "
    expect(flat).toContain('第一条本办法自发布之日起施行。');
    expect(flat).toContain('第二条民政部门负责。');
  });
});
