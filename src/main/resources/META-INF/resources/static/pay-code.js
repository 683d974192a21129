/* The pay code page: counts down the code's validity and fetches a new code shortly before it expires. Without
   JavaScript the page still works: the refresh link shows a new code. */
(function () {
  'use strict';
  var box = document.getElementById('pay-code');
  if (!box || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var qr = box.querySelector('[data-qr]');
  var countdown = box.querySelector('[data-countdown]');
  var status = box.querySelector('[data-status]');
  var token = box.querySelector('input[type="hidden"]');
  var refreshBefore = Number(box.getAttribute('data-refresh-before')) || 10;
  var expiresAt = Date.now() + Number(box.getAttribute('data-seconds')) * 1000;
  var busy = false;
  var retryAt = 0;
  var stopped = false;

  function secondsLeft() {
    return Math.max(0, Math.ceil((expiresAt - Date.now()) / 1000));
  }

  function say(message) {
    status.textContent = message || '';
  }

  function showExpired(expired) {
    qr.classList.toggle('expired', expired);
    qr.setAttribute('aria-hidden', expired ? 'true' : 'false');
  }

  function renew() {
    busy = true;
    var body = new URLSearchParams();
    body.append(token.name, token.value);
    fetch(box.getAttribute('data-next'), {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Accept': 'application/json' },
      body: body
    }).then(function (response) {
      if (response.status === 401 || response.status === 403) {
        stopped = true;
      }
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (code) {
      qr.innerHTML = code.svg;
      expiresAt = Date.now() + code.seconds * 1000;
      refreshBefore = code.refreshBefore;
      showExpired(false);
      say(box.getAttribute('data-msg-renewed'));
    }).catch(function () {
      retryAt = Date.now() + 5000;
      say(box.getAttribute('data-msg-failed'));
    }).then(function () {
      busy = false;
      tick();
    });
  }

  function tick() {
    var left = secondsLeft();
    countdown.textContent = String(left);
    if (left === 0) {
      showExpired(true);
      if (stopped) {
        say(box.getAttribute('data-msg-expired'));
      }
    }
    if (!busy && !stopped && document.visibilityState !== 'hidden' && left <= refreshBefore && Date.now() >= retryAt) {
      renew();
    }
  }

  document.addEventListener('visibilitychange', tick);
  window.setInterval(tick, 1000);
  tick();
})();
