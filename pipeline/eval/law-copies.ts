// How often an article of the law base, copied into a notice without its citation, is reported as the
// notice setting something: every article of the embedded law base that names a measure (罚款, 没收, 拘留,
// 许可, 强制 …) is checked as one clause of a county government's notice. A verbatim copy restates the law,
// so each error is a false positive the frames did not recognise (or, for an outdated article — 城市市容和
// 环境卫生管理条例's 15-day appeal period — a real conflict with a later law). Run: npm run eval:law-copies
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
let articles = 0;
let reported = 0;
const byRule = new Map<string, number>();
for (const title of titles) {
  const law = corpus.findLawAt(title, date);
  if (!law) continue;
  for (const a of law.articles) {
    if (!NAMES_A_MEASURE.test(a.text)) continue;
    articles++;
    const text = a.text.replace(/^第[一二三四五六七八九十百零〇]+条\s*/, '');
    const errors = checkText(rs, corpus, text, { issuedOn: date, issuer: { name: '某县人民政府', level: 'county', kind: 'government' } }).filter((f) => f.severity === 'error');
    if (!errors.length) continue;
    reported++;
    for (const f of errors) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    if (values.details) console.log(`${title}${a.label}：${errors.map((f) => `${f.ruleId}“${f.location.match}”`).join('；')}`);
  }
}
console.log(`法律条文照抄为县政府通告条款（${date}）：${articles} 条，其中 ${reported} 条有 error 级发现（${(reported / Math.max(1, articles) * 100).toFixed(1)}%）`);
for (const [rule, n] of [...byRule].sort((x, y) => y[1] - x[1])) console.log(`  ${rule} ${n}`);
