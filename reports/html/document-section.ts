// One document's section: metadata, then its findings grouped by provision with the matched words
// highlighted in the provision text, the explanation, the quoted basis, the suggestion and related articles.
// A problem the document repeats is one finding, shown in its first provision with its other places listed
// beneath it (each provision's words with the match marked, and its own explanation where it says more); where
// another place's provision has findings of its own, that place's words are marked there too.
import { CATEGORY_NAMES, REVIEW_STATUS_NAMES, type DocumentReport, type Finding, type FindingLocation, type ResolvedArticle, type RelatedArticle } from '../../pipeline/model/types.ts';
import { atEachPlace, placesOf } from '../../pipeline/model/places.ts';
import { otherPlaceLabels, ownMessage } from '../other-places.ts';
import { escapeHtml } from './escape.ts';
import { highlightHtml, matchRanges } from './highlight.ts';
import { SEVERITY_NAMES, STATUS_NAMES, chineseDate, issuerLabel } from './labels.ts';
import { docDisplayTitle, documentCounts } from './summary.ts';

export interface ProvisionGroup {
  label: string;
  text: string;
  page?: number;
  findings: { finding: Finding; index: number }[];
}

const SEV_RANK = { error: 0, warning: 1, info: 2 } as const;

const provisionKey = (loc: Pick<FindingLocation, 'label' | 'text'>) => `${loc.label}\u0000${loc.text}`;

/** Findings grouped by provision (label + text), in document order; whole-document findings first. */
export function groupByProvision(findings: Finding[]): ProvisionGroup[] {
  const groups = new Map<string, ProvisionGroup & { order: number }>();
  findings.forEach((finding, index) => {
    const key = provisionKey(finding.location);
    let g = groups.get(key);
    if (!g) {
      const order = finding.location.text ? finding.location.start : -1;
      groups.set(key, (g = { label: finding.location.label, text: finding.location.text, page: finding.location.page, findings: [], order }));
    }
    g.order = Math.min(g.order, finding.location.text ? finding.location.start : -1);
    g.findings.push({ finding, index });
  });
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _o, ...g }) => ({ ...g, findings: g.findings.sort((a, b) => SEV_RANK[a.finding.severity] - SEV_RANK[b.finding.severity] || a.index - b.index) }));
}

