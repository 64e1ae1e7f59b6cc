// The report's only script (inline, allowed by its sha256 in the CSP; no eval, no inline handlers).
// Document sections are shipped as pre-escaped HTML strings in JSON chunks and only the current page
// (50 documents) is put into the DOM, so a 1,000-document report opens fast; filters (severity,
// category, issuer, status) work on compact per-finding metadata; the search index is read on first use.
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

function chunk(c) {
  if (!chunkCache[c]) chunkCache[c] = packed ? gunzip(rawChunks[c]).then(JSON.parse) : Promise.resolve(rawChunks[c]);
  return chunkCache[c];
}

function loadIndex() {
  if (!indexLoading) {
    var el = $('search-index');
    var text = el.getAttribute('data-encoding') === 'gzip-base64' ? gunzip(el.textContent.trim()) : Promise.resolve(el.textContent);
    indexLoading = text.then(function (t) { idx = JSON.parse(t); vocab = Object.keys(idx.terms); });
  }
  return indexLoading;
}

function pieces(query) {
  var out = [];
  query.toLowerCase().split(/[\\s\\u3000,，。、；;：:“”"'‘’（）()《》<>!！?？【】\\[\\]]+/).forEach(function (run) {
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

/** Shows every selected document (not only this page) for printing; the browser's print follows. */
function showAllForPrint() {
  return Promise.all(visible.map(sectionFor)).then(function () {
    show(visible);
    Array.prototype.forEach.call(container.querySelectorAll('details'), function (d) { d.open = true; });
  });
}

var timer = 0;
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
// Ctrl+P prints what is loaded (everything, for a report small enough to ship unpacked); the 打印
// button first loads every selected document.
window.addEventListener('beforeprint', function () {
  if (!packed) {
    visible.forEach(function (k) { if (!built[k]) { var c = rawChunks[Math.floor(k / meta.chunk)]; build(k, c[k % meta.chunk]); } });
    show(visible);
    Array.prototype.forEach.call(container.querySelectorAll('details'), function (d) { d.open = true; });
  }
});
window.addEventListener('afterprint', function () {
  Array.prototype.forEach.call(container.querySelectorAll('details'), function (d) { d.open = false; });
  apply(true);
});
$('print-all').addEventListener('click', function () { showAllForPrint().then(function () { window.print(); }); });

apply(false).then(function () {
  document.documentElement.setAttribute('data-ready', '1');
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
