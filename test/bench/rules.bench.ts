// Rule engine cost vs rule count. The shipped rules are cloned 10× (generated rules: same kinds and
// shapes, new vocabulary, as new rules for other topics would have) and both sets check the same
// documents (corpus/gold/*.txt). Target: 10× rules → ≤ 1.5× check time, because regexes are
// compiled once and an Aho–Corasick prefilter only runs the rules whose literals occur.
// A second figure clones the rules with their ORIGINAL vocabulary (every clone can match): the
// worst case, which the prefilter cannot help and which is reported for honesty.
// Env: BENCH_ROUNDS (default 5).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { getSegmenter } from '../../pipeline/text/segmenter.ts';
import { loadCorpus } from '../../pipeline/corpus/index.ts';
import type { IngestResult } from '../../pipeline/model/types.ts';
import { loadRuleSet } from '../../pipeline/rules/index.ts';
import type { RuleSet } from '../../pipeline/rules/ruleset.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';

const RULES = fileURLToPath(new URL('../../rules/', import.meta.url));
const GOLD = fileURLToPath(new URL('../../corpus/gold/', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Shift CJK characters in regex/terms/context strings so clones use vocabulary of their own. */
function shift(s: string, k: number): string {
  return s.replace(/[\u4e00-\u9fff]/g, (c) => String.fromCharCode(0x4e00 + ((c.charCodeAt(0) - 0x4e00 + 977 * k) % 0x5200)));
}

function mutate(value: unknown, k: number, key = ''): unknown {
  if (typeof value === 'string') return ['regex', 'a', 'b', 'context'].includes(key) ? shift(value, k) : value;
  if (Array.isArray(value)) return value.map((v) => mutate(v, k, key === 'terms' ? 'regex' : key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([kk, v]) => [kk, kk === 'examples' || kk === 'basis' ? v : mutate(v, k, kk)]));
  }
  return value;
}

function cloneDir(times: number, newVocabulary: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'beishen-bench-rules-'));
  mkdirSync(join(dir, 'profiles'));
  for (const f of readdirSync(join(RULES, 'profiles'))) copyFileSync(join(RULES, 'profiles', f), join(dir, 'profiles', f));
  copyFileSync(join(RULES, 'ruleset.yaml'), join(dir, 'ruleset.yaml'));
  // The rules are written on the vocabulary: a rule set without it does not load.
  mkdirSync(join(dir, 'vocab'));
  for (const f of readdirSync(join(RULES, 'vocab'))) copyFileSync(join(RULES, 'vocab', f), join(dir, 'vocab', f));
  for (const f of readdirSync(RULES).filter((x) => x.endsWith('.yaml') && x !== 'ruleset.yaml')) {
    const data = parse(readFileSync(join(RULES, f), 'utf8')) as { rules: Record<string, unknown>[] };
    const out: Record<string, unknown>[] = [];
    for (let k = 0; k < times; k++) {
      for (const r of data.rules) {
        if (k === 0) { out.push(r); continue; }
        // Document and citation rules are per-document checks, not per-rule vocabulary; clone the rest.
        if (r.kind === 'document' || r.kind === 'citation') continue;
        const c = (newVocabulary ? mutate(r, k) : structuredClone(r)) as Record<string, unknown>;
        c.id = `${String(r.id)}-g${k}`;
        out.push(c);
      }
    }
    writeFileSync(join(dir, f), stringify({ rules: out }));
  }
  return dir;
}

const corpus = await loadCorpus();
const docs = readdirSync(GOLD).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = readFileSync(join(GOLD, f), 'utf8');
  const ingest: IngestResult = { format: 'txt', text, spans: [{ start: 0, end: text.length }], notes: [], quality: { status: 'ok' } };
  return { path: f, text, doc: structureDocument(ingest) };
});
const segmenter = getSegmenter();

function time(rs: RuleSet): { ms: number; findings: number } {
  let findings = 0;
  for (const d of docs) findings += rs.check({ path: d.path, text: d.text, doc: d.doc, corpus, segmenter, profile: 'default' }).length; // warm-up
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    for (const d of docs) rs.check({ path: d.path, text: d.text, doc: d.doc, corpus, segmenter, profile: 'default' });
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, findings };
}

const base = await loadRuleSet(RULES, corpus, {});
const tenNew = await loadRuleSet(cloneDir(10, true), corpus, {});
const tenSame = await loadRuleSet(cloneDir(10, false), corpus, {});
const b = time(base);
const n = time(tenNew);
const s = time(tenSame);
const chars = docs.reduce((a, d) => a + d.text.length, 0);
console.log(`documents: ${docs.length} (${chars} chars), rounds: ${ROUNDS} (median)`);
console.log(`rules ${base.rules.length}: ${b.ms.toFixed(1)} ms, ${b.findings} findings`);
console.log(`rules ${tenNew.rules.length} (generated, new vocabulary): ${n.ms.toFixed(1)} ms, ${n.findings} findings — ratio ${(n.ms / b.ms).toFixed(2)}×`);
console.log(`rules ${tenSame.rules.length} (clones, same vocabulary — worst case): ${s.ms.toFixed(1)} ms — ratio ${(s.ms / b.ms).toFixed(2)}×`);
if (n.findings !== b.findings) console.log('note: generated rules produced findings of their own');
const ok = n.ms / b.ms <= 1.5;
console.log(ok ? 'PASS: 10× rules ≤ 1.5× check time' : 'FAIL: 10× rules > 1.5× check time');
process.exitCode = ok ? 0 : 1;
