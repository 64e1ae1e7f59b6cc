// The report's only script (inline, allowed by its sha256 in the CSP; no eval, no inline handlers).
// Document sections are shipped as pre-escaped HTML strings in JSON chunks and only the current page
// (50 documents) is put into the DOM, so a 1,000-document report opens fast; filters (severity,
// category, issuer, status) work on compact per-finding metadata; the search index is read on first use.
// Queries are folded (width, case, traditional characters) and 文号 brackets split, so "青镇发〔2025〕1号",
// "罰款" and a rule id all find what they name. Printing — the button or Ctrl+P — prints every document
// the filters select (packed chunks are inflated in the background after load); when that is not yet
// possible the printout says what it holds. The all-documents table is built on first open, sorts by any
// column and exports CSV (cells that a spreadsheet would read as a formula are quoted).
export const PAGE_SCRIPT = `(function () {
'use strict';
if (window.performance && performance.mark) performance.mark('beishen-start');
var PAGE = 50;
var $ = function (id) { return document.getElementById(id); };
var idx = null, vocab = [], indexLoading = null;
var has = Object.prototype.hasOwnProperty;
var container = $('docs');
// Per-document metadata (issuers, status, [severity, category] per finding) is small and read at once;
// the sections' HTML comes in chunks of 50 documents, gzip+base64 for large reports, inflated on demand.
var meta = JSON.parse($('doc-meta').textContent);
var htmlBlock = $('doc-html');
var packed = htmlBlock.getAttribute('data-encoding') === 'gzip-base64';
var rawChunks = JSON.parse(htmlBlock.textContent);
var chunkCache = {};
var sevBoxes = Array.prototype.slice.call(document.querySelectorAll('input[name=sev]'));
var catSel = $('f-cat'), issSel = $('f-issuer'), stSel = $('f-status'), q = $('q');
var page = 0, cache = {}, built = {}, visible = [], shownFindings = {}, generation = 0;
var tpl = document.createElement('template');

/** Inflates gzip+base64 locally (DecompressionStream; no network). */
function gunzip(b64) {
  if (typeof DecompressionStream === 'undefined') return Promise.reject(new Error('no DecompressionStream'));
  var bin = atob(b64);
  var bytes = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

var decoded = {}; // chunk index → its sections' HTML, once inflated (printing needs them synchronously)
function chunk(c) {
  if (!chunkCache[c]) {
    chunkCache[c] = (packed ? gunzip(rawChunks[c]).then(JSON.parse) : Promise.resolve(rawChunks[c]))
      .then(function (arr) { decoded[c] = arr; return arr; });
  }
  return chunkCache[c];
}

/** Inflates every chunk, one after another, so that a print finds every document ready. */
function prefetchAll() {
  var c = 0;
  (function next() {
    if (c >= rawChunks.length) return;
    chunk(c++).then(function () { setTimeout(next, 0); }, function () {});
  })();
}

/** The section of document k if it can be had without waiting, else null. */
function sectionNow(k) {
  if (built[k]) return built[k];
  var c = Math.floor(k / meta.chunk);
  var arr = packed ? decoded[c] : rawChunks[c];
  return arr ? build(k, arr[k % meta.chunk]) : null;
}

function loadIndex() {
  if (!indexLoading) {
    var el = $('search-index');
    var text = el.getAttribute('data-encoding') === 'gzip-base64' ? gunzip(el.textContent.trim()) : Promise.resolve(el.textContent);
    indexLoading = text.then(function (t) { idx = JSON.parse(t); vocab = Object.keys(idx.terms); });
  }
  return indexLoading;
}

/** Full-width → half-width, lower case, traditional → simplified (the index's own fold table). */
function fold(query) {
  var q = query.normalize ? query.normalize('NFKC') : query;
  q = q.toLowerCase();
  var out = '';
  for (var i = 0; i < q.length; i++) { var ch = q.charAt(i); out += has.call(idx.fold, ch) ? idx.fold[ch] : ch; }
  return out;
}

function pieces(query) {
  var out = [];
  // 文号 brackets separate its parts: "青镇发〔2025〕1号" → 青镇发, 2025, 1号.
  fold(query).split(/[\\s\\u3000,，。、；;：:“”"'‘’（）()《》<>!！?？【】〔〕［］\\[\\]]+/).forEach(function (run) {
    // A run of ASCII (a rule id, "normative-doc-sets-fine") is one piece, matched inside the indexed ids.
    if (/^[\\x21-\\x7e]+$/.test(run) && run.length > 1) { out.push(run); return; }
    var i = 0, pending = '';
    var flush = function () {
      if (pending.length === 1) out.push(pending);
      for (var k = 0; k + 2 <= pending.length; k++) out.push(pending.substr(k, 2));
      pending = '';
    };
    while (i < run.length) {
      var found = 0;
      for (var L = Math.min(12, run.length - i); L >= 2; L--) {
        if (has.call(idx.terms, run.substr(i, L))) { found = L; break; }
      }
      if (found) { flush(); out.push(run.substr(i, found)); i += found; } else { pending += run.charAt(i); i++; }
    }
    flush();
  });
  return out;
}

function lookup(piece) {
  if (has.call(cache, piece)) return cache[piece];
  var set = new Set();
  for (var t = 0; t < vocab.length; t++) {
    if (vocab[t].indexOf(piece) >= 0) idx.terms[vocab[t]].forEach(function (u) { set.add(u); });
  }
  return (cache[piece] = set);
}

/** null when there is no query; otherwise the set of matching unit keys ("d3", "f3-1"). */
function search(query) {
  var ps = pieces(query.trim());
  if (!ps.length) return null;
  var result = null;
  ps.forEach(function (p) {
    var s = lookup(p);
    if (result === null) { result = new Set(s); return; }
    result.forEach(function (u) { if (!s.has(u)) result.delete(u); });
  });
  var keys = new Set();
  result.forEach(function (u) { keys.add(idx.units[u]); });
  return keys;
}

function build(k, html) {
  tpl.innerHTML = html; // our own pre-escaped markup; template parsing runs nothing
  built[k] = tpl.content.firstElementChild;
  return built[k];
}

function sectionFor(k) {
  if (built[k]) return Promise.resolve(built[k]);
  return chunk(Math.floor(k / meta.chunk)).then(function (arr) { return built[k] || build(k, arr[k % meta.chunk]); });
}

/** Puts documents into the page, hiding the findings and provisions the filters exclude. */
function show(list) {
  var frag = document.createDocumentFragment();
  list.forEach(function (k) {
    var el = built[k], ok = shownFindings[k] || {};
    Array.prototype.forEach.call(el.querySelectorAll('.finding'), function (f) {
      f.classList.toggle('filtered', !ok[f.getAttribute('data-unit')]);
    });
    Array.prototype.forEach.call(el.querySelectorAll('.provision'), function (p) {
      p.classList.toggle('filtered', !p.querySelector('.finding:not(.filtered)'));
    });
    frag.appendChild(el);
  });
  container.textContent = '';
  container.appendChild(frag);
}

/** Recomputes what the filters select and shows the current page; resolves when it is on screen. */
function apply(keepPage) {
  var gen = ++generation;
  var query = q.value.trim();
  return (query ? loadIndex() : Promise.resolve()).then(function () {
    if (gen !== generation) return;
    var sev = {};
    sevBoxes.forEach(function (b) { sev[b.value] = b.checked; });
    var cat = catSel.value, iss = issSel.value === '' ? -1 : Number(issSel.value), st = stSel.value;
    var hits = query ? search(query) : null;
    var sevCatActive = !(sev.error && sev.warning && sev.info) || cat !== '';
    var findingFilter = sevCatActive || hits !== null;
    var nFindings = 0;
    visible = [];
    shownFindings = {};
    meta.docs.forEach(function (d, k) {
      if (iss >= 0 && d.i.indexOf(iss) < 0) return;
      if (st === 'failed' && d.s === 'ok') return;
      var docHit = hits !== null && hits.has('d' + k);
      var ok = {}, n = 0;
      d.f.forEach(function (f, j) {
        var unit = 'f' + k + '-' + j;
        if (sev[f[0]] && (!cat || f[1] === cat) && (!hits || docHit || hits.has(unit))) { ok[unit] = true; n++; }
      });
      if (st === 'problems' && !n) return;
      // A document whose title/文号/issuer matched the search stays, unless severity or category narrows it.
      if (findingFilter && !n && !(docHit && !sevCatActive)) return;
      shownFindings[k] = ok;
      visible.push(k);
      nFindings += n;
    });
    var pages = Math.max(1, Math.ceil(visible.length / PAGE));
    if (!keepPage) page = 0;
    page = Math.min(page, pages - 1);
    var list = visible.slice(page * PAGE, (page + 1) * PAGE);
    return Promise.all(list.map(sectionFor)).then(function () {
      if (gen !== generation) return;
      show(list);
      var text = '显示 ' + visible.length + ' 件文件、' + nFindings + ' 项问题';
      if (hits) text += (hits.size ? '（搜索“' + query + '”）' : '——未找到“' + query + '”');
      $('filter-status').textContent = text;
      $('page-info').textContent = '第 ' + (page + 1) + ' / ' + pages + ' 页';
      $('prev').disabled = page === 0;
      $('next').disabled = page >= pages - 1;
      $('pager').hidden = pages <= 1;
    });
  });
}

function resetFilters() {
  sevBoxes.forEach(function (b) { b.checked = true; });
  catSel.value = ''; issSel.value = ''; stSel.value = ''; q.value = '';
}

function reveal(hash) {
  var m = /^#(?:doc|f)-(\\d+)/.exec(hash || '');
  if (!m || !meta.docs[Number(m[1])]) return Promise.resolve();
  var k = Number(m[1]);
  var ready = visible.indexOf(k) < 0 ? (resetFilters(), apply(false)) : Promise.resolve();
  return ready.then(function () {
    page = Math.floor(visible.indexOf(k) / PAGE);
    return apply(true);
  }).then(function () {
    var target = document.getElementById(hash.slice(1));
    if (!target) return;
    target.scrollIntoView();
    target.classList.add('focus');
    setTimeout(function () { target.classList.remove('focus'); }, 1500);
  });
}

/** Puts every selected document on the page for printing; false when some are not inflated yet. */
function showAllNow() {
  var all = visible.every(function (k) { return sectionNow(k) !== null; });
  if (all) show(visible);
  return all;
}

function printNote(all) {
  var note = $('print-note');
  var total = meta.docs.length;
  var scope = visible.length === total ? '全部 ' + total + ' 件文件' : '按筛选条件选出的 ' + visible.length + ' 件文件（共 ' + total + ' 件）';
  if (all) note.textContent = '打印内容：' + scope + '。';
  else {
    var n = container.querySelectorAll('article.doc').length;
    note.textContent = '注意：本打印件只含第 ' + (page + 1) + ' 页的 ' + n + ' 件文件；报告仍在展开其余文件，请稍候再打印，以打印' + scope + '。';
  }
}

var timer = 0;var timer = 0;
q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { apply(false); }, 150); });
[catSel, issSel, stSel].concat(sevBoxes).forEach(function (el) { el.addEventListener('change', function () { apply(false); }); });
$('prev').addEventListener('click', function () { page--; apply(true); window.scrollTo(0, $('controls').offsetTop); });
$('next').addEventListener('click', function () { page++; apply(true); window.scrollTo(0, $('controls').offsetTop); });
$('reset').addEventListener('click', function () { resetFilters(); apply(false); });
window.addEventListener('hashchange', function () { reveal(location.hash); });
document.addEventListener('click', function (e) {
  var a = e.target && e.target.closest ? e.target.closest('a[href^="#"]') : null;
  if (a && a.getAttribute('href') === location.hash) reveal(location.hash);
});
// The print button and Ctrl+P print the same: every document the filters select, related articles
// collapsed to their names; the printout says what it holds.
window.addEventListener('beforeprint', function () { printNote(showAllNow()); });
window.addEventListener('afterprint', function () { apply(true); });
$('print-all').addEventListener('click', function () {
  Promise.all(visible.map(sectionFor)).then(function () { showAllNow(); printNote(true); window.print(); });
});
$('toggle-filters').addEventListener('click', function () {
  var open = $('controls').classList.toggle('open');
  $('toggle-filters').setAttribute('aria-expanded', open ? 'true' : 'false');
});

// ---- the all-documents table
var keyIndex = {};
meta.keys.forEach(function (k, i) { keyIndex[k] = i; });
var sortKey = 'no', sortDir = 1, tableBuilt = false;
function cell(row, key) { return row[keyIndex[key]]; }
function sortedDocs() {
  var idxs = meta.docs.map(function (_, k) { return k; });
  idxs.sort(function (a, b) {
    var x = cell(meta.docs[a].r, sortKey), y = cell(meta.docs[b].r, sortKey);
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sortDir || a - b;
    x = String(x); y = String(y);
    return (x < y ? -1 : x > y ? 1 : 0) * sortDir || a - b;
  });
  return idxs;
}
function buildTable() {
  var body = $('doc-table').tBodies[0];
  var frag = document.createDocumentFragment();
  sortedDocs().forEach(function (k) {
    var tr = document.createElement('tr');
    meta.columns.forEach(function (key) {
      var td = document.createElement('td');
      var v = cell(meta.docs[k].r, key);
      if (key === 'title') {
        var a = document.createElement('a');
        a.href = '#doc-' + k;
        a.textContent = String(v);
        td.appendChild(a);
      } else td.textContent = String(v);
      if (typeof v === 'number') td.className = 'num';
      tr.appendChild(td);
    });
    frag.appendChild(tr);
  });
  body.textContent = '';
  body.appendChild(frag);
  Array.prototype.forEach.call($('doc-table').querySelectorAll('th'), function (th) {
    var key = th.querySelector('button').getAttribute('data-sort');
    th.setAttribute('aria-sort', key === sortKey ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
  });
  tableBuilt = true;
}
$('doc-table-box').addEventListener('toggle', function () { if ($('doc-table-box').open && !tableBuilt) buildTable(); });
$('doc-table').tHead.addEventListener('click', function (e) {
  var b = e.target && e.target.closest ? e.target.closest('button[data-sort]') : null;
  if (!b) return;
  var key = b.getAttribute('data-sort');
  sortDir = key === sortKey ? -sortDir : 1;
  sortKey = key;
  buildTable();
});
/** A CSV cell: quoted; a leading = + - @ (a formula to a spreadsheet) is neutralised with a quote mark. */
function csvCell(v) {
  var s = String(v);
  if (typeof v !== 'number' && /^[=+\\-@\\t\\r]/.test(s)) s = "'" + s;
  return '"' + s.replace(/"/g, '""') + '"';
}
$('export-csv').addEventListener('click', function () {
  var lines = [meta.headers.map(csvCell).join(',')];
  sortedDocs().forEach(function (k) { lines.push(meta.docs[k].r.map(csvCell).join(',')); });
  var blob = new Blob(['\\ufeff' + lines.join('\\r\\n') + '\\r\\n'], { type: 'text/csv;charset=utf-8' });
  var a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = '文件一览.csv';
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});

apply(false).then(function () {
  document.documentElement.setAttribute('data-ready', '1');
  if (packed) setTimeout(prefetchAll, 50);
  if (window.performance && performance.mark) performance.mark('beishen-ready');
  if (location.hash) return reveal(location.hash);
}, function (e) {
  container.textContent = typeof DecompressionStream === 'undefined'
    ? '此浏览器版本过低，无法展开本报告的内容。请使用新版 Chrome、Edge 或 Firefox 打开本文件。'
    : '报告内容展开失败：' + (e && e.message);
  document.documentElement.setAttribute('data-ready', 'error');
  if (window.console) console.error(e);
});
})();
`;
