/* teipress edition script: small, no framework, nothing fetched from the network.
   Everything works without it; it only enhances:
   - remembers the reading / as-printed view (localStorage),
   - Escape dismisses an intervention tooltip, a "copy" button for the citation,
   - index page: filter chips become toggles (data-* attributes of the document list),
   - index page: full-text search over window.teipressSearchIndex
     ([{id, title, date, href, text, names}], written by teipress into search-index.js; names
     holds the authority's spellings of the names a document links to, so "Kaesong" also finds
     a document that spells it "Kaeseong"). */
(function () {
  'use strict';

  var store = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* file:// or private mode */ } }
  };

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  /* The page's labels in its interface language (data-label-* of body, from xslt/common/i18n.xml);
     {n} and {m} are filled in. English when a page has none. */
  var defaults = {
    'copy-citation': 'Copy citation', 'copied': 'Copied', 'copy-failed': 'Copy failed',
    'clear-filters': 'Clear filters', 'filter-status': '{n} of {m} documents match the selected filters.',
    'search-found': 'Documents found: {n}', 'search-showing': 'showing {n}.',
    'search-none': 'No document contains all of these words.'
  };
  function label(key, n, m) {
    var text = (document.body && document.body.getAttribute('data-label-' + key)) || defaults[key] || key;
    return text.replace('{n}', n == null ? '' : String(n)).replace('{m}', m == null ? '' : String(m));
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /* ---------------------------------------------------------------- view switch */
  function initView() {
    var read = document.getElementById('tp-view-read');
    var dipl = document.getElementById('tp-view-dipl');
    if (!read || !dipl) return;
    if (store.get('teipress-view') === 'dipl') dipl.checked = true;
    var save = function () { store.set('teipress-view', dipl.checked ? 'dipl' : 'read'); };
    read.addEventListener('change', save);
    dipl.addEventListener('change', save);
  }

  /* ---------------------------------------------------------------- tooltips */
  function initTips() {
    document.addEventListener('keydown', function (ev) {
      if (ev.key !== 'Escape') return;
      var t = document.activeElement;
      var int = t && t.closest ? t.closest('.tp-int, a') : null;
      if (int) int.classList.add('tp-tip-off');
    });
    document.addEventListener('focusout', function (ev) {
      if (ev.target && ev.target.classList) ev.target.classList.remove('tp-tip-off');
    });
    document.addEventListener('mouseout', function (ev) {
      var t = ev.target && ev.target.closest ? ev.target.closest('.tp-tip-off') : null;
      if (t && !t.contains(ev.relatedTarget)) t.classList.remove('tp-tip-off');
    });
  }

  /* ---------------------------------------------------------------- citation copy */
  function initCopy() {
    $all('.tp-cite').forEach(function (box) {
      var text = $('.tp-cite-text', box);
      if (!text || !navigator.clipboard) return;
      var b = el('button', 'tp-copy', label('copy-citation'));
      b.type = 'button';
      b.addEventListener('click', function () {
        navigator.clipboard.writeText(text.textContent.replace(/\s+/g, ' ').trim()).then(function () {
          b.textContent = label('copied');
          setTimeout(function () { b.textContent = label('copy-citation'); }, 1800);
        }, function () { b.textContent = label('copy-failed'); });
      });
      box.appendChild(b);
    });
  }

  /* ---------------------------------------------------------------- index filters */
  function initFilters() {
    var chips = $all('a.tp-filter[data-filter]');
    var items = $all('.tp-docitem');
    if (!chips.length || !items.length) return;
    var status = document.getElementById('tp-filter-status');
    var active = {}; // kind -> {value: true}

    function matches(item) {
      for (var kind in active) {
        var values = Object.keys(active[kind]);
        if (!values.length) continue;
        var ok = values.some(function (v) {
          if (kind === 'persons' || kind === 'places') {
            return (' ' + (item.getAttribute('data-' + kind) || '') + ' ').indexOf(' ' + v + ' ') >= 0;
          }
          return item.getAttribute('data-' + kind) === v;
        });
        if (!ok) return false;
      }
      return true;
    }

    function apply() {
      var shown = 0;
      items.forEach(function (it) {
        var m = matches(it);
        it.hidden = !m;
        if (m) shown++;
      });
      $all('.tp-doclist').forEach(function (list) {
        var any = $all('.tp-docitem', list).some(function (it) { return !it.hidden; });
        list.hidden = !any;
        var h = list.previousElementSibling;
        if (h && h.classList.contains('tp-year-h')) h.hidden = !any;
      });
      var n = Object.keys(active).reduce(function (a, k) { return a + Object.keys(active[k]).length; }, 0);
      if (status) status.textContent = n ? label('filter-status', shown, items.length) : '';
      clear.hidden = !n;
    }

    chips.forEach(function (chip) {
      chip.setAttribute('role', 'button');
      chip.setAttribute('aria-pressed', 'false');
      var toggle = function (ev) {
        ev.preventDefault();
        var kind = chip.getAttribute('data-filter'), v = chip.getAttribute('data-value');
        active[kind] = active[kind] || {};
        if (active[kind][v]) { delete active[kind][v]; chip.setAttribute('aria-pressed', 'false'); }
        else { active[kind][v] = true; chip.setAttribute('aria-pressed', 'true'); }
        apply();
      };
      chip.addEventListener('click', toggle);
      chip.addEventListener('keydown', function (ev) { if (ev.key === ' ') toggle(ev); });
    });

    var box = $('.tp-filters');
    var clear = el('button', 'tp-filter tp-filter-clear', label('clear-filters'));
    clear.type = 'button';
    clear.hidden = true;
    clear.addEventListener('click', function () {
      active = {};
      chips.forEach(function (c) { c.setAttribute('aria-pressed', 'false'); });
      apply();
    });
    if (box) box.appendChild(clear);
  }

  /* ---------------------------------------------------------------- full-text search */
  function fold(s) {
    s = String(s || '').toLowerCase();
    return s.normalize ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
  }

  function initSearch() {
    var data = window.teipressSearchIndex;
    var box = document.getElementById('tp-search');
    if (!box || !Array.isArray(data)) return;
    box.hidden = false;
    var input = document.getElementById('tp-search-input');
    var out = document.getElementById('tp-search-results');
    var status = document.getElementById('tp-search-status');
    var docs = data.map(function (d) {
      var text = String(d.text || '');
      return { d: d, text: text, ft: fold(text), fti: fold(d.title || ''), fn: fold(d.names || '') };
    });

    // the spelling this document uses for a name the term found in the authority's forms
    function spellingInText(doc, term) {
      var entries = String(doc.d.names || '').split('; ');
      for (var e = 0; e < entries.length; e++) {
        var forms = entries[e].split(', ').map(fold);
        if (!forms.some(function (f) { return f.indexOf(term) >= 0; })) continue;
        for (var f = 0; f < forms.length; f++) if (forms[f] && doc.ft.indexOf(forms[f]) >= 0) return forms[f];
      }
      return term;
    }

    function snippet(doc, term) {
      // fold() keeps string length for Latin text in practice; fall back to the start otherwise
      if (doc.ft.indexOf(term) < 0) term = spellingInText(doc, term);
      var i = doc.ft.indexOf(term);
      var t = doc.text;
      if (i < 0 || doc.ft.length !== t.length) return { pre: t.slice(0, 200), hit: '', post: '' };
      var a = Math.max(0, i - 90), b = Math.min(t.length, i + term.length + 110);
      return {
        pre: (a > 0 ? '… ' : '') + t.slice(a, i),
        hit: t.slice(i, i + term.length),
        post: t.slice(i + term.length, b) + (b < t.length ? ' …' : '')
      };
    }

    function run() {
      var q = fold(input.value).trim();
      out.textContent = '';
      if (q.length < 2) { status.textContent = ''; return; }
      var terms = q.split(/\s+/).filter(Boolean);
      var hits = [];
      docs.forEach(function (doc) {
        var score = 0;
        for (var i = 0; i < terms.length; i++) {
          var t = terms[i];
          var inTitle = doc.fti.indexOf(t) >= 0;
          var pos = doc.ft.indexOf(t);
          var inNames = doc.fn.indexOf(t) >= 0;
          if (pos < 0 && !inTitle && !inNames) return;
          if (inNames) score += 1;
          score += (inTitle ? 10 : 0);
          var n = 0;
          while (pos >= 0 && n < 50) { n++; pos = doc.ft.indexOf(t, pos + t.length); }
          score += n;
        }
        hits.push({ doc: doc, score: score });
      });
      hits.sort(function (a, b) { return b.score - a.score; });
      status.textContent = hits.length ? (label('search-found', hits.length) + (hits.length > 50 ? ', ' + label('search-showing', 50) : '.')) : label('search-none');
      hits.slice(0, 50).forEach(function (h) {
        var d = h.doc.d;
        var li = el('li');
        var a = el('a', null, d.title || d.id);
        a.href = d.href;
        li.appendChild(a);
        if (d.date) { li.appendChild(document.createTextNode(' ')); li.appendChild(el('span', 'tp-docmeta-inline', '(' + d.date + ')')); }
        var s = snippet(h.doc, terms[0]);
        var sn = el('span', 'tp-search-snippet');
        sn.appendChild(document.createTextNode(s.pre));
        if (s.hit) sn.appendChild(el('mark', null, s.hit));
        sn.appendChild(document.createTextNode(s.post));
        li.appendChild(sn);
        out.appendChild(li);
      });
    }

    var timer = null;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    var m = /[?&]q=([^&]*)/.exec(window.location.search);
    if (m) { input.value = decodeURIComponent(m[1].replace(/\+/g, ' ')); run(); }
  }

  function init() { initView(); initTips(); initCopy(); initFilters(); initSearch(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
