// The registry of repealed laws: schema-valid, and every date that names a `source` is stated
// there in the snapshot (read directly from the markdown, not through the importer).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../pipeline/corpus/repealed.ts';
import { HAS_LAWS, LAWS } from './support.ts';

const registry = loadRegistry();

function cn(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

let byTitle: Map<string, string[]> | undefined;

/** The snapshot's files by their "# 全称" line (read once). */
function snapshotFiles(title: string): string[] {
  if (!byTitle) {
    byTitle = new Map();
    for (const dir of readdirSync(LAWS, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const f of readdirSync(join(LAWS, dir.name))) {
        if (!f.endsWith('.md')) continue;
        const text = readFileSync(join(LAWS, dir.name, f), 'utf8');
        const t = /^# (.+)\n/.exec(text)?.[1].trim();
        if (t) byTitle.set(t, [...(byTitle.get(t) ?? []), text]);
      }
    }
  }
  return byTitle.get(title) ?? [];
}

describe('repealed-law registry', () => {
  it('covers the laws the reviewers meet most', () => {
    const names = registry.laws.map((l) => l.name);
    for (const n of ['合同法', '物权法', '民法通则', '民法总则', '担保法', '婚姻法', '继承法', '收养法', '侵权责任法', '治安管理处罚条例',
      '民用爆炸物品管理条例', '城市房屋拆迁管理条例', '中外合资经营企业法', '中外合作经营企业法', '外资企业法', '行政监察法', '食品卫生法',
      '法规规章备案条例', '信访条例']) {
      expect(names.some((x) => x.endsWith(n)), n).toBe(true);
    }
    for (const l of registry.laws) expect(l.source ?? l.note, `${l.name}: source or note`).toBeTruthy();
    expect(registry.agencies.map((a) => a.successor)).toEqual(expect.arrayContaining(['市场监督管理部门', '应急管理部门', '自然资源主管部门', '生态环境主管部门', '卫生健康主管部门']));
  });

  describe.skipIf(!HAS_LAWS)('dates against ../shared/laws', () => {
    it.each(registry.laws.filter((l) => l.source))('$name → $replacedBy on $repealedOn', (entry) => {
      const m = /^(\S+?)(?:（[^）]*）)?\s+(第[零一二三四五六七八九十百千]+条)/.exec(entry.source!)!;
      expect(m, entry.source).toBeTruthy();
      const [, title, label] = m;
      expect(title).toBe(entry.replacedBy);
      const texts = snapshotFiles(title);
      expect(texts.length, title).toBeGreaterThan(0);
      const ok = texts.some((text) => {
        const line = text.split('\n').find((l) => l.startsWith(`${label} `));
        if (!line) return false;
        const stated = line.includes(`自${cn(entry.repealedOn)}起施行`);
        // "自公布之日起施行": the date is the publication (or adoption) date in the metadata.
        const onPublication = line.includes('自公布之日起施行') && text.split('<!-- INFO END -->')[0].includes(cn(entry.repealedOn));
        const names = [entry.name, ...entry.aliases].some((n) => line.includes(`《${n}》`));
        return (stated || onPublication) && (names || !!entry.note);
      });
      expect(ok, `${title} ${label} 应载明 ${cn(entry.repealedOn)} 与《${entry.name}》`).toBe(true);
    });
  });
});
