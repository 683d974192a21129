#!/usr/bin/env python3
"""Steady load for bench/faults.sh: lane readings, gantry taps and parking bookings at fixed rates, until a stop file
appears. Every attempt is one line in the log: kind, id, HTTP status (0 when no answer), milliseconds, Retry-After,
epoch seconds. Taps behave as gantries do: a tap not answered 2xx is sent again with the same tapId; a booking not
answered is sent again with the same Idempotency-Key (until 2xx or a 4xx). A reading refused is dropped (only 2xx
count as acknowledged). Tokens are fetched again every minute; while Keycloak is away the last one is kept."""
import argparse, datetime, json, os, random, threading, time, urllib.error, urllib.request, uuid

p = argparse.ArgumentParser()
p.add_argument("--app", default="http://localhost:8080")
p.add_argument("--token-url", default="http://localhost:8180/realms/city/protocol/openid-connect/token")
p.add_argument("--out", required=True)
p.add_argument("--stop", required=True)
p.add_argument("--cards", required=True)
p.add_argument("--stations", required=True)
p.add_argument("--roads", required=True)
p.add_argument("--lots", required=True)
p.add_argument("--plate", required=True)
p.add_argument("--reading-rate", type=float, default=40)
p.add_argument("--tap-threads", type=int, default=4)
p.add_argument("--tap-rate", type=float, default=10, help="per tap thread")
p.add_argument("--booking-rate", type=float, default=2)
a = p.parse_args()

log_lock = threading.Lock()
log = open(a.out, "a", buffering=1)
tokens = {}


def now_iso(offset=0.0):
    t = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=offset)
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def fetch_token(kind):
    if kind == "device":
        form = "grant_type=client_credentials&client_id=city-devices&client_secret=city-devices-secret"
    else:
        form = "grant_type=password&client_id=city-test&username=citizen&password=citizen-demo"
    req = urllib.request.Request(a.token_url, data=form.encode(), method="POST")
    with urllib.request.urlopen(req, timeout=3) as r:
        return json.load(r)["access_token"]


def token(kind):
    t = tokens.get(kind)
    if t is None or time.time() - t[1] > 60:
        try:
            tokens[kind] = (fetch_token(kind), time.time())
        except Exception:
            if t is None:
                raise
            tokens[kind] = (t[0], time.time() - 50)  # Keycloak away: keep the last one, try again in 10 s
    return tokens[kind][0]


def call(kind, ident, path, body, who, headers=None):
    h = {"Content-Type": "application/json", "Authorization": "Bearer " + token(who)}
    h.update(headers or {})
    req = urllib.request.Request(a.app + path, data=json.dumps(body).encode(), headers=h, method="POST")
    started = time.time()
    status, retry, text = 0, "", ""
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            status, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, retry, text = e.code, e.headers.get("Retry-After") or "", e.read().decode(errors="replace")
    except Exception:
        status = 0
    ms = (time.time() - started) * 1000
    with log_lock:
        log.write(f"{kind},{ident},{status},{ms:.1f},{retry},{started:.3f}\n")
    return status, text


def paced(rate, step):
    interval = 1.0 / rate
    nxt = time.time()
    while not os.path.exists(a.stop):
        step()
        nxt += interval
        time.sleep(max(0.0, nxt - time.time()))
        if time.time() - nxt > 5:
            nxt = time.time()  # far behind (the app was away): do not burst to catch up


roads = [l.strip() for l in open(a.roads) if l.strip()]
stations = [l.strip() for l in open(a.stations) if l.strip()]
cards = [l.strip() for l in open(a.cards) if l.strip()]
lots = [l.strip() for l in open(a.lots) if l.strip()]
seq = [0]
seq_lock = threading.Lock()
base = time.time() - 240


def reading():
    with seq_lock:
        seq[0] += 1
        n = seq[0]
    road = roads[n % len(roads)]
    start = datetime.datetime.fromtimestamp(base + n * 0.001, datetime.timezone.utc)
    frm = start.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    to = (start + datetime.timedelta(seconds=60)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    body = [{"refRoadSegment": road, "laneId": 0, "dateObservedFrom": frm, "dateObservedTo": to,
             "intensity": 7, "occupancy": 0.1, "averageVehicleSpeed": 40.0, "queueLength": 1.0}]
    call("reading", f"{road}|{frm}", "/api/v1/ingest/traffic", body, "device")


def tapper(mine):
    inside = {}
    i = [0]

    def step():
        card = mine[i[0] % len(mine)]
        i[0] += 1
        direction = "OUT" if inside.get(card) else "IN"
        station = random.choice(stations)
        tap = {"tapId": str(uuid.uuid4()), "gantryId": f"G-{station}-1", "station": station, "direction": direction,
               "card": card, "tappedAt": now_iso()}
        while not os.path.exists(a.stop):
            status, _ = call("tap", tap["tapId"], "/api/v1/payments/metro/taps", tap, "device")
            if 200 <= status < 300:
                inside[card] = direction == "IN"
                return
            if 400 <= status < 500 and status != 429:
                return
            time.sleep(0.5)

    paced(a.tap_rate, step)


def booking():
    key = str(uuid.uuid4())
    body = {"lotId": random.choice(lots), "plate": a.plate, "arriveFrom": now_iso(600), "windowMinutes": 15,
            "stayMinutes": 30}
    while not os.path.exists(a.stop):
        status, text = call("booking", key, "/api/v1/parking/bookings", body, "citizen", {"Idempotency-Key": key})
        if 200 <= status < 300:
            with log_lock:
                log.write(f"booked,{key},{json.loads(text)['id']},0,,{time.time():.3f}\n")
            return
        if 400 <= status < 500 and status != 429:
            with log_lock:
                log.write(f"refused,{key},{status},0,,{time.time():.3f},{text[:300]!r}\n")
            return
        time.sleep(0.5)


threads = [threading.Thread(target=paced, args=(a.reading_rate, reading))]
for t in range(a.tap_threads):
    threads.append(threading.Thread(target=tapper, args=(cards[t::a.tap_threads],)))
threads.append(threading.Thread(target=paced, args=(a.booking_rate, booking)))
for t in threads:
    t.daemon = True
    t.start()
for t in threads:
    t.join()
