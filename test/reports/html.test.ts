// The HTML report as a string: self-contained, Chinese, every piece of report text escaped, the CSP
// hashes matching the inline code, matches highlighted in the provision, the search index embedded.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { contentSecurityPolicy, renderHtml, renderHtmlFiles } from '../../reports/html/render-html.ts';
import { escapeHtml, jsonForScript } from '../../reports/html/escape.ts';
import { generateReport } from './generate-report.ts';
import { loadFixture, sections } from './helpers.ts';

const batch = loadFixture('batch');
const hostile = loadFixture('hostile');
const html = renderHtml(batch);
const root = parse(html);
const docs = sections(html);
const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('escape functions', () => {
  it('escapes markup and quotes in text and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });
  it('JSON for a script block cannot close the block and survives a round trip', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- \u2028 \u2029 &amp;' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('HTML report', () => {
  it('is one file, report.html', async () => {
    const files = await renderHtmlFiles(batch);
    expect(files.map((f) => f.name)).toEqual(['report.html']);
  });

  it('is self-contained: no external resources, no inline handlers', () => {
    expect(root.querySelectorAll('link[href], script[src], img[src], iframe')).toHaveLength(0);
    for (const d of docs) expect(d.el.querySelectorAll('link, script, img, iframe, style')).toHaveLength(0);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('has a CSP that allows only its own inline style and script by hash', () => {
    const csp = root.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toBe(contentSecurityPolicy());
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const code = root.querySelectorAll('script').filter((s) => !s.getAttribute('type'));
    expect(code).toHaveLength(1);
    expect(csp).toContain(`script-src ${sha(code[0]!.rawText)}`);
    const styles = root.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`style-src ${sha(styles[0]!.rawText)}`);
    // The CSP meta comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('summarises the batch in Chinese, with a chart and the worst documents', () => {
    const summary = root.querySelector('#summary')!;
    expect(summary.text).toContain('文件总数');
    expect(summary.text).toContain('违法设定行政处罚');
    expect(summary.text).toContain('违法设定行政许可或增设许可条件');
    expect(summary.querySelectorAll('svg.chart rect').length).toBeGreaterThan(6);
    const worst = summary.querySelectorAll('.worst li');
    expect(worst[0]!.text).toContain('清河县城区户外广告设置管理办法'); // 5 errors beat 3
    expect(worst[0]!.querySelector('a')!.getAttribute('href')).toBe('#doc-1');
    expect(summary.querySelector('.failed')!.text).toContain('文件已损坏');
  });

  it('shows each document with its metadata in Chinese', () => {
    expect(docs).toHaveLength(batch.documents.length);
    const township = docs[0]!.el.text;
    expect(township).toContain('青政通〔2024〕3号');
    expect(township).toContain('青山镇人民政府（乡级·政府）');
    expect(township).toContain('2024年12月20日');
    const county = docs[1]!.el.text;
    expect(county).toContain('清河县人民政府办公室（县级·办公室（厅））');
    expect(county).toContain('清河县城市管理局（县级·部门）');
    expect(county).toContain('2030年2月28日');
    expect(docs[2]!.el.text).toContain('未发现问题');
    expect(docs[3]!.el.querySelector('.doc-error')!.text).toContain('文件已损坏，无法解压');
    expect(docs[4]!.el.text).toContain('无可用文字');
    // The metadata the filters use.
    expect(docs.map((d) => d.s)).toEqual(['ok', 'ok', 'ok', 'failed', 'no-text']);
    expect(docs[1]!.f[0]).toEqual(['error', 'licensing']);
    expect(docs[0]!.i).not.toEqual(docs[1]!.i);
  });

  it('groups findings by provision and highlights every match inside the provision text', () => {
    const county = docs[1]!.el;
    const provisions = county.querySelectorAll('.provision');
    // 7 findings on 5 places: 第五条第一款, 第五条第二款 (2), 第六条, 第九条 (2), 全文 (1).
    expect(provisions.map((p) => p.querySelector('h3')!.text.replace(/（.*$/, ''))).toEqual(
      ['文件整体', '第二章第五条第一款', '第二章第五条第二款', '第二章第六条', '第三章第九条']);
    const art9 = provisions[4]!;
    const marks = art9.querySelectorAll('.prov-text mark').map((m) => m.text);
    expect(marks).toEqual(['并处1000元以上1万元以下罚款', '扣押广告设施']);
    expect(art9.querySelectorAll('.finding')).toHaveLength(2);
    const basis = art9.querySelector('.basis blockquote')!;
    expect(basis.querySelector('.cite')!.text).toBe('《中华人民共和国行政处罚法》第十六条');
    expect(basis.text).toContain('除法律、法规、规章外，其他规范性文件不得设定行政处罚。');
    expect(art9.text).toContain('修改建议');
    expect(art9.querySelector('details.related summary')!.text).toContain('相关上位法条文');
  });

  it('embeds a jieba token index for offline search', () => {
    const block = root.querySelector('script#search-index')!;
    expect(block.getAttribute('type')).toBe('application/json');
    const index = JSON.parse(block.rawText) as { units: string[]; terms: Record<string, number[]> };
    expect(index.units).toContain('d0');
    expect(index.units).toContain('f1-0');
    const unitsOf = (t: string) => (index.terms[t] ?? []).map((u) => index.units[u]);
    expect(unitsOf('烟花爆竹')).toContain('f0-0');
    expect(unitsOf('户外广告')).toContain('f1-0');
    expect(unitsOf('户外广告')).not.toContain('f0-0');
  });

  it('offers filters by severity, category and issuer', () => {
    expect(root.querySelectorAll('input[name=sev]')).toHaveLength(3);
    const cats = root.querySelectorAll('#f-cat option').map((o) => o.getAttribute('value'));
    expect(cats).toEqual(['', 'penalty', 'licensing', 'coercion', 'fees', 'authority', 'form']);
    const issuers = root.querySelectorAll('#f-issuer option').map((o) => o.text);
    expect(issuers).toContain('青山镇人民政府（乡级·政府）');
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('break-before:page');
  });
});

describe('large reports', () => {
  it('ship the sections as gzip+base64 chunks of 50 documents that inflate to the same HTML', () => {
    const big = generateReport(120);
    const plain = sections(renderHtml(big, { compressAbove: Number.POSITIVE_INFINITY }));
    const packedHtml = renderHtml(big, { compressAbove: 0 });
    const block = parse(packedHtml).querySelector('script#doc-html')!;
    expect(block.getAttribute('data-encoding')).toBe('gzip-base64');
    expect(JSON.parse(block.rawText)).toHaveLength(3);
    expect(parse(packedHtml).querySelector('script#search-index')!.getAttribute('data-encoding')).toBe('gzip-base64');
    expect(sections(packedHtml).map((d) => d.h)).toEqual(plain.map((d) => d.h));
    expect(packedHtml.length).toBeLessThan(renderHtml(big, { compressAbove: Number.POSITIVE_INFINITY }).length / 3);
  });
});

describe('hostile document text', () => {
  const evil = renderHtml(hostile);
  const evilRoot = parse(evil);
  const evilDocs = sections(evil);

  it('renders <script>, event handlers and javascript: URLs as inert text', () => {
    // Only our own script elements exist (three JSON blocks and the page script); none from the document text.
    expect(evilRoot.querySelectorAll('script')).toHaveLength(4);
    const all = [evilRoot, ...evilDocs.map((d) => d.el)];
    for (const r of all) {
      expect(r.querySelectorAll('img, iframe, svg[onload]')).toHaveLength(0);
      for (const a of r.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^#doc-\d+$/);
      for (const el of r.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) expect(name.startsWith('on'), `${el.tagName} ${name}`).toBe(false);
      }
    }
    expect(evil).not.toContain('<script>alert');
    expect(evil).not.toContain('<img src=x');
    for (const d of evilDocs) {
      expect(d.el.querySelectorAll('script, a')).toHaveLength(0);
      expect(d.h).not.toContain('<script');
      expect(d.h).not.toContain('<img');
    }
    // The text is still there for the reviewer to read.
    const doc = evilDocs[0]!.el;
    expect(doc.querySelector('h2')!.text).toContain('关于<script>alert("title")</script>的通知');
    expect(doc.querySelector('.prov-text')!.text).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('.prov-text mark')!.text).toBe('<img src=x onerror=alert(1)>');
    expect(evilRoot.querySelector('#summary')!.text).toContain('<img src=x onerror=alert(13)>');
  });

  it('keeps the embedded JSON inside its script blocks', () => {
    for (const id of ['search-index', 'doc-meta', 'doc-html']) {
      const block = evilRoot.querySelector(`script#${id}`)!;
      expect(block.rawText).not.toMatch(/[<>]/);
      expect(() => JSON.parse(block.rawText)).not.toThrow();
    }
  });

  it('shows no letterhead for whole-document findings, related articles without scores, each basis article quoted once', () => {
    const county = docs[1]!.el;
    const whole = county.querySelectorAll('.provision')[0]!;
    expect(whole.querySelector('h3')!.text).toBe('文件整体');
    expect(whole.querySelector('.prov-text')).toBeNull();
    expect(html).not.toContain('相关度');
    const withRelated = structuredClone(batch);
    const f = withRelated.documents[1]!.findings[4]!;
    f.related = [{ law: '中华人民共和国行政处罚法', article: '第十三条', text: '国务院部门规章可以……', score: 57.44 }];
    const el = sections(renderHtml(withRelated))[1]!.el;
    const related = el.querySelector('#f-1-4 details.related')!;
    expect(related.getAttribute('open')).toBeUndefined();
    expect(related.querySelector('summary')!.text).toBe('相关上位法条文：《中华人民共和国行政处罚法》第十三条');
    expect(related.text).not.toContain('57');
    // 行政处罚法 第十六条 backs two findings of the township notice: quoted once, then referred to.
    const township = docs[0]!.el;
    const cites = township.querySelectorAll('.basis .cite').map((c) => c.text);
    expect(new Set(cites).size).toBe(cites.length);
    expect(township.querySelectorAll('.cite-again').map((c) => c.text)).toContain('《中华人民共和国行政处罚法》第十六条（条文见上）');
  });

  it('carries the all-documents table rows and a running header per document', () => {
    const meta = JSON.parse(root.querySelector('script#doc-meta')!.rawText);
    expect(meta.headers.slice(0, 5)).toEqual(['序号', '文件名称', '文号', '制定机关', '层级']);
    expect(meta.docs[1].r.slice(0, 5)).toEqual([2, '清河县城区户外广告设置管理办法', '清政办发〔2025〕7号', '清河县人民政府办公室、清河县城市管理局', '县级']);
    expect(docs[1]!.el.querySelector('thead th.running')!.text).toBe('《清河县城区户外广告设置管理办法》 清政办发〔2025〕7号');
  });
});
