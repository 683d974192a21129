/* What the charts of every page share (uPlot, served from the app): reading the numbers of data attributes, the
   city's time on a time axis, the palette of the stylesheet, and a chart that keeps the width of its box.
   Load it before a page's own chart script. */
(function () {
  'use strict';
  var ZONE = 'Asia/Shanghai';

  window.cityCharts = {
    /* Distinct line colours, in the order the series come. */
    COLOURS: ['#1a5fd0', '#c8102e', '#1b7f3b', '#9a6700', '#6b3fa0', '#00838f', '#5b6474', '#d81b60'],

    /* The comma-separated numbers of an attribute; an empty item is a gap (null) with gaps, else left out. */
    numbers: function (text, gaps) {
      var items = (text || '').split(',');
      if (!text) { return []; }
      return gaps
        ? items.map(function (s) { return s === '' ? null : Number(s); })
        : items.filter(function (s) { return s !== ''; }).map(Number);
    },

    /* A Unix time in seconds as uPlot shows it: in the city's time zone, wherever the browser is. */
    cityTime: function (ts) {
      return uPlot.tzDate(new Date(ts * 1000), ZONE);
    },

    /* A colour of the stylesheet (a custom property of :root), or the fallback. */
    css: function (name, fallback) {
      var v = getComputedStyle(document.documentElement).getPropertyValue(name);
      return v && v.trim() ? v.trim() : fallback;
    },

    /* A y range from zero to a little above the highest value (and at least to floor). */
    fromZero: function (floor) {
      return function (u, min, max) { return [0, Math.max(floor || 1, max) * 1.1]; };
    },

    /* Redraws the plot at its box's width whenever the box changes, never narrower than minWidth. */
    keepWidth: function (el, plot, height, minWidth) {
      var resize = function () { plot.setSize({ width: Math.max(minWidth, el.clientWidth), height: height }); };
      if (window.ResizeObserver) {
        new ResizeObserver(resize).observe(el);
      } else {
        window.addEventListener('resize', resize);
      }
    }
  };
})();
