/* Charts of the parking pages, drawn with uPlot (served from the app) from the numbers in data attributes:
   data-chart="hours" (x is the hour of the day), "time" (x is a Unix time, shown in Beijing time) or "revenue"
   (bars of data-ys by day, and data-ys2 as a line). Each chart also has its numbers as a table next to it. Needs
   city-charts.js. */
(function () {
  'use strict';
  if (!window.uPlot || !window.cityCharts) {
    return;
  }
  var charts = window.cityCharts;
  var numbers = function (text) { return charts.numbers(text, false); };
  var css = charts.css;

  function draw(el) {
    var kind = el.getAttribute('data-chart');
    var xs = numbers(el.getAttribute('data-xs'));
    var ys = numbers(el.getAttribute('data-ys'));
    if (xs.length === 0) {
      return;
    }
    var width = Math.max(280, el.clientWidth);
    var red = css('--red', '#c8102e');
    var blue = css('--focus', '#1a5fd0');
    var opts = {
      width: width,
      height: 240,
      legend: { show: true },
      cursor: { points: { size: 8 } },
      scales: { x: { time: kind !== 'hours' } },
      axes: [{}, { size: 56 }],
      series: [
        { label: el.getAttribute('data-xlabel') || '' },
        { label: el.getAttribute('data-label'), stroke: blue, width: 2, fill: 'rgba(26,95,208,0.12)' }
      ]
    };
    var data = [xs, ys];
    var ymax = Number(el.getAttribute('data-ymax')) || 0;
    var fromZero = function (u, min, max) { return [0, Math.max(ymax, max, 1) * 1.05]; };
    if (kind === 'hours') {
      opts.scales.x.range = function () { return [-0.5, 23.5]; };
      opts.scales.y = { range: fromZero };
      opts.axes[0] = { incrs: [1, 2, 3, 6], values: function (u, splits) { return splits.map(function (v) { return v + ':00'; }); } };
      opts.series[0] = { label: el.getAttribute('data-xlabel') || '', value: function (u, v) { return v == null ? '' : v + ':00'; } };
      opts.series[1].paths = uPlot.paths.bars({ size: [0.8, 40] });
      opts.series[1].points = { show: false };
    } else if (kind === 'time') {
      opts.tzDate = charts.cityTime;
      opts.scales.y = { range: fromZero };
    } else if (kind === 'revenue') {
      opts.tzDate = charts.cityTime;
      opts.scales.x.range = function (u, min, max) { return [min - 43200, max + 43200]; };
      opts.series[1] = { label: el.getAttribute('data-label'), stroke: red, fill: 'rgba(200,16,46,0.35)', width: 1,
        paths: uPlot.paths.bars({ size: [0.7, 40] }), points: { show: false } };
      opts.series.push({ label: el.getAttribute('data-label2'), stroke: blue, width: 2 });
      opts.axes[1].values = function (u, splits) { return splits.map(function (v) { return '¥' + v; }); };
      data.push(numbers(el.getAttribute('data-ys2')));
      opts.scales.y = { range: function (u, min, max) { return [0, Math.max(10, max * 1.1)]; } };
    }
    el.innerHTML = '';
    var plot = new uPlot(opts, data, el);
    charts.keepWidth(el, plot, 240, 280);
    el.setAttribute('data-drawn', 'true');
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
})();
