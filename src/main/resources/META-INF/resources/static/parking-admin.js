/* The operators' screen: the figures, the map colours and the table of lots (the page shown) follow the sensors by
   polling the page's own live endpoint every 5 seconds, with the operator's session. */
(function () {
  'use strict';
  var box = document.getElementById('admin-live');
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute('data-live');
  var status = document.getElementById('admin-live-status');
  var body = document.getElementById('lots-body');
  var busy = false;
  var lastSummary = null;

  function text(el, value) {
    if (el && el.textContent !== value) {
      el.textContent = value;
      return true;
    }
    return false;
  }

  function cell(tr, value, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    if (value !== null) { td.textContent = value; }
    tr.appendChild(td);
    return td;
  }

  function rows(list) {
    var label = body.getAttribute('data-msg-change');
    var fragment = document.createDocumentFragment();
    list.forEach(function (r) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-lot', r.id);
      tr.className = r.level;
      var name = cell(tr, null);
      var a = document.createElement('a');
      a.href = '/parking/lots/' + encodeURIComponent(r.id);
      a.textContent = r.name;
      name.appendChild(a);
      name.appendChild(document.createElement('br'));
      var code = document.createElement('span');
      code.className = 'code muted';
      code.textContent = r.id;
      name.appendChild(code);
      cell(tr, String(r.total), 'num');
      cell(tr, String(r.free), 'num');
      cell(tr, String(r.occupied), 'num');
      cell(tr, String(r.unknown), 'num');
      var rate = cell(tr, null, 'num');
      var dot = document.createElement('span');
      dot.className = 'dot ' + r.level;
      dot.setAttribute('aria-hidden', 'true');
      rate.appendChild(dot);
      rate.appendChild(document.createTextNode(' ' + r.rateText));
      cell(tr, r.firstHour, 'num');
      var change = cell(tr, null);
      var link = document.createElement('a');
      link.href = '/admin/parking?lot=' + encodeURIComponent(r.id) + '#prices';
      link.textContent = label;
      change.appendChild(link);
      fragment.appendChild(tr);
    });
    body.replaceChildren ? body.replaceChildren(fragment) : (body.innerHTML = '', body.appendChild(fragment));
  }

  function apply(live) {
    var o = live.overview;
    Object.keys(o).forEach(function (k) {
      text(box.querySelector('[data-k="' + k + '"]'), String(o[k]));
    });
    text(box.querySelector('[data-k="occupancy"]'), live.occupancy);
    text(box.querySelector('[data-k="updatedAt"]'), live.updatedAt);
    live.lots.forEach(function (m) {
      var c = document.querySelector('[data-map-lot="' + m.id + '"]');
      if (c && c.getAttribute('class') !== 'lot ' + m.level) { c.setAttribute('class', 'lot ' + m.level); }
    });
    rows(live.rows);
    var summary = live.occupancy + ' · ' + o.free;
    if (lastSummary !== null && summary !== lastSummary) {
      status.textContent = box.getAttribute('data-msg-updated') + ' ' + live.updatedAt + ': ' + live.occupancy;
    }
    lastSummary = summary;
  }

  function poll() {
    if (busy || document.visibilityState === 'hidden') { return; }
    busy = true;
    // the form token travels along: a request without it would be answered with a new token cookie, and the
    // price form on this page would then be refused
    var token = document.querySelector('input[name="csrf-token"]');
    var headers = { 'Accept': 'application/json' };
    if (token) { headers['X-CSRF-TOKEN'] = token.value; }
    fetch(url, { headers: headers, cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(apply)
      .catch(function () { status.textContent = box.getAttribute('data-msg-failed'); })
      .then(function () { busy = false; });
  }

  window.setInterval(poll, 5000);
  document.addEventListener('visibilitychange', poll);
})();
