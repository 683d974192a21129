/* One lot's page: its live counts follow the sensors by polling the public lot endpoint every few seconds. */
(function () {
  'use strict';
  var box = document.getElementById('live');
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute('data-live');
  var status = document.getElementById('live-status');
  var en = document.documentElement.lang === 'en';
  var busy = false;

  function level(free, total, unknown) {
    if (total <= 0 || unknown >= total) { return 'unknown'; }
    var ratio = free / total;
    return ratio >= 0.3 ? 'plenty' : (ratio >= 0.1 ? 'few' : 'full');
  }

  function set(field, text) {
    var el = box.querySelector('[data-f="' + field + '"]');
    if (el && el.textContent !== text) {
      el.textContent = text;
      return true;
    }
    return false;
  }

  function apply(detail) {
    var h = detail.live;
    var moved = set('available', String(h.available));
    moved = set('total', String(h.total)) || moved;
    moved = set('freeEv', String(h.freeEv)) || moved;
    moved = set('freeAccessible', String(h.freeAccessible)) || moved;
    moved = set('unknown', String(h.unknown)) || moved;
    set('open', box.getAttribute(h.openNow ? 'data-msg-open' : 'data-msg-closed'));
    var lv = level(h.available, h.total, h.unknown);
    ['plenty', 'few', 'full', 'unknown'].forEach(function (c) { box.classList.toggle(c, c === lv); });
    if (moved) {
      var time = new Date().toLocaleTimeString(en ? 'en' : 'zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
      status.textContent = box.getAttribute('data-msg-changed').replace('%time%', time).replace('%free%', String(h.available));
    }
  }

  function poll() {
    if (busy || document.visibilityState === 'hidden') { return; }
    busy = true;
    fetch(url, { headers: { 'Accept': 'application/json' }, cache: 'no-store', credentials: 'omit' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(apply)
      .catch(function () { status.textContent = box.getAttribute('data-msg-failed'); })
      .then(function () { busy = false; });
  }

  window.setInterval(poll, 10000);
  document.addEventListener('visibilitychange', poll);
})();
