// The report's stylesheet (inline, allowed by its sha256 in the CSP). Screen: a readable single column,
// colours with AA contrast (4.5:1 for text); a phone keeps one line of controls (search and a filter
// toggle). Print: A4, one document per page with its title repeated at the top of every page (the
// section's table head), no controls, related articles collapsed to their names.
export const PAGE_STYLE = `
:root{--err:#b03a2e;--warn:#8f5a00;--info:#2e6da4;--line:#d9d4c7;--bg:#fbfaf6;--muted:#6b665c}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:#222;font:15px/1.7 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif}
.wrap{max-width:1080px;margin:0 auto;padding:0 20px 60px}
h1{font:700 26px/1.4 "Noto Serif CJK SC","Source Han Serif SC","SimSun",serif;margin:24px 0 4px;text-align:center}
.sub{text-align:center;color:var(--muted);margin:0 0 12px}
h2{font-size:19px;margin:0 0 8px}
h3{font-size:16px;margin:14px 0 6px}
.muted{color:var(--muted);font-weight:normal}
.summary{background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;margin:16px 0}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{border:1px solid var(--line);border-radius:6px;padding:6px 14px;min-width:96px;text-align:center;background:#fdfcf9}
.card .num{font-size:24px;font-weight:700}
.card.bad .num,.card.sev-error .num{color:var(--err)}
.card.sev-warning .num{color:var(--warn)}
.card.sev-info .num{color:var(--info)}
.cat-table{border-collapse:collapse;margin:6px 0 10px}
.cat-table th,.cat-table td{border:1px solid var(--line);padding:2px 10px;text-align:right}
.cat-table td:first-child,.cat-table th:first-child{text-align:left}
.bycat-body{display:flex;flex-wrap:wrap;gap:8px 28px;align-items:flex-start}
.chart text{fill:#333;font-family:inherit}
#controls{position:sticky;top:0;z-index:5;background:#f3f0e6;border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:12px 0 4px;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
#controls .bar,#controls .more{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
#controls fieldset{border:0;margin:0;padding:0;display:inline-flex;gap:8px;align-items:center}
#controls legend{float:left;margin-right:4px;font-weight:bold}
#controls select,#controls input[type=search]{font:inherit;padding:2px 6px;max-width:260px}
#q{min-width:240px}
#toggle-filters{display:none;font:inherit}
#filter-status{color:var(--muted);margin:0 0 8px}
.print-only{display:none}
.review{font-size:13px;border:1px solid var(--line);border-radius:3px;padding:0 6px;background:#f3f0e6}
.review.rv-not-a-problem{text-decoration:line-through}
#doc-table-box>summary{cursor:pointer;font-weight:bold}
.table-wrap{overflow-x:auto}
#doc-table{border-collapse:collapse;font-size:14px;min-width:100%}
#doc-table th,#doc-table td{border:1px solid var(--line);padding:2px 8px;text-align:left;vertical-align:top}
#doc-table td.num{text-align:right}
#doc-table th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;color:inherit}
#doc-table th[aria-sort=ascending] button::after{content:" ▲"}
#doc-table th[aria-sort=descending] button::after{content:" ▼"}
table.frame,table.frame>tbody,table.frame>tbody>tr,table.frame>tbody>tr>td{display:block;border:0;padding:0;margin:0}
table.frame>thead{display:none}
@media (max-width:640px){
  .wrap{padding:0 10px 40px}
  h1{font-size:21px}
  #controls{padding:6px 8px;gap:6px}
  #controls .bar{flex-wrap:nowrap;width:100%}
  #controls .search{flex:1;display:flex;gap:4px;align-items:center;min-width:0}
  #q{min-width:0;flex:1;max-width:none}
  #toggle-filters{display:inline-block}
  #controls .more{display:none}
  #controls.open .more{display:flex}
  .meta{grid-template-columns:1fr}
  .doc{padding:12px}
}
.pager{display:flex;gap:8px;align-items:center}
.pager[hidden]{display:none}
.pager button{font:inherit}
.doc{background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;margin:16px 0;content-visibility:auto;contain-intrinsic-size:auto 900px}
.doc.st-failed,.doc.st-no-text,.doc.st-unsupported{border-left:5px solid var(--err)}
.doc h2 .no{color:var(--muted)}
.meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:0 18px;margin:4px 0}
.meta div{display:flex;gap:8px}
.meta dt{color:var(--muted);min-width:4.5em}
.meta dd{margin:0;word-break:break-all}
.doc-error{color:var(--err);font-weight:bold}
.clean{color:#2d7d46}
.provision{border-top:1px dashed var(--line);margin-top:10px}
.prov-text{font-family:"Noto Serif CJK SC","Source Han Serif SC","SimSun",serif;background:#faf8f0;border:1px solid #ece6d3;padding:8px 12px;white-space:pre-wrap;word-break:break-all}
mark{background:#ffe08a;padding:0 1px}
.finding{border-left:4px solid var(--info);padding:4px 0 4px 12px;margin:10px 0}
.finding.sev-error{border-color:var(--err)}
.finding.sev-warning{border-color:var(--warn)}
.badge{display:inline-block;border-radius:3px;padding:0 6px;color:#fff;font-size:13px;background:#666}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.sev-info{background:var(--info)}
.cat{color:var(--muted);font-size:13px}
.rule{font-size:12px;color:var(--muted)}
.finding p{margin:4px 0}
.basis .h{font-weight:bold}
blockquote.article{margin:6px 0 6px 0;padding:4px 12px;border-left:3px solid #c9bfa3;background:#f7f5ee;font-family:"Noto Serif CJK SC","Source Han Serif SC","SimSun",serif}
blockquote .cite{font-weight:bold;font-family:"Noto Sans CJK SC",sans-serif}
.suggest{background:#eef6ee;padding:4px 8px}
.also .h{font-weight:bold}.also ol{margin:4px 0;padding-left:1.6em}.also-label{font-weight:bold}
details.related summary{cursor:pointer;color:#35506b}
.filtered{display:none!important}
.focus{outline:3px solid #6a9ad6;outline-offset:2px}
@page{size:A4;margin:18mm 16mm}
@media print{
  body{background:#fff;font-size:10.5pt;line-height:1.55}
  blockquote.article{font-size:9.5pt}
  #controls,.pager,.no-print,#filter-status,#doc-table-box{display:none!important}
  .print-only{display:block}
  .wrap{max-width:none;padding:0}
  .summary,.doc{border:0;border-radius:0;padding:0;margin:0}
  .doc{break-before:page;content-visibility:visible}
  table.frame{display:table;width:100%;border-collapse:collapse}
  table.frame>thead{display:table-header-group}
  table.frame>tbody{display:table-row-group}
  table.frame>tbody>tr{display:table-row}
  table.frame>tbody>tr>td{display:table-cell}
  th.running{text-align:left;font-weight:normal;font-size:9pt;color:#444;border-bottom:0.5pt solid #999;padding:0 0 2mm}
  blockquote,.fhead{break-inside:avoid}
  .fhead,h3{break-after:avoid}
  details.related>summary{list-style:none;color:#444;font-size:10pt}
  details.related>summary::-webkit-details-marker{display:none}
  a{color:inherit;text-decoration:none}
  mark,.badge,.suggest{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
