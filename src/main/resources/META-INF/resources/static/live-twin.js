/* The live twin's control panel: reads the twin's state every two seconds and puts it in place (data-field), so the
   panel follows the living city without a reload. The forms work without this script. */
(function () {
  'use strict';
  var root = document.getElementById('live-twin');
  if (!root) { return; }
  var url = root.getAttribute('data-status-url');
  var yes = root.getAttribute('data-yes');
  var no = root.getAttribute('data-no');

  function text(value) {
    if (value === true) { return yes; }
    if (value === false) { return no; }
    if (value === null || value === undefined) { return '—'; }
    if (typeof value === 'number') { return value.toLocaleString(); }
    return String(value);
  }

  function show(s) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-field]'), function (el) {
      var name = el.getAttribute('data-field');
      if (name === 'ambulances') {
        el.innerHTML = '';
        if (!s.ambulances.length) {
          var none = document.createElement('li');
          none.className = 'muted';
          none.textContent = el.getAttribute('data-none');
          el.appendChild(none);
        }
        s.ambulances.forEach(function (a) {
          var li = document.createElement('li');
          var code = document.createElement('span');
          code.className = 'code';
          code.textContent = a.vehicleId;
          li.appendChild(code);
          li.appendChild(document.createTextNode(' → ' + a.hospitalId));
          el.appendChild(li);
        });
      } else if (name in s) {
        el.textContent = text(s[name]);
      }
    });
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { if (s) { show(s); } })
      .catch(function () { /* the next poll tries again */ })
      .then(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 2000);
})();
