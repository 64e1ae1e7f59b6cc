// `rules test`: every rule's own examples (invalid must fire, with the expected match when given;
// valid must not) and the annotated fixtures (rules/fixtures/*.txt, Semgrep-style comments).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { getSegmenter } from '../text/segmenter.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { Finding } from '../model/types.ts';
import { atEachPlace } from '../model/places.ts';
import type { LoadedRuleSet } from './index.ts';
import { exampleDocument } from './example-doc.ts';
import type { ExampleDef, ExampleMeta } from './types.ts';

export interface ExampleFailure {
  ruleId: string;
  file: string;
  line: number;
  message: string;
}

export function checkText(rs: LoadedRuleSet, corpus: Corpus, text: string, meta?: ExampleMeta, path = '<example>'): Finding[] {
  return rs.check({ path, text, doc: exampleDocument(text, meta), corpus, segmenter: lazySegmenter, profile: rs.profileInfo.name });
}

/** The findings as one per place: an example or a fixture line expects a finding at a place, or none there, whether
 *  that place leads a finding or is one of the other places of a problem the text repeats (Finding.alsoAt). */
function checkPlaces(rs: LoadedRuleSet, corpus: Corpus, text: string, meta?: ExampleMeta, path?: string): Finding[] {
  return checkText(rs, corpus, text, meta, path).flatMap(atEachPlace);
}

// Rules do not segment today; create jieba only if a rule ever asks.
const lazySegmenter = { cut: (t: string) => getSegmenter().cut(t) };

function norm(e: ExampleDef): { text: string; meta?: ExampleMeta; match?: string } {
  return typeof e === 'string' ? { text: e } : e;
}

/** Whether the finding reports the rule: as its own, or as one of the standing rules merged into it. */
function reportsRule(f: Finding, ruleId: string): boolean {
  return f.ruleId === ruleId || !!f.alsoRules?.includes(ruleId);
}

export function runRuleExamples(rs: LoadedRuleSet, corpus: Corpus): { failures: ExampleFailure[]; count: number } {
  const failures: ExampleFailure[] = [];
  let count = 0;
  const active = new Set(rs.rules.map((r) => r.id));
  for (const { def, source } of rs.loaded) {
    if (!active.has(def.id)) continue;
    for (const kind of ['invalid', 'valid'] as const) {
      def.examples[kind].forEach((raw, i) => {
        count++;
        const ex = norm(raw);
        const own = checkPlaces(rs, corpus, ex.text, ex.meta).filter((f) => reportsRule(f, def.id));
        const line = source.lineOf(['examples', kind, i]);
        const fail = (message: string) => failures.push({ ruleId: def.id, file: source.file, line, message: `${def.id} ${kind}[${i}]「${ex.text.slice(0, 40)}」：${message}` });
        if (kind === 'invalid') {
          if (!own.length) fail('应当命中但没有命中');
          else if (ex.match && !own.some((f) => f.location.match === ex.match)) fail(`命中内容为“${own.map((f) => f.location.match).join('”“')}”，期望“${ex.match}”`);
        } else if (own.length) {
          fail(`不应命中，却命中了“${own.map((f) => f.location.match).join('”“')}”`);
        }
      });
    }
  }
  return { failures, count };
}

/** Annotated fixtures: a line ending in `# ruleid: ID` must produce ID on that line; `# ok: ID` must not (a line may
 *  carry both); `# basis: 《LAW》第N条` — a finding on that line must cite that article (which the corpus must hold): the
 *  article a finding quotes is judgement too, and rule examples cannot state it;
 *  `todoruleid:`/`todook:` are known gaps (reported when they start passing). `# meta: {…}` lines set metadata. */
export function runFixtures(rs: LoadedRuleSet, corpus: Corpus, dir: string): { failures: ExampleFailure[]; count: number; todo: string[] } {
  const failures: ExampleFailure[] = [];
  const todo: string[] = [];
  let count = 0;
  const fixtureDir = join(dir, 'fixtures');
  if (!existsSync(fixtureDir)) return { failures, count, todo };
  const active = new Set(rs.rules.map((r) => r.id));
  for (const f of readdirSync(fixtureDir).filter((x) => x.endsWith('.txt')).sort()) {
    const file = join(fixtureDir, f);
    const shown = relative(process.cwd(), file) || file;
    const lines = readFileSync(file, 'utf8').split('\n');
    let meta: ExampleMeta | undefined;
    const expect: { line: number; tag: string; ids: string[] }[] = [];
    const body = lines.map((l, i) => {
      const metaLine = /^#\s*meta:\s*(.+)$/.exec(l);
      if (metaLine) { meta = parse(metaLine[1]!) as ExampleMeta; return ''; }
      if (/^\s*#/.test(l)) return '';
      // One line may carry several markers: "…； # ruleid: equality/hukou-restriction # ok: licensing/…".
      const first = /\s*#\s*(?:ruleid|ok|todoruleid|todook|basis):/.exec(l);
      if (!first) return l;
      for (const m of l.slice(first.index).matchAll(/#\s*(ruleid|ok|todoruleid|todook|basis):\s*([^#]+)/g)) {
        expect.push({ line: i, tag: m[1]!, ids: m[2]!.split(/[,，\s]+/).filter(Boolean) });
      }
      return l.slice(0, first.index);
    });
    const text = body.join('\n');
    const findings = checkPlaces(rs, corpus, text, meta, shown);
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
    const firedOn = (line: number, id: string) => findings.some((x) => reportsRule(x, id) && lineOf(x.location.start) === line);
    for (const e of expect) {
      if (e.tag === 'basis') {
        for (const cited of e.ids) {
          count++;
          const where = `${shown}:${e.line + 1}`;
          const m = /^《?(.+?)》?(第.+条)$/.exec(cited);
          const law = m && corpus.findLaw(m[1]!);
          if (!m || !law || !corpus.resolve(law.title, m[2]!)) { failures.push({ ruleId: 'basis', file: shown, line: e.line + 1, message: `${where}: 依据 ${cited} 在法规库中找不到` }); continue; }
          const cites = findings.some((x) => lineOf(x.location.start) === e.line && (x.basis ?? []).some((b) => b.law === law.title && b.article === m[2]));
          if (!cites) failures.push({ ruleId: 'basis', file: shown, line: e.line + 1, message: `${where}: 本行的发现应当引用 ${cited}，但没有引用` });
        }
        continue;
      }
      for (const id of e.ids) {
        if (!active.has(id)) { failures.push({ ruleId: id, file: shown, line: e.line + 1, message: `${shown}:${e.line + 1}: 标注了不存在或未启用的规则 ${id}` }); continue; }
        count++;
        const fired = firedOn(e.line, id);
        const where = `${shown}:${e.line + 1}`;
        if (e.tag === 'ruleid' && !fired) failures.push({ ruleId: id, file: shown, line: e.line + 1, message: `${where}: ${id} 应当命中但没有命中` });
        if (e.tag === 'ok' && fired) failures.push({ ruleId: id, file: shown, line: e.line + 1, message: `${where}: ${id} 不应命中却命中了` });
        if (e.tag === 'todoruleid' && fired) todo.push(`${where}: ${id} 已能命中，可将 todoruleid 改为 ruleid`);
        if (e.tag === 'todook' && !fired) todo.push(`${where}: ${id} 已不再误报，可将 todook 改为 ok`);
      }
    }
  }
  return { failures, count, todo };
}
