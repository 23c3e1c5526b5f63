// Sorting, filtering and a shareable URL for the venue tables. The page is complete without
// this script; it only reorders and selects rows that the generator already wrote, reading the
// sort keys (data-sort) and filter values (data-ccf, data-zone, data-cat, data-search) it left.
//
// Large lists stay fast: the generator puts a table's first rows in its <tbody> and the rest in
// a <template id="<table>-rest"> (parsed, never laid out). The script keeps every row in an
// array, sorts and filters the array, and puts only as many matching rows as the body started
// with into a new <tbody>; "Show more" (or scrolling to it) adds as many again (its data-step).
// The browser lays out a few hundred rows, never twenty thousand.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var otherLanguage = document.getElementById('other-language');
  var collator = new Intl.Collator(document.documentElement.lang, { sensitivity: 'base', numeric: true });
  var FIELDS = ['q', 'ccf', 'zone', 'cat'];
  var views = Array.prototype.map.call(document.querySelectorAll('table[id]'), view);

  function normalize(text) {
    return text.normalize('NFKC').toLowerCase().trim();
  }

  function headers(table) {
    return Array.prototype.slice.call(table.tHead.rows[0].cells);
  }

  // One table: its rows in the generator's order (rows[i]), the current order (a list of such
  // indexes), which rows match the filters, and how many matching rows are shown.
  function view(table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var rest = document.getElementById(table.id + '-rest');
    if (rest) rows = rows.concat(Array.prototype.slice.call(rest.content.children));
    var sorted = headers(table).find(function (th) { return th.hasAttribute('aria-sort'); });
    var initial = sorted ? sorted.dataset.key + '.' + (sorted.getAttribute('aria-sort') === 'ascending' ? 'asc' : 'desc') : '';
    var more = document.getElementById(table.id + '-more');
    var step = more ? parseInt(more.dataset.step, 10) : Infinity; // a short table shows every row
    var v = {
      table: table, rows: rows, order: rows.map(function (row, i) { return i; }),
      step: step, limit: step, match: null, keys: {}, filterValues: null,
      initial: initial, current: initial,
      count: document.getElementById(table.id + '-count'),
      more: more
    };
    if (v.more) {
      v.more.addEventListener('click', function () { v.limit += v.step; render(v); });
      if ('IntersectionObserver' in window) {
        new IntersectionObserver(function (entries) {
          if (entries[0].isIntersecting && !v.more.hidden) v.more.click();
        }, { rootMargin: '400px' }).observe(v.more);
      }
    }
    return v;
  }

  // Sort keys of one column, by row index, read once: null for an unknown value (no data-sort).
  function keys(v, index, numeric) {
    if (!v.keys[index]) {
      v.keys[index] = v.rows.map(function (row) {
        var raw = row.cells[index].getAttribute('data-sort');
        return raw === null ? null : (numeric ? parseFloat(raw) : raw);
      });
    }
    return v.keys[index];
  }

  // Sorts by the column named key; unknown values go last in both directions, ties keep the
  // generator's order.
  function sort(v, key, dir) {
    var ths = headers(v.table);
    var index = ths.findIndex(function (th) { return th.dataset.key === key; });
    if (index < 0 || (dir !== 'asc' && dir !== 'desc')) return;
    var numeric = ths[index].dataset.type === 'number';
    var k = keys(v, index, numeric);
    var sign = dir === 'asc' ? 1 : -1;
    v.order.sort(function (a, b) {
      var x = k[a], y = k[b];
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else {
        var c = numeric ? x - y : collator.compare(x, y);
        if (c !== 0) return sign * c;
      }
      return a - b;
    });
    ths.forEach(function (th, i) {
      if (i === index) th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    v.current = key + '.' + dir;
  }

  // The filter values of every row, read once.
  function filterValues(v) {
    if (!v.filterValues) {
      v.filterValues = v.rows.map(function (row) {
        var d = row.dataset;
        return { search: d.search, ccf: d.ccf, zone: d.zone, cat: d.cat };
      });
    }
    return v.filterValues;
  }

  function filter(v) {
    var q = normalize(form.q.value);
    var ccf = form.ccf.value, zone = form.zone.value, cat = form.cat.value;
    var journals = v.table.id === 'journals';
    v.match = filterValues(v).map(function (d) {
      return (!q || d.search.indexOf(q) >= 0) && (!ccf || d.ccf === ccf)
        && (!journals || ((!zone || d.zone === zone) && (!cat || d.cat === cat)));
    });
    v.limit = v.step;
  }

  // Puts the first v.limit matching rows, in order, into a new tbody that replaces the old one:
  // rows move between detached bodies, so the page is restyled once, not once per row.
  function render(v) {
    var old = v.table.tBodies[0];
    v.table.removeChild(old);
    var body = document.createElement('tbody');
    var matching = 0;
    for (var i = 0; i < v.order.length; i++) {
      var r = v.order[i];
      if (!v.match[r]) continue;
      if (matching < v.limit) body.appendChild(v.rows[r]);
      matching++;
    }
    v.table.appendChild(body);
    var text = v.count.dataset.template.replace('{shown}', matching).replace('{total}', v.rows.length);
    if (v.count.textContent !== text) v.count.textContent = text;
    if (v.more) {
      var rest = matching - Math.min(matching, v.limit);
      v.more.hidden = rest === 0;
      v.more.textContent = v.more.dataset.template.replace('{rest}', rest);
    }
  }

  // The view lives in the query string: ?q=...&ccf=B&journals=if.asc
  function save() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) { if (form[name].value) params.set(name, form[name].value); });
    views.forEach(function (v) {
      if (v.current !== v.initial) params.set(v.table.id, v.current);
    });
    var query = params.toString();
    var search = query ? '?' + query : '';
    history.replaceState(null, '', location.pathname + search + location.hash);
    if (otherLanguage) otherLanguage.href = otherLanguage.getAttribute('href').split('?')[0] + search;
  }

  function restore() {
    var params = new URLSearchParams(location.search);
    FIELDS.forEach(function (name) {
      var value = params.get(name);
      if (value === null) return;
      var field = form[name];
      field.value = value;
      if (field.value !== value) field.value = ''; // not one of the options
    });
    views.forEach(function (v) {
      var wanted = (params.get(v.table.id) || '').split('.');
      if (wanted.length === 2) sort(v, wanted[0], wanted[1]);
    });
  }

  function refilter() {
    views.forEach(function (v) { filter(v); render(v); });
    save();
  }

  views.forEach(function (v) {
    v.table.tHead.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) return;
      var key = button.parentNode.dataset.key;
      var now = v.current.split('.');
      sort(v, key, now[0] === key && now[1] === 'asc' ? 'desc' : 'asc');
      render(v);
      save();
    });
  });
  // 'input' for typing and real browsers' selects; 'change' for scripted or older selects.
  form.addEventListener('input', refilter);
  form.addEventListener('change', refilter);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(refilter); });
  restore();
  refilter();
}());
