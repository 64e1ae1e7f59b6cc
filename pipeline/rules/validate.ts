// Semantic checks of a rule set beyond the schema. Load-time (always): duplicate ids, id/category
// agreement, regexes that do not compile or use \b, placeholders that cannot be filled, basis that
// does not resolve or does not contain its quote. Lint only: catastrophic backtracking.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { isSafe } from 'redos-detector';
import { readBuildCache, writeBuildCache } from '../engine/build-cache.ts';

const REDOS_VERSION = (createRequire(import.meta.url)('redos-detector/package.json') as { version: string }).version;
import type { Corpus } from '../corpus/corpus.ts';
import { resolveGuards } from './guards.ts';
import type { RuleProblem } from './ruleset.ts';
import { PLACEHOLDERS, STANDING_PLACEHOLDERS } from './template.ts';
import type { LoadedRule, MatcherDef, RuleDef } from './types.ts';

export function regexesOf(r: LoadedRule): { source: string; path: (string | number)[] }[] {
  const out: { source: string; path: (string | number)[] }[] = [];
  const walk = (x: MatcherDef, path: (string | number)[]) => {
    if ('regex' in x) out.push({ source: x.regex, path: [...path, 'regex'] });
    if ('clause' in x) x.clause.forEach((y, i) => walk(y, [...path, 'clause', i]));
    if ('sentence' in x) x.sentence.forEach((y, i) => walk(y, [...path, 'sentence', i]));
    if ('leadIn' in x) x.leadIn.forEach((y, i) => walk(y, [...path, 'leadIn', i]));
    if ('inDocument' in x) x.inDocument.forEach((y, i) => walk(y, [...path, 'inDocument', i]));
  };
  const m = r.def.match;
  for (const key of ['anyOf', 'allOf', 'unless'] as const) (m?.[key] ?? []).forEach((x: MatcherDef, i: number) => walk(x, ['match', key, i]));
  (r.def.appliesTo?.unlessText ?? []).forEach((x, i) => out.push({ source: x, path: ['appliesTo', 'unlessText', i] }));
  (r.def.appliesTo?.onlyText ?? []).forEach((x, i) => out.push({ source: x, path: ['appliesTo', 'onlyText', i] }));
  const ctx = r.def.context;
  if (typeof ctx === 'string') out.push({ source: ctx, path: ['context'] });
  else if (ctx) ctx.forEach((c, i) => out.push({ source: c, path: ['context', i] }));
  if (r.def.inSentence) out.push({ source: r.def.inSentence, path: ['inSentence'] });
  return out;
}

