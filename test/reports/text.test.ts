// The terminal summary stays short: counts, the worst documents, the unreadable ones, where the reports are.
import { describe, expect, it } from 'vitest';
import { renderTextSummary } from '../../reports/text.ts';
import { generateReport } from './generate-report.ts';
import { loadFixture } from './helpers.ts';

describe('text summary', () => {
  it('lists every document and finding of a small batch', () => {
    const text = renderTextSummary(loadFixture('batch'), ['out/report.html', 'out/opinions/a-审查意见书.docx']);
    expect(text).toContain('共 5 件：已检查 3 件，未能检查 2 件；发现问题 错误 8 · 警告 2 · 提示 1');
    expect(text).toContain('问题类别：违法设定行政处罚 3');
    expect(text).toContain('错误 第三章第九条 [违法设定行政强制措施或强制执行] 规范性文件设定行政强制措施 —— 依据 《中华人民共和国行政强制法》第十条');
    expect(text).toContain('✗ 收文/清河县/损坏的文件.docx [读取失败]');
    expect(text).toContain('报告：out/report.html');
    expect(text).toContain('审查意见书初稿 1 份：out/opinions');
  });

  it('stays short for 1,000 documents', () => {
    const opinions = Array.from({ length: 800 }, (_, i) => `out/opinions/${i}-审查意见书.docx`);
    const text = renderTextSummary(generateReport(1000), ['out/report.html', ...opinions]);
    const lines = text.trim().split('\n');
    expect(lines.length).toBeLessThan(50);
    expect(text).toContain('问题最多的 10 件：');
    expect(text).toContain('未能检查的 100 件：');
    expect(text).toContain('…… 另有 80 件，见报告');
    expect(text).toContain('审查意见书初稿 800 份：out/opinions');
    expect(lines.find((l) => l.startsWith('  ●'))).toMatch(/错误 5，警告 1，提示 1$/);
  });
});
