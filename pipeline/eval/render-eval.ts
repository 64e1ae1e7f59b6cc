// Output of `beishen eval`: a Chinese text table for people, a JSON object for tools. Both list
// every miss and false positive so a rule author can go straight to the document and provision.
import { CATEGORIES, CATEGORY_NAMES, type Finding } from '../model/types.ts';
import type { Regression } from './baseline.ts';
import type { EvalResult } from './run-eval.ts';

export interface BaselineOutcome {
  /** Where the baseline is (or would be) stored. */
  path?: string;
  present: boolean;
  regressions: Regression[];
  improvements: Regression[];
  updated: boolean;
}

/** Pads to a display width where CJK characters take two columns. */
function padWide(s: string, width: number): string {
  const w = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(1, width - w));
}
const pct = (v: number | null) => (v === null ? '—' : v.toFixed(4));
const oneLine = (s: string, max = 80) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
};

function findingRow(document: string, f: Finding) {
  return {
    document, provision: f.location.label, ruleId: f.ruleId, category: f.category, severity: f.severity,
    message: f.message, basis: f.basis.map((b) => `${b.law}${b.article}`),
    // The other places of a merged finding (a problem the document repeats).
    ...(f.alsoAt?.length ? { alsoAt: f.alsoAt.map((p) => p.label) } : {}),
  };
}

/** "（另见 第五条、第七条）" after a finding listed by eval. */
const alsoAtText = (f: { alsoAt?: string[] }) => (f.alsoAt?.length ? `（另见 ${f.alsoAt.join('、')}）` : '');

export interface RenderOptions {
  /** List misses and false positives of a held-out part too (they are hidden by default). */
  details?: boolean;
}

/** The held-out third of a labels.jsonl set is measured, not read: only its figures are shown. */
export function detailsShown(r: EvalResult, opts: RenderOptions = {}): boolean {
  return opts.details === true || r.set?.format !== 'labels.jsonl' || r.set.split === 'dev';
}

const labelBasisText = (o: { label: { basis?: { law: string; article: string }; basisText?: string } }) =>
  o.label.basisText ?? (o.label.basis ? `${o.label.basis.law}${o.label.basis.article}` : null);

/** Plain data of everything the evaluation found, for --format json and for tests. */
export function evalToJson(r: EvalResult, baseline?: BaselineOutcome, opts: RenderOptions = {}) {
  const shown = detailsShown(r, opts);
  const misses = !shown ? [] : r.documents.flatMap((d) => d.match.labels.filter((o) => !o.recalled).map((o) => ({
    document: d.gold.document, provision: o.label.provision ?? null, category: o.label.category,
    severity: o.label.severity ?? 'warning', basis: o.label.basis ?? null, quote: o.label.quote ?? o.label.anchor ?? null,
    ...(o.label.basisText ? { basisText: o.label.basisText } : {}),
    ...(o.unlocated ? { unlocated: true } : {}),
    underSeverity: o.underSeverity, status: d.status, ...(d.error ? { error: d.error } : {}),
  })));
  const basisMismatches = !shown ? [] : r.documents.flatMap((d) => d.match.labels.filter((o) => o.basisCorrect === false).map((o) => ({
    document: d.gold.document, provision: o.label.provision ?? null, category: o.label.category,
    expected: labelBasisText(o), quote: o.label.anchor ?? o.label.quote ?? null,
    found: [...new Set(o.matches.flatMap((f) => f.basis.map((b) => `${b.law}${b.article}`)))],
  })));
  return {
    ruleset: r.ruleset,
    lawBase: r.lawBase,
    set: r.set,
    detailsShown: shown,
    summary: r.summary,
    documents: !shown ? [] : r.documents.map((d) => ({
      document: d.gold.document, clean: d.gold.clean, status: d.status,
      labels: d.match.labels.length, recalled: d.match.labels.filter((o) => o.recalled).length,
      truePositives: d.match.truePositives.length, falsePositives: d.match.falsePositives.length, infos: d.match.infos.length,
      issuer: { labelled: d.gold.issuer, read: d.issuers },
    })),
    misses,
    falsePositives: !shown ? [] : r.documents.flatMap((d) => d.match.falsePositives.map((f) => ({ ...findingRow(d.gold.document, f), ...(d.match.repeats?.includes(f) ? { repeat: true } : {}) }))),
    doubtful: !shown ? [] : r.documents.flatMap((d) => (d.match.doubtful ?? []).map((f) => findingRow(d.gold.document, f))),
    unlabelledPlaces: !shown ? [] : r.documents.flatMap((d) => (d.match.unlabelledPlaces ?? []).map((f) => findingRow(d.gold.document, f))),
    basisMismatches,
    infos: !shown ? [] : r.documents.flatMap((d) => d.match.infos.map((f) => findingRow(d.gold.document, f))),
    controls: r.controls.map((c) => ({
      document: c.path, status: c.status, ...(c.error ? { error: c.error } : {}), warnings: c.warnings,
      errors: c.errors.map((f) => findingRow(c.path, f)),
    })),
    ...(baseline ? { baseline } : {}),
  };
}