const KIND_PLACEHOLDERS: Record<string, string[]> = {
  pattern: ['match', 'law', 'article', 'issuer'],
  authority: ['match', 'law', 'article', 'issuer'],
  quantity: ['match', 'law', 'article', 'issuer', 'value', 'limit'],
  citation: ['match', 'law', 'article', 'issuer', 'detail', 'successor', 'cited'],
  document: ['match', 'law', 'article', 'issuer', 'value', 'limit', 'detail', 'source'],
  // value: the body the document names; limit: the body the article names.
  comparison: ['match', 'law', 'article', 'value', 'limit'],
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
      const windows = freeWindows(re);
      if (windows.length) at(path, `正则“${re}”含有任意字符窗口 ${windows.join('、')}：词与词之间允许出现什么，请用词表槽位（measure/vocab）或同一分句、同一句（clause/sentence）表达`);
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
        else if ((name === 'law' || name === 'article') && !def.basis.length && def.kind !== 'citation' && def.kind !== 'comparison' && !def.fromCitation && !def.namedLawArticle?.required) at([field], `占位符 {${name}} 需要 basis`);
      }
    }
    if (def.standingNote !== undefined) {
      for (const m of def.standingNote.matchAll(/\{(\w+)\}/g)) {
        if (!(STANDING_PLACEHOLDERS as readonly string[]).includes(m[1]!)) at(['standingNote'], `占位符 {${m[1]}} 在 standingNote 中无法填充`);
      }
    }
    if ((def.standing || def.standingNote !== undefined) && def.kind !== 'authority') at(['standing'], 'standing 只用于 authority 规则（关于制定主体职权的发现）');
    if (def.standingNote !== undefined && !def.standing) at(['standingNote'], 'standingNote 需要 standing: true');
    if (def.kind === 'quantity' && !def.fromCitation && !def.limit) at(['limit'], '数量规则需要 limit 或 fromCitation');
    if ((def.kind === 'pattern' || def.kind === 'authority') && !def.match?.anyOf && !def.match?.allOf) at(['match'], '匹配条件需要 anyOf 或 allOf');
    if (def.kind === 'authority' && !def.forbiddenFor && !def.allowedOnly) at(['kind'], 'authority 规则需要 forbiddenFor 或 allowedOnly');
    if ((def.kind === 'comparison') !== (def.compares !== undefined)) at(['compares'], 'compares 只用于、且必须用于 comparison 规则');
    if (def.compareWith !== undefined && def.kind !== 'pattern') at(['compareWith'], 'compareWith 只用于 pattern 规则');
    // The frames' verdict is read by the citation guard's comparison; without it there is nothing to report on.
    if (def.compareWith === 'frame-conflict' && !resolveGuards(def.category, def.guards).citation) at(['compareWith'], 'frame-conflict 需要开启 citation 防误报保护（条文比较）');
    if (def.namedLawArticle !== undefined) {
      if (def.kind !== 'pattern') at(['namedLawArticle'], 'namedLawArticle 只用于 pattern 规则');
      if (def.compareWith !== undefined) at(['namedLawArticle'], 'namedLawArticle 与 compareWith 只能选一个');
      if (def.namedLawArticle.required && def.appliesTo?.basisInForce) at(['namedLawArticle'], 'namedLawArticle.required 的依据是所援引法律的条文，不能与 appliesTo.basisInForce 同用');
      def.namedLawArticle.says.forEach((r, i) => {
        try { new RegExp(r); } catch (e) { at(['namedLawArticle', 'says', i], `正则表达式无效：${(e as Error).message}`); }
      });
    }
    if (def.guards && Object.keys(def.guards).some((k) => k !== 'reason' && k !== 'subject' && k !== 'actor') && !def.guards.reason) at(['guards'], '关闭内置防误报保护时必须写明 reason');
    const checkBasis = (list: RuleDef['basis'], path: (string | number)[]) => list.forEach((b, i) => {
      let resolved;
      try {
        resolved = corpus.resolve(b.law, b.article);
      } catch {
        resolved = undefined;
      }
      if (b.from && b.to && b.from > b.to) at([...path, i, 'to'], `依据《${b.law}》${b.article}的适用期间有误：from ${b.from} 晚于 to ${b.to}`);
      if (!resolved) at([...path, i], `依据《${b.law}》${b.article}在法规库中不存在`);
      else if (b.quote && !resolved.text.replace(/\s/g, '').includes(b.quote.replace(/\s/g, ''))) at([...path, i, 'quote'], `依据《${b.law}》${b.article}的条文中没有“${b.quote}”（条号可能有误）`);
    });
    checkBasis(def.basis, ['basis']);
    if (def.imposedByTownship) checkBasis(def.imposedByTownship.basis, ['imposedByTownship', 'basis']);
  }
  return problems;
}

/**
 * Character windows between words in a rule's regex: a negated class, the dot or a run of CJK letters
 * repeated more than once ("处[^，。；]{0,8}拘留", "由.*处"). Such a window lets any words stand between
 * two words; the rules say what may stand there instead — a vocabulary mention, a clause or a sentence
 * (rules/README.md). Narrow classes ([\d一二三]+, [、，]) and single characters are not windows.
 */
export function freeWindows(source: string): string[] {
  const out: string[] = [];
  // an atom (a character class, the dot, or a class escape) followed by a quantifier
  const re = /(\[(?:\\.|[^\]\\])*\]|\.|\\[sSwW])(\*|\+|\{\d*(?:,\d*)?\})\??/g;
  for (const m of source.matchAll(re)) {
    const atom = m[1]!;
    const quant = m[2]!;
    const bounds = /^\{(\d*)(?:,(\d*))?\}$/.exec(quant);
    const max = !bounds ? Infinity : bounds[2] === undefined ? Number(bounds[1] || 0) : bounds[2] === '' ? Infinity : Number(bounds[2]);
    const wide = atom === '.' || /^\\[sSwW]$/.test(atom) || atom.startsWith('[^')
      || atom.includes('\\u4e00') || atom.includes('\u4e00-') || /\\s\\S|\\S\\s|\\w|\\W/.test(atom);
    if (wide && max >= 2) out.push(m[0]);
  }
  return out;
}

const redosCache = new Map<string, string | null>();

