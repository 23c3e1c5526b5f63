// Sorting, filtering and a shareable URL for the venue tables. The page is complete without
// this script; it only reorders and hides rows that the generator already wrote, reading the
// sort keys (data-sort) and filter values (data-ccf, data-zone, data-cat, data-search) it left.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var tables = Array.prototype.slice.call(document.querySelectorAll('table[id]'));
  var otherLanguage = document.getElementById('other-language');
  var collator = new Intl.Collator(document.documentElement.lang, { sensitivity: 'base', numeric: true });
  var FIELDS = ['q', 'ccf', 'zone', 'cat'];
  var defaults = {};   // table id -> "key.dir" as the generator sorted it
  var current = {};    // table id -> "key.dir" now
  var position = new Map(); // row -> index in the generator's order: ties keep that order

  function normalize(text) {
    return text.normalize('NFKC').toLowerCase().trim();
  }

  function headers(table) {
    return Array.prototype.slice.call(table.tHead.rows[0].cells);
  }

  // Sorts by the column named key; unknown values (no data-sort) go last in both directions.
  function sort(table, key, dir) {
    var ths = headers(table);
    var index = ths.findIndex(function (th) { return th.dataset.key === key; });
    if (index < 0 || (dir !== 'asc' && dir !== 'desc')) return;
    var numeric = ths[index].dataset.type === 'number';
    var body = table.tBodies[0];
    var keyed = Array.prototype.map.call(body.rows, function (row) {
      var raw = row.cells[index].getAttribute('data-sort');
      return { row: row, value: raw === null ? null : (numeric ? parseFloat(raw) : raw) };
    });
    var sign = dir === 'asc' ? 1 : -1;
    keyed.sort(function (a, b) {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else {
        var c = numeric ? a.value - b.value : collator.compare(a.value, b.value);
        if (c !== 0) return sign * c;
      }
      return position.get(a.row) - position.get(b.row);
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    body.appendChild(fragment);
    ths.forEach(function (th, i) {
      if (i === index) th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    current[table.id] = key + '.' + dir;
  }

  function filter() {
    var q = normalize(form.q.value);
    var ccf = form.ccf.value, zone = form.zone.value, cat = form.cat.value;
    tables.forEach(function (table) {
      var journals = table.id === 'journals';
      var rows = table.tBodies[0].rows, shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var d = rows[i].dataset;
        var visible = (!q || d.search.indexOf(q) >= 0) && (!ccf || d.ccf === ccf)
          && (!journals || ((!zone || d.zone === zone) && (!cat || d.cat === cat)));
        if (rows[i].hidden === visible) rows[i].hidden = !visible;
        if (visible) shown++;
      }
      var count = document.getElementById(table.id + '-count');
      var text = count.dataset.template.replace('{shown}', shown).replace('{total}', rows.length);
      if (count.textContent !== text) count.textContent = text;
    });
  }

  // The view lives in the query string: ?q=...&ccf=B&journals=if.asc
  function save() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) { if (form[name].value) params.set(name, form[name].value); });
    tables.forEach(function (table) {
      if (current[table.id] !== defaults[table.id]) params.set(table.id, current[table.id]);
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
    tables.forEach(function (table) {
      var wanted = (params.get(table.id) || '').split('.');
      if (wanted.length === 2) sort(table, wanted[0], wanted[1]);
    });
  }

  tables.forEach(function (table) {
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row, i) { position.set(row, i); });
    var sorted = headers(table).find(function (th) { return th.hasAttribute('aria-sort'); });
    defaults[table.id] = current[table.id] = sorted
      ? sorted.dataset.key + '.' + (sorted.getAttribute('aria-sort') === 'ascending' ? 'asc' : 'desc') : '';
    table.tHead.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) return;
      var key = button.parentNode.dataset.key;
      var now = current[table.id].split('.');
      sort(table, key, now[0] === key && now[1] === 'asc' ? 'desc' : 'asc');
      save();
    });
  });
  // 'input' for typing and real browsers' selects; 'change' for scripted or older selects.
  form.addEventListener('input', function () { filter(); save(); });
  form.addEventListener('change', function () { filter(); save(); });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(function () { filter(); save(); }); });
  restore();
  filter();
  save();
}());
