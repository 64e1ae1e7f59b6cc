// The printed evaluation: figures per category, every miss and false positive with document,
// provision, rule id and message, and the note when the controls are absent.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/model/types.ts';
import type { GoldDoc } from '../../pipeline/eval/gold.ts';
import { matchDocument } from '../../pipeline/eval/match.ts';
import { summarise, type DocumentEvaluation } from '../../pipeline/eval/metrics.ts';
import { evalToJson, renderEvalText } from '../../pipeline/eval/render-eval.ts';
import type { EvalResult } from '../../pipeline/eval/run-eval.ts';

const issuer = { name: '青石镇人民政府', level: 'township', kind: 'government' } as const;
const gold: GoldDoc = {
  sidecar: 'ban.yaml', document: 'ban.txt', path: '/x/ban.txt', clean: false, issuer,
  expected: [
    { provision: '第三条', category: 'authority', basis: { law: '烟花爆竹安全管理条例', article: '第二十八条' } },
    { provision: '第五条', category: 'penalty' },
  ],
};
const fp: Finding = {
  id: 'x', ruleId: 'fees/deposit', category: 'fees', severity: 'error', title: '', message: '本条要求缴纳保证金。', suggestion: '',
  location: { label: '第六条', path: ['第六条'], start: 0, end: 1, text: '第六条 缴纳保证金', match: '保证金' },
  basis: [], related: [],
};
const hit: Finding = { ...fp, id: 'y', ruleId: 'authority/fireworks', category: 'authority', location: { ...fp.location, label: '第三条', path: ['第三条'] },
  basis: [{ law: '中华人民共和国行政处罚法', lawId: 'p', version: '2021', article: '第十六条', text: '' }] };
const doc: DocumentEvaluation = { gold, status: 'ok', issuers: [issuer], match: matchDocument(gold.expected, [fp, hit]) };
const result: EvalResult = {
  summary: summarise([doc], [], '/nowhere/pkulaw-exports', false), documents: [doc], controls: [],
  ruleset: { id: 'beishen-core', version: '1', rules: 2 },
  lawBase: { dir: null, titles: 201, versions: 220 },
  set: { dir: '/gold', format: 'sidecars' },
};

describe('renderEvalText', () => {
  const text = renderEvalText(result);
  it('prints per-category and overall figures', () => {
    expect(text).toMatch(/authority 制定主体或事项超越职权\s+1\s+1\s+1\.0000/);
    expect(text).toMatch(/合计 overall\s+2\s+1\s+0\.5000\s+2\s+1\s+0\.5000/);
  });
  it('lists the miss, the false positive and the wrong basis', () => {
    expect(text).toMatch(/漏报（1）：\n\s+ban\.txt\s+第五条\s+penalty\/warning/);
    expect(text).toMatch(/误报（1）：\n\s+ban\.txt\s+第六条\s+fees\/deposit\s+fees\/error\s+本条要求缴纳保证金。/);
    expect(text).toMatch(/标注 烟花爆竹安全管理条例第二十八条；发现 中华人民共和国行政处罚法第十六条/);
  });
  it('says when the controls were skipped', () => {
    expect(text).toContain('对照文件目录不存在，已跳过对照文件：/nowhere/pkulaw-exports');
  });
  it('gives the same lists as JSON', () => {
    const j = evalToJson(result);
    expect(j.misses).toEqual([expect.objectContaining({ document: 'ban.txt', provision: '第五条', category: 'penalty' })]);
    expect(j.falsePositives).toEqual([expect.objectContaining({ ruleId: 'fees/deposit', provision: '第六条' })]);
    expect(j.basisMismatches).toHaveLength(1);
  });
});
