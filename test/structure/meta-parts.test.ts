// Small parsers behind the metadata and the outline: numerals, 文号, dates, validity, markers.
import { describe, expect, it } from 'vitest';
import { parseDigitString, parseNumber, toChinese } from '../../pipeline/structure/numerals.ts';
import { parseDocNumber } from '../../pipeline/structure/meta-docnumber.ts';
import { addPeriod, documentDates, parseDate, readEffect, statesOwnValidity } from '../../pipeline/structure/meta-dates.ts';
import { docTypeOf, provisionalOf } from '../../pipeline/structure/meta-doctype.ts';
import { afterMarker, isBareMarker, readMarker } from '../../pipeline/structure/markers.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { asIngest } from './law-files.ts';
import { appliedAsOf } from '../../pipeline/rules/context.ts';

describe('numerals', () => {
  it('parses article numbers', () => {
    expect([parseNumber('十'), parseNumber('二十一'), parseNumber('一百零五'), parseNumber('一百二十八'), parseNumber('１２'), parseNumber('一千零一')])
      .toEqual([10, 21, 105, 128, 12, 1001]);
    expect(parseDigitString('二〇二三')).toBe(2023);
    expect([toChinese(10), toChinese(15), toChinese(105), toChinese(110), toChinese(128)]).toEqual(['十', '十五', '一百零五', '一百一十', '一百二十八']);
  });
});

describe('markers at line starts', () => {
  it('tolerates 第一百二十八 条, 笫 for 第 and full-width digits', () => {
    expect(readMarker('第一百二十八 条侦查人员对于…')?.label).toBe('第一百二十八条');
    expect(readMarker('笫五十四条 农民专业合作社…')?.label).toBe('第五十四条');
    expect(readMarker('第１２条　本办法…')?.label).toBe('第十二条');
    expect(readMarker('第二十条之一　…')).toMatchObject({ label: '第二十条之一', number: 20, sub: 1 });
  });
  it('does not take a reference for a heading', () => {
    expect(readMarker('第五条规定的情形，依照…')).toBeNull();
    expect(readMarker('依照本办法第五条的规定')).toBeNull();
  });
  it('reads notice numbering', () => {
    expect(readMarker('一、总体要求')?.type).toBe('cn');
    expect(readMarker('（三）加强监管')?.type).toBe('paren-cn');
    expect(readMarker('1.食品原料')?.type).toBe('arabic');
    expect(readMarker('1.5万元以下')).toBeNull();
    expect(readMarker('（2）处理规模')?.type).toBe('paren-arabic');
  });
  it('gives the words after a label, for the stages that read a sentence\'s first words', () => {
    expect(afterMarker('第十二条　对违反本办法的个人，处二百元罚款。')).toBe('对违反本办法的个人，处二百元罚款。');
    expect(afterMarker('　（三）依照《消防法》第六十条规定，')).toBe('依照《消防法》第六十条规定，');
    expect(afterMarker('2.单位违反规定的，')).toBe('单位违反规定的，');
    // A reference is no label: "第五条规定的情形" keeps its words.
    expect(afterMarker('第五条规定的情形，依照…')).toBe('第五条规定的情形，依照…');
    expect(isBareMarker(' 第七条 ')).toBe(true);
    expect(isBareMarker('')).toBe(true);
    expect(isBareMarker('一、罚款')).toBe(false);
  });
  it('a 款 starting with a reference stays a 款 of its article', () => {
    const doc = structureDocument(asIngest('某某办法\n第四条　甲应当如何。\n第五条　乙应当如何。\n第四条规定的期限届满的，依法处理。\n第六条　丙。'));
    expect(doc.provisions.map((p) => p.label)).toEqual(['第四条', '第五条第一款', '第五条第二款', '第六条']);
  });
});

describe('a 落款 dated in figures', () => {
  it('gives the date of issue when the organ stands above it', () => {
    for (const d of ['2023.5.1', '2023-05-01', '2023/5/1']) {
      const text = `关于禁止燃放烟花爆竹的通告\n一、禁止在集镇范围内燃放烟花爆竹。\n柳河镇人民政府\n${d}\n`;
      expect(structureDocument(asIngest(text)).meta.issuedOn).toBe('2023-05-01');
    }
  });
  it('is no date of issue under a sentence', () => {
    const text = '关于禁止燃放烟花爆竹的通告\n一、本通告的解释权归镇政府，联系电话见下。\n2023.5.1\n';
    expect(structureDocument(asIngest(text)).meta.issuedOn).toBeNull();
  });
});

