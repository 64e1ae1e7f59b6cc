import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ingestText } from '../../pipeline/ingest/text.ts';

const DOC = '某县人民政府关于印发《某县行政规范性文件管理办法》的通知\r\n各乡镇人民政府，县政府各部门：\r\n\r\n第一条　为了规范行政规范性文件的制定和备案审查工作，根据有关法律法规，制定本办法。\r\n';

describe('ingestText', () => {
  it('reads UTF-8 with a BOM, turns CRLF into LF and gives one span per non-empty line', async () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOC, 'utf8')]);
    const r = await ingestText(buf, 'txt');
    expect(r.text.startsWith('某县人民政府')).toBe(true);
    expect(r.text).not.toMatch(/\r|\ufeff/);
    expect(r.spans).toHaveLength(3);
    for (const s of r.spans) expect(r.text.slice(s.start, s.end)).not.toMatch(/\n/);
    expect(r.text.slice(r.spans[2]!.start, r.spans[2]!.end)).toMatch(/^第一条　为了规范/);
    expect(r.spans[2]!.paragraph).toBe(3); // source line index (the blank line counts)
    expect(r.quality.status).toBe('ok');
  });

  it('detects GB18030 (GBK) text and notes the encoding', async () => {
    const buf = iconv.encode(DOC + '罚款数额为五千元以上三万元以下。', 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(buf)).toThrow();
    const r = await ingestText(buf, 'txt');
    expect(r.text).toContain('第一条　为了规范行政规范性文件的制定和备案审查工作');
    expect(r.text).toContain('罚款数额为五千元以上三万元以下。');
    expect(r.notes.join()).toMatch(/GB18030/);
    expect(r.quality.status).toBe('ok');
  });

  it('reads a UTF-8 notice with one damaged byte and a NUL, and says what was repaired (sniffed as text, not unsupported)', async () => {
    const { sniffFormat } = await import('../../pipeline/ingest/sniff.ts');
    const utf8 = Buffer.from(DOC + '违反本办法规定的，处以二千元罚款。\n', 'utf8');
    const cut = utf8.indexOf(Buffer.from('第一条', 'utf8'));
    const damaged = Buffer.concat([utf8.subarray(0, cut), Buffer.from([0xe7]), Buffer.from([0x00]), utf8.subarray(cut)]);
    expect(sniffFormat(damaged, '通知.txt')).toBe('txt');
    const r = await ingestText(damaged, 'txt');
    expect(r.quality.status).toBe('ok');
    expect(r.text).toContain('\ufffd第一条　为了规范');
    expect(r.text).toContain('处以二千元罚款。');
    expect(r.text).not.toContain('\u0000');
    expect(r.notes.join()).toMatch(/1 个字节不是有效的 UTF-8/);
    expect(r.notes.join()).toMatch(/1 个空字符（NUL），已删除/);
    expect(r.notes.join()).not.toMatch(/GB18030/);
    // Binary data is still not text.
    expect(sniffFormat(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) & 0xff)), 'x.txt')).toBe('unknown');
  });

  it('converts a traditional-character notice and says so', async () => {
    const r = await ingestText(Buffer.from('各鄉鎮人民政府：\n現將《村莊規劃管理辦法》印發給你們，請認真貫徹執行。相關檔案依照程式報送。', 'utf8'), 'md');
    expect(r.text).toBe('各乡镇人民政府：\n现将《村庄规划管理办法》印发给你们，请认真贯彻执行。相关文件依照程序报送。');
    expect(r.notes.join()).toMatch(/繁体/);
  });

  it('reports an empty or blank file as no-text and mojibake as garbled', async () => {
    expect((await ingestText(Buffer.from('\r\n \r\n', 'utf8'), 'txt')).quality.status).toBe('no-text');
    // Bytes that are neither UTF-8 nor sensible GB18030: private-use and rare characters come out.
    const junk = Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 2 ? 0x80 + ((i * 7) % 0x7f) : 0x81 + ((i * 13) % 0x7e))));
    const r = await ingestText(junk, 'txt');
    expect(r.quality.status).toBe('garbled');
    expect(r.quality.reason).toMatch(/乱码|无法识别/);
  });
});

