/* Charts of the traffic pages, drawn with uPlot (served from the app): the control room's small charts of its
   figures (data-spark: data-xs Unix seconds, data-ys values, both comma-separated) and an intersection's charts with
   one line per road (data-series-chart: data-xs, and data-series as JSON [{label, values}]). Every chart has its
   numbers in words or in a table next to it. window.trafficCharts.spark(key, xs, ys) redraws a small chart. */
(function () {
  'use strict';
  var ZONE = 'Asia/Shanghai';
  var COLOURS = ['#1a5fd0', '#c8102e', '#1b7f3b', '#9a6700', '#6b3fa0', '#00838f', '#5b6474', '#d81b60'];
  var sparks = {};

  function numbers(text) {
    if (!text) { return []; }
    return (text || '').split(',').map(function (s) { return s === '' ? null : Number(s); });
  }

  function tz(ts) { return uPlot.tzDate(new Date(ts * 1000), ZONE); }

  function keepWidth(el, plot, height) {
    var resize = function () { plot.setSize({ width: Math.max(120, el.clientWidth), height: height }); };
    if (window.ResizeObserver) {
      new ResizeObserver(resize).observe(el);
    } else {
      window.addEventListener('resize', resize);
    }
  }

  function spark(el, xs, ys) {
    var key = el.getAttribute('data-spark');
    if (sparks[key]) {
      sparks[key].setData([xs, ys]);
      return;
    }
    if (xs.length === 0) {
      return;
    }
    var opts = {
      width: Math.max(120, el.clientWidth), height: 64, tzDate: tz, legend: { show: false },
      cursor: { show: false }, select: { show: false },
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(1, max) * 1.1]; } } },
      axes: [{ show: false }, { show: false }],
      series: [{}, { label: el.getAttribute('data-label'), stroke: '#1a5fd0', width: 2, fill: 'rgba(26,95,208,0.12)', spanGaps: false }]
    };
    el.innerHTML = '';
    sparks[key] = new uPlot(opts, [xs, ys], el);
    keepWidth(el, sparks[key], 64);
    el.setAttribute('data-drawn', 'true');
  }

  function series(el) {
    var xs = numbers(el.getAttribute('data-xs'));
    var list = JSON.parse(el.getAttribute('data-series') || '[]');
    if (xs.length === 0 || list.length === 0) {
      return;
    }
    var data = [xs];
    var opts = {
      width: Math.max(280, el.clientWidth), height: 240, tzDate: tz, legend: { show: true },
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(1, max) * 1.1]; } } },
      axes: [{}, { size: 56, label: el.getAttribute('data-unit') || '' }],
      series: [{ label: '' }]
    };
    list.forEach(function (s, i) {
      data.push(s.values);
      opts.series.push({ label: s.label, stroke: COLOURS[i % COLOURS.length], width: 2, spanGaps: true, points: { size: 6 } });
    });
    el.innerHTML = '';
    var plot = new uPlot(opts, data, el);
    keepWidth(el, plot, 240);
    el.setAttribute('data-drawn', 'true');
  }

  window.trafficCharts = {
    spark: function (key, xs, ys) {
      var el = document.querySelector('[data-spark="' + key + '"]');
      if (el && window.uPlot) { spark(el, xs, ys); }
    }
  };
  if (!window.uPlot) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-spark]'), function (el) {
    spark(el, numbers(el.getAttribute('data-xs')), numbers(el.getAttribute('data-ys')));
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-series-chart]'), series);
})();
