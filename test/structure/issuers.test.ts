// Issuer level and kind on 36 realistic red heads, titles and signature blocks (fixtures/issuers.yaml).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Issuer } from '../../pipeline/model/types.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { classifyIssuer } from '../../pipeline/structure/meta-issuers.ts';
import { asIngest } from './law-files.ts';

interface Case { id: string; text: string; expect: Issuer[] }
const cases = parse(readFileSync(new URL('./fixtures/issuers.yaml', import.meta.url), 'utf8')) as Case[];

const byName = (a: Issuer, b: Issuer) => a.name.localeCompare(b.name);

describe('issuers from headers and signature blocks', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  for (const c of cases) {
    it(c.id, () => {
      const doc = structureDocument(asIngest(c.text));
      expect([...doc.meta.issuers].sort(byName)).toEqual([...c.expect].sort(byName));
    });
  }
});

describe('classifyIssuer', () => {
  it('tells a county-level city from a prefecture-level one by the division list', () => {
    expect(classifyIssuer('义乌市人民政府').level).toBe('county');
    expect(classifyIssuer('金华市人民政府').level).toBe('city');
    expect(classifyIssuer('仙桃市人民政府').level).toBe('county'); // 省直辖县级市
    expect(classifyIssuer('东莞市人民政府').level).toBe('city'); // 不设区的地级市
  });
  it('does not read 市场 as a city', () => {
    expect(classifyIssuer('义乌市市场监督管理局')).toEqual({ name: '义乌市市场监督管理局', level: 'county', kind: 'department' });
  });
  it('keeps departments named 委员会 apart from coordination committees', () => {
    expect(classifyIssuer('XX市卫生健康委员会').kind).toBe('department');
    expect(classifyIssuer('XX县绿化委员会').kind).toBe('coordination-body');
    expect(classifyIssuer('XX县防汛抗旱指挥部办公室').kind).toBe('coordination-body');
  });
});