describe('文号', () => {
  it('normalises bracket variants', () => {
    for (const s of ['县政发〔2023〕5号', '县政发[2023]5号', '县政发（2023）5号', '县政发(2023)5号', '县政发【2023】5号', '县政发 〔2023〕 第5号', '县政发2023 5号']) {
      expect(parseDocNumber(s)?.text, s).toBe('县政发〔2023〕5号');
    }
    expect(parseDocNumber('县政发〔2023〕5号　　　　签发人：张三')?.text).toBe('县政发〔2023〕5号');
    expect(parseDocNumber('依照《XX条例》第五条')).toBeNull();
  });
});

describe('dates and validity', () => {
  it('parses Arabic and Chinese-numeral dates', () => {
    expect(parseDate('2023年5月6日')).toBe('2023-05-06');
    expect(parseDate('二〇二三年五月六日')).toBe('2023-05-06');
    // Typed copies write the zero of a year as a white circle (U+25CB).
    expect(parseDate('二○一二年四月二十三日')).toBe('2012-04-23');
    expect(parseDate('二〇二三年十二月三十一日')).toBe('2023-12-31');
    expect(parseDate('2023 年 5 月 6 日')).toBe('2023-05-06');
  });
  it('reads 施行', () => {
    expect(readEffect('本办法自2023年7月1日起施行，有效期五年。')).toEqual({ effectiveOn: '2023-07-01', effectiveOnIssue: false });
    expect(readEffect('本通知自印发之日起施行，有效期至2028年6月30日。')).toEqual({ effectiveOn: null, effectiveOnIssue: true });
    // The day a law the document applies took effect is not the document's own.
    expect(readEffect('《中华人民共和国长江保护法》自2021年3月1日起施行。为做好……，通知如下。本通知自印发之日起施行。'))
      .toMatchObject({ effectiveOn: null, effectiveOnIssue: true });
    expect(readEffect('修订后的土地管理法实施条例已于2021年9月1日起施行，现就有关事项通知如下。')).toMatchObject({ effectiveOn: null });
    expect(readEffect('《XX县农村供水管理办法》自2024年1月1日起施行。')).toMatchObject({ effectiveOn: '2024-01-01' });
    expect(readEffect('本条例自2024年1月1日起施行。')).toMatchObject({ effectiveOn: '2024-01-01' });
    expect(addPeriod('2023-07-01', 5, 'year')).toBe('2028-06-30');
    expect(addPeriod('2024-03-01', 6, 'month')).toBe('2024-08-31');
  });
});

describe('a sentence that dates the document itself', () => {
  it('is the closing formula or the document bounding its own validity, not a licence\'s or a law\'s period', () => {
    expect(statesOwnValidity('本通知自印发之日起施行，有效期三年。')).toBe(true);
    expect(statesOwnValidity('本办法自2024年3月1日起实施，有效期至2028年12月31日。')).toBe(true);
    expect(statesOwnValidity('本意见有效期5年。')).toBe(true);
    expect(statesOwnValidity('《取水许可证》有效期为五年。')).toBe(false);
    expect(statesOwnValidity('进出口审批单的有效期最长为90日。')).toBe(false);
    expect(statesOwnValidity('《中华人民共和国行政许可法》自2004年7月1日起施行，许可证有效期届满前三十日申请延续。')).toBe(false);
  });
});

describe('docType', () => {
  it('from the title ending', () => {
    expect(docTypeOf('关于印发《XX办法》的通知')).toBe('通知');
    expect(docTypeOf('XX县城市供水管理暂行办法')).toBe('办法');
    expect(docTypeOf('XX市农村集体资产管理办法（试行）')).toBe('办法');
    expect(docTypeOf('关于加快推进养老服务业的实施意见')).toBe('实施意见');
    expect(docTypeOf('XX县2024年防汛工作实施方案')).toBe('实施方案');
    expect(docTypeOf('关于同意设立XX的批复')).toBe('批复');
    expect(provisionalOf('XX办法（试行）')).toBe('试行');
  });
});

