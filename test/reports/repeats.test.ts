// A township notice that sets fines in 第三条, 第五条 and 第七条, checked through the whole pipeline: one finding (one
// problem, one opinion) with 第五条 and 第七条 as its other places, and every format shows all three places.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRunReport } from '../../pipeline/engine/build-report.ts';
import { checkDocument } from '../../pipeline/engine/check-document.ts';
import { createCheckEnv } from '../../pipeline/engine/check-env.ts';
import type { DocumentReport, Finding, RunReport } from '../../pipeline/model/types.ts';
import { scanParagraphs } from '../../reports/annotated/docx-paragraphs.ts';
import { placeComments, textDocx } from '../../reports/annotated/render-annotated.ts';
import { buildOpinionDraft, draftParagraphs } from '../../reports/docx/opinion-text.ts';
import { renderHtml } from '../../reports/html/render-html.ts';
import { unitTexts } from '../../reports/html/search-index.ts';
import { renderSarif } from '../../reports/sarif.ts';
import { documentRow } from '../../reports/table/document-rows.ts';
import { renderTextSummary } from '../../reports/text.ts';
import { reportSchemaErrors } from '../support/report-schema.ts';
import { tempDir } from '../support/cli.ts';
import { sarifSchemaErrors, sections } from './helpers.ts';

const NOTICE = `青山镇人民政府关于加强集镇环境卫生管理的通告
青镇发〔2024〕5号

为改善集镇环境，维护公共秩序，根据《中华人民共和国城乡规划法》，经镇政府研究，现就有关事项通告如下：
第一条 本通告适用于本镇集镇规划区内的单位和个人。
第二条 镇村建设办公室负责集镇环境卫生的日常管理工作。
第三条 禁止在街道两侧乱堆乱放杂物。违反的，由镇综合执法队责令清除，并处二百元罚款。
第四条 各经营户应当实行门前三包，保持门前整洁。
第五条 禁止在集镇街道上占道经营。违反的，由镇综合执法队处五百元罚款。
第六条 镇村建设办公室应当定期组织检查。
第七条 禁止随意倾倒生活垃圾。违反的，处一百元罚款。
第八条 本通告自发布之日起施行，有效期五年。

青山镇人民政府
2024年3月1日
`;
const MATCHES = ['并处二百元罚款', '处五百元罚款', '处一百元罚款'];

let report: RunReport;
let doc: DocumentReport;
let fine: Finding;

beforeAll(async () => {
  const file = join(tempDir(), 'township-fines.txt');
  writeFileSync(file, NOTICE);
  const env = await createCheckEnv({});
  doc = await checkDocument(file, env, 'filings/青镇发〔2024〕5号.txt');
  report = buildRunReport([doc], env.ruleSet, new Date('2025-03-03T02:00:00Z'));
  fine = doc.findings.find((f) => f.ruleId === 'penalty/normative-doc-sets-fine')!;
}, 120_000);

