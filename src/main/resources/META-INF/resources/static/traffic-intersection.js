/* An intersection's page, live: the stream of its one signal (/traffic/stream?intersection=...) updates what the
   signal shows, since when, who decides, and which phase card is current, without reloading. */
(function () {
  'use strict';
  var box = document.getElementById('now');
  if (!box || !window.EventSource) {
    return;
  }
  var texts = JSON.parse(box.getAttribute('data-texts'));
  var lang = document.documentElement.lang;
  var clock = new Intl.DateTimeFormat(lang, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  var connection = document.getElementById('connection');

  function setText(id, value) {
    var el = document.getElementById(id);
    if (el && el.textContent !== value) { el.textContent = value; }
  }

  /* Opening the stream signed a new form-token cookie: the forms take the token that goes with it. */
  function refreshToken() {
    if (!window.fetch || !window.cityFormToken) { return; }
    window.cityFormToken.refresh(box.getAttribute('data-form-token'))
      .catch(function () { /* the forms still work after a reload */ });
  }

  function apply(s) {
    var key = s.stage;
    if (key === 'ALL_RED' && s.phase < 0) { key = 'STARTING'; }
    var t = (texts.stage[key] || texts.stage.UNKNOWN).replace('%p%', String(s.phase + 1)).replace('%n%', String(s.nextPhase + 1));
    setText('now-stage', t);
    setText('now-since', s.since ? clock.format(new Date(s.since)) : '');
    setText('now-mode', texts.mode[s.mode] || s.mode);
    setText('now-control', texts.control[s.control] || s.control);
    var lamp = document.getElementById('now-lamp');
    lamp.className = 'lamp ' + ({ GREEN: 'st-green', YELLOW: 'st-yellow', ALL_RED: 'st-allred' }[s.stage] || 'st-unknown');
    Array.prototype.forEach.call(document.querySelectorAll('.phase-card'), function (card) {
      var current = s.stage === 'GREEN' && Number(card.getAttribute('data-phase')) === s.phase;
      card.classList.toggle('current', current);
    });
  }

  var source = new EventSource(box.getAttribute('data-stream'));
  source.addEventListener('open', function () {
    connection.textContent = box.getAttribute('data-msg-connected');
    connection.className = 'conn on';
    refreshToken();
  });
  source.addEventListener('error', function () {
    connection.textContent = box.getAttribute('data-msg-disconnected');
    connection.className = 'conn off';
  });
  source.addEventListener('live', function (e) {
    JSON.parse(e.data).signals.forEach(function (s) {
      if (s.intersectionId === box.getAttribute('data-intersection')) { apply(s); }
    });
  });
  window.addEventListener('pagehide', function () { source.close(); });
})();