function paragraphs(text: string): string {
  return text.split('\n').filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

function quoteArticle(a: ResolvedArticle | RelatedArticle, extra = ''): string {
  return `<blockquote class="article"><p class="cite">《${escapeHtml(a.law)}》${escapeHtml(a.article)}${extra}</p>${paragraphs(a.text)}</blockquote>`;
}

/** What the reviewer must know about the text quoted (not the one in force that day, a newer one missing). */
function basisNote(b: ResolvedArticle): string {
  return b.note ? `<p class="basis-note">${escapeHtml(b.note)}</p>` : '';
}

function metaRow(label: string, value: string | null | undefined): string {
  return value ? `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>` : '';
}

/** The reviewer's decision (check --review), with who decided, when and why. */
function reviewBadge(f: Finding): string {
  if (!f.review) return '';
  const r = f.review;
  const who = [r.reviewer, r.date].filter(Boolean).join('，');
  return ` <span class="review rv-${escapeHtml(r.status)}">复核：${escapeHtml(REVIEW_STATUS_NAMES[r.status] ?? r.status)}` +
    `${r.reason ? `（${escapeHtml(r.reason)}）` : ''}${who ? `<span class="muted"> ${escapeHtml(who)}</span>` : ''}</span>`;
}

/**
 * Renders one finding. `quoted` holds the articles already quoted in this document: an article is
 * quoted in full once per document, then referred to (a township notice cites 行政处罚法 第十六条 for
 * four findings; printing it four times made the printout twice as long).
 */
function renderFinding(f: Finding, docIndex: number, j: number, quoted: Set<string>): string {
  const out: string[] = [];
  out.push(`<div class="finding sev-${escapeHtml(f.severity)}" id="f-${docIndex}-${j}" data-unit="f${docIndex}-${j}" data-sev="${escapeHtml(f.severity)}" data-cat="${escapeHtml(f.category)}">`);
  out.push(`<div class="fhead"><span class="badge sev-${escapeHtml(f.severity)}">${escapeHtml(SEVERITY_NAMES[f.severity] ?? f.severity)}</span>` +
    ` <span class="cat">${escapeHtml(CATEGORY_NAMES[f.category] ?? f.category)}</span> <strong class="ftitle">${escapeHtml(f.title)}</strong>` +
    ` <code class="rule">${escapeHtml(f.ruleId)}</code>${reviewBadge(f)}</div>`);
  if (f.location.match) out.push(`<p class="hit">问题表述：“<mark>${escapeHtml(f.location.match)}</mark>”</p>`);
  out.push(`<p class="msg">${escapeHtml(f.message)}</p>`);
  if (f.basis.length) {
    const parts = f.basis.map((b) => {
      const key = `${b.law}\u0000${b.article}`;
      if (quoted.has(key)) return `<p class="cite-again">《${escapeHtml(b.law)}》${escapeHtml(b.article)}<span class="muted">（条文见上）</span></p>`;
      quoted.add(key);
      return quoteArticle(b) + basisNote(b);
    });
    out.push(`<div class="basis"><p class="h">依据：</p>${parts.join('')}</div>`);
  }
  out.push(otherPlaces(f));
  if (f.suggestion) out.push(`<p class="suggest"><b>修改建议：</b>${escapeHtml(f.suggestion)}</p>`);
  if (f.related.length) {
    // Collapsed, on screen and in print: the summary names the articles, the texts open on demand.
    const names = f.related.map((r) => `《${r.law}》${r.article}`).join('、');
    // Cross-document findings point at provisions of other documents of the batch, not at upper law.
    const heading = f.related.every((r) => r.document) ? '同批文件的相关规定' : '相关上位法条文';
    out.push(`<details class="related"><summary>${heading}：${escapeHtml(names)}</summary>` +
      f.related.map((r) => quoteArticle(r)).join('') + '</details>');
  }
  out.push('</div>');
  return out.join('');
}

/** The finding's other places: each provision's words with its match marked, its own explanation where it says more. */
function otherPlaces(f: Finding): string {
  const places = placesOf(f).slice(1);
  if (!places.length) return '';
  const items = places.map((p) => {
    const own = ownMessage(f, p);
    const text = p.text && p.path.length
      ? `<p class="prov-text">${highlightHtml(p.text, matchRanges(p.text, [{ id: p.id, location: p }]))}</p>`
      : p.match ? `<p class="hit">问题表述：“<mark>${escapeHtml(p.match)}</mark>”</p>` : '';
    return `<li><p class="also-label">${escapeHtml(p.label || '全文')}${p.page ? `<span class="muted">（第 ${p.page} 页）</span>` : ''}</p>` +
      `${text}${own ? `<p class="msg">${escapeHtml(own)}</p>` : ''}</li>`;
  });
  return `<div class="also"><p class="h">同一问题另见：${escapeHtml(otherPlaceLabels(f).join('、'))}</p><ol>${items.join('')}</ol></div>`;
}

export function renderDocumentSection(d: DocumentReport, i: number, issuerIds: Map<string, number>): string {
  const m = d.meta;
  const counts = documentCounts(d);
  const issuerAttr = m.issuers.map((x) => issuerIds.get(x.name)).filter((x) => x !== undefined).join(' ');
  const out: string[] = [];
  out.push(`<article class="doc st-${escapeHtml(d.status)}" id="doc-${i}" data-doc="${i}" data-issuers="${escapeHtml(issuerAttr)}" data-status="${escapeHtml(d.status)}">`);
  // A table whose head repeats on every printed page: the running header naming the document (browsers
  // repeat a table's thead when it breaks across pages; on screen the frame is plain blocks).
  out.push(`<table class="frame" role="presentation"><thead><tr><th class="running">${escapeHtml(docDisplayTitle(d))}${m.docNumber ? ` ${escapeHtml(m.docNumber)}` : ''}</th></tr></thead><tbody><tr><td>`);
  out.push(`<header><h2><span class="no">${i + 1}.</span> ${escapeHtml(docDisplayTitle(d))}</h2><dl class="meta">`);
  out.push(metaRow('文号', m.docNumber));
  out.push(metaRow('制定机关', m.issuers.map(issuerLabel).join('；')));
  out.push(metaRow('文种', m.wrapperDocType ? `${m.wrapperDocType}（印发${m.docType ?? ''}）` : m.docType));
  out.push(metaRow('印发的文件', m.attachedTitle ? `《${m.attachedTitle}》` : null));
  out.push(metaRow('印发日期', chineseDate(m.issuedOn)));
  out.push(metaRow('施行日期', chineseDate(m.effectiveOn)));
  out.push(metaRow('有效期至', chineseDate(m.validUntil)));
  out.push(metaRow('有效期', m.validityText ?? null));
  out.push(metaRow('试行/暂行', m.provisional ?? null));
  out.push(metaRow('页数', m.pages === null ? null : String(m.pages)));
  out.push(metaRow('文件', `${d.path}（${d.format}）`));
  out.push(metaRow('状态', STATUS_NAMES[d.status] ?? d.status));
  out.push('</dl>');
  if (d.status === 'ok') {
    out.push(`<p class="counts">错误 <b>${counts.error}</b> · 警告 <b>${counts.warning}</b> · 提示 <b>${counts.info}</b></p>`);
  } else {
    out.push(`<p class="doc-error">未能检查：${escapeHtml(d.error?.message ?? '原因不明')}${d.error?.code ? `<span class="muted">（${escapeHtml(d.error.code)}）</span>` : ''}</p>`);
  }
  if (d.notes?.length) out.push(`<ul class="notes">${d.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`);
  out.push('</header>');
  if (d.status === 'ok' && d.findings.length === 0) out.push('<p class="clean">未发现问题。</p>');
  const quoted = new Set<string>();
  // Every place of every finding, by provision: a provision's words are marked wherever a finding has a place there.
  const placesByProvision = new Map<string, { place: Finding; index: number }[]>();
  d.findings.forEach((f, index) => {
    for (const place of atEachPlace(f)) {
      const k = provisionKey(place.location);
      placesByProvision.set(k, [...(placesByProvision.get(k) ?? []), { place, index }]);
    }
  });
  for (const g of groupByProvision(d.findings)) {
    const marked = placesByProvision.get(provisionKey(g)) ?? [];
    const ranges = matchRanges(g.text, marked.map((x) => x.place));
    const idOf = new Map(marked.map((x) => [x.place.id, x.index]));
    // A whole-document finding carries the opening of the text as its "provision": not a clause, not shown.
    const whole = g.findings.every((x) => x.finding.location.path.length === 0);
    const text = g.text && !whole
      ? `<p class="prov-text">${highlightHtml(g.text, ranges, (r) => ` data-f="${escapeHtml(r.findingIds.map((id) => idOf.get(id)).join(' '))}"`)}</p>`
      : '';
    out.push(`<section class="provision"><h3>${escapeHtml(whole ? '文件整体' : g.label || '全文')}${g.page ? `<span class="muted">（第 ${g.page} 页）</span>` : ''}</h3>${text}`);
    for (const { finding, index } of g.findings) out.push(renderFinding(finding, i, index, quoted));
    out.push('</section>');
  }
  out.push('</td></tr></tbody></table></article>');
  return out.join('');
}