describe('pages from ingest spans', () => {
  it('each node gets the page of its first line', () => {
    const text = 'XX县某某管理办法\n第一条　甲。\n第二条　乙。\n第三条　丙。';
    const pages = [1, 1, 2, 2];
    let at = 0;
    const spans = text.split('\n').map((l, i) => { const s = { start: at, end: at + l.length, page: pages[i]! }; at += l.length + 1; return s; });
    const doc = structureDocument({ ...asIngest(text), spans, pages: 2 });
    expect(doc.provisions.map((p) => [p.label, p.page])).toEqual([['第一条', 1], ['第二条', 2], ['第三条', 2]]);
    expect(doc.meta.pages).toBe(2);
  });
});

// Web copies keep the 成文日期 in shapes the 落款 reader did not take: eight figures under the organ, a date alone
// after an unfinished line with the page's credits below it, a 落款 run into the last line. The document is then
// judged by the law of its own date, not today's.
describe('the date of a 落款 in web copies', () => {
  const body = '为加强森林防火工作，现通告如下：\n一、禁火期内严禁野外用火。\n二、违反本通告的，依法处理。';
  const issued = (tail: string) => structureDocument(asIngest(`某县人民政府关于森林防火的通告\n${body}\n${tail}`)).meta.issuedOn;

  it('reads eight figures under the organ', () => {
    expect(issued('某县人民政府\n20171116')).toBe('2017-11-16');
  });

  it("reads a date alone as the document's last words, under a telephone number, with the page's credits after it", () => {
    expect(issued('森林火警报警电话：0730-8410119\n2015年1月10日\n来源：\n编辑：李某')).toBe('2015-01-10');
    expect(issued('特此通告。\n二○一○年七月十六日\n扫码关注官方公众号\n移动门户')).toBe('2010-07-16');
  });

  it('reads a 落款 run into the last line, after the organ or a blank', () => {
    expect(issued('请相互转告，特此通告某县人民政府2024年9月12日')).toBe('2024-09-12');
    expect(issued('举报电话：65582045 2011年4月1日 |')).toBe('2011-04-01');
  });

  it('takes the day a notice decides its measure from as its day of effect', () => {
    expect(readEffect('根据有关规定，决定从2020年12月15日起，在城区主干道对三轮摩托车实行限行。').effectiveOn).toBe('2020-12-15');
    expect(readEffect('决定从2020年12月15日起限行。本通告自2020年12月1日起施行。').effectiveOn).toBe('2020-12-01');
  });

  it('reads an organ whose name a stray blank cut in two, and keeps joint organs apart', () => {
    const signed = (tail: string) => structureDocument(asIngest(`关于森林防火的通告\n${body}\n${tail}`)).meta.issuers.map((i) => i.name);
    expect(signed('石门县人民 政府\n2023年5月6日')).toEqual(['石门县人民政府']);
    expect(signed('石门县林业局 石门县公安局\n2023年5月6日')).toEqual(['石门县林业局', '石门县公安局']);
  });

  it("reads the portal's date under the page's chrome", () => {
    const page = '首页 > 政务公开 > 通知公告\n【字体：大 中 小】  打印本页  关闭窗口\n来源：本站  浏览次数：1024\n分享到：微信 微博\n'
      + '关于清理河道的通告\n2021-07-25\n为保障行洪安全，现通告如下：\n一、禁止在河道内倾倒垃圾。\n二、禁止在河道内搭建建筑物。\n三、禁止在河道内采砂。';
    expect(structureDocument(asIngest(page)).meta.publishedOn).toBe('2021-07-25');
  });

  it('judges a copy that states no day by the year its 文号 or adopting meeting names, not by the day of the check', () => {
    const today = '2026-12-04';
    // A partial copy: title, 文号, body, no 落款.
    const partial = structureDocument(asIngest('某市人民政府关于加强道路运输管理的通知\n某政发〔2006〕12号\n各县（区）人民政府：\n一、客运车辆必须按规定线路行驶。\n二、各县区要加强检查。'));
    expect(partial.meta.madeInYear).toBe(2006);
    expect(appliedAsOf(partial, null, today)).toMatchObject({ date: '2006-12-31', from: 'madeIn' });
    // An aggregator's repost: its own time is no publication date of a text its meeting adopted years earlier.
    const repost = structureDocument(asIngest('某市人民政府关于印发某市道路交通安全管理规定的通知\n时间：2024-07-05 22:45:45 浏览：120\n各县（区）人民政府：\n《某市道路交通安全管理规定》已经市人民政府2006年度第一次常务会议讨论通过，现印发给你们。\n一、客运车辆必须按规定线路行驶。\n二、各县区要加强检查。'));
    expect(repost.meta.publishedOn).toBeNull();
    expect(appliedAsOf(repost, null, today).date).toBe('2006-12-31');
    // A day stated is the document's day; a portal's date a year after the 文号 stays the publication date.
    const dated = structureDocument(asIngest('某县人民政府关于禁止燃放烟花爆竹的通告\n某政发〔2020〕5号\n时间：2021-01-10\n一、城区禁止燃放烟花爆竹。\n二、各单位要加强宣传。\n三、本通告自发布之日起施行。'));
    expect(dated.meta.publishedOn).toBe('2021-01-10');
    expect(appliedAsOf(dated, null, today)).toMatchObject({ date: '2021-01-10', from: 'publishedOn' });
  });

  it('reads the date of a news copy whose time is followed by its outlet', () => {
    const news = '关于暂停人员聚集性活动的通告\n2020年02月03日 21:15 新华网\n为做好防控工作，现通告如下：\n一、暂停一切聚集性活动。\n二、各村要加强排查。\n三、本通告自发布之日起施行。';
    expect(structureDocument(asIngest(news)).meta.publishedOn).toBe('2020-02-03');
    // A line that goes on after the outlet is a sentence, not the page's date.
    const said = '关于暂停人员聚集性活动的通告\n2020年02月03日 21:15 新华网记者从县指挥部获悉，全县暂停聚集性活动。\n一、暂停一切聚集性活动。\n二、各村要加强排查。';
    expect(structureDocument(asIngest(said)).meta.publishedOn).toBeNull();
  });

  it('reads the 落款 of a copy that lost its line breaks, before the 版记 or the 办法 it issues', () => {
    const flat = (tail: string) => structureDocument(asIngest(`某县人民政府关于森林防火的通告 ${body.replace(/\n/g, ' ')} ${tail}`)).meta.issuedOn;
    expect(flat('特此通告。 某县人民政府 2021年11月3日 抄送：县委办公室，县人大常委会办公室。')).toBe('2021-11-03');
    expect(flat('请认真贯彻执行。 某县人民政府办公室 2020年9月29日 附件：某县野外用火管理办法 第一条 为了……')).toBe('2020-09-29');
    // … and the organ signing there is the issuer, when nothing else names one.
    const doc = structureDocument(asIngest(`关于禁止在河道采砂的通告 ${body.replace(/\n/g, ' ')} 特此通告。 石门县人民政府 2021年11月3日 抄送：县委办公室。`));
    expect(doc.meta.issuers.map((i) => [i.name, i.level])).toEqual([['石门县人民政府', 'county']]);
    // A date that an act, a period or a sentence carries on is none: "……印发的", "……起", "……，县政府召开".
    expect(flat('请遵照执行。某县人民政府2019年5月1日印发的《办法》同时废止。')).toBeNull();
    expect(flat('请遵照执行。2022年3月1日，县政府召开专题会议。')).toBeNull();
  });

  it("does not take the end of a period or a deadline on the last line as the document's date", () => {
    expect(issued('本通告有效期至2025年12月31日')).toBeNull();
    expect(issued('三、禁火期：自2015年1月10日至2015年4月30日')).toBeNull();
    expect(issued('申报截止时间为2023年5月1日')).toBeNull();
  });
});