describe('a problem repeated in three clauses', () => {
  it('is one finding with two other places, counted once, and the report validates', () => {
    expect(doc.findings.filter((f) => f.ruleId === 'penalty/normative-doc-sets-fine')).toHaveLength(1);
    expect([fine.location.match, ...fine.alsoAt!.map((p) => p.match)]).toEqual(MATCHES);
    expect(fine.alsoAt!.map((p) => p.path[0])).toEqual(['第五条', '第七条']);
    expect(report.summary.byCategory.penalty).toBe(doc.findings.filter((f) => f.category === 'penalty').length);
    expect(report.summary.findings.error).toBe(doc.findings.filter((f) => f.severity === 'error').length);
    expect(reportSchemaErrors(report)).toEqual([]);
  });

  it('text: the finding, then its other places', () => {
    const text = renderTextSummary(report);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('规范性文件设定罚款'));
    expect(lines[at]).toContain('“并处二百元罚款”');
    expect(lines[at + 1]!.trim()).toMatch(/^同一问题另见：第五条[^、]*、第七条/);
  });

  it('SARIF: the other places as related locations with their regions, named by links in the message', () => {
    const log = JSON.parse(renderSarif(report)) as Sarif.Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0]!.results!.filter((r) => r.ruleId === fine.ruleId);
    expect(results).toHaveLength(1);
    const r = results[0]!;
    expect(r.locations).toHaveLength(1);
    expect(r.locations![0]!.physicalLocation!.region).toMatchObject({ charOffset: fine.location.start, snippet: { text: '并处二百元罚款' } });
    expect(r.relatedLocations!.map((l) => [l.id, l.physicalLocation!.region!.charOffset, l.physicalLocation!.region!.snippet!.text])).toEqual(
      fine.alsoAt!.map((p, k) => [k + 1, p.start, p.match]));
    expect(r.relatedLocations![0]!.message!.text).toBe(`同一问题的另一处：${fine.alsoAt![0]!.label}“处五百元罚款”`);
    expect(r.message.text).toContain(`同一问题另见：[${fine.alsoAt![0]!.label}](1)、[${fine.alsoAt![1]!.label}](2)`);
    expect(r.partialFingerprints!['beishenFindingId/v1']).toBe(fine.id);
    expect(r.properties!.alsoAt).toEqual(fine.alsoAt!.map((p) => ({ id: p.id, label: p.label })));
  });

  it('HTML: the other places listed with their words marked, each provision marked, all of it searchable', () => {
    const section = sections(renderHtml(report))[0]!;
    const finding = section.el.querySelectorAll('.finding').find((f) => f.querySelector('.rule')!.text === fine.ruleId)!;
    const also = finding.querySelector('.also')!;
    expect(also.querySelector('.h')!.text).toMatch(/^同一问题另见：第五条.*、第七条/);
    expect(also.querySelectorAll('li .prov-text mark').map((m) => m.text)).toEqual(['处五百元罚款', '处一百元罚款']);
    // The messages differ only in the matched words: not repeated beside each place.
    expect(also.querySelectorAll('.msg')).toHaveLength(0);
    const keys = unitTexts(report);
    const unit = keys.find((u) => u.key === `f0-${doc.findings.indexOf(fine)}`)!;
    expect(unit.parts.join('')).toContain('随意倾倒生活垃圾');
  });

  it('HTML: another place\'s words are escaped, and its own explanation shown where it says more', () => {
    const hostile = structuredClone(report);
    const f = hostile.documents[0]!.findings.find((x) => x.ruleId === fine.ruleId)!;
    f.alsoAt![1]!.text = '第七条 <script>alert(1)</script>违反的，处一百元罚款。';
    f.alsoAt![1]!.message = '本条罚款数额超过<b>上限</b>。';
    const h = sections(renderHtml(hostile))[0]!.h;
    expect(h).not.toContain('<script>alert(1)');
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('<p class="msg">本条罚款数额超过&lt;b&gt;上限&lt;/b&gt;。</p>');
  });

  it('the review opinion names the three provisions together, quotes each and lists every fine in one problem', () => {
    const draft = buildOpinionDraft(doc, { now: new Date('2025-03-03T02:00:00Z') });
    const item = draft.problems.find((p) => p.heading.includes('规范性文件设定罚款'))!;
    expect(item.heading).toMatch(/^（[一二三]）关于第三条[^、]*、第五条[^、]*、第七条[^：]*：规范性文件设定罚款$/);
    for (const clause of NOTICE.split('\n').filter((l) => MATCHES.some((m) => l.includes(m)))) expect(item.quote).toContain(`规定：“${clause}”`);
    expect(item.points).toHaveLength(1);
    expect(item.points[0]!.problem).toContain('上述规定设定了罚款“并处二百元罚款”“处五百元罚款”“处一百元罚款”');
    expect(draftParagraphs(draft).filter((p) => p.startsWith('存在问题：') && p.includes('罚款'))).toHaveLength(1);
  });

  it('the cleanup table names every place of the problem and counts the clauses', () => {
    const row = documentRow(doc, 0, '2025-03-03');
    expect(row.mainProblems).toContain('规范性文件设定罚款（第三条、第五条、第七条）');
    expect(row.errors).toBe(doc.findings.filter((f) => f.severity === 'error').length);
  });

  it('the annotated copy marks every place, each on its own words', async () => {
    const docx = await textDocx(NOTICE, doc);
    const paragraphs = scanParagraphs(strFromU8(unzipSync(docx)['word/document.xml']!));
    const comments = placeComments(docx, doc, report.generatedAt).filter((c) => c.body[0]!.includes('规范性文件设定罚款'));
    expect(comments.map((c) => paragraphs[c.paragraph]!.text.slice(c.start, c.end))).toEqual(MATCHES);
    expect(comments[0]!.body).toContain(`同一问题另见：${fine.alsoAt!.map((p) => p.path.join('')).join('、')}（各处均有批注）`);
    expect(comments[1]!.body.join('')).toContain('依据和建议见第三条的批注');
  });
});
