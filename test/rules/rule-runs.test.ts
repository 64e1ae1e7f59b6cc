// Per-rule runs (the batch engine's incremental re-check): running rules one at a time, storing the
// runs as JSON and post-processing them must give exactly what one full check gives — including
// form/issuer-unknown, whose finding is built from the matches other rules held back.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleDocument } from '../../pipeline/rules/example-doc.ts';
import { loadRuleSet } from '../../pipeline/rules/index.ts';
import type { AnalysisInput, RuleRun } from '../../pipeline/rules/ruleset.ts';
import type { ExampleDef, ExampleMeta } from '../../pipeline/rules/types.ts';
import { RULES_DIR, shippedRuleSet } from './support/ruleset.ts';

const loaded = await shippedRuleSet();
const segmenter = { cut: (t: string) => [t] };

describe.skipIf(!loaded)('per-rule runs', () => {
  const { rs, corpus } = loaded!;
  const input = (text: string, meta?: ExampleMeta): AnalysisInput =>
    ({ path: 'x.txt', text, doc: exampleDocument(text, meta), corpus, segmenter, profile: 'default' });
  const ids = Object.keys(rs.ruleHashes);
  /** Each rule run alone, through JSON (as the cache stores it), then post-processed together. */
  const oneByOne = (inp: AnalysisInput) => {
    const runs: Record<string, RuleRun> = {};
    for (const id of ids) Object.assign(runs, JSON.parse(JSON.stringify(rs.checkRules(inp, [id]))) as Record<string, RuleRun>);
    return rs.finish(inp, runs);
  };
  const examples = rs.loaded.flatMap(({ def }) =>
    [...(def.examples?.invalid ?? []), ...(def.examples?.valid ?? [])].map((e: ExampleDef) => (typeof e === 'string' ? { text: e } : e)));
  // Every invalid example in one document under an unknown issuer: many rules hold matches back.
  const combined = rs.loaded.flatMap(({ def }) => (def.examples?.invalid ?? []).map((e: ExampleDef) => (typeof e === 'string' ? e : e.text))).join('\n');

  it('lists every rule but the derived form/issuer-unknown, each with its own hash', () => {
    expect(ids).not.toContain('form/issuer-unknown');
    expect(ids.length).toBe(rs.rules.length - rs.rules.filter((r) => r.id === 'form/issuer-unknown').length);
    expect(new Set(Object.values(rs.ruleHashes)).size).toBe(ids.length);
  });

  it('rules run one at a time give exactly the full check, on every rule example', () => {
    expect(examples.length).toBeGreaterThan(50);
    let withFindings = 0;
    for (const e of examples) {
      const inp = input(e.text, e.meta);
      const full = rs.check(inp);
      if (full.length) withFindings++;
      expect(oneByOne(inp), e.text).toEqual(full);
    }
    expect(withFindings).toBeGreaterThan(20);
  });

  it('rebuilds form/issuer-unknown from the matches held back by other rules', () => {
    for (const meta of [{ issuers: [] }, undefined] as (ExampleMeta | undefined)[]) {
      const inp = input(combined, meta);
      const full = rs.check(inp);
      expect(oneByOne(inp)).toEqual(full);
      if (!meta) continue;
      // As a single pass would hold them: provision by provision, rules in rule-set order — the
      // first held match is the one quoted, the titles are listed in that order.
      const order = new Map(rs.rules.map((r, i) => [r.id, i]));
      const held = Object.entries(rs.checkRules(inp, ids))
        .flatMap(([id, run]) => run.held.map((h, seq) => ({ id, ...h, seq })))
        .sort((a, b) => a.pass - b.pass || order.get(a.id)! - order.get(b.id)! || a.seq - b.seq);
      expect(new Set(held.map((h) => h.id)).size).toBeGreaterThan(2);
      const finding = full.find((f) => f.ruleId === 'form/issuer-unknown');
      expect(finding?.location.match).toBe(held[0]!.match);
      const titles = [...new Set(held.map((h) => rs.rules.find((r) => r.id === h.id)!.title))];
      expect(finding?.message).toContain(titles.join('；'));
    }
  });

  it('throws when a rule\'s run is missing instead of silently dropping its findings', () => {
    const inp = input(combined);
    const runs = rs.checkRules(inp, ids);
    delete runs[ids[0]!];
    expect(() => rs.finish(inp, runs)).toThrow(ids[0]);
  });

  describe('rule hashes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beishen-rule-hash-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('finish keys: an edited rule that finds nothing in a document leaves its key (and findings) as they were; one that finds something changes it', async () => {
      const edit = mkdtempSync(join(tmpdir(), 'beishen-finish-key-'));
      cpSync(RULES_DIR, edit, { recursive: true });
      const file = join(edit, 'penalty.yaml');
      const text = readFileSync(file, 'utf8');
      const m = /- id: (\S+)[\s\S]*?message: (.+)/.exec(text);
      expect(m).not.toBeNull();
      const editedId = m![1]!;
      writeFileSync(file, text.replace(m![0], `${m![0]}（已修改）`));
      const edited = await loadRuleSet(edit, corpus, { profile: 'default' });
      rmSync(edit, { recursive: true, force: true });
      expect(Object.keys(edited.ruleHashes).filter((id) => edited.ruleHashes[id] !== rs.ruleHashes[id])).toEqual([editedId]);
      let kept = 0;
      let changed = 0;
      for (const e of examples) {
        const inp = input(e.text, e.meta);
        const before = rs.checkRules(inp, ids);
        const after = edited.checkRules(inp, ids);
        const fires = before[editedId]!.hits.length + before[editedId]!.held.length > 0;
        const same = rs.finishKey(before) === edited.finishKey(after);
        expect(same, e.text).toBe(!fires);
        if (same) {
          kept++;
          // Equal keys: the findings the old rule set finished are the new rule set's findings.
          expect(edited.finish(inp, after), e.text).toEqual(rs.finish(inp, before));
        } else {
          changed++;
          expect(edited.finish(inp, after).some((f) => f.message.endsWith('（已修改）')), e.text).toBe(true);
        }
      }
      expect(kept).toBeGreaterThan(20);
      expect(changed).toBeGreaterThan(0);
    });

    it('change for the edited rule only, and for every rule when a profile param it uses changes', async () => {
      cpSync(RULES_DIR, dir, { recursive: true });
      const file = join(dir, 'penalty.yaml');
      const text = readFileSync(file, 'utf8');
      const m = /- id: (\S+)[\s\S]*?severity: (error|warning)/.exec(text);
      expect(m).not.toBeNull();
      writeFileSync(file, text.replace(m![0], m![0].replace(/severity: (error|warning)$/, (_s, v: string) => `severity: ${v === 'error' ? 'warning' : 'error'}`)));
      const edited = await loadRuleSet(dir, corpus, { profile: 'default' });
      const changed = ids.filter((id) => edited.ruleHashes[id] !== rs.ruleHashes[id]);
      expect(changed).toEqual([m![1]]);
      expect(edited.hash).not.toBe(rs.hash);
    });
  });
});
