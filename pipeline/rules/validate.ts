// Semantic checks of a rule set beyond the schema. Load-time (always): duplicate ids, id/category
// agreement, regexes that do not compile or use \b, placeholders that cannot be filled, basis that
// does not resolve or does not contain its quote. Lint only: catastrophic backtracking.
import { isSafe } from 'redos-detector';
import type { Corpus } from '../corpus/corpus.ts';
import type { RuleProblem } from './ruleset.ts';
import { PLACEHOLDERS } from './postprocess.ts';
import type { LoadedRule, MatcherDef } from './types.ts';

function regexesOf(r: LoadedRule): { source: string; path: (string | number)[] }[] {
  const out: { source: string; path: (string | number)[] }[] = [];
  const m = r.def.match;
  for (const key of ['anyOf', 'allOf', 'unless'] as const) {
    (m?.[key] ?? []).forEach((x: MatcherDef, i: number) => {
      if ('regex' in x) out.push({ source: x.regex, path: ['match', key, i, 'regex'] });
      if ('near' in x) {
        out.push({ source: x.near.a, path: ['match', key, i, 'near', 'a'] });
        out.push({ source: x.near.b, path: ['match', key, i, 'near', 'b'] });
      }
    });
  }
  if (r.def.context) out.push({ source: r.def.context, path: ['context'] });
  return out;
}

const KIND_PLACEHOLDERS: Record<string, string[]> = {
  pattern: ['match', 'law', 'article', 'issuer'],
  authority: ['match', 'law', 'article', 'issuer'],
  quantity: ['match', 'law', 'article', 'issuer', 'value', 'limit'],
  citation: ['match', 'law', 'article', 'issuer', 'detail', 'successor', 'cited'],
  document: ['match', 'law', 'article', 'issuer', 'value', 'limit', 'detail', 'source'],
};

export function validateRules(rules: LoadedRule[], corpus: Corpus): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const ids = new Map<string, LoadedRule>();
  for (const r of rules) {
    const { def, source } = r;
    const at = (path: (string | number)[], message: string) => problems.push({ file: source.file, line: source.lineOf(path), message: `${def.id}: ${message}` });
    const prev = ids.get(def.id);
    if (prev) at(['id'], `规则编号重复（已在 ${prev.source.file}:${prev.source.line} 定义）`);
    else ids.set(def.id, r);
    if (!def.id.startsWith(`${def.category}/`)) at(['category'], `规则编号前缀与类别“${def.category}”不一致`);
    for (const { source: re, path } of regexesOf(r)) {
      if (/(^|[^\\])(\\\\)*\\[bB]/.test(re)) {
        at(path, `正则“${re}”含有 \\b（单词边界对中文无效）`);
        continue;
      }
      try {
        new RegExp(re, 'g');
      } catch (e) {
        at(path, `正则无法编译：${(e as Error).message}`);
      }
    }
    const allowed = KIND_PLACEHOLDERS[def.kind] ?? [];
    for (const field of ['message', 'suggestion'] as const) {
      for (const m of def[field].matchAll(/\{(\w+)\}/g)) {
        const name = m[1]!;
        if (!(PLACEHOLDERS as readonly string[]).includes(name) || !allowed.includes(name)) at([field], `占位符 {${name}} 在 ${def.kind} 规则中无法填充`);
        else if ((name === 'law' || name === 'article') && !def.basis.length && def.kind !== 'citation' && !def.fromCitation) at([field], `占位符 {${name}} 需要 basis`);
      }
    }
    if (def.kind === 'quantity' && !def.fromCitation && !def.limit) at(['limit'], '数量规则需要 limit 或 fromCitation');
    if ((def.kind === 'pattern' || def.kind === 'authority') && !def.match?.anyOf && !def.match?.allOf) at(['match'], '匹配条件需要 anyOf 或 allOf');
    if (def.kind === 'authority' && !def.forbiddenFor && !def.allowedOnly) at(['kind'], 'authority 规则需要 forbiddenFor 或 allowedOnly');
    if (def.guards && Object.keys(def.guards).some((k) => k !== 'reason' && k !== 'subject') && !def.guards.reason) at(['guards'], '关闭内置防误报保护时必须写明 reason');
    def.basis.forEach((b, i) => {
      let resolved;
      try {
        resolved = corpus.resolve(b.law, b.article);
      } catch {
        resolved = undefined;
      }
      if (b.from && b.to && b.from > b.to) at(['basis', i, 'to'], `依据《${b.law}》${b.article}的适用期间有误：from ${b.from} 晚于 to ${b.to}`);
      if (!resolved) at(['basis', i], `依据《${b.law}》${b.article}在法规库中不存在`);
      else if (b.quote && !resolved.text.replace(/\s/g, '').includes(b.quote.replace(/\s/g, ''))) at(['basis', i, 'quote'], `依据《${b.law}》${b.article}的条文中没有“${b.quote}”（条号可能有误）`);
    });
  }
  return problems;
}

const redosCache = new Map<string, string | null>();

/** Catastrophic-backtracking risk, analysed on the anchored pattern (the start-position scan is linear per start). */
export function redosProblem(source: string): string | null {
  if (redosCache.has(source)) return redosCache.get(source)!;
  let result: string | null = null;
  // redos-detector is slow on CJK character classes (hundreds of ms each), so it only analyses
  // patterns that can backtrack badly: an unbounded quantifier, or a quantified group that holds
  // a quantifier. Everything else is bounded by construction (linear per start position).
  const plain = source.replace(/\\./g, 'x').replace(/\(\?(?:<?[=!]|:|<[A-Za-z]\w*>)/g, '(');
  const unbounded = /[*+]|\{\d+,\}/.test(plain);
  const nested = /\([^()]*(?:[*+?]|\{\d+(?:,\d*)?\})[^()]*\)(?:[*+?]|\{\d+(?:,\d*)?\})/.test(plain);
  if (!unbounded && !nested) {
    redosCache.set(source, null);
    return null;
  }
  try {
    // maxSteps, not a timeout: the verdict must not depend on how busy the machine is.
    const r = isSafe(new RegExp(`^(?:${source})`), { maxSteps: 5000 });
    if (!r.safe) {
      if (r.error === 'hitMaxSteps' || r.error === 'timedOut') {
        // Bounded repetitions make the analysis slow but are not exponential; nested unbounded ones are.
        if (/\([^()]*[+*|][^()]*\)(?:[+*]|\{\d+,\})/.test(plain)) result = '嵌套的重复量词或重复的分支，可能导致灾难性回溯';
      } else {
        result = '可能导致灾难性回溯（ReDoS）';
      }
    }
  } catch {
    result = null;
  }
  redosCache.set(source, result);
  return result;
}

export function redosProblems(rules: LoadedRule[]): RuleProblem[] {
  const out: RuleProblem[] = [];
  for (const r of rules) {
    for (const { source, path } of regexesOf(r)) {
      const p = redosProblem(source);
      if (p) out.push({ file: r.source.file, line: r.source.lineOf(path), message: `${r.def.id}: 正则“${source}”${p}` });
    }
  }
  return out;
}
