// 审查意见书 drafts: one .docx per document with errors or warnings. The letter is read back two ways:
// with mammoth (the Word text), and — for the township fireworks sample — rendered to PDF by LibreOffice
// and read with pdftotext, as a reviewer would print it: the clause quoted exactly, each problem once,
// the grounds and handling of the configured reviewing body, page numbers, no tool words.
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderOpinionFiles } from '../../reports/docx/render-opinions.ts';
import { buildOpinionDraft, chineseNumber, draftParagraphs, opinionFileName } from '../../reports/docx/opinion-text.ts';
import { placeName, quoteProvision } from '../../reports/docx/opinion-items.ts';
import { parseConfig, type ReviewConfig } from '../../pipeline/config/review-config.ts';
import type { DocumentReport, RunReport } from '../../pipeline/model/types.ts';
import { placesOf } from '../../pipeline/model/places.ts';
import { checkSamples } from '../support/check-samples.ts';
import { docxToPdf, HAS_OFFICE, pdfPages, squash } from '../support/office.ts';
import { loadFixture } from './helpers.ts';

const batch = loadFixture('batch');
const NOW = new Date('2025-03-03T01:00:00Z'); // 09:00 in Beijing

async function rawText(content: string | Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(content as Uint8Array) })).value;
}

const COUNTY_CONGRESS: ReviewConfig = parseConfig(`
review:
  body: 青山县人大常委会法制工作委员会
  kind: people-congress
  docNumberPrefix: 青法工备审
  deadlineDays: 30
  provincialRules: 北京市各级人民代表大会常务委员会规范性文件备案审查条例
  revokingBody: 青山县人大常委会
  cc: [青山县人民政府办公室, 青山县司法局]
  contact: { name: 李明, phone: 0571-12345678 }
`, 'beishen.config.yaml');

