/* The twin's evaluation page: follows a run (polls its status every second, moves the progress bar, and puts the
   results in place of the bar when it is done, without a reload) and draws the results' charts with uPlot
   (data-twin-chart: JSON {x, series: [{label, values}]}). Each chart has its numbers in a table next to it. Needs
   city-charts.js. */
(function () {
  'use strict';
  var charts = window.cityCharts;

  function draw(root) {
    if (!window.uPlot || !charts) { return; }
    Array.prototype.forEach.call(root.querySelectorAll('[data-twin-chart]'), function (el) {
      var text = el.getAttribute('data-twin-chart');
      if (!text || el.getAttribute('data-drawn') === 'true') { return; }
      var d = JSON.parse(text);
      if (!d.x || d.x.length === 0) { return; }
      var data = [d.x];
      var series = [{ label: el.getAttribute('data-x-label') }];
      d.series.forEach(function (s, i) {
        data.push(s.values);
        series.push({ label: s.label, stroke: charts.COLOURS[i % charts.COLOURS.length], width: 2, points: { show: false } });
      });
      var opts = {
        width: Math.max(260, el.clientWidth), height: 260, legend: { show: true },
        scales: { x: { time: false }, y: { range: charts.fromZero(1) } },
        axes: [{ label: el.getAttribute('data-x-label') }, { label: el.getAttribute('data-y-label'), size: 56 }],
        series: series
      };
      el.innerHTML = '';
      var plot = new uPlot(opts, data, el);
      charts.keepWidth(el, plot, 260, 260);
      el.setAttribute('data-drawn', 'true');
    });
  }

  var live = document.getElementById('run-live');
  if (!live) { return; }
  draw(live);
  var bar = document.getElementById('run-progress');
  if (!bar) { return; }
  var text = document.getElementById('run-progress-text');
  var statusCell = document.querySelector('[data-testid=run-status]');
  var announce = document.getElementById('run-announce');
  var busy = false;
  var timer = null;

  // the form token travels along: a request without it would be answered with a new token cookie, and the cancel
  // form on this page would then be refused
  function headers(accept) {
    var h = { Accept: accept };
    var token = document.querySelector('input[name="' + live.getAttribute('data-csrf-name') + '"]');
    if (token) { h[live.getAttribute('data-csrf-header')] = token.value; }
    return h;
  }

  function get(url, accept) {
    return fetch(url, { headers: headers(accept), cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r; });
  }

  function stop() {
    if (timer !== null) { window.clearInterval(timer); timer = null; }
  }

  function apply(s) {
    bar.value = s.percent;
    bar.textContent = s.percent + '%';
    text.textContent = s.status === 'QUEUED' ? live.getAttribute('data-msg-waiting') : s.text;
    if (statusCell) { statusCell.textContent = s.text; }
    if (s.status === 'DONE') {
      stop();
      return get(live.getAttribute('data-results-url'), 'text/html')
        .then(function (r) { return r.text(); })
        .then(function (html) {
          live.innerHTML = html;
          draw(live);
          announce.textContent = s.text;
        });
    }
    if (s.status === 'FAILED' || s.status === 'CANCELLED') {
      stop();
      window.location.reload();
    }
    return null;
  }

  function poll() {
    if (busy) { return; }
    busy = true;
    get(live.getAttribute('data-status-url'), 'application/json')
      .then(function (r) { return r.json(); })
      .then(apply)
      .catch(function () { /* the next poll tries again */ })
      .then(function () { busy = false; });
  }

  timer = window.setInterval(poll, 1000);
  poll();
})();
