/* The parking search: "use my location" fills the coordinates from the browser, and the list of lots (and their
   colours on the map) follows the sensors by polling the public nearby endpoint. Without JavaScript the page works
   as it is: the search form and a list as of the moment it was made. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var locate = document.getElementById('locate');
  if (form && locate && navigator.geolocation) {
    var status = document.getElementById('locate-status');
    locate.hidden = false;
    locate.addEventListener('click', function () {
      status.textContent = locate.getAttribute('data-msg-locating');
      navigator.geolocation.getCurrentPosition(function (pos) {
        form.querySelector('#lat').value = pos.coords.latitude.toFixed(5);
        form.querySelector('#lon').value = pos.coords.longitude.toFixed(5);
        form.querySelector('#place').value = 'custom';
        form.querySelector('details.coordinates').open = true;
        status.textContent = locate.getAttribute('data-msg-located');
        form.submit();
      }, function () {
        status.textContent = locate.getAttribute('data-msg-failed');
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }
  if (form) {
    var place = form.querySelector('#place');
    var coordinates = form.querySelector('details.coordinates');
    place.addEventListener('change', function () {
      if (place.value === 'custom' && coordinates) {
        coordinates.open = true;
        form.querySelector('#lat').focus();
      }
    });
    ['lat', 'lon'].forEach(function (id) {
      var input = form.querySelector('#' + id);
      if (input) {
        input.addEventListener('input', function () {
          if (input.value.trim() !== '') {
            form.querySelector('#place').value = 'custom';
          }
        });
      }
    });
  }

  var results = document.getElementById('lot-results');
  if (!results || !window.fetch) {
    return;
  }
  var url = results.getAttribute('data-nearby');
  var live = document.getElementById('live-status');
  var updated = document.getElementById('updated-at');
  var en = results.getAttribute('data-en') === 'true';
  var PERIOD = 5000;
  var busy = false;

  function level(free, total, unknown) {
    if (total <= 0 || unknown >= total) { return 'unknown'; }
    var ratio = free / total;
    return ratio >= 0.3 ? 'plenty' : (ratio >= 0.1 ? 'few' : 'full');
  }

  function yuan(fen) {
    return '¥' + (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function now() {
    return new Date().toLocaleString(en ? 'en' : 'zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  }

  function set(row, field, text) {
    var el = row.querySelector('[data-f="' + field + '"]');
    if (el && el.textContent !== text) {
      el.textContent = text;
      return true;
    }
    return false;
  }

  function apply(hits) {
    var rows = results.querySelectorAll('[data-lot]');
    var seen = {};
    var changed = 0;
    var extra = false;
    hits.forEach(function (h) {
      seen[h.id] = true;
      var row = results.querySelector('li[data-lot="' + h.id + '"]');
      if (!row) { extra = true; return; }
      var moved = false;
      moved = set(row, 'available', String(h.available)) || moved;
      moved = set(row, 'total', String(h.total)) || moved;
      moved = set(row, 'unknown', String(h.unknown)) || moved;
      moved = set(row, 'freeEv', String(h.freeEv)) || moved;
      moved = set(row, 'freeAccessible', String(h.freeAccessible)) || moved;
      set(row, 'price', yuan(h.priceFen));
      set(row, 'open', results.getAttribute(h.openNow ? 'data-msg-open' : 'data-msg-closed'));
      var lv = level(h.available, h.total, h.unknown);
      ['plenty', 'few', 'full', 'unknown'].forEach(function (c) { row.classList.toggle(c, c === lv); });
      set(row, 'level', results.getAttribute('data-level-' + lv));
      var dot = row.querySelector('[data-f="dot"]');
      if (dot) { dot.setAttribute('class', 'dot ' + lv); }
      var circle = results.querySelector('[data-map-lot="' + h.id + '"]');
      if (circle) { circle.setAttribute('class', 'lot ' + lv); }
      if (moved) {
        changed++;
        row.classList.remove('changed');
        void row.offsetWidth;
        row.classList.add('changed');
      }
    });
    var gone = false;
    Array.prototype.forEach.call(rows, function (row) {
      if (row.tagName === 'LI' && !seen[row.getAttribute('data-lot')]) { gone = true; }
    });
    var time = now();
    if (updated) { updated.textContent = time; }
    var messages = [];
    if (changed > 0) {
      messages.push(results.getAttribute('data-msg-changed').replace('%n%', String(changed)).replace('%time%', time));
    }
    if (gone) { messages.push(results.getAttribute('data-msg-gone')); }
    if (extra) { messages.push(results.getAttribute('data-msg-new')); }
    if (messages.length > 0) { live.textContent = messages.join(' '); }
  }

  function poll() {
    if (busy || document.visibilityState === 'hidden') { return; }
    busy = true;
    fetch(url, { headers: { 'Accept': 'application/json' }, cache: 'no-store', credentials: 'omit' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(apply)
      .catch(function () { live.textContent = results.getAttribute('data-msg-failed'); })
      .then(function () { busy = false; });
  }

  window.setInterval(poll, PERIOD);
  document.addEventListener('visibilitychange', poll);
})();
