#!/usr/bin/env python3
"""Steady API load for bench/soak.sh until a stop file appears: a mix of reads (nearby parking search, metro
stations, the citizen's bookings and notifications, the parking page) and writes (gantry taps, lane readings, a
booking and its cancellation), RATE requests a second in all. Every request is one line in the log: kind, HTTP
status (0 when no answer), milliseconds, epoch seconds. Tokens are fetched again every minute."""
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
p.add_argument("--rate", type=float, default=60)
p.add_argument("--threads", type=int, default=6)
a = p.parse_args()

lock = threading.Lock()
log = open(a.out, "a", buffering=1)
tokens = {}


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


def token(kind):
    with lock:
        t = tokens.get(kind)
        if t is None or time.time() - t[1] > 60:
            form = ("grant_type=client_credentials&client_id=city-devices&client_secret=city-devices-secret"
                    if kind == "device" else
                    "grant_type=password&client_id=city-test&username=citizen&password=citizen-demo")
            req = urllib.request.Request(a.token_url, data=form.encode(), method="POST")
            with urllib.request.urlopen(req, timeout=5) as r:
                tokens[kind] = (json.load(r)["access_token"], time.time())
        return tokens[kind][0]


def call(kind, method, path, body=None, who=None, headers=None):
    h = dict(headers or {})
    if who:
        h["Authorization"] = "Bearer " + token(who)
    data = None
    if body is not None:
        h["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    req = urllib.request.Request(a.app + path, data=data, headers=h, method=method)
    started = time.time()
    status, text = 0, ""
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            status, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode(errors="replace")
    except Exception:
        status = 0
    with lock:
        log.write(f"{kind},{status},{(time.time() - started) * 1000:.1f},{started:.3f}\n")
    return status, text


roads = [l.strip() for l in open(a.roads) if l.strip()]
stations = [l.strip() for l in open(a.stations) if l.strip()]
cards = [l.strip() for l in open(a.cards) if l.strip()]
lots = [l.strip() for l in open(a.lots) if l.strip()]
inside = {}
reading_at = {}


def nearby():
    lat, lon = 31.2304 + random.uniform(-0.05, 0.05), 121.4737 + random.uniform(-0.05, 0.05)
    call("nearby", "GET", f"/api/v1/parking/lots/nearby?lat={lat:.5f}&lon={lon:.5f}&radius=1500")


def stations_list():
    call("stations", "GET", "/api/v1/payments/metro/stations")


def my_bookings():
    call("my-bookings", "GET", "/api/v1/parking/bookings", who="citizen")


def my_notifications():
    call("my-notifications", "GET", "/api/v1/citizen/my/notifications?size=5", who="citizen")


def parking_page():
    call("parking-page", "GET", "/parking")


def tap():
    with lock:
        card = random.choice(cards)
        direction = "OUT" if inside.get(card) else "IN"
    station = random.choice(stations)
    status, _ = call("tap", "POST", "/api/v1/payments/metro/taps",
                     {"tapId": str(uuid.uuid4()), "gantryId": f"G-{station}-1", "station": station,
                      "direction": direction, "card": card, "tappedAt": iso(time.time())}, "device")
    if 200 <= status < 300:
        with lock:
            inside[card] = direction == "IN"


def reading():
    road = random.choice(roads)
    now = time.time()
    with lock:
        frm = max(now - 60, reading_at.get(road, 0) + 1)
        reading_at[road] = frm
    call("reading", "POST", "/api/v1/ingest/traffic",
         [{"refRoadSegment": road, "laneId": 0, "dateObservedFrom": iso(frm), "dateObservedTo": iso(frm + 30),
           "intensity": random.randint(0, 20), "occupancy": random.random() * 0.5,
           "averageVehicleSpeed": random.uniform(10, 60), "queueLength": random.uniform(0, 10)}], "device")


def book_and_cancel():
    key = str(uuid.uuid4())
    status, text = call("booking", "POST", "/api/v1/parking/bookings",
                        {"lotId": random.choice(lots), "plate": a.plate, "arriveFrom": iso(time.time() + 900),
                         "windowMinutes": 15, "stayMinutes": 30}, "citizen", {"Idempotency-Key": key})
    if status == 201:
        call("cancel", "POST", f"/api/v1/parking/bookings/{json.loads(text)['id']}/cancel", None, "citizen")


MIX = [(nearby, 25), (stations_list, 10), (my_bookings, 10), (my_notifications, 5), (parking_page, 5), (tap, 25),
       (reading, 17), (book_and_cancel, 3)]
population = [f for f, w in MIX for _ in range(w)]


def worker():
    interval = a.threads / a.rate
    nxt = time.time()
    while not os.path.exists(a.stop):
        random.choice(population)()
        nxt += interval
        time.sleep(max(0.0, nxt - time.time()))
        if time.time() - nxt > 5:
            nxt = time.time()


threads = [threading.Thread(target=worker, daemon=True) for _ in range(a.threads)]
for t in threads:
    t.start()
for t in threads:
    t.join()
