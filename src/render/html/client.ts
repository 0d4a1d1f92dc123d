// The page's script, as text: it is inlined into the report (which must open from disk, offline, with no
// build step), and its hash goes into the page's Content-Security-Policy. Plain DOM, no framework.
// Rules it keeps: text from the data only ever reaches the page through textContent or as an attribute
// value set with setAttribute on a fixed name; no innerHTML, no URLs built from data, no eval.
// Article views are built only when opened, so a report of thousands of articles opens as fast as its
// overview. Written as ES2017 inside String.raw: no backticks or dollar-brace sequences below.
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('extract-data').textContent);
  var docs = DATA.docs;
  var ov = DATA.overview;
  var single = docs.length === 1;
  var app = document.getElementById('app');
  var tip = document.getElementById('tip');
  var KINDS = ['country', 'official', 'agreement', 'commitment', 'meeting', 'quote', 'article'];
  var LABEL = { country: 'Countries', official: 'Officials', agreement: 'Agreements', commitment: 'Commitments',
    meeting: 'Meetings', quote: 'Quotes', article: 'Headline, highlights, dateline' };
  var EVENT_LETTER = { agreement: 'a', commitment: 'c', meeting: 'm' };
  var hidden = {};
  var models = [];

  function el(tag, attrs, kids) {
    var n = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (attrs[k] == null) return;
      if (k === 'class') n.className = attrs[k];
      else if (k === 'text') n.textContent = attrs[k];
      else n.setAttribute(k, String(attrs[k]));
    });
    (kids || []).forEach(function (c) {
      if (c == null || c === false) return;
      n.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return n;
  }
  function go(hash) { location.hash = hash; }
  function linkButton(label, hash, title) {
    var b = el('button', { class: 'link', type: 'button', title: title }, [label]);
    b.addEventListener('click', function () { go(hash); });
    return b;
  }
  function countryName(code) { return ov.countryNames[code] || code; }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  function ok(doc) { return !doc.result.error; }

  // ------------------------------------------------------------------ one document's records and spans
  function model(i) {
    if (models[i]) return models[i];
    var r = docs[i].result;
    var records = [];
    var spans = [];
    var byKey = {};
    var names = {};
    function add(kind, key, data, list) {
      var rec = { kind: kind, key: key, data: data, spans: [] };
      records.push(rec);
      byKey[key] = rec;
      list.forEach(function (s) {
        var span = { id: spans.length, kind: kind, rec: rec, start: s.start, end: s.end, text: s.text, ref: s.kind === 'reference' };
        spans.push(span);
        rec.spans.push(span);
      });
    }
    if (!r.error) {
      r.officials.forEach(function (o) { names[o.id] = o.name; });
      var a = r.article;
      if (a.headline) add('article', 'headline', { label: 'Headline', span: a.headline }, [a.headline]);
      a.highlights.forEach(function (h, k) { add('article', 'highlight' + k, { label: 'Highlight', span: h }, [h]); });
      if (a.dateline) add('article', 'dateline', { label: 'Dateline', span: a.dateline.span, place: a.dateline.place }, [a.dateline.span]);
      r.countries.forEach(function (c) { add('country', c.code, c, c.mentions); });
      r.officials.forEach(function (o) { add('official', o.id, o, o.mentions); });
      r.agreements.forEach(function (e) { add('agreement', e.id, e, [e.evidence]); });
      r.commitments.forEach(function (e) { add('commitment', e.id, e, [e.evidence]); });
      r.meetings.forEach(function (e) { add('meeting', e.id, e, [e.evidence]); });
      r.quotes.forEach(function (q, k) { add('quote', 'q' + k, q, [q.text]); });
    }
    return (models[i] = { records: records, spans: spans, byKey: byKey, names: names });
  }

  // ------------------------------------------------------------------ record summaries
  function parties(m, e) {
    var cs = e.countries.map(function (c) { return countryName(c) + ' (' + c + ')'; }).join(', ');
    var os = e.officials.map(function (id) { return m.names[id] || id; }).join(', ');
    return [cs, os].filter(Boolean).join(' \u00b7 ') || 'no parties found';
  }
  function details(d) {
    if (!d) return '';
    var out = [];
    if (d.frequency) out.push(d.frequency.count + ' per ' + d.frequency.per);
    d.amounts.forEach(function (x) { out.push(x.text); });
    d.durations.forEach(function (x) { out.push(x.text); });
    d.instruments.forEach(function (x) { out.push(x); });
    return out.join(' \u00b7 ');
  }
  // happened or planned, place, when with its date, and where a headline or highlight record comes from
  function setting(d) {
    return [d.timing, d.place && 'in ' + d.place, d.when && d.when + (d.date ? ' (' + d.date.iso + ')' : ''),
      d.source && d.source !== 'body' ? d.source + (d.sameAs ? ', same event as ' + d.sameAs : '') : ''].filter(Boolean).join(' \u00b7 ');
  }
  function referenceCount(mentions) {
    var n = mentions.filter(function (x) { return x.kind === 'reference'; }).length;
    return n ? ' (' + n + ' by reference)' : '';
  }
  function describe(i, rec) {
    var m = model(i);
    var d = rec.data;
    var r = docs[i].result;
    var date = r.article && r.article.published ? 'article date ' + r.article.published : '';
    var neg = (d.timing === 'planned' ? 'planned ' : '') + (d.negated ? 'not ' : '');
    switch (rec.kind) {
      case 'article': return { what: d.label + (d.place ? ': ' + d.place : ''), sub: [d.span.text] };
      case 'country': return { what: d.code + ' \u00b7 ' + d.name, sub: [plural(d.mentions.length, 'mention')] };
      case 'official': return { what: d.name, sub: [[d.title, d.portfolio && 'portfolio ' + d.portfolio, d.country && countryName(d.country)].filter(Boolean).join(' \u00b7 '),
        plural(d.mentions.length, 'mention') + referenceCount(d.mentions) + ' \u00b7 confidence ' + d.confidence] };
      case 'agreement': return { what: neg + d.status + ': ' + d.action, neg: d.negated, sub: [parties(m, d), setting(d), details(d.details), d.topics.join(', '), date] };
      case 'commitment': return { what: neg + d.kind + ': ' + d.action, neg: d.negated, sub: [
        'by ' + ([d.by.country && countryName(d.by.country), d.by.official && (m.names[d.by.official] || d.by.official)].filter(Boolean).join(', ') || 'unknown') +
        (d.to.length ? ' to ' + d.to.map(countryName).join(', ') : ''), parties(m, d), setting(d), details(d.details), d.topics.join(', '), date] };
      case 'meeting': return { what: neg + d.kind + (d.place ? ' in ' + d.place : '') + (d.when ? ' \u00b7 ' + d.when : ''), sub: [parties(m, d), setting(d), date] };
      case 'quote': return { what: m.names[d.speaker] || d.speaker, sub: ['\u201c' + d.text.text + '\u201d'] };
    }
    return { what: rec.key, sub: [] };
  }
  function card(i, rec, interactive) {
    var s = describe(i, rec);
    var what = el('div', { class: 'what' }, [s.what]);
    if (s.neg) what.insertBefore(el('span', { class: 'neg', text: 'NEGATED ' }), what.firstChild);
    var n = el('div', { class: 'rec k-' + rec.kind, 'data-key': rec.key }, [what].concat(s.sub.filter(Boolean).map(function (t) {
      return el('div', { class: 'sub' }, [t]);
    })));
    if (interactive) { n.tabIndex = 0; n.setAttribute('role', 'button'); }
    return n;
  }

  // ------------------------------------------------------------------ the article text with its spans marked
  // The text is cut at every span boundary; each piece carries the ids of all spans covering it, so
  // nested and overlapping spans both stay visible (bands for entities, stacked lines for events).
  function markText(i, container, index) {
    var text = docs[i].text;
    var spans = model(i).spans;
    var cps = Array.from(text);
    var n = cps.length;
    var points = [0, n];
    spans.forEach(function (s) { points.push(Math.min(s.start, n), Math.min(s.end, n)); });
    points = Array.from(new Set(points)).sort(function (x, y) { return x - y; });
    var byStart = spans.slice().sort(function (x, y) { return x.start - y.start; });
    var next = 0;
    var active = [];
    var frag = document.createDocumentFragment();
    for (var p = 0; p < points.length; p++) {
      var at = points[p];
      active = active.filter(function (s) { return Math.min(s.end, n) > at; });
      while (next < byStart.length && Math.min(byStart[next].start, n) <= at) {
        var s = byStart[next++];
        if (Math.min(s.end, n) > at) active.push(s);
        else frag.appendChild(piece('', [s], index, true));
      }
      if (p + 1 >= points.length) break;
      var chunk = cps.slice(at, points[p + 1]).join('');
      frag.appendChild(active.length ? piece(chunk, active, index, false) : document.createTextNode(chunk));
    }
    container.appendChild(frag);
  }
  function piece(chunk, active, index, zero) {
    var kinds = {};
    var ids = [];
    active.forEach(function (s) { ids.push(s.id); if (!hidden[s.kind]) kinds[s.kind] = true; });
    var cls = ['hl'];
    if (zero) cls.push('zero');
    ['article', 'country', 'official', 'quote'].forEach(function (k) { if (kinds[k]) cls.push('k-' + k); });
    // a pronoun or description resolved to an official (mention kind "reference") is marked apart from a name
    if (kinds.official && active.every(function (s) { return s.kind !== 'official' || s.ref; })) cls.push('ref');
    var ev = ['agreement', 'commitment', 'meeting'].filter(function (k) { return kinds[k]; }).map(function (k) { return EVENT_LETTER[k]; }).join('');
    if (ev) cls.push('ev-' + ev);
    var node = el('span', { class: cls.join(' '), 'data-ids': ids.join(' ') }, [chunk]);
    ids.forEach(function (id) { (index[id] = index[id] || []).push(node); });
    return node;
  }

  // ------------------------------------------------------------------ article view
  function docHeader(i) {
    var r = docs[i].result;
    var crumbs = single ? null : el('div', { class: 'crumbs' }, [linkButton('\u2190 Overview', ''),
      i > 0 ? ' \u00b7 ' : '', i > 0 ? linkButton('previous', 'doc=' + (i - 1)) : null,
      i + 1 < docs.length ? ' \u00b7 ' : '', i + 1 < docs.length ? linkButton('next', 'doc=' + (i + 1)) : null]);
    var title = r.error ? r.source.path : r.article.headline ? r.article.headline.text : r.source.path;
    document.title = title + ' \u2014 extract';
    var meta = [el('span', null, [r.source.path])];
    if (!r.error) {
      var a = r.article;
      if (a.publisher) meta.push(el('span', null, ['publisher ' + a.publisher]));
      if (a.dateline) meta.push(el('span', null, ['dateline ' + a.dateline.place + (a.dateline.country ? ' (' + countryName(a.dateline.country) + ')' : '')]));
      if (a.published) meta.push(el('span', null, ['published ' + a.published]));
      meta.push(el('span', null, [plural(r.source.chars, 'character')]));
    }
    return el('header', { class: 'top' }, [crumbs, el('h1', null, [title]), el('div', { class: 'meta' }, meta)]);
  }
  // the legend is the filter: one checkbox per kind, with its swatch and its count in this article
  function legend(i, onChange) {
    var counts = {};
    model(i).records.forEach(function (rec) { counts[rec.kind] = (counts[rec.kind] || 0) + 1; });
    var toolbar = el('div', { class: 'toolbar', role: 'group', 'aria-label': 'show kinds' }, [el('strong', null, ['Show'])]);
    KINDS.forEach(function (k) {
      var box = el('input', { type: 'checkbox', 'data-kind': k });
      box.checked = !hidden[k];
      box.addEventListener('change', function () { hidden[k] = !box.checked; onChange(); });
      toolbar.appendChild(el('label', null, [box, el('span', { class: 'swatch sw-' + k, 'aria-hidden': 'true', text: k === 'article' ? 'Aa' : '' }), LABEL[k] + ' (' + (counts[k] || 0) + ')']));
    });
    docs[i].result.warnings.forEach(function (w) { toolbar.appendChild(el('span', { class: 'error' }, ['warning: ' + w])); });
    return toolbar;
  }
  function renderDoc(i, focusKey) {
    var doc = docs[i];
    var r = doc.result;
    var m = model(i);
    var view = el('div', { class: 'doc', 'data-doc': i }, [docHeader(i)]);
    if (r.error) {
      view.appendChild(el('p', { class: 'error' }, ['could not be processed: ' + r.error.message + ' [' + r.error.code + ']']));
      return view;
    }
    var textBox = el('div', { class: 'text', 'aria-label': 'article text' });
    var recBox = el('aside', { class: 'records', 'aria-label': 'records' });
    view.appendChild(legend(i, function () { fill(); }));
    view.appendChild(el('div', { class: 'layout' }, [textBox, recBox]));
    var index = {};
    var cards = {};
    var current = null;

    function fill() {
      textBox.textContent = '';
      recBox.textContent = '';
      index = {};
      cards = {};
      if (doc.text == null) textBox.appendChild(el('p', { class: 'empty' }, ['The text of this input was not available to the report.']));
      else markText(i, textBox, index);
      KINDS.forEach(function (k) {
        if (hidden[k]) return;
        var list = m.records.filter(function (rec) { return rec.kind === k; });
        recBox.appendChild(el('h2', null, [el('span', { class: 'swatch sw-' + k, 'aria-hidden': 'true' }), LABEL[k] + ' (' + list.length + ')']));
        if (!list.length) recBox.appendChild(el('p', { class: 'empty' }, ['none found']));
        list.forEach(function (rec) {
          var c = card(i, rec, true);
          cards[rec.key] = c;
          c.addEventListener('click', function () { activate(rec, true); });
          c.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); activate(rec, true); } });
          recBox.appendChild(c);
        });
      });
      if (current) activate(current, false);
    }
    function activate(rec, scroll) {
      current = rec;
      view.querySelectorAll('.active').forEach(function (n) { n.classList.remove('active'); });
      var nodes = [];
      rec.spans.forEach(function (s) { (index[s.id] || []).forEach(function (n) { nodes.push(n); n.classList.add('active'); }); });
      if (cards[rec.key]) cards[rec.key].classList.add('active');
      if (scroll && nodes[0]) nodes[0].scrollIntoView({ block: 'center' });
      if (scroll && cards[rec.key]) cards[rec.key].scrollIntoView({ block: 'nearest' });
      if (scroll && history.replaceState) history.replaceState(null, '', '#doc=' + i + '&rec=' + encodeURIComponent(rec.key));
    }
    function recordsAt(node) {
      var seen = [];
      // widest first, so the innermost record (an official inside a meeting's sentence) comes last
      node.getAttribute('data-ids').split(' ').map(function (id) { return m.spans[Number(id)]; })
        .sort(function (x, y) { return (y.end - y.start) - (x.end - x.start); })
        .forEach(function (s) { if (!hidden[s.kind] && seen.indexOf(s.rec) < 0) seen.push(s.rec); });
      return seen;
    }
    textBox.addEventListener('mouseover', function (ev) {
      var node = ev.target.closest && ev.target.closest('.hl');
      view.querySelectorAll('.rec.hover').forEach(function (n) { n.classList.remove('hover'); });
      if (!node) { tip.hidden = true; return; }
      var recs = recordsAt(node);
      if (!recs.length) { tip.hidden = true; return; }
      tip.textContent = '';
      recs.forEach(function (rec) { tip.appendChild(card(i, rec, false)); if (cards[rec.key]) cards[rec.key].classList.add('hover'); });
      tip.hidden = false;
      var box = node.getBoundingClientRect();
      var left = Math.max(8, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8));
      var top = box.bottom + 10 + tip.offsetHeight > window.innerHeight ? box.top - tip.offsetHeight - 8 : box.bottom + 10;
      tip.style.left = left + 'px';
      tip.style.top = Math.max(8, top) + 'px';
    });
    textBox.addEventListener('mouseleave', function () { tip.hidden = true; });
    textBox.addEventListener('click', function (ev) {
      var node = ev.target.closest && ev.target.closest('.hl');
      var recs = node ? recordsAt(node) : [];
      if (!recs.length) return;
      // the innermost record (an official inside a meeting's sentence) is listed last
      var rec = recs[recs.length - 1];
      activate(rec, false);
      if (cards[rec.key]) cards[rec.key].scrollIntoView({ block: 'nearest' });
    });
    fill();
    if (focusKey && m.byKey[focusKey]) setTimeout(function () { activate(m.byKey[focusKey], true); }, 0);
    return view;
  }

  // ------------------------------------------------------------------ overview of a folder
  function section(title, kids) { return [el('h2', null, [title])].concat(kids); }
  // Long tables (a thousand documents, thousands of people) draw their first rows only, so the overview
  // opens fast; the filter searches every row and "show all" draws the rest.
  function pagedTable(title, head, count, rowOf, textOf, placeholder) {
    var LIMIT = 100;
    var limit = LIMIT;
    var q = '';
    var tbody = el('tbody');
    var note = el('span', { class: 'meta' });
    var more = el('button', { class: 'link', type: 'button' });
    var input = el('input', { class: 'filter', type: 'search', placeholder: placeholder, 'aria-label': placeholder });
    function draw() {
      tbody.textContent = '';
      var shown = 0;
      var matched = 0;
      for (var k = 0; k < count; k++) {
        if (q && textOf(k).toLowerCase().indexOf(q) < 0) continue;
        matched++;
        if (shown < limit) { tbody.appendChild(rowOf(k)); shown++; }
      }
      note.textContent = shown < matched ? 'showing ' + shown + ' of ' + matched + ' ' : plural(matched, 'row') + ' ';
      more.hidden = shown >= matched;
      more.textContent = 'show all ' + matched;
    }
    more.addEventListener('click', function () { limit = Infinity; draw(); });
    input.addEventListener('input', function () { q = input.value.toLowerCase(); limit = LIMIT; draw(); });
    draw();
    return section(title, [input, el('div', { class: 'scroll' }, [el('table', null, [el('thead', null, [el('tr', null, head.map(function (h) {
      return el('th', { scope: 'col' }, [h]);
    }))]), tbody])]), el('p', null, [note, more])]);
  }
  function table(head, rows) {
    return el('div', { class: 'scroll' }, [el('table', null, [el('thead', null, [el('tr', null, head.map(function (h) { return el('th', { scope: 'col' }, [h]); }))]),
      el('tbody', null, rows)])]);
  }
  function num(n) { return el('td', { class: 'num' }, [String(n)]); }

  function countsSection() {
    var c = ov.counts;
    var keys = ['documents', 'failed', 'countries', 'officials', 'agreements', 'commitments', 'meetings', 'quotes'];
    return section('Counts', [el('div', { class: 'cards' }, keys.map(function (k) {
      return el('div', { class: 'card', 'data-kind': k, 'data-count': c[k] }, [el('span', { class: 'n' }, [String(c[k])]), k]);
    })), el('p', { class: 'meta' }, ['Countries and officials are counted per document, as in the JSON output.'])]);
  }
  function docsSection() {
    return pagedTable('Documents', ['#', 'document', 'headline', 'date', 'agreements', 'commitments', 'meetings'], docs.length, function (i) {
      var r = docs[i].result;
      var head = r.error ? '' : r.article.headline ? r.article.headline.text : '';
      return el('tr', null, [num(i + 1), el('td', null, [linkButton(r.source.path, 'doc=' + i)]), el('td', null, [head]),
        el('td', null, [r.error ? '' : r.article.published || '']),
        r.error ? el('td', { class: 'error', colspan: 3 }, [r.error.code]) : num(r.agreements.length),
        r.error ? null : num(r.commitments.length), r.error ? null : num(r.meetings.length)]);
    }, function (k) {
      var r = docs[k].result;
      return r.source.path + ' ' + (r.article && r.article.headline ? r.article.headline.text : '');
    }, 'filter documents');
  }
  function peopleSection() {
    if (!ov.people.length) return section('People', [el('p', { class: 'empty' }, ['no officials found'])]);
    return pagedTable('People', ['name', 'offices', 'country', 'documents', 'events'], ov.people.length, function (k) {
      var p = ov.people[k];
      return el('tr', null, [el('td', null, [linkButton(p.name, 'person=' + k, 'events with ' + p.name)]), el('td', null, [p.offices.join('; ')]),
        el('td', null, [p.country ? countryName(p.country) : '']),
        el('td', null, [String(p.docs.length) + ': '].concat(p.docs.slice(0, 5).map(function (d, j) {
          return el('span', null, [j ? ', ' : '', linkButton(docs[d].result.source.path, 'doc=' + d)]);
        })).concat(p.docs.length > 5 ? [' \u2026'] : [])),
        el('td', { class: 'num' }, [p.events.length ? linkButton(String(p.events.length), 'person=' + k) : '0'])]);
    }, function (k) { var p = ov.people[k]; return p.name + ' ' + p.offices.join(' ') + ' ' + (p.country ? countryName(p.country) : ''); }, 'filter people');
  }
  function matrixSection() {
    if (!ov.pairs.length) return section('Country pairs', [el('p', { class: 'empty' }, ['no events between two countries found'])]);
    var total = {};
    ov.pairs.forEach(function (p) { total[p.a] = (total[p.a] || 0) + p.events.length; total[p.b] = (total[p.b] || 0) + p.events.length; });
    var codes = Object.keys(total).sort(function (x, y) { return total[y] - total[x] || (x < y ? -1 : 1); }).slice(0, 25);
    var cell = {};
    ov.pairs.forEach(function (p, k) { cell[p.a + '-' + p.b] = k; cell[p.b + '-' + p.a] = k; });
    var head = el('tr', null, [el('th', null, [''])].concat(codes.map(function (c) { return el('th', { scope: 'col', title: countryName(c) }, [c]); })));
    var rows = codes.map(function (a) {
      return el('tr', null, [el('th', { scope: 'row', title: countryName(a) }, [a])].concat(codes.map(function (b) {
        var k = cell[a + '-' + b];
        if (k === undefined) return el('td', null, ['']);
        var p = ov.pairs[k];
        var tipText = countryName(p.a) + ' \u2013 ' + countryName(p.b) + ': ' + plural(p.meeting, 'meeting') + ', ' + plural(p.agreement, 'agreement') + ', ' + plural(p.commitment, 'commitment');
        // three shades by share of the busiest pair: cells read as a heat map without a colour scale
        var share = p.events.length / ov.pairs[0].events.length;
        return el('td', { class: 'hot' + (share > 0.5 ? ' h3' : share > 0.15 ? ' h2' : '') }, [linkButton(String(p.events.length), 'pair=' + p.a + '-' + p.b, tipText)]);
      })));
    });
    var list = ov.pairs.slice(0, 50).map(function (p) {
      return el('tr', null, [el('td', null, [linkButton(countryName(p.a) + ' \u2013 ' + countryName(p.b), 'pair=' + p.a + '-' + p.b)]), num(p.meeting), num(p.agreement), num(p.commitment)]);
    });
    return section('Country pairs: meetings, agreements and commitments', [
      el('p', { class: 'meta' }, ['Events naming both countries; the ' + codes.length + ' busiest countries shown. Click a number for the events behind it.']),
      el('div', { class: 'scroll' }, [el('table', { class: 'matrix' }, [el('thead', null, [head]), el('tbody', null, rows)])]),
      el('h2', null, ['Busiest pairs']), table(['pair', 'meetings', 'agreements', 'commitments'], list)]);
  }
  function timelineSection() {
    if (!ov.timeline.length) return section('Events over time', [el('p', { class: 'empty' }, ['no events found'])]);
    var max = Math.max.apply(null, ov.timeline.map(function (t) { return t.events.length; }));
    var bars = el('div', { class: 'bars', role: 'list' });
    var labels = el('div', { class: 'bar-labels', 'aria-hidden': 'true' });
    ov.timeline.forEach(function (t) {
      var name = t.month || 'undated';
      var b = el('button', { class: 'bar', type: 'button', role: 'listitem',
        title: name + ': ' + plural(t.meeting, 'meeting') + ', ' + plural(t.agreement, 'agreement') + ', ' + plural(t.commitment, 'commitment') });
      ['agreement', 'commitment', 'meeting'].forEach(function (k) {
        var s = el('span', { class: 'b-' + k });
        s.style.height = Math.round((t[k] / max) * 150) + 'px';
        b.appendChild(s);
      });
      b.addEventListener('click', function () { go('month=' + (t.month || 'undated')); });
      bars.appendChild(b);
      labels.appendChild(el('span', null, [name]));
    });
    return section('Events over time (by article date)', [el('p', { class: 'meta' }, [
      el('span', null, [el('span', { class: 'swatch sw-agreement' }), ' agreements']), el('span', null, [el('span', { class: 'swatch sw-commitment' }), ' commitments']),
      el('span', null, [el('span', { class: 'swatch sw-meeting' }), ' meetings'])]), bars, labels]);
  }
  function renderOverview() {
    document.title = 'extract report \u2014 ' + plural(docs.length, 'document');
    var dates = docs.filter(ok).map(function (d) { return d.result.article.published; }).filter(Boolean).sort();
    var main = el('main', { class: 'overview' });
    main.appendChild(el('header', null, [el('h1', null, ['extract report']), el('div', { class: 'meta' }, [
      el('span', null, [plural(docs.length, 'document')]), ov.counts.failed ? el('span', { class: 'error' }, [ov.counts.failed + ' failed']) : null,
      dates.length ? el('span', null, ['articles dated ' + dates[0] + ' to ' + dates[dates.length - 1]]) : null])]));
    [countsSection(), timelineSection(), matrixSection(), peopleSection(), docsSection()].forEach(function (kids) { kids.forEach(function (k) { main.appendChild(k); }); });
    return main;
  }

  // ------------------------------------------------------------------ lists of events behind a person, pair or month
  function renderEvents(title, refs) {
    document.title = title + ' \u2014 extract';
    var list = el('ol', { class: 'events' });
    var more = el('button', { class: 'link', type: 'button', hidden: refs.length > 200 ? null : 'hidden' }, ['show all ' + refs.length]);
    more.addEventListener('click', function () { more.hidden = true; refs.slice(200).forEach(item); });
    refs.slice(0, 200).forEach(item);
    function item(ref) {
      var i = ref[0];
      var rec = model(i).byKey[ref[1]];
      if (!rec) return;
      var s = describe(i, rec);
      list.appendChild(el('li', null, [el('span', { class: 'what' }, [rec.kind + ' \u00b7 ' + s.what + ' ']), linkButton(docs[i].result.source.path, 'doc=' + i + '&rec=' + encodeURIComponent(rec.key)),
        el('div', null, [el('q', null, [rec.spans[0] ? rec.spans[0].text : ''])]), el('div', { class: 'sub' }, [s.sub[0] || ''])]));
    }
    return el('main', { class: 'overview' }, [el('div', { class: 'crumbs' }, [linkButton('\u2190 Overview', '')]), el('h1', null, [title]),
      el('p', { class: 'meta' }, [plural(refs.length, 'event')]), list, more]);
  }

  function route() {
    tip.hidden = true;
    var q = new URLSearchParams(location.hash.replace(/^#/, ''));
    var view;
    var d = Number(q.get('doc'));
    if (single) view = renderDoc(0, q.get('rec'));
    else if (q.has('doc') && docs[d]) view = renderDoc(d, q.get('rec'));
    else if (q.has('person') && ov.people[Number(q.get('person'))]) {
      var p = ov.people[Number(q.get('person'))];
      view = renderEvents('Events with ' + p.name, p.events);
    } else if (q.has('pair')) {
      var pair = ov.pairs.filter(function (x) { return x.a + '-' + x.b === q.get('pair'); })[0];
      view = pair ? renderEvents(countryName(pair.a) + ' \u2013 ' + countryName(pair.b), pair.events) : renderOverview();
    } else if (q.has('month')) {
      var m = q.get('month') === 'undated' ? '' : q.get('month');
      var t = ov.timeline.filter(function (x) { return x.month === m; })[0];
      view = t ? renderEvents('Events in ' + (m || 'undated articles'), t.events) : renderOverview();
    } else view = renderOverview();
    app.textContent = '';
    app.appendChild(view);
    if (!q.has('rec')) window.scrollTo(0, 0);
    document.documentElement.setAttribute('data-ready', '1');
  }
  window.addEventListener('hashchange', route);
  route();
})();
`;