describe('the date facts a document states', () => {
  /** The words a fact names, read back from the text at its offsets. */
  const at = (text: string, f: { start: number; end: number } | null) => (f ? text.slice(f.start, f.end) : null);

  it('reads the effective statement and a validity period, with their words and offsets', () => {
    const text = '第二十条 本办法由县农业农村局负责解释。\n第二十一条 本办法自2023年7月1日起施行，有效期五年。';
    const d = documentDates(text, 0);
    expect(d.effective).toMatchObject({ date: '2023-07-01', words: '自2023年7月1日起施行' });
    expect(at(text, d.effective)).toBe('自2023年7月1日起施行');
    expect(d.period).toMatchObject({ n: 5, unit: 'year', words: '有效期五年' });
    expect(at(text, d.period)).toBe('有效期五年');
    expect(d.validTo).toBeNull();
    expect(d.commencement).toMatchObject({ words: '自2023年7月1日起施行', onIssue: false, date: '2023-07-01' });
    expect(d).toMatchObject({ effectStated: true, validityStated: true });
  });

  it('reads every wording of a period, in Chinese or Arabic numerals of either width', () => {
    const period = (s: string) => documentDates(s, 0).period;
    expect(period('本通知自印发之日起施行，有效期为5年。')).toMatchObject({ n: 5, unit: 'year', words: '有效期为5年' });
    expect(period('本办法自2024年1月1日起施行，有效期限三年。')).toMatchObject({ n: 3, unit: 'year', words: '有效期限三年' });
    expect(period('本办法有效期自印发之日起3年。')).toMatchObject({ n: 3, unit: 'year', words: '有效期自印发之日起3年' });
    expect(period('本方案有效期暂定两年。')).toMatchObject({ n: 2, unit: 'year' });
    expect(period('本通告有效期限为１８个月。')).toMatchObject({ n: 18, unit: 'month' });
    expect(period('本意见自2024年3月1日起施行，有效期是2年。')).toMatchObject({ n: 2, unit: 'year' });
    // The end of a period and a year are not a length.
    expect(period('有效期届满前，制定机关应当组织评估。')).toBeNull();
    expect(period('有效期满3个月前，申请人应当提出延续申请。')).toBeNull();
    expect(period('本通知有效期为2025年底。')).toBeNull();
    expect(period('本通知有效期为二〇二五年十二月三十一日。')).toBeNull();
  });

  it('reads the last day of validity, said of the 有效期 or at the end of the sentence that puts the text in force', () => {
    const validTo = (s: string) => documentDates(s, 0).validTo;
    expect(validTo('本通知自印发之日起施行，有效期至2028年6月30日。')).toMatchObject({ date: '2028-06-30', words: '有效期至2028年6月30日' });
    expect(validTo('本办法有效期至二〇二九年十二月三十一日。')).toMatchObject({ date: '2029-12-31' });
    expect(validTo('本规定有效期限截至2026年12月31日。')).toMatchObject({ date: '2026-12-31' });
    const text = '本通知自印发之日起执行，至2025年12月31日止。';
    const d = documentDates(text, 0);
    expect(d.validTo).toMatchObject({ date: '2025-12-31', words: '起执行，至2025年12月31日止' });
    expect(at(text, d.validTo)).toBe('起执行，至2025年12月31日止');
    expect(d.validityStated).toBe(true);
    // Said of the 有效期, it is preferred wherever it stands.
    expect(validTo('本办法自2024年1月1日起施行，至2030年12月31日止。有效期至2028年12月31日。')).toMatchObject({ date: '2028-12-31' });
    // Not a day of the calendar: not an end.
    expect(validTo('本通知有效期至2025年13月5日。')).toBeNull();
  });

  it('prefers the body of a 印发 notice, and reads the whole text where the body says nothing', () => {
    const notice = '各乡镇人民政府：\n现将《某县农村集体资产管理办法》印发给你们，请认真贯彻执行。本通知有效期3年。\n';
    const body = '附件\n某县农村集体资产管理办法\n第二十条 本办法自2024年4月1日起施行，有效期5年。';
    const text = notice + body;
    const d = documentDates(text, notice.length);
    expect(d.period).toMatchObject({ n: 5, words: '有效期5年' });
    expect(at(text, d.period)).toBe('有效期5年');
    expect(d.period!.start).toBeGreaterThan(notice.length);
    const silent = notice + '附件\n某县农村集体资产管理办法\n第二十条 本办法自2024年4月1日起施行。';
    expect(documentDates(silent, notice.length).period).toMatchObject({ n: 3, words: '有效期3年' });
  });

  it('tells a document that says nothing of its effect or validity from one that says it in other words', () => {
    const none = documentDates('第一条 为规范城区摊点经营，制定本规定。\n第十条 本规定由县城市管理局负责解释。', 0);
    expect(none).toEqual({ effective: null, commencement: null, effectStated: false, period: null, validTo: null, validityStated: false });
    const other = documentDates('第十条 本规定自公布后三十日起施行，2028年12月31日自动失效。', 0);
    expect(other).toMatchObject({ effective: null, effectStated: true, validityStated: true, period: null, validTo: null });
    expect(other.commencement).toMatchObject({ words: '自公布后三十日起施行', onIssue: false, date: null });
    // A law's day of effect is not the document's, though it is the first 自……起施行 in the text.
    const law = documentDates('《中华人民共和国长江保护法》自2021年3月1日起施行。为做好……，通知如下：本通知自印发之日起施行。', 0);
    expect(law.effective).toBeNull();
    expect(law.commencement).toMatchObject({ date: '2021-03-01', onIssue: false });
  });
});
