// The terminal summary: a small batch lists every finding; a large batch lists every error (a CI log must
// say what failed) and every unreadable document, and counts the rest; --text-limit caps the list; colour
// only when asked for.
import { describe, expect, it } from 'vitest';
import { renderTextSummary } from '../../reports/text.ts';
import { COLOURS, paintFor, wantsColour } from '../../reports/colour.ts';
import { generateReport } from './generate-report.ts';
import { loadFixture } from './helpers.ts';

describe('text summary', () => {
  it('lists every document and finding of a small batch, with the matched words', () => {
    const text = renderTextSummary(loadFixture('batch'), ['out/report.html', 'out/opinions/a-审查意见书.docx']);
    expect(text).toContain('共 5 件：已检查 3 件，未能检查 2 件；发现问题 错误 8 · 警告 2 · 提示 1');
    expect(text).toContain('问题类别：违法设定行政处罚 3');
    expect(text).toContain('错误 第三章第九条 [违法设定行政强制措施或强制执行] 规范性文件设定行政强制措施 “扣押广告设施” —— 依据 《中华人民共和国行政强制法》第十条');
    expect(text).toContain('提示 全文 [形式与程序] 请核对有效期');
    expect(text).toContain('✗ 收文/清河县/损坏的文件.docx [读取失败]');
    expect(text).toContain('报告：out/report.html');
    expect(text).toContain('审查意见书初稿 1 份：out/opinions');
    expect(text).not.toContain('\x1b[');
  });

  it('lists every error finding of a 1,000-document batch, and every unreadable document', () => {
    const report = generateReport(1000);
    const opinions = Array.from({ length: 800 }, (_, i) => `out/opinions/${i}-审查意见书.docx`);
    const text = renderTextSummary(report, ['out/report.html', ...opinions]);
    const errors = report.documents.flatMap((d) => d.findings.filter((f) => f.severity === 'error'));
    const errorLines = text.split('\n').filter((l) => l.startsWith('    错误 '));
    expect(errorLines).toHaveLength(errors.length);
    expect(text).not.toMatch(/^ {4}(警告|提示) /m); // warnings and notes of a large batch are counted, not listed
    const withErrors = report.documents.filter((d) => d.findings.some((f) => f.severity === 'error'));
    expect(text).toContain(`有错误的 ${withErrors.length} 件：`);
    expect(text).toContain('未能检查的 100 件：');
    for (const d of report.documents.filter((x) => x.status !== 'ok')) expect(text).toContain(d.path);
    expect(text).toContain('审查意见书初稿 800 份：out/opinions');
  });

  it('caps the listed findings only when asked (--text-limit)', () => {
    const report = generateReport(1000);
    const text = renderTextSummary(report, [], { limit: 5 });
    expect(text.split('\n').filter((l) => l.startsWith('    错误 '))).toHaveLength(5);
    const errors = report.documents.flatMap((d) => d.findings.filter((f) => f.severity === 'error')).length;
    expect(text).toContain(`…… 另有 ${errors - 5} 项未列出（--text-limit 5），见报告。`);
  });

  it('colours severities on a terminal, never with NO_COLOR or on a pipe', () => {
    const coloured = renderTextSummary(loadFixture('batch'), [], { paint: COLOURS });
    expect(coloured).toContain('\x1b[31m错误\x1b[39m');
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(paintFor({ isTTY: true }, { NO_COLOR: '1' }).error('x')).toBe('x');
  });
});
