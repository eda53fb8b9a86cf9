/*
 * Tìm kiếm trong bản xuất tĩnh: searches the prebuilt index (tim-kiem-chi-muc.js assigns window.KHCN_CHI_MUC, so it
 * loads from file:// where fetch() of a local file is refused). Folding matches the portal's: NFD, drop every mark,
 * đ → d, lower case — so "nhan long" finds "nhãn lồng" and old and new tone placement ("hoà", "hòa") read the same.
 * A word is matched at the start of a word of the item; "/", "-" and "." stay inside a word, so a document number
 * ("1851/QĐ-TTg") is matched as one identifier. Results are written as text, never as HTML.
 */
(function () {
  'use strict';

  function fold(text) {
    return String(text).normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase();
  }

  /** Words of a folded text padded with spaces: every character that cannot be part of a word becomes a space. */
  function words(folded) {
    return ' ' + folded.replace(/[^\p{L}\p{N}\/.\-]+/gu, ' ').replace(/[.\-\/]+(?=\s|$)/g, '') + ' ';
  }

  function tokens(query) {
    return words(fold(query)).trim().split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  var prepared = (window.KHCN_CHI_MUC || []).map(function (item) {
    return {
      item: item,
      title: words(fold(item.title)),
      code: fold(item.code || ''),
      subtitle: words(fold(item.subtitle || '')),
      text: words(item.folded || '')
    };
  });

  function score(p, query, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var needle = ' ' + terms[i];
      var found = 0;
      if (p.title.indexOf(needle) >= 0) { found = 10; }
      else if (p.subtitle.indexOf(needle) >= 0) { found = 5; }
      else if (p.text.indexOf(needle) >= 0) { found = 1; }
      if (found === 0) { return 0; }
      total += found;
    }
    var phrase = ' ' + terms.join(' ') + ' ';
    if (p.code && p.code === terms.join(' ')) { total += 50; }
    if (p.title.indexOf(phrase) >= 0) { total += 20; }
    else if (p.subtitle.indexOf(phrase) >= 0) { total += 10; }
    else if (p.text.indexOf(phrase) >= 0) { total += 3; }
    return total;
  }

  function search(query) {
    var terms = tokens(query);
    if (terms.length === 0) { return []; }
    return prepared.map(function (p) { return { p: p, s: score(p, query, terms) }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.p.item.title.localeCompare(b.p.item.title, 'vi'); })
      .map(function (r) { return r.p.item; });
  }

  function show(query) {
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    list.textContent = '';
    if (!query.trim()) { status.textContent = ''; return; }
    var found = search(query);
    status.textContent = found.length === 0 ? status.getAttribute('data-none')
      : status.getAttribute('data-total').replace('{0}', String(found.length));
    found.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'search-hit';
      var a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.code ? item.code + ' ' + item.title : item.title;
      li.appendChild(a);
      var type = document.createElement('span');
      type.className = 'type';
      type.textContent = ' — ' + item.type;
      li.appendChild(type);
      if (item.subtitle) {
        var sub = document.createElement('div');
        sub.className = 'subtitle';
        sub.textContent = item.subtitle;
        li.appendChild(sub);
      }
      list.appendChild(li);
    });
  }

  window.KHCN_TIM_KIEM = { fold: fold, search: search };

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-query');
  if (form && input) {
    var q = new URLSearchParams(window.location.search).get('q') || '';
    input.value = q;
    show(q);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(input.value);
      if (window.history && window.location.protocol !== 'file:') {
        window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
      }
    });
  }
})();
