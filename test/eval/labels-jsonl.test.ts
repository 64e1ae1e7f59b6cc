// The reviewers' label format of real document sets (labels.jsonl + SOURCES.tsv + docs/): loading,
// the held-out third, quotes located in normalised text, bases in free form mapped across versions.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCheckEnv, type CheckEnv } from '../../pipeline/engine/check-env.ts';
import { clauseRegion, locateQuote } from '../../pipeline/eval/anchor.ts';
import { parseLabelBasis } from '../../pipeline/eval/label-basis.ts';
import { doubtfulQuotes, loadLabelsJsonl, splitOf } from '../../pipeline/eval/labels-jsonl.ts';
import { labelBasisMatches } from '../../pipeline/eval/match.ts';
import { evalToJson, renderEvalText } from '../../pipeline/eval/render-eval.ts';
import { runEvaluation } from '../../pipeline/eval/run-eval.ts';

const SET = fileURLToPath(new URL('./fixtures/labels-jsonl/', import.meta.url));

describe('label bases in free form', () => {
  it('parses laws, several articles, paragraphs, version years and current numbers', () => {
    expect(parseLabelBasis('《中华人民共和国行政处罚法》第十四条(2017年修正)')).toEqual([
      { law: '中华人民共和国行政处罚法', articles: ['第十四条'], versionYear: '2017', currentArticles: [] },
    ]);
    expect(parseLabelBasis('《中华人民共和国反垄断法》第三十二条(2008年版,现第三十九条)')[0]).toMatchObject({
      articles: ['第三十二条'], versionYear: '2008', currentArticles: ['第三十九条'],
    });
    const two = parseLabelBasis('《中华人民共和国消防法》第六十条;《中华人民共和国行政强制法》第三十五条、第五十条');
    expect(two.map((b) => [b.law, b.articles])).toEqual([
      ['中华人民共和国消防法', ['第六十条']], ['中华人民共和国行政强制法', ['第三十五条', '第五十条']],
    ]);
    expect(parseLabelBasis('《中华人民共和国行政强制法》第十条第四款、第十七条第一款')[0]!.articles).toEqual(['第十条', '第十七条']);
    expect(parseLabelBasis('国务院《血吸虫病防治条例》(国务院令第463号)')[0]).toMatchObject({ law: '血吸虫病防治条例', articles: [] });
  });

  it('maps an article of an older version to the version a finding quotes', async () => {
    const env = await createCheckEnv({});
    const penalty2021 = env.corpus.resolve('中华人民共和国行政处罚法', '第十六条')!;
    const old = parseLabelBasis('《中华人民共和国行政处罚法》第十四条(2017年修正)')[0]!;
    expect(labelBasisMatches(old, penalty2021, env.corpus)).toBe(true);
    // 第十四条 of the 2021 text (地方政府规章) is not the old 第十四条.
    expect(labelBasisMatches(old, env.corpus.resolve('中华人民共和国行政处罚法', '第十四条')!, env.corpus)).toBe(false);
    // Computed from the two texts in the corpus: 反垄断法 2007 第三十二条 is 2022 第三十九条.
    const antitrust = parseLabelBasis('《中华人民共和国反垄断法》第三十二条(2008年版)')[0]!;
    expect(labelBasisMatches(antitrust, env.corpus.resolve('中华人民共和国反垄断法', '第三十九条')!, env.corpus)).toBe(true);
    expect(labelBasisMatches(antitrust, env.corpus.resolve('中华人民共和国反垄断法', '第三十二条')!, env.corpus)).toBe(false);
  });
});