/** A quantifier that can repeat more than once: *, +, {n,}, {n,m} with m ≥ 2 (not ? or {0,1}). */
const REPEAT = String.raw`(?:[*+]|\{\d+,(?:[2-9]|\d{2,})?\}|\{(?:[2-9]|\d{2,})\})`;
/** A group holding a repeat that is itself repeated: (?:罚{1,20}){1,20}. */
const NESTED_REPEAT = new RegExp(String.raw`\([^()]*${REPEAT}[^()]*\)${REPEAT}`);

/** Catastrophic-backtracking risk, analysed on the anchored pattern (the start-position scan is linear per start). */
export async function redosProblem(source: string): Promise<string | null> {
  if (redosCache.has(source)) return redosCache.get(source)!;
  // The analysis takes up to seconds per pattern; its verdict depends only on the pattern and the
  // analyser, so it is kept between runs (engine/build-cache.ts) as well as in this process.
  const key = createHash('sha256').update(`redos-1\0${REDOS_VERSION}\0${source}`).digest('hex');
  const stored = readBuildCache('beishen-redos', key);
  if (stored !== undefined) {
    const verdict = stored === '' ? null : stored;
    redosCache.set(source, verdict);
    return verdict;
  }
  const verdict = await analyseRedos(source);
  writeBuildCache('beishen-redos', key, verdict ?? '', 20_000);
  return verdict;
}

async function analyseRedos(source: string): Promise<string | null> {
  let result: string | null = null;
  // redos-detector is slow on CJK character classes (hundreds of ms each), so it only analyses
  // patterns that can backtrack badly: an unbounded quantifier, or a quantified group that holds
  // a quantifier. Everything else is bounded by construction (linear per start position).
  const plain = source.replace(/\\./g, 'x').replace(/\(\?(?:<?[=!]|:|<[A-Za-z]\w*>)/g, '(');
  const unbounded = /[*+]|\{\d+,\}/.test(plain);
  const nested = /\([^()]*(?:[*+?]|\{\d+(?:,\d*)?\})[^()]*\)(?:[*+?]|\{\d+(?:,\d*)?\})/.test(plain);
  // Two unbounded repetitions of broad classes ([\s\S]*罚[\s\S]*款): polynomial — quadratic or worse per
  // start position — which on a long provision is as bad; redos-detector does not report it.
  // (In `plain` every escape is "x": [\s\S] reads [xx].)
  const broadUnbounded = plain.match(/(?:\.|\[xx\]|\[\^[^\]]*\])(?:[*+]|\{\d+,\})/g) ?? [];
  if (broadUnbounded.length >= 2) {
    result = '含多个无界的通配重复（如 [\\s\\S]*…[\\s\\S]*），匹配时间随文本长度按多项式增长；请改为有界重复，如 [^。；]{0,20}';
    redosCache.set(source, result);
    return result;
  }
  if (!unbounded && !nested) {
    redosCache.set(source, null);
    return null;
  }
  // redos-detector keeps every iterator it forks alive (a WeakRef holds its target until the job that made it ends) and
  // frees them in FinalizationRegistry callbacks, which run only between tasks. Analyses one after another in one
  // synchronous run kept about 20 MB each: a rule set ten times the size, with a cold build cache, ran out of a 4 GB heap.
  // A task boundary before each analysis frees the previous one's.
  await new Promise((resolve) => setImmediate(resolve));
  try {
    // maxSteps, not a timeout: the verdict must not depend on how busy the machine is.
    const r = isSafe(new RegExp(`^(?:${source})`), { maxSteps: 5000 });
    if (!r.safe) {
      if (r.error === 'hitMaxSteps' || r.error === 'timedOut') {
        // A repeated group that itself repeats — (?:罚{1,20}){1,20}, (a|a)* — splits one run of text in
        // exponentially many ways, bounds or not; unnested bounded repetitions are only slow to analyse.
        if (NESTED_REPEAT.test(plain) || /\([^()]*[+*|][^()]*\)(?:[+*]|\{\d+,\})/.test(plain)) result = '嵌套的重复量词或重复的分支，可能导致灾难性回溯';
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

export async function redosProblems(rules: LoadedRule[]): Promise<RuleProblem[]> {
  const out: RuleProblem[] = [];
  for (const r of rules) {
    for (const { source, path } of regexesOf(r)) {
      const p = await redosProblem(source);
      if (p) out.push({ file: r.source.file, line: r.source.lineOf(path), message: `${r.def.id}: 正则“${source}”${p}` });
    }
  }
  return out;
}