describe('review-opinion drafts (.docx)', () => {
  it('writes one draft per document with error or warning findings', async () => {
    const files = await renderOpinionFiles(batch);
    expect(files.map((f) => f.name)).toEqual([
      'opinions/关于禁止燃放烟花爆竹的通告-审查意见书.docx',
      'opinions/清河县城区户外广告设置管理办法-审查意见书.docx',
    ]);
  });

  it('re-reads as the letter: issuer, title, 文号, every provision, problem and basis once', async () => {
    const files = await renderOpinionFiles(batch, { now: NOW });
    for (const [k, file] of files.entries()) {
      const doc = batch.documents[k]!;
      const text = await rawText(file.content);
      expect(text).toContain(`关于《${doc.meta.title}》的审查意见书`);
      expect(text).toContain(`${doc.meta.issuers.map((i) => i.name).join('、')}：`);
      expect(text).toContain(`（${doc.meta.docNumber}）收悉`);
      expect(text).toContain('二、审查结论');
      expect(text).toContain('三、处理意见');
      expect(text).toContain('请你单位自收到本意见书之日起三十日内');
      for (const f of doc.findings.filter((x) => x.severity !== 'info')) {
        if (f.location.path.length) expect(text).toContain(f.location.text.trim());
        for (const b of f.basis) {
          expect(text).toContain(`依据：《${b.law}》${b.article}规定：“`);
          expect(text).toContain(b.text.split('\n')[0]!);
        }
      }
      // Info findings are left out of the letter, and so is the tool.
      for (const f of doc.findings.filter((x) => x.severity === 'info')) expect(text).not.toContain(f.message);
      expect(text).not.toMatch(/beishen|备审|机器|配置/);
    }
  });

  it('names places as a reviewer does and puts two findings on one provision under one heading', () => {
    const draft = buildOpinionDraft(batch.documents[1]!, { now: NOW });
    expect(draft.salutation).toBe('清河县人民政府办公室、清河县城市管理局：');
    expect(draft.problems.map((p) => p.heading.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）']);
    const art9 = draft.problems[3]!;
    expect(art9.heading).toBe('（四）关于第三章第九条');
    expect(art9.quote).toMatch(/^该条规定：“/);
    expect(art9.points.map((p) => p.heading)).toEqual(['1.规范性文件设定罚款', '2.规范性文件设定行政强制措施']);
    expect(chineseNumber(12)).toBe('十二');
    expect(chineseNumber(30)).toBe('三十');
    const f = batch.documents[1]!.findings[0]!;
    expect(placeName({ ...f, location: { ...f.location, path: ['二、', '（五）'] } })).toBe('第二部分第（五）项');
    expect(placeName({ ...f, location: { ...f.location, path: ['四、'] } })).toBe('第四项');
  });

  it('names the issued document when the file is a 印发 notice', () => {
    const d = structuredClone(batch.documents[1]!);
    d.meta = { ...d.meta, title: '清河县人民政府办公室关于印发《清河县城区户外广告设置管理办法》的通知', attachedTitle: '清河县城区户外广告设置管理办法', wrapperDocType: '通知' };
    const draft = buildOpinionDraft(d, { now: NOW });
    expect(draft.title).toBe('关于《清河县城区户外广告设置管理办法》的审查意见书');
    expect(draft.opening).toContain('报送备案的《清河县城区户外广告设置管理办法》（清政办发〔2025〕7号）收悉');
  });

  it('cites the grounds of the reviewing body: the standing committee, or the government', () => {
    const d = batch.documents[1]!;
    const congress = buildOpinionDraft(d, { config: COUNTY_CONGRESS, now: NOW });
    expect(congress.opening).toContain('根据《中华人民共和国各级人民代表大会常务委员会监督法》、《全国人民代表大会常务委员会关于完善和加强备案审查制度的决定》和《北京市各级人民代表大会常务委员会规范性文件备案审查条例》');
    expect(congress.opening).toContain('我委对该文件进行了审查');
    expect(congress.conclusion).toContain('《中华人民共和国各级人民代表大会常务委员会监督法》第三十九条第（一）项');
    expect(congress.handlingText).toContain('依法提请青山县人大常委会予以撤销');
    expect(congress.numberLine).toBe('青法工备审〔2025〕××号');
    expect(congress.signature).toBe('青山县人大常委会法制工作委员会');
    expect(congress.date).toBe('2025年3月3日');
    expect(congress.cc).toBe('抄送：青山县人民政府办公室，青山县司法局。');
    expect(congress.contact).toBe('联系人：李明　　联系电话：0571-12345678');
    const government = buildOpinionDraft(d, { config: parseConfig('review: { kind: government, body: 清河县司法局 }', 'x.yaml'), now: NOW });
    expect(government.opening).toContain('根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》和《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）');
    expect(government.opening).toContain('我局对该文件进行了审查');
    expect(government.conclusion).toContain('第七十三条第三项');
    expect(government.handlingText).toContain('予以改变或者撤销');
    // Without a configured province, its regulation is described, never named.
    expect(buildOpinionDraft(d, { now: NOW }).opening).toMatch(/以及本省（自治区、直辖市）(规范性文件备案审查|行政规范性文件管理)的有关规定/);
  });

  it('quotes a long provision by the sentences that carry the problem', () => {
    const text = '第八条 ' + '各有关单位应当加强协调配合，做好宣传引导工作。'.repeat(12) + '违反本办法的，处二千元罚款。' + '其他事项按有关规定办理。'.repeat(3);
    const at = text.indexOf('处二千元罚款');
    const quote = quoteProvision(text, [{ start: at, end: at + 6, findingIds: ['x'] }]);
    expect(quote).toBe('……违反本办法的，处二千元罚款。……');
  });

  it('names the fonts review bodies use, an A4 page and page numbers', async () => {
    const [file] = await renderOpinionFiles(batch);
    const zip = unzipSync(file!.content as Uint8Array);
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    const footer = Object.keys(zip).find((k) => /^word\/footer\d*\.xml$/.test(k));
    expect(strFromU8(zip[footer!]!)).toContain('PAGE');
  });

  it('sanitises file names from hostile paths and keeps them unique', async () => {
    const taken = new Set<string>();
    const d = loadFixture('hostile').documents[0]!;
    const a = opinionFileName(d, taken);
    const b = opinionFileName(d, taken);
    expect(a).toMatch(/^opinions\/[^/\\:*?"<>|]+-审查意见书\.docx$/);
    expect(b).not.toBe(a);
    const files = await renderOpinionFiles(loadFixture('hostile'));
    expect(files).toHaveLength(1);
    expect(await rawText(files[0]!.content)).toContain('<img src=x onerror=alert(1)>'); // text stays text
  });
});

describe.skipIf(!HAS_OFFICE)('the township fireworks sample, printed by LibreOffice', () => {
  let report: RunReport;
  let doc: DocumentReport;
  let pages: string[];
  let flat: string;

  beforeAll(async () => {
    report = await checkSamples(['qingshi-township-fireworks-notice.docx']);
    doc = report.documents[0]!;
    const [file] = await renderOpinionFiles(report, { config: COUNTY_CONGRESS, now: NOW });
    pages = pdfPages(await docxToPdf(file!.content as Uint8Array));
    flat = squash(pages.join(''));
  }, 180_000);

  it('reads as a letter a 法工委 can sign: addressee, grounds, problems, conclusion, handling, signature', () => {
    // Every paragraph of the draft is in the printed letter, in order.
    let at = 0;
    for (const p of draftParagraphs(buildOpinionDraft(doc, { config: COUNTY_CONGRESS, now: NOW }))) {
      const next = flat.indexOf(squash(p).slice(0, 30), at);
      expect(next, p).toBeGreaterThanOrEqual(at);
      at = next;
    }
    for (const part of ['关于《青石镇人民政府关于全面禁止燃放烟花爆竹的通告》的审查意见书', '青法工备审〔2025〕××号', '青石镇人民政府：',
      '（青镇发〔2025〕1号）收悉', '《中华人民共和国各级人民代表大会常务委员会监督法》', '《全国人民代表大会常务委员会关于完善和加强备案审查制度的决定》',
      '一、审查发现的问题', '二、审查结论', '三、处理意见', '属于《中华人民共和国各级人民代表大会常务委员会监督法》第三十九条第（一）项',
      '三十日内', '依法提请青山县人大常委会予以撤销', '联系人：李明', '青山县人大常委会法制工作委员会', '2025年3月3日', '抄送：青山县人民政府办公室，青山县司法局。']) {
      expect(flat, part).toContain(squash(part));
    }
  });

  it('quotes each flagged clause exactly, once, and never the letterhead', () => {
    // Every place of a merged finding is a flagged clause too (its item names them together, quoting each).
    const provisions = new Set(doc.findings.filter((f) => f.severity !== 'info').flatMap(placesOf).filter((p) => p.path.length).map((p) => p.text));
    expect(provisions.size).toBe(3);
    for (const text of provisions) {
      const quoted = squash(`规定：“${text}”`);
      // A page break may fall inside a quoted clause: its page number is not part of the words.
      const words = flat.replace(/—\d+—/g, '');
      expect(words).toContain(quoted);
      expect(words.split(quoted).length - 1, text).toBe(1);
    }
    expect(flat).not.toContain('青石镇人民政府文件'); // the letterhead
  });

  it('lists the two fines of one sentence as one problem, and no problem twice', () => {
    const fines = flat.match(/规范性文件设定罚款/g) ?? [];
    expect(fines).toHaveLength(1);
    // The analysis reports one finding per rule and sentence, at its first words.
    expect(flat).toContain('设定了罚款“处二百元罚款”');
    const problems = flat.match(/存在问题：/g) ?? [];
    const distinct = new Set(doc.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}|${f.location.label}`));
    expect(problems).toHaveLength(distinct.size);
  });

  it('has page numbers and no tool words', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((p, i) => expect(squash(p), `page ${i + 1}`).toContain(`—${i + 1}—`));
    expect(flat).not.toMatch(/beishen|全国通用配置|规则|机器|初稿|关于二、|该规定规定|本条/);
    expect(flat).toContain('存在问题：该项设定了罚款');
  });
});
