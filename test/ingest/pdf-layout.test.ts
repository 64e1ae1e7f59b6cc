// Layout rules on hand-made lines (no PDF needed): joining, furniture, CJK spaces.
import { describe, expect, it } from 'vitest';
import { isPageNumber, dropFurniture } from '../../pipeline/ingest/pdf-furniture.ts';
import { joinLines } from '../../pipeline/ingest/pdf-paragraphs.ts';
import { pageLines, squeezeCjkSpaces, type PdfLine } from '../../pipeline/ingest/pdf-lines.ts';

const SIZE = 16;
const LEFT = 80;
const RIGHT = 515;
let y = 700;
/** A line as a PDF writer lays it out: full lines reach the right margin, first lines are indented 2 em. */
function line(text: string, opts: { indent?: boolean; short?: boolean; page?: number; y?: number; size?: number } = {}): PdfLine {
  const x = LEFT + (opts.indent ? 2 * SIZE : 0);
  const xEnd = opts.short ? x + text.length * SIZE : RIGHT;
  y -= 28;
  return { page: opts.page ?? 1, text, x, xEnd, y: opts.y ?? y, size: opts.size ?? SIZE, table: text.includes('\t') };
}

describe('joinLines', () => {
  it('joins lines broken by layout and starts paragraphs at indents, numbered units and short lines', () => {
    const ps = joinLines([
      line('某县规范性文件管理办法', { indent: true, short: true, size: 22 }),
      line('第一条　为了规范行政规范性文件制定和监督管理工作，根据', { indent: true }),
      line('有关法律法规，结合本县实际，制定本办法。县人民政府办公室负责', {}),
      line('本办法的组织实施。', { short: true }),
      line('第二条　本办法所称行政规范性文件，是指除政府规章外，由行政', { indent: true }),
      line('机关依照法定权限、程序制定并公开发布。涉及公民、法人和其他组', {}),
      line('织权利义务，具有普遍约束力。', { short: true }),
      line('（一）行政许可；', { indent: true, short: true }),
      line('一、总体要求', { indent: true, short: true }),
      line('序号\t事项\t责任部门', { short: true }),
      line('1\t备案审查\t司法局', { short: true }),
    ]);
    expect(ps.map((p) => p.text)).toEqual([
      '某县规范性文件管理办法',
      '第一条　为了规范行政规范性文件制定和监督管理工作，根据有关法律法规，结合本县实际，制定本办法。县人民政府办公室负责本办法的组织实施。',
      '第二条　本办法所称行政规范性文件，是指除政府规章外，由行政机关依照法定权限、程序制定并公开发布。涉及公民、法人和其他组织权利义务，具有普遍约束力。',
      '（一）行政许可；',
      '一、总体要求',
      '序号\t事项\t责任部门',
      '1\t备案审查\t司法局',
    ]);
    expect(ps.filter((p) => p.table)).toHaveLength(2);
  });

  it('joins a paragraph across a page break and keeps the page it starts on', () => {
    const ps = joinLines([
      line('第三条　制定机关应当自发布之日起三十日内报送备案，', { indent: true, page: 1 }),
      line('并附制定说明。', { page: 2, short: true }),
      line('第四条　本办法自发布之日起施行。', { indent: true, short: true, page: 2 }),
    ]);
    expect(ps).toEqual([
      { text: '第三条　制定机关应当自发布之日起三十日内报送备案，并附制定说明。', page: 1, table: false },
      { text: '第四条　本办法自发布之日起施行。', page: 2, table: false },
    ]);
  });

  it('joins a line that a count-based writer wrapped early because it holds digits', () => {
    const ps = joinLines([
      line('第一条　本办法自2024年3月1日起施行，有效期至', { indent: true }),
      { ...line('2029年2月28日，由县司法局负责解释，县政府各部门', {}), xEnd: LEFT + 0.75 * (RIGHT - LEFT) },
      line('遵照执行。', { short: true }),
      line('第二条　各部门应当按照本办法执行，不得另行规定。各部门应当', { indent: true }),
      line('按照本办法执行，不得另行规定。各部门应当按照本办法执行，不得另', {}),
      line('行规定。各部门应当按照本办法执行，不得另行规定。各部门应当按照', {}),
      line('本办法执行，不得另行规定。各部门应当按照本办法执行，不得另行规', {}),
      line('定。各部门应当按照本办法执行，不得另行规定。', { short: true }),
      line('第三条　本条只有一行。', { indent: true }),
      line('第四条　本条只有一行。', { indent: true }),
    ]);
    expect(ps.map((p) => p.text)[0]).toBe('第一条　本办法自2024年3月1日起施行，有效期至2029年2月28日，由县司法局负责解释，县政府各部门遵照执行。');
    expect(ps).toHaveLength(4);
  });

  it('in block paragraphs without indents, sentence-final punctuation ends a paragraph', () => {
    const ps = joinLines([
      line('各乡镇人民政府，县政府各部门：'),
      line('现将《办法》印发给你们，请认真贯彻执行。'),
      line('本通知自印发之日起施行，有效期五年，由县司法局负责'),
      line('解释。', { short: true }),
    ]);
    expect(ps.map((p) => p.text)).toEqual(['各乡镇人民政府，县政府各部门：', '现将《办法》印发给你们，请认真贯彻执行。', '本通知自印发之日起施行，有效期五年，由县司法局负责解释。']);
  });
});

