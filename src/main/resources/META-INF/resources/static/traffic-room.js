/* The control room, live without reloading: one server-sent-event stream (/traffic/stream) brings every second the
   signals and roads that changed (event live), the city's figures every 30 s (kpis) and every new or moved incident
   (incident). Incident buttons post their form in the background; without scripts they post as plain forms. The
   ambulance panel asks for the trips under way every 5 s and draws their routes and vehicles on the map. */
(function () {
  'use strict';
  var room = document.getElementById('room');
  if (!room || !window.EventSource || !window.fetch) {
    return;
  }
  var SVGNS = 'http://www.w3.org/2000/svg';
  var texts = JSON.parse(room.getAttribute('data-texts'));
  var lang = room.getAttribute('data-lang');
  var map = document.getElementById('net-map');
  var list = document.getElementById('incident-list');
  var status = document.getElementById('room-status');
  var connection = document.getElementById('connection');
  var clock = new Intl.DateTimeFormat(lang, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  var roads = {};
  var loadedAt = Date.now();
  var busiestList = document.getElementById('busiest');

  function msg(name) { return room.getAttribute('data-msg-' + name) || ''; }
  function time(iso) { return iso ? clock.format(new Date(iso)) : ''; }
  function say(text) { status.textContent = text; }
  function setText(el, value) { if (el && el.textContent !== value) { el.textContent = value; } }

  /* Map positions: metres on the network's plane, then SVG units (one per metre, y down). */
  var minX = Number(map.getAttribute('data-min-x'));
  var maxY = Number(map.getAttribute('data-max-y'));
  var pad = Number(map.getAttribute('data-pad'));
  var lat0 = Number(map.getAttribute('data-lat0'));
  var lon0 = Number(map.getAttribute('data-lon0'));
  var mLat = Number(map.getAttribute('data-m-lat'));
  var mLon = Number(map.getAttribute('data-m-lon'));
  function svgPoint(lat, lon) {
    var x = (lon - lon0) * mLon;
    var y = (lat - lat0) * mLat;
    return { x: x - minX + pad, y: maxY - y + pad };
  }
  function el(name, attrs) {
    var e = document.createElementNS(SVGNS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  /* Signals */
  function stageText(s) {
    var key = s.stage;
    if (key === 'ALL_RED' && s.phase < 0) { key = 'STARTING'; }
    var t = texts.stage[key] || texts.stage.UNKNOWN;
    return t.replace('%p%', String(s.phase + 1)).replace('%n%', String(s.nextPhase + 1));
  }
  function signalClass(s) {
    var stage = { GREEN: 'st-green', YELLOW: 'st-yellow', ALL_RED: 'st-allred' }[s.stage] || 'st-unknown';
    return 'sig ' + stage + (s.held ? ' held' : '') + (s.forced ? ' forced' : '') + (s.preempted ? ' preempted' : '');
  }
  function applySignal(s) {
    var g = map.querySelector('[data-sig="' + s.intersectionId + '"]');
    var text = stageText(s);
    if (g) {
      g.setAttribute('class', signalClass(s));
      setText(g.querySelector('text'), s.stage === 'GREEN' ? String(s.phase + 1) : '');
      var title = g.querySelector('title');
      if (title) { setText(title, title.textContent.split(' · ')[0] + ' · ' + text); }
    }
    var row = document.querySelector('[data-sig-row="' + s.intersectionId + '"]');
    if (row) {
      setText(row.querySelector('[data-f=stage]'), text);
      setText(row.querySelector('[data-f=since]'), time(s.since));
      setText(row.querySelector('[data-f=mode]'), texts.mode[s.mode] || s.mode);
      setText(row.querySelector('[data-f=control]'), texts.control[s.control] || s.control);
    }
  }

  /* Roads */
  function applyRoad(r) {
    roads[r.roadId] = r;
    var path = map.querySelector('[data-road="' + r.roadId + '"]');
    if (path) {
      path.setAttribute('class', 'road q-' + r.level);
      var title = path.querySelector('title');
      if (title) {
        var words = [path.getAttribute('data-name'), texts.level[r.level] || r.level];
        if (r.level !== 'unknown') {
          words.push(msg('queue').replace('%n%', r.queue));
        }
        setText(title, words.join(' · '));
      }
    }
  }
  function showBusiest() {
    var known = Object.keys(roads).map(function (k) { return roads[k]; }).filter(function (r) { return r.level !== 'unknown'; });
    known.sort(function (a, b) { return b.queue - a.queue || (a.roadId < b.roadId ? -1 : 1); });
    var jam = known.filter(function (r) { return r.level === 'jam'; }).length;
    var busy = known.filter(function (r) { return r.level === 'busy'; }).length;
    var desc = document.getElementById('net-map-desc');
    setText(desc, desc.getAttribute('data-msg').replace('%jam%', jam).replace('%busy%', busy));
    var top = known.slice(0, Number(busiestList.getAttribute('data-limit')) || 10);
    document.getElementById('busiest-empty').hidden = top.length > 0;
    var fragment = document.createDocumentFragment();
    top.forEach(function (r) {
      var path = map.querySelector('[data-road="' + r.roadId + '"]');
      var li = document.createElement('li');
      li.className = 'q-' + r.level;
      li.setAttribute('data-road', r.roadId);
      var sw = document.createElement('span');
      sw.className = 'swatch q-' + r.level;
      sw.setAttribute('aria-hidden', 'true');
      li.appendChild(sw);
      var name = document.createElement('strong');
      name.textContent = path ? path.getAttribute('data-name') : r.roadId;
      li.appendChild(name);
      var speed = r.speedKmh === null || r.speedKmh === undefined ? '—' : String(r.speedKmh);
      li.appendChild(document.createTextNode(' · ' + (texts.level[r.level] || r.level) + ' · '
        + busiestList.getAttribute('data-msg').replace('%queue%', String(r.queue)).replace('%speed%', speed)));
      fragment.appendChild(li);
    });
    busiestList.replaceChildren(fragment);
  }

  function onLive(delta) {
    if (delta.full) { roads = {}; }
    delta.signals.forEach(applySignal);
    delta.roads.forEach(applyRoad);
    if (delta.full || delta.roads.length > 0) { showBusiest(); }
    setText(document.getElementById('updated-at'), time(delta.at));
  }

  /* Figures */
  function onKpis(view) {
    var now = view.now;
    var xs = view.series.map(function (s) { return Math.round(new Date(s.at).getTime() / 1000); });
    ['averageSpeedKmh', 'totalQueue', 'incidentsLastHour', 'meanMinutesToArrival'].forEach(function (key) {
      var v = now[key];
      setText(document.querySelector('[data-kpi="' + key + '"]'), v === null || v === undefined ? '—' : String(v));
      if (window.trafficCharts) {
        window.trafficCharts.spark(key, xs, view.series.map(function (s) { return s[key]; }));
      }
    });
  }

  /* Form tokens: a request without the token header signs a new token cookie, and the event stream cannot send
     the header, so once it is open the page takes a new token for its forms; every other request sends it. */
  var csrfName = room.getAttribute('data-csrf-name');
  var csrfHeader = room.getAttribute('data-csrf-header');
  var csrfToken = room.getAttribute('data-csrf-token');
  function jsonHeaders() {
    var h = { Accept: 'application/json' };
    h[csrfHeader] = csrfToken;
    return h;
  }
  function refreshToken() {
    return window.cityFormToken.refresh(room.getAttribute('data-form-token'))
      .then(function (t) { csrfToken = t.token; });
  }

  /* Incidents */
  function actionForm(incident, act, label, primary) {
    var form = document.createElement('form');
    form.method = 'post';
    form.action = '/traffic/incidents/' + encodeURIComponent(incident.id) + '/' + act;
    form.setAttribute('data-act', act);
    var token = document.createElement('input');
    token.type = 'hidden';
    token.name = csrfName;
    token.value = csrfToken;
    form.appendChild(token);
    var button = document.createElement('button');
    button.type = 'submit';
    button.className = (primary ? 'primary' : 'secondary') + ' small';
    button.textContent = label;
    form.appendChild(button);
    return form;
  }
  function p(className, text) {
    var e = document.createElement('p');
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function incidentRow(i) {
    var li = document.createElement('li');
    li.className = 'incident s-' + i.status;
    li.setAttribute('data-incident', i.id);
    li.setAttribute('data-status', i.status);
    li.setAttribute('data-lat', i.lat);
    li.setAttribute('data-lon', i.lon);
    var head = p('incident-head');
    var kind = document.createElement('strong');
    kind.className = 'kind';
    kind.textContent = texts.kind[i.kind] || i.kind;
    head.appendChild(kind);
    head.appendChild(document.createTextNode(' '));
    var badge = document.createElement('span');
    badge.className = 'badge status';
    badge.setAttribute('data-f', 'status');
    badge.textContent = texts.status[i.status] || i.status;
    head.appendChild(badge);
    li.appendChild(head);
    var road = lang === 'en' ? i.roadNameEn : i.roadNameZh;
    if (i.lane !== null && i.lane !== undefined) { road += ' · ' + msg('lane').replace('%n%', i.lane); }
    li.appendChild(p('where', road));
    var when = p('muted small');
    when.appendChild(document.createTextNode(msg('detected') + ' '));
    var t = document.createElement('time');
    t.textContent = time(i.detectedAt);
    when.appendChild(t);
    if (i.unitId) {
      when.appendChild(document.createTextNode(' · '));
      var unit = document.createElement('span');
      unit.className = 'unit';
      unit.setAttribute('data-f', 'unit');
      var eta = i.etaSeconds ? ' · ' + msg('eta').replace('%n%', Math.max(1, Math.round(i.etaSeconds / 60))) : '';
      unit.textContent = i.unitId + eta;
      when.appendChild(unit);
    }
    li.appendChild(when);
    var actions = document.createElement('div');
    actions.className = 'incident-actions';
    if (i.status === 'DETECTED') { actions.appendChild(actionForm(i, 'dispatch', msg('dispatch'), true)); }
    if (i.status === 'DISPATCHED') { actions.appendChild(actionForm(i, 'on-scene', msg('on-scene'), false)); }
    if (i.status !== 'CLEARED') { actions.appendChild(actionForm(i, 'clear', msg('clear'), false)); }
    li.appendChild(actions);
    return li;
  }
  function countIncidents() {
    var n = list.querySelectorAll('li[data-incident]').length;
    setText(document.getElementById('incident-count'), String(n));
    document.getElementById('incidents-empty').hidden = n > 0;
    drawIncidents();
  }
  function upsert(i, announce) {
    var old = list.querySelector('li[data-incident="' + i.id + '"]');
    if (i.status === 'CLEARED') {
      if (old) { old.remove(); }
      countIncidents();
      return;
    }
    var row = incidentRow(i);
    if (old) {
      list.replaceChild(row, old);
    } else {
      row.classList.add('new');
      list.insertBefore(row, list.firstChild);
      if (announce) {
        say(msg('new-incident').replace('%kind%', texts.kind[i.kind] || i.kind)
          .replace('%road%', lang === 'en' ? i.roadNameEn : i.roadNameZh));
      }
    }
    countIncidents();
  }
  function resync() {
    fetch(room.getAttribute('data-incidents'), { headers: jsonHeaders(), cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (open) {
        var ids = {};
        open.forEach(function (i) { ids[i.id] = true; });
        Array.prototype.forEach.call(list.querySelectorAll('li[data-incident]'), function (li) {
          if (!ids[li.getAttribute('data-incident')]) { li.remove(); }
        });
        // announced if it came up after the page was made and the stream did not bring it
        open.slice().reverse().forEach(function (i) { upsert(i, new Date(i.detectedAt).getTime() > loadedAt); });
        countIncidents();
      })
      .catch(function () { /* the stream's next events bring them */ });
  }
  function drawIncidents() {
    var layer = document.getElementById('incident-layer');
    var fragment = document.createDocumentFragment();
    Array.prototype.forEach.call(list.querySelectorAll('li[data-incident]'), function (li) {
      var at = svgPoint(Number(li.getAttribute('data-lat')), Number(li.getAttribute('data-lon')));
      var g = el('g', { 'class': 'incident-mark', transform: 'translate(' + at.x.toFixed(1) + ' ' + at.y.toFixed(1) + ')', 'data-incident-mark': li.getAttribute('data-incident') });
      g.appendChild(el('polygon', { points: '0,-105 90,55 -90,55' }));
      var t = el('text', { y: '35' });
      t.textContent = '!';
      g.appendChild(t);
      fragment.appendChild(g);
    });
    layer.replaceChildren(fragment);
  }
  var error = document.getElementById('incident-error');
  function showError(text) {
    error.textContent = text;
    error.hidden = false;
  }
  function post(form, retry) {
    return fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(function (r) {
      if (r.status === 400 && retry) {
        // a stale form token (the stream reconnected meanwhile): take a new one and send again
        return refreshToken().then(function () { return post(form, false); });
      }
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    });
  }
  list.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.getAttribute('data-act')) { return; }
    event.preventDefault();
    error.hidden = true;
    var button = form.querySelector('button');
    button.disabled = true;
    post(form, true)
      .then(function (answer) {
        if (answer.ok) {
          upsert(answer.body, false);
        } else {
          button.disabled = false;
          showError(answer.body.message || msg('failed'));
          resync();
        }
      })
      .catch(function () { button.disabled = false; showError(msg('failed')); });
  });

  /* Ambulances */
  var tripStatus = document.getElementById('trips-status');
  var tripList = document.getElementById('trip-list');
  function duration(seconds) {
    var s = Math.max(0, Math.round(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }
  function hospital(trip) {
    var named = lang === 'en' ? trip.hospitalNameEn : trip.hospitalNameZh;
    return named || trip.hospitalName || '';
  }
  function showTrips(trips) {
    var routes = document.getElementById('route-layer');
    var vehicles = document.getElementById('vehicle-layer');
    var routeFragment = document.createDocumentFragment();
    var vehicleFragment = document.createDocumentFragment();
    var items = document.createDocumentFragment();
    (trips || []).forEach(function (trip) {
      (trip.routeRoadIds || []).forEach(function (roadId) {
        var road = map.querySelector('[data-road="' + roadId + '"]');
        if (road) {
          routeFragment.appendChild(el('path', { 'class': 'route', d: road.getAttribute('d'), 'data-route-road': roadId, 'data-trip': trip.id }));
        }
      });
      if (trip.position && trip.position.lat !== undefined) {
        var at = svgPoint(trip.position.lat, trip.position.lon);
        var g = el('g', { 'class': 'vehicle-mark', transform: 'translate(' + at.x.toFixed(1) + ' ' + at.y.toFixed(1) + ')', 'data-vehicle': trip.vehicleId });
        g.appendChild(el('circle', { r: '80' }));
        var t = el('text', { y: '34' });
        t.textContent = '+';
        g.appendChild(t);
        var title = el('title');
        title.textContent = trip.vehicleId + ' → ' + hospital(trip);
        g.appendChild(title);
        vehicleFragment.appendChild(g);
      }
      var li = document.createElement('li');
      li.setAttribute('data-trip', trip.id);
      var head = p('incident-head');
      var name = document.createElement('strong');
      name.textContent = trip.vehicleId + ' → ' + hospital(trip);
      head.appendChild(name);
      var badge = document.createElement('span');
      badge.className = 'badge open';
      badge.textContent = texts.trip[trip.status] || trip.status || '';
      head.appendChild(badge);
      li.appendChild(head);
      var words = [];
      if (trip.etaSeconds !== null && trip.etaSeconds !== undefined) {
        words.push(tripList.getAttribute('data-msg-eta').replace('%eta%', duration(trip.etaSeconds)));
      }
      if (trip.startedAt) { words.push(tripList.getAttribute('data-msg-started').replace('%time%', time(trip.startedAt))); }
      li.appendChild(p('', words.join(' · ')));
      li.appendChild(p('muted small', tripList.getAttribute('data-msg-preempted').replace('%n%', trip.signalsPreempted || 0)
        + ' · ' + tripList.getAttribute('data-msg-stops').replace('%n%', trip.stopsAtRed || 0)));
      items.appendChild(li);
    });
    routes.replaceChildren(routeFragment);
    vehicles.replaceChildren(vehicleFragment);
    tripList.replaceChildren(items);
    tripStatus.hidden = (trips || []).length > 0;
    if (!trips || trips.length === 0) { tripStatus.textContent = tripStatus.getAttribute('data-msg-none'); }
  }
  function pollTrips() {
    if (document.visibilityState === 'hidden') { return; }
    fetch(room.getAttribute('data-trips'), { headers: jsonHeaders(), cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) {
        if (r.status === 404) { return []; }
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (body) { showTrips(Array.isArray(body) ? body : (body && body.trips) || []); })
      .catch(function () {
        showTrips([]);
        tripStatus.textContent = tripStatus.getAttribute('data-msg-failed');
      });
  }
  window.trafficRoom = { showTrips: showTrips };

  /* The stream */
  var source = new EventSource(room.getAttribute('data-stream'));
  source.addEventListener('open', function () {
    connection.textContent = msg('connected');
    connection.className = 'conn on';
    refreshToken().then(resync, resync);
  });
  source.addEventListener('error', function () {
    connection.textContent = msg('disconnected');
    connection.className = 'conn off';
  });
  source.addEventListener('live', function (e) { onLive(JSON.parse(e.data)); });
  source.addEventListener('kpis', function (e) { onKpis(JSON.parse(e.data)); });
  source.addEventListener('incident', function (e) { upsert(JSON.parse(e.data), true); });
  window.addEventListener('pagehide', function () { source.close(); });

  drawIncidents();
  pollTrips();
  window.setInterval(pollTrips, 5000);
})();