describe('quotes in the extracted text', () => {
  it('finds a traditional-character quote in the simplified, normalised text and widens it to its sentence', () => {
    const text = '一、本镇集镇规划区内全年禁止燃放烟花爆竹。\n二、对违反本通告燃放烟花爆竹的，由镇综合执法队处500元罚款。';
    const at = locateQuote(text, '由鎮綜合執法隊處 500 元罰款')!;
    expect(text.slice(at.start, at.end)).toBe('由镇综合执法队处500元罚款');
    const region = clauseRegion(text, at);
    expect(text.slice(region.start, region.end)).toBe('二、对违反本通告燃放烟花爆竹的，由镇综合执法队处500元罚款');
    expect(locateQuote(text, '处一千元罚款')).toBeNull();
  });
  it('reads every clause a doubtful note quotes', () => {
    expect(doubtfulQuotes("'顶格处罚'一刀切排除裁量,未单列")).toEqual(['顶格处罚']);
    expect(doubtfulQuotes('没有引号的说明')).toEqual([]);
    // Quotes in the middle of the note, several of them, in any quotation marks.
    expect(doubtfulQuotes("某管理站发布公告'严禁外来车辆进入','进入须经站长同意',主体存疑")).toEqual(['严禁外来车辆进入', '进入须经站长同意']);
    expect(doubtfulQuotes('“禁止在林区内吸烟”与上位法一致，未标')).toEqual(['禁止在林区内吸烟']);
    // A quote shortened with ... or … stands for its pieces; pieces too short to place are left out.
    expect(doubtfulQuotes("'一律...从严从重顶格处罚':排除裁量")).toEqual(['从严从重顶格处罚']);
  });
});

describe('a labels.jsonl set', () => {
  let env: CheckEnv;
  beforeAll(async () => { env = await createCheckEnv({}); });

  it('keeps the held-out third (numbers divisible by 3) apart', () => {
    expect(splitOf('003_x.txt')).toBe('holdout');
    expect(splitOf('010_x.txt')).toBe('dev');
    expect(loadLabelsJsonl(SET, 'dev').map((d) => d.document)).toEqual(['001_qiaotouzhen-jinran-tonggao.txt', '002_hexi-jiedao-clean.txt']);
    expect(loadLabelsJsonl(SET, 'holdout').map((d) => d.document)).toEqual(['003_holdout-sample.txt']);
    const dev = loadLabelsJsonl(SET, 'dev');
    expect(dev[0]).toMatchObject({ issuer: { name: '桥头镇人民政府', level: 'township' }, complete: true, date: '2019-03-01', doubtful: ['依照有关法律法规处理'] });
    expect(dev[1]).toMatchObject({ clean: true, complete: false, date: '2022-05' });
  });

  it('evaluates the dev part with the full check: the traditional-character fine is found with the mapped basis', async () => {
    const r = await runEvaluation({ env, goldDir: SET, controlsDir: null });
    expect(r.set).toMatchObject({ format: 'labels.jsonl', split: 'dev' });
    const fine = r.documents[0]!.match.labels.find((o) => o.label.category === 'penalty')!;
    expect(fine.unlocated).toBeUndefined();
    expect(fine.recalled).toBe(true);
    expect(fine.basisCorrect).toBe(true);
    expect(r.summary.unlocatedLabels).toBe(0);
    const text = renderEvalText(r);
    expect(text).toMatch(/依据正确的召回率/);
    expect(text).toMatch(/乡镇（街道）发文机关识别：\d\/2/);
    // Only 001's sources give a full day (002's a month); its 落款 date is read.
    expect(r.summary.documentDate).toEqual({ labelled: 1, dated: 1, same: 1, share: 1 });
    expect(text).toMatch(/文件日期识别（[^）]*）：1\/1/);
  });

  it('shows only figures for the held-out part unless details are asked for', async () => {
    const r = await runEvaluation({ env, goldDir: SET, controlsDir: null, split: 'holdout' });
    const j = evalToJson(r);
    expect(j.detailsShown).toBe(false);
    expect(j.misses).toEqual([]);
    expect(j.falsePositives).toEqual([]);
    expect(j.summary.overall.labels).toBe(1);
    expect(renderEvalText(r)).toMatch(/留出部分只报告汇总数字/);
    expect(evalToJson(r, undefined, { details: true }).detailsShown).toBe(true);
  });
});
