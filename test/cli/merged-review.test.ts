// The command line on a notice whose three fines are one merged finding: a reviewer's decision recorded on the id of
// one of its other places still applies in check --review (and to the exit code), and diff against a run that reported
// each place apart calls nothing resolved.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { atEachPlace, placeIds } from '../../pipeline/model/places.ts';
import type { Finding, RunReport } from '../../pipeline/model/types.ts';
import { formatReviewFile } from '../../pipeline/review/review-file.ts';
import { runCli, tempDir } from '../support/cli.ts';

const NOTICE = `青山镇人民政府关于加强集镇环境卫生管理的通告
青镇发〔2024〕5号

为改善集镇环境，经镇政府研究，现就有关事项通告如下：
一、禁止在街道两侧乱堆乱放杂物。违反的，由镇综合执法队责令清除，并处二百元罚款。
二、禁止在集镇街道上占道经营。违反的，由镇综合执法队处五百元罚款。
三、禁止随意倾倒生活垃圾。违反的，处一百元罚款。
四、本通告自发布之日起施行，有效期五年。

青山镇人民政府
2024年3月1日
`;
const FINE = 'penalty/normative-doc-sets-fine';
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport;

describe('a merged finding on the command line', () => {
  let work: string;
  let file: string;
  let report: RunReport;
  let fine: Finding;
  let errors: Finding[];

  beforeAll(() => {
    work = tempDir();
    file = join(work, 'notice.txt');
    writeFileSync(file, NOTICE);
    expect(runCli(['check', file, '-o', join(work, 'a'), '--format', 'json', '--no-cache', '-q']).code).toBe(1);
    report = read(join(work, 'a'));
    fine = report.documents[0]!.findings.find((f) => f.ruleId === FINE)!;
    errors = report.documents[0]!.findings.filter((f) => f.severity === 'error');
  }, 120_000);

  const review = (decisions: [string, string][]) => {
    const path = join(work, `review-${decisions.length}.yaml`);
    const document = report.documents[0]!.path;
    writeFileSync(path, formatReviewFile(decisions.map(([id, status]) => ({ id, document, status: status as 'not-a-problem', reviewer: '王审查' }))));
    return path;
  };

  it('a decision on the id of another place applies to that place only', () => {
    expect(placeIds(fine)).toHaveLength(3);
    const out = join(work, 'one');
    const others = errors.filter((f) => f !== fine).map((f): [string, string] => [f.id, 'not-a-problem']);
    // Every other error, and the second fine (an id of the merged finding's alsoAt), are no problem: the run still
    // fails on the first and third fines.
    const r = runCli(['check', file, '-o', out, '--format', 'json', '--review', review([...others, [fine.alsoAt![0]!.id, 'not-a-problem']]), '--no-cache', '-q']);
    expect(r.code).toBe(1);
    const fines = read(out).documents[0]!.findings.filter((f) => f.ruleId === FINE);
    expect(fines.map((f) => [placeIds(f), f.review?.status ?? null])).toEqual([
      [[fine.id, fine.alsoAt![1]!.id], null], [[fine.alsoAt![0]!.id], 'not-a-problem']]);
  });

  it('a decision on the finding\'s own id covers its places, and the run passes', () => {
    const others = errors.filter((f) => f !== fine).map((f): [string, string] => [f.id, 'not-a-problem']);
    const out = join(work, 'all');
    expect(runCli(['check', file, '-o', out, '--format', 'json', '--review', review([...others, [fine.id, 'not-a-problem']]), '--no-cache', '-q']).code).toBe(0);
    expect(read(out).summary.reviewed).toEqual({ accepted: 0, 'not-a-problem': errors.length, corrected: 0 });
  });

  it('diff against a run that reported each place apart calls nothing resolved or new', () => {
    const old = structuredClone(report);
    old.documents[0]!.findings = old.documents[0]!.findings.flatMap(atEachPlace);
    const oldFile = join(work, 'separate.json');
    writeFileSync(oldFile, JSON.stringify(old));
    const r = runCli(['diff', oldFile, join(work, 'a', 'report.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.findings).toMatchObject({ added: 0, resolved: 0, changed: 0 });
    // And --baseline with it: every place is known, nothing is new.
    const out = join(work, 'baseline');
    expect(runCli(['check', file, '-o', out, '--format', 'json', '--baseline', oldFile, '--no-cache', '-q']).code).toBe(0);
    expect(read(out).summary.baseline?.known).toBe(report.documents[0]!.findings.length);
  });
});