describe('hard-wrapped text', () => {
  const para1 = '第一条　为了规范行政规范性文件的制定和监督管理工作，保障公民、法人和其他组织的合法权益，根据有关法律、法规和国务院有关规定，结合本县实际，制定本办法。';
  const para2 = '第二条　本办法所称行政规范性文件，是指除政府规章外，由行政机关或者经法律、法规授权的具有管理公共事务职能的组织依照法定权限、程序制定并公开发布，涉及公民、法人和其他组织权利义务，具有普遍约束力，在一定期限内反复适用的公文。';
  const para3 = '（一）县人民政府及其部门制定的行政规范性文件，应当经过合法性审核，未经审核或者审核不通过的，不得提交审议，也不得以任何形式对外发布施行。';
  const wrap = (s: string, n = 24) => s.match(new RegExp(`.{1,${n}}`, 'gu'))!;

  it('re-joins lines wrapped at a fixed width, keeping numbered units apart', async () => {
    const text = [...wrap(para1), ...wrap(para2), ...wrap(para3)].join('\r\n');
    const r = await ingestText(Buffer.from(text, 'utf8'), 'txt');
    expect(r.text).toBe([para1, para2, para3].join('\n'));
    expect(r.spans.map((s) => s.paragraph)).toEqual([0, wrap(para1).length, wrap(para1).length + wrap(para2).length]);
  });

  it('re-joins a short notice whose paragraphs are indented and wrapped at the same column', async () => {
    // A 禁火令 of one paragraph, copied out of a PDF: five lines, the first indented two spaces, every line ending at
    // the same column, a citation and a date cut in the middle.
    const body = '近期天气干燥，森林火险等级高，极易引发森林火灾。为有效预防森林火灾发生，根据《森林防火条例》第二十八条的规定，县人民政府决定自二〇二三年三月一日起在全县范围内禁止一切野外用火。违者依法处理。';
    const first = '　　' + body.slice(0, 20);
    const rest = body.slice(20).match(/.{1,22}/gu)!;
    const text = ['某县人民政府森林防火禁火令', first, ...rest, '某县人民政府', '2023年2月25日'].join('\n');
    const r = await ingestText(Buffer.from(text, 'utf8'), 'txt');
    expect(r.text.split('\n')).toEqual(['某县人民政府森林防火禁火令', body, '某县人民政府', '2023年2月25日']);
  });

  it('re-joins a wrapped notice whose short headings and items outnumber its wrapped lines', async () => {
    // Counted among the lines that reach the common width: most of them stop there mid-sentence.
    const item = '三、处罚规定：违反上述规定在限行道路上行驶的，由公安机关交通管理部门按照违反禁令标志指示予以罚款一百五十元、记三分。';
    const lines = ['某市关于三轮摩托车限行的通告', '一、限行区域：城区。', '二、限行车辆：三轮摩托车。',
      ...item.match(/.{1,24}/gu)!, '四、本通告自发布之日起施行。', '五、请相互转告。', '某市公安局', '2020年12月1日'];
    const r = await ingestText(Buffer.from(lines.join('\n'), 'utf8'), 'txt');
    expect(r.text.split('\n')).toContain(item);
  });

  it('leaves one-paragraph-per-line text alone', async () => {
    const text = Array.from({ length: 10 }, (_, i) => `第${'一二三四五六七八九十'[i]}条　${para1.slice(4, 30 + i * 3)}。`).join('\n');
    const r = await ingestText(Buffer.from(text, 'utf8'), 'txt');
    expect(r.text).toBe(text);
  });
});

describe('markdown', () => {
  it('drops heading marks, quotes and emphasis so provisions start their lines', async () => {
    const md = '# 某县行政规范性文件管理办法\n\n<!-- INFO END -->\n## 第一章　总则\n\n第一条　**为了规范**行政规范性文件管理，制定本办法。\n> 第二条　本办法自发布之日起施行。\n';
    const r = await ingestText(Buffer.from(md, 'utf8'), 'md');
    expect(r.text.split('\n')).toEqual(['某县行政规范性文件管理办法', '第一章　总则', '第一条　为了规范行政规范性文件管理，制定本办法。', '第二条　本办法自发布之日起施行。']);
    expect(r.spans.map((s) => s.kind)).toEqual(['heading', 'heading', 'body', 'body']);
  });
});
