// How often an article of the law base, copied into a notice without its citation, is reported as the
// notice setting something: every article of the embedded law base that names a measure (罚款, 没收, 拘留,
// 许可, 强制 …) is checked as one clause of a county government's notice, twice: word for word, and in a
// notice's words (本法/本条例 → 本通告, 应当 → 应, 或者 → 或, 人民政府 → 政府). A copy restates the law, so each
// error is a false positive (or, for an outdated article — 城市市容和环境卫生管理条例's 15-day appeal period — a
// real conflict with a later law). Word for word, the guards recognise the article's own sentences; reworded,
// only the frames' comparison of measure, conduct and range can. Run: npm run eval:law-copies
// [-- --details] [-- --date YYYY-MM-DD].
import { parseArgs } from 'node:util';
import { loadCorpus } from '../corpus/index.ts';
import { loadRuleSet } from '../rules/index.ts';
import { checkText } from '../rules/run-examples.ts';

/** Laws that define the measures themselves (their articles name every kind) are not notices' material. */
const FRAMEWORK = /宪法|民法典|立法法|组织法|行政处罚法|行政许可法|行政强制法|行政复议法|行政诉讼法|刑法/;
const NAMES_A_MEASURE = /罚款|没收|拘留|许可|强制|吊销|暂扣|查封|扣押|收费/;

const { values } = parseArgs({ options: { details: { type: 'boolean' }, date: { type: 'string' } } });
const date = values.date ?? '2024-05-01';
const corpus = await loadCorpus();
const rs = await loadRuleSet('rules', corpus, {});
const titles = [...new Set(corpus.laws.map((l) => l.title))].filter((t) => !FRAMEWORK.test(t));
/** A notice's wording of the article: its self-references and a few words notices shorten. */
function reworded(text: string): string {
  return text
    .replace(/本(?:法|条例|规定|办法|细则)/g, '本通告')
    .replace(/应当/g, '应')
    .replace(/或者/g, '或')
    .replace(/人民政府/g, '政府');
}

const county = { issuedOn: date, issuer: { name: '某县人民政府', level: 'county' as const, kind: 'government' as const } };
let articles = 0;
const reported = { verbatim: 0, reworded: 0 };
const byRule = new Map<string, number>();
for (const title of titles) {
  const law = corpus.findLawAt(title, date);
  if (!law) continue;
  // A law repealed before the notice's day (环境噪声污染防治法, 2022) is no upper law to restate: its sanctions copied
  // into the notice are the notice's own, and reported so rightly.
  const repealed = corpus.findRepealed(title);
  if (repealed && repealed.repealedOn <= date) continue;
  for (const a of law.articles) {
    if (!NAMES_A_MEASURE.test(a.text)) continue;
    articles++;
    const text = a.text.replace(/^第[一二三四五六七八九十百零〇]+条\s*/, '');
    for (const how of ['verbatim', 'reworded'] as const) {
      const errors = checkText(rs, corpus, how === 'verbatim' ? text : reworded(text), county).filter((f) => f.severity === 'error');
      if (!errors.length) continue;
      reported[how]++;
      if (how === 'reworded') for (const f of errors) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      if (values.details) console.log(`${how === 'verbatim' ? '原文' : '改写'} ${title}${a.label}：${errors.map((f) => `${f.ruleId}“${f.location.match}”`).join('；')}`);
    }
  }
}
const share = (n: number) => `${(n / Math.max(1, articles) * 100).toFixed(1)}%`;
console.log(`法律条文照抄为县政府通告条款（${date}）：${articles} 条；原文照抄 ${reported.verbatim} 条有 error 级发现（${share(reported.verbatim)}），按通告措辞改写后 ${reported.reworded} 条（${share(reported.reworded)}）`);
console.log('改写后各规则：');
for (const [rule, n] of [...byRule].sort((x, y) => y[1] - x[1])) console.log(`  ${rule} ${n}`);
