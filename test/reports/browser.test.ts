// The HTML report in a real browser (Debian's /usr/bin/chromium via playwright-core): it opens from
// file:// with no console errors or CSP violations, the filters and the Chinese search work, paging
// keeps large batches usable, print hides the controls, and hostile document text never executes.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { renderHtml } from '../../reports/html/render-html.ts';
import { generateReport } from './generate-report.ts';
import { TMP, hasChromium, launchChromium, loadFixture } from './helpers.ts';
import { HAS_PDFTOTEXT, pdfPages, squash } from '../support/office.ts';
import { checkSamples, SAMPLES_DIR } from '../support/check-samples.ts';

const pdfTextPages = (pdf: Uint8Array) => pdfPages(pdf).map(squash);
const pdfText = (pdf: Uint8Array) => pdfTextPages(pdf).join('');

// Callbacks below run inside the page; the project's tsconfig has no DOM lib, so declare what they use.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const window: any, document: any, location: any, getComputedStyle: any;

const DIR = join(TMP, 'reports-browser');
const DOCS_SCREENSHOT = new URL('../../docs/screenshot-report.png', import.meta.url).pathname;

interface Watch { errors: string[]; dialogs: string[] }

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let browser: BrowserContext;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    const write = (name: string, html: string) => {
      const path = join(DIR, `${name}.html`);
      writeFileSync(path, html);
      files[name] = pathToFileURL(path).href;
    };
    write('batch', renderHtml(loadFixture('batch')));
    write('hostile', renderHtml(loadFixture('hostile')));
    write('paged', renderHtml(generateReport(120), { compressAbove: 0 })); // the large-report path
    write('packed60', renderHtml(generateReport(60), { compressAbove: 0 }));
    const formula = loadFixture('batch');
    formula.documents[2]!.meta.title = '=HYPERLINK("http://x.example","点击")';
    write('formula', renderHtml(formula));
    // Defence in depth: markup that slipped past escaping must still be stopped by the CSP.
    write('injected', renderHtml(loadFixture('batch')).replace('<main id="docs">',
      '<main id="docs"><img src="x" onerror="document.title=\'pwned\'"><script>document.title=\'pwned2\'</script>'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string): Promise<{ page: Page; watch: Watch }> {
    const page = await browser.newPage();
    const watch: Watch = { errors: [], dialogs: [] };
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(m.text()); });
    page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => { watch.dialogs.push(d.message()); void d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) watch.errors.push(`request: ${r.url()}`); });
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e: any) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(files[name]!);
    await page.waitForSelector('html[data-ready="1"]');
    return { page, watch };
  }

  const status = (page: Page) => page.locator('#filter-status').textContent();
  const visibleFindings = (page: Page) => page.locator('#docs .finding:not(.filtered)').evaluateAll((els) =>
    els.filter((e) => !e.closest('.filtered')).map((e) => e.getAttribute('data-unit')));

  it('opens cleanly: no console errors, no CSP violations, no network', async () => {
    const { page, watch } = await open('batch');
    expect(await status(page)).toBe('显示 5 件文件、11 项问题');
    expect(await page.locator('#pager').isHidden()).toBe(true);
    expect(await page.locator('svg.chart').isVisible()).toBe(true);
    await page.screenshot({ path: join(DIR, 'batch-top.png') });
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.locator('#doc-1').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DIR, 'batch-county.png') });
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DIR, 'batch-summary.png') });
    if (process.env.BEISHEN_UPDATE_SCREENSHOTS) copyFileSync(join(DIR, 'batch-summary.png'), DOCS_SCREENSHOT);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    await page.close();
  });

  it('filters by severity, category, issuer and status', async () => {
    const { page, watch } = await open('batch');
    await page.locator('input[name=sev][value=error]').uncheck();
    await page.locator('input[name=sev][value=warning]').uncheck();
    await expect.poll(() => status(page)).toBe('显示 1 件文件、1 项问题');
    expect(await visibleFindings(page)).toEqual(['f1-6']);
    await page.locator('#reset').click();
    await page.locator('#f-cat').selectOption('fees');
    await expect.poll(() => visibleFindings(page)).toEqual(['f0-3', 'f1-3']);
    await page.locator('#reset').click();
    await page.locator('#f-issuer').selectOption({ label: '青山镇人民政府（乡级·政府）' });
    await expect.poll(() => status(page)).toBe('显示 1 件文件、4 项问题');
    expect(await page.locator('#doc-0').isVisible()).toBe(true);
    expect(await page.locator('#doc-1').isVisible()).toBe(false);
    await page.locator('#reset').click();
    await page.locator('#f-status').selectOption('failed');
    await expect.poll(() => page.locator('#docs article.doc').evaluateAll((els) => els.map((e) => e.id))).toEqual(['doc-3', 'doc-4']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('searches provisions and findings in Chinese, offline', async () => {
    const { page, watch } = await open('batch');
    const search = async (q: string) => {
      await page.locator('#q').fill(q);
      await expect.poll(() => status(page)).toContain(`“${q.trim()}”`);
      return visibleFindings(page);
    };
    expect(await search('烟花')).toEqual(['f0-0', 'f0-1', 'f0-2', 'f0-3']);
    expect(await search('户外广告 罚款')).toEqual(['f1-4', 'f1-5']);
    expect(await search('户外广告罚款')).toEqual(['f1-4', 'f1-5']); // no space: cut by the index vocabulary
    expect(await search('保证金')).toEqual(['f0-3']);
    expect(await search('行政强制法')).toEqual(['f1-5']); // the basis law
    expect(await search('推荐函')).toEqual(['f1-1', 'f1-2']);
    await page.screenshot({ path: join(DIR, 'batch-search.png') });
    expect(await search('城市房地产')).toEqual([]);
    expect(await status(page)).toContain('未找到');
    await page.locator('#q').fill('');
    await expect.poll(() => status(page)).toBe('显示 5 件文件、11 项问题');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('pages a large batch and jumps to a document on another page', async () => {
    const { page, watch } = await open('paged');
    const shown = () => page.locator('#docs article.doc').count();
    expect(await page.locator('#page-info').textContent()).toBe('第 1 / 3 页');
    expect(await shown()).toBe(50);
    await page.locator('#next').click();
    await expect.poll(() => page.locator('#page-info').textContent()).toBe('第 2 / 3 页');
    await page.locator('#next').click();
    await expect.poll(() => page.locator('#page-info').textContent()).toBe('第 3 / 3 页');
    expect(await shown()).toBe(20);
    await page.evaluate(() => { location.hash = '#doc-75'; });
    await expect.poll(() => page.locator('#page-info').textContent()).toBe('第 2 / 3 页');
    expect(await page.locator('#doc-75').isVisible()).toBe(true);
    // Search and filters work on the packed report too (index inflated on first use).
    await page.locator('#q').fill('保证金');
    await expect.poll(() => status(page)).toBe('显示 24 件文件、24 项问题（搜索“保证金”）');
    expect(await page.locator('#page-info').textContent()).toBe('第 1 / 1 页');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('prints on A4 with a page per document and no controls', async () => {
    const { page } = await open('batch');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#controls').isHidden()).toBe(true);
    expect(await page.locator('#doc-2').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    expect(await page.locator('#doc-2').isVisible()).toBe(true);
    await page.close();
  });

  it('renders hostile document text as inert text', async () => {
    const { page, watch } = await open('hostile');
    await page.waitForTimeout(300);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(await page.locator('article.doc h2').first().textContent()).toContain('<script>alert("title")</script>');
    expect(await page.locator('.prov-text mark').first().textContent()).toBe('<img src=x onerror=alert(1)>');
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll('main img, main iframe, main a[href]').length,
      scripts: document.scripts.length,
      sections: document.querySelectorAll('#docs article.doc').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el: any) => [...el.attributes].map((a: any) => a.name as string)).filter((n: string) => n.startsWith('on')),
    }));
    expect(injected).toEqual({ imgs: 0, scripts: 4, sections: 2, handlers: [] });
    // Searching the hostile text works and executes nothing.
    await page.locator('#q').fill('onerror');
    await expect.poll(() => status(page)).toContain('onerror');
    await page.screenshot({ path: join(DIR, 'hostile.png') });
    expect(watch.dialogs).toEqual([]);
    await page.close();
  });

  it('the CSP stops markup that escaped escaping', async () => {
    const { page, watch } = await open('injected');
    await page.waitForTimeout(300);
    expect(await page.title()).not.toContain('pwned');
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations.join(' ')).toContain('script-src');
    expect(watch.dialogs).toEqual([]);
    await page.close();
  });

  it('finds a document by its 文号, whole or in part, a finding by its rule id, and traditional characters', async () => {
    const { page, watch } = await open('batch');
    const search = async (q: string) => {
      await page.locator('#q').fill(q);
      await expect.poll(() => status(page)).toContain(`“${q.trim()}”`);
      return page.locator('#docs article.doc').evaluateAll((els) => els.map((e) => e.id));
    };
    expect(await search('青政通〔2024〕3号')).toEqual(['doc-0']);
    expect(await search('青政通[2024]3号')).toEqual(['doc-0']);
    expect(await search('〔2025〕7号')).toEqual(['doc-1']);
    expect(await search('政通')).toEqual(['doc-0']);
    expect(await search('清政发')).toEqual(['doc-2']);
    expect(await search('coercion/normative-document-sets-measure')).toEqual(['doc-1']);
    expect(await visibleFindings(page)).toEqual(['f1-5']);
    expect(await search('normative-document-sets-fine')).toEqual(['doc-0', 'doc-1']);
    expect(await visibleFindings(page)).toEqual(['f0-1', 'f1-4']);
    const simplified = [await search('罚款'), await visibleFindings(page)];
    expect(simplified[1]!.length).toBeGreaterThan(0);
    expect([await search('罰款'), await visibleFindings(page)]).toEqual(simplified); // traditional 罰 folds to 罚
    expect(await search('保證金')).toEqual(['doc-0']);
    expect(await search('ＰＥＮＡＬＴＹ/normative-document-sets-fine')).toEqual(['doc-0', 'doc-1']); // full width, upper case
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it.skipIf(!HAS_PDFTOTEXT)('prints the whole report, every page of the pager, and says so', async () => {
    const { page } = await open('packed60');
    expect(await page.locator('#page-info').textContent()).toBe('第 1 / 2 页');
    await page.waitForTimeout(500); // the packed chunks inflate in the background after load
    const pdf = await page.pdf({ format: 'A4' });
    const text = pdfText(pdf);
    const titles = await page.evaluate(() => JSON.parse(document.getElementById('doc-meta').textContent).docs.map((d: any) => d.r[1]));
    for (const k of [0, 49, 50, 59]) expect(text, `document ${k}`).toContain(squash(titles[k]));
    expect(text).toContain(squash('打印内容：全部 60 件文件。'));
    // The screen is back to its page afterwards.
    await expect.poll(() => page.locator('#docs article.doc').count()).toBe(50);
    await page.close();
  });

  it.skipIf(!HAS_PDFTOTEXT)('repeats the document title at the top of every printed page, and prints related articles collapsed', async () => {
    const { page } = await open('batch');
    const pages = pdfTextPages(await page.pdf({ format: 'A4' }));
    const county = pages.filter((p) => p.includes(squash('清河县城区户外广告设置管理办法')));
    expect(county.length).toBeGreaterThan(1);
    for (const p of county.slice(1)) expect(p.startsWith(squash('《清河县城区户外广告设置管理办法》清政办发〔2025〕7号'))).toBe(true);
    expect(await page.locator('details.related[open]').count()).toBe(0);
    await page.close();
  });

  it('keeps one line of controls on a phone, without horizontal scrolling', async () => {
    const { page, watch } = await open('batch');
    await page.setViewportSize({ width: 390, height: 844 });
    const height = await page.locator('#controls').evaluate((e) => e.getBoundingClientRect().height);
    expect(height).toBeLessThan(844 * 0.12);
    expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('#f-cat').isVisible()).toBe(false);
    await page.locator('#toggle-filters').click();
    expect(await page.locator('#f-cat').isVisible()).toBe(true);
    await page.locator('#q').fill('推荐函');
    await expect.poll(() => visibleFindings(page)).toEqual(['f1-1', 'f1-2']);
    await page.screenshot({ path: join(DIR, 'mobile.png'), fullPage: false });
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('has AA contrast for text on badges, labels and muted text', async () => {
    const { page } = await open('batch');
    const pairs = await page.evaluate(() => {
      const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) => {
        const v = c.map((x) => x / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
        return 0.2126 * v[0]! + 0.7152 * v[1]! + 0.0722 * v[2]!;
      };
      const background = (el: any): string => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const out: [string, number][] = [];
      for (const sel of ['.badge.sev-error', '.badge.sev-warning', '.badge.sev-info', '.muted', '.cat', '.rule', '#filter-status', '.sub', '.suggest', 'mark', 'details.related summary', '.meta dt']) {
        const el = document.querySelector(sel);
        if (!el) continue;
        const a = lum(rgb(getComputedStyle(el).color));
        const b = lum(rgb(background(el)));
        out.push([sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
      }
      return out;
    });
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    for (const [sel, ratio] of pairs) expect(ratio, sel).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('lists every document in a sortable table and exports it as CSV, formulas neutralised', async () => {
    const { page, watch } = await open('formula');
    await page.locator('#doc-table-box > summary').click();
    // The rows are built on the details' toggle event, which fires after the click returns.
    await page.locator('#doc-table tbody tr').first().waitFor();
    const column = (n: number) => page.locator(`#doc-table tbody tr td:nth-child(${n})`).allTextContents();
    expect(await column(3)).toEqual(['青政通〔2024〕3号', '清政办发〔2025〕7号', '清政发〔2025〕2号', '', '']);
    await page.locator('#doc-table th button[data-sort=errors]').click();
    await page.locator('#doc-table th button[data-sort=errors]').click(); // descending
    expect((await column(2))[0]).toBe('清河县城区户外广告设置管理办法');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\ufeff"序号","文件名称","文号","制定机关","层级"')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(6);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""点击"")"`);
    expect(csv).toContain('"清河县城区户外广告设置管理办法","清政办发〔2025〕7号"');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('dates the report in Beijing time, not UTC', async () => {
    const { page } = await open('batch');
    expect(await page.locator('.gen').textContent()).toContain('2025年3月10日 16:30:00（北京时间）');
    await page.close();
  });

  it.skipIf(!HAS_PDFTOTEXT)('prints the bundled samples in well under half the 67 A4 pages they took before related articles were filtered and collapsed', async () => {
    const report = await checkSamples(readdirSync(SAMPLES_DIR).sort());
    writeFileSync(join(DIR, 'samples.html'), renderHtml(report));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(DIR, 'samples.html')).href);
    await page.waitForSelector('html[data-ready="1"]');
    const pages = pdfTextPages(await page.pdf({ format: 'A4' }));
    expect(pages.length).toBeLessThanOrEqual(30);
    // Everything is there: every document and every finding's title.
    const all = pages.join('');
    for (const d of report.documents) for (const f of d.findings) expect(all).toContain(squash(f.title));
    await page.close();
  }, 120_000);
});