export function renderEvalText(r: EvalResult, baseline?: BaselineOutcome, opts: RenderOptions = {}): string {
  const s = r.summary;
  const j = evalToJson(r, baseline, opts);
  const out: string[] = [];
  const part = r.set?.split ? `，${r.set.split === 'dev' ? '开发部分（编号不能被 3 整除）' : r.set.split === 'holdout' ? '留出部分（编号能被 3 整除）' : '全部'}` : '';
  out.push(`评测集：${s.documents} 份${part}（无问题文件 ${s.cleanDocuments} 份；未能检查 ${s.failedDocuments} 份）`);
  out.push(`规则集：${r.ruleset.id} ${r.ruleset.version}（${r.ruleset.rules} 条规则）`);
  out.push(`法规库：${r.lawBase.dir ?? '内置法规库'}（${r.lawBase.titles} 部法规、${r.lawBase.versions} 个版本）`, '');
  out.push(`${padWide('类别', 44)} 标注  检出  召回率  发现  正确  精确率`);
  const row = (name: string, f: { labels: number; recalled: number; recall: number | null; findings: number; truePositives: number; precision: number | null }) =>
    `${padWide(name, 44)} ${String(f.labels).padStart(4)}  ${String(f.recalled).padStart(4)}  ${pct(f.recall).padStart(6)}  ${String(f.findings).padStart(4)}  ${String(f.truePositives).padStart(4)}  ${pct(f.precision).padStart(6)}`;
  for (const c of CATEGORIES) {
    const f = s.byCategory[c];
    if (f.labels || f.findings) out.push(row(`${c} ${CATEGORY_NAMES[c]}`, f));
  }
  out.push(row('合计 overall', s.overall), '');
  out.push(`依据准确率：${s.overall.basisCorrect}/${s.overall.basisLabelled} = ${pct(s.overall.basisAccuracy)}（检出且标注了依据的问题中，发现所引依据与标注一致的比例）`);
  out.push(`依据正确的召回率：${s.overall.recalledWithBasis}/${s.overall.labels} = ${pct(s.overall.recallWithBasis)}；加权召回率（条款对而依据错计半条）：${pct(s.overall.weightedRecall)}`);
  out.push(`发文机关层级与类型识别正确率：${pct(s.issuerAccuracy)}`);
  if (s.documentDate.labelled) out.push(`文件日期识别（来源记载了具体日期的文件中，按其日期审查的）：${s.documentDate.same}/${s.documentDate.labelled} = ${pct(s.documentDate.share)}；未识别出日期的 ${s.documentDate.labelled - s.documentDate.dated} 份按审查之日的现行法律审查`);
  if (s.township.labelled) out.push(`乡镇（街道）发文机关识别：${s.township.recognised}/${s.township.labelled} = ${pct(s.township.share)}`);
  if (s.unlocatedLabels) out.push(`标注引文在提取文本中找不到：${s.unlocatedLabels} 处（这些标注无法匹配，计为漏报）`);
  if (s.doubtfulFindings) out.push(`落在“存疑”条款上的发现：${s.doubtfulFindings} 条（不计入正确或误报）`);
  if (s.repeats.findings) out.push(`误报中同一文件已标注问题的其他出处（同一规则，标注只引一处）：${s.repeats.findings} 条；不计这些，精确率为 ${pct(s.repeats.precisionWithout)}（上表精确率仍计入）`);
  // Precision counts problems; a problem repeated in several clauses is one finding. What that absorbed, in places:
  out.push(`同一问题合并的其他出处 ${s.places.other} 处（发现按问题计，一个发现可列多处）；合并的其他出处中未标注的 ${s.places.unlabelled} 处`);
  out.push(`无问题文件中的 error 级发现：${s.cleanErrors} 条（涉及 ${s.cleanDocumentsWithErrors} 份）`);
  if (s.controls.available) {
    out.push(`对照文件（真实文件 ${s.controls.documents} 份，预期无 error 级发现）：error 级发现 ${s.controls.errorFindings} 条${s.controls.failed ? `，未能检查 ${s.controls.failed} 份` : ''}`);
  } else {
    out.push(s.controls.dir ? `对照文件目录不存在，已跳过对照文件：${s.controls.dir}` : '已按 --no-controls 跳过对照文件。');
  }
  out.push(`提示（info）级发现 ${s.infos} 条，单独列出，不计入精确率；位置正确但严重程度低于标注的 ${s.underSeverity} 处计为漏报。`);

  if (!j.detailsShown) out.push('', '留出部分只报告汇总数字；逐条漏报和误报不列出（需要时用 --details）。');
  if (j.misses.length) {
    out.push('', `漏报（${j.misses.length}）：`);
    for (const m of j.misses) {
      const basis = m.basis ? ` 依据 ${m.basis.law}${m.basis.article}` : '';
      const why = m.error ? `（文件未能检查：${m.error}）` : m.underSeverity ? '（已检出但严重程度不足）' : '';
      const where = m.provision ?? (m.quote && !m.provision ? `“${oneLine(m.quote, 40)}”` : '（全文）');
      const b = m.basisText ? ` 依据 ${m.basisText}` : basis;
      out.push(`  ${m.document}  ${where}  ${m.category}/${m.severity}${b}${why}${m.unlocated ? '（引文未找到）' : ''}`);
    }
  }
  if (j.falsePositives.length) {
    out.push('', `误报（${j.falsePositives.length}）：`);
    for (const f of j.falsePositives) out.push(`  ${f.document}  ${f.provision}${alsoAtText(f)}  ${f.ruleId}  ${f.category}/${f.severity}${'repeat' in f && f.repeat ? '（已标注问题的其他出处）' : ''}  ${oneLine(f.message)}`);
  }
  if (j.unlabelledPlaces.length) {
    out.push('', `合并的其他出处中未标注的（${j.unlabelledPlaces.length}）：`);
    for (const f of j.unlabelledPlaces) out.push(`  ${f.document}  ${f.provision}  ${f.ruleId}  ${f.category}/${f.severity}  ${oneLine(f.message)}`);
  }
  if (j.basisMismatches.length) {
    out.push('', `依据与标注不一致（${j.basisMismatches.length}）：`);
    for (const b of j.basisMismatches) out.push(`  ${b.document}  ${b.provision ?? (b.quote ? `“${oneLine(b.quote, 30)}”` : '（全文）')}  标注 ${b.expected}；发现 ${b.found.join('、') || '（无依据）'}`);
  }
  const controlErrors = j.controls.filter((c) => c.errors.length || c.error);
  if (controlErrors.length) {
    out.push('', '对照文件中的问题：');
    for (const c of controlErrors) {
      if (c.error) out.push(`  ${c.document}  未能检查：${c.error}`);
      for (const f of c.errors) out.push(`  ${c.document}  ${f.provision}  ${f.ruleId}  ${oneLine(f.message)}`);
    }
  }
  if (baseline) {
    out.push('');
    if (!baseline.present) out.push(`尚无基线（${baseline.path ?? 'baseline.json'}），可用 --update-baseline 记录。`);
    for (const g of baseline.regressions) out.push(`低于基线：${g.figure} ${g.current ?? '—'} < ${g.baseline}`);
    for (const g of baseline.improvements) out.push(`优于基线：${g.figure} ${g.current} （基线 ${g.baseline}）`);
    if (baseline.updated) out.push(`已更新基线：${baseline.path ?? 'baseline.json'}`);
    else if (baseline.present && !baseline.regressions.length) out.push('所有指标均不低于基线。');
  }
  return `${out.join('\n')}\n`;
}