describe('page furniture', () => {
  it('recognises page numbers', () => {
    for (const t of ['— 3 —', '-3-', '- 12 -', '第3页', '第 3 页 共 10 页', '3/10', 'Page 4', '－ 7 －']) expect(isPageNumber(t), t).toBe(true);
    for (const t of ['3．加强监督', '第三条', '2024年', '一、总体要求', '10万元']) expect(isPageNumber(t), t).toBe(false);
  });

  it('drops running headers repeated on most pages and page numbers at the page edges, keeps body lines', () => {
    const lines: PdfLine[] = [];
    for (let p = 1; p <= 4; p++) {
      lines.push({ page: p, text: 'XX县人民政府行政规范性文件', x: 200, xEnd: 400, y: 800, size: 10, table: false });
      lines.push({ page: p, text: `第${p}条　正文内容在第${p}页。`, x: 80, xEnd: 515, y: 600, size: 16, table: false });
      lines.push({ page: p, text: '3', x: 80, xEnd: 96, y: 400, size: 16, table: false }); // a body line that is just a number, mid-page
      lines.push({ page: p, text: `— ${p} —`, x: 280, xEnd: 320, y: 40, size: 12, table: false });
    }
    const { lines: kept, removed } = dropFurniture(lines, new Map([1, 2, 3, 4].map((p) => [p, 842])));
    expect(removed).toBe(8);
    expect(kept.map((l) => l.text)).toEqual([1, 2, 3, 4].flatMap((p) => [`第${p}条　正文内容在第${p}页。`, '3']));
  });
});

describe('pageLines', () => {
  it('groups items by baseline, reads left to right, drops spaces inside CJK runs, keeps Latin spaces', () => {
    const it = (str: string, x: number, yy: number, width = str.length * 16) => ({ str, x, y: yy, width, size: 16, vertical: false });
    const lines = pageLines({
      number: 1, width: 595, height: 842,
      items: [
        it('规定', 176, 700), it('第一条', 80, 700), it(' ', 128, 700, 4), it('本', 132, 700), it(' ', 148, 700, 4), it('办法', 148 + 4, 700 - 1),
        it('2024', 80, 672, 36), it(' ', 116, 672, 4), it('年', 120, 672), it('公布', 136, 672), it(' ', 168, 672, 70), it('自', 184, 672),
        it('WTO rules', 80, 644, 80), it(' ', 160, 644, 4), it('apply', 164, 644, 40),
        it('序号', 80, 616), it('事项', 200, 616),
      ],
    });
    expect(lines.map((l) => l.text)).toEqual(['第一条　本办法规定', '2024年公布　自', 'WTO rules apply', '序号\t事项']);
    expect(lines[3]!.table).toBe(true);
  });

  it('squeezes spaces next to CJK only', () => {
    expect(squeezeCjkSpaces('中 华 人 民 共和国 2024 年 PM 2.5 治理， Open Data')).toBe('中华人民共和国2024年PM 2.5治理，Open Data');
  });
});

describe('stacked title characters', () => {
  it('reads a one-character-per-line column as one line', () => {
    const it = (str: string, yy: number) => ({ str, x: 276, y: yy, width: 42, size: 42, vertical: false });
    const lines = pageLines({ number: 1, width: 595, height: 842, items: [it('竞', 600), it('争', 538), it('性', 476), it('文', 414), it('件', 352), { str: '2024年5月', x: 200, y: 100, width: 120, size: 16, vertical: false }] });
    expect(lines.map((l) => l.text)).toEqual(['竞争性文件', '2024年5月']);
  });
});
