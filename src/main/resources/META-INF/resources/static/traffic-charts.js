/* Charts of the traffic pages, drawn with uPlot (served from the app): the control room's small charts of its
   figures (data-spark: data-xs Unix seconds, data-ys values, both comma-separated) and an intersection's charts with
   one line per road (data-series-chart: data-xs, and data-series as JSON [{label, values}]). Every chart has its
   numbers in words or in a table next to it. window.trafficCharts.spark(key, xs, ys) redraws a small chart. Needs
   city-charts.js. */
(function () {
  'use strict';
  var charts = window.cityCharts;
  var sparks = {};

  function numbers(text) {
    return charts.numbers(text, true);
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
      width: Math.max(120, el.clientWidth), height: 64, tzDate: charts.cityTime, legend: { show: false },
      cursor: { show: false }, select: { show: false },
      scales: { x: { time: true }, y: { range: charts.fromZero(1) } },
      axes: [{ show: false }, { show: false }],
      series: [{}, { label: el.getAttribute('data-label'), stroke: '#1a5fd0', width: 2, fill: 'rgba(26,95,208,0.12)', spanGaps: false }]
    };
    el.innerHTML = '';
    sparks[key] = new uPlot(opts, [xs, ys], el);
    charts.keepWidth(el, sparks[key], 64, 120);
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
      width: Math.max(280, el.clientWidth), height: 240, tzDate: charts.cityTime, legend: { show: true },
      scales: { x: { time: true }, y: { range: charts.fromZero(1) } },
      axes: [{}, { size: 56, label: el.getAttribute('data-unit') || '' }],
      series: [{ label: '' }]
    };
    list.forEach(function (s, i) {
      data.push(s.values);
      opts.series.push({ label: s.label, stroke: charts.COLOURS[i % charts.COLOURS.length], width: 2, spanGaps: true, points: { size: 6 } });
    });
    el.innerHTML = '';
    var plot = new uPlot(opts, data, el);
    charts.keepWidth(el, plot, 240, 120);
    el.setAttribute('data-drawn', 'true');
  }

  window.trafficCharts = {
    spark: function (key, xs, ys) {
      var el = document.querySelector('[data-spark="' + key + '"]');
      if (el && window.uPlot && charts) { spark(el, xs, ys); }
    }
  };
  if (!window.uPlot || !charts) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-spark]'), function (el) {
    spark(el, numbers(el.getAttribute('data-xs')), numbers(el.getAttribute('data-ys')));
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-series-chart]'), series);
})();
