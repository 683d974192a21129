#!/usr/bin/env bash
# Fault benchmark in one command: ./bench/faults.sh
# PostgreSQL and Keycloak run in one process (`--services-only`, with CITY_FAULT_SWITCHES: while the file
# postgres-down or keycloak-down exists in that directory the service is stopped, and it is started again on the same
# data and ports once the file is removed; see city.platform.boot.FaultSwitches), the app in another. A steady load
# (bench/faultload.py: lane readings, gantry taps, parking bookings) runs through three faults:
#   a. PostgreSQL stopped for PG_DOWN (20) seconds and started again;
#   b. Keycloak stopped (its whole process tree) and started again;
#   c. the app killed with kill -9 and started again.
# Each check prints PASS or FAIL with its figures; afterwards every acknowledged (2xx) reading, tap and booking is
# looked up in the database: none lost, none doubled, every finished trip settled once, the ledger balanced. Prints a
# Markdown report, kept in bench/results/. SKIP_BUILD=1 uses the jar already built.
set -uo pipefail
cd "$(dirname "$0")/.."
PG_DOWN=${PG_DOWN:-20}
KC_DOWN=${KC_DOWN:-20}
APP=http://localhost:8080
KC=http://localhost:8180
TOKEN_URL=$KC/realms/city/protocol/openid-connect/token
PSQL=(psql -h localhost -p 55432 -U postgres -d city -Atq)
export PGPASSWORD=postgres
for tool in jq curl python3 psql; do
    command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
DATA=$(mktemp -d)
WORK=$(mktemp -d)
SWITCHES="$WORK/switches"
mkdir -p "$SWITCHES"
SERVICES_PID=""
APP_PID=""
LOAD_PID=""
stop() {
    local pid=$1
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        wait "$pid" 2>/dev/null || true
    fi
}
trap 'touch "$WORK/stop"; stop "$LOAD_PID"; stop "$APP_PID"; stop "$SERVICES_PID"; cp "$WORK"/load.* /tmp/ 2>/dev/null
    mv /tmp/load.csv /tmp/city-bench-faults-load.csv 2>/dev/null; rm -rf "$DATA" "$WORK"' EXIT
RESULTS=()
FAILED=0
check() { # check <name> <condition result 0/1> <figures>
    if [ "$2" = 0 ]; then RESULTS+=("| $1 | PASS | $3 |"); echo "PASS $1: $3"; else
        RESULTS+=("| $1 | **FAIL** | $3 |"); echo "FAIL $1: $3"; FAILED=1; fi
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

echo "Starting PostgreSQL and Keycloak (another process, with fault switches in $SWITCHES)..."
CITY_DATA_DIR="$DATA" CITY_FAULT_SWITCHES="$SWITCHES" java -jar target/quarkus-app/quarkus-run.jar --services-only \
    >/tmp/city-bench-faults-services.log 2>&1 &
SERVICES_PID=$!
until curl -fs -o /dev/null "$KC/realms/city/.well-known/openid-configuration"; do
    kill -0 "$SERVICES_PID" 2>/dev/null || { echo "the services died; see /tmp/city-bench-faults-services.log" >&2; exit 1; }
    sleep 1
done

start_app() {
    CITY_CSRF_KEY=bench-csrf-key-of-at-least-32-bytes!! CITY_PORTAL_SECRET=city-portal-secret \
        java -Xmx1g -Dcity.external-services=true -Dcity.simulation.enabled=false -Dcity.rate-limits.enabled=false \
        -Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:55432/city \
        -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
        -Dcity.notifications.dispatch-every=off \
        -jar target/quarkus-app/quarkus-run.jar >>/tmp/city-bench-faults-app.log 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "$APP/q/health/ready"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see /tmp/city-bench-faults-app.log" >&2; exit 1; }
        sleep 0.2
    done
}
: >/tmp/city-bench-faults-app.log
start_app

token() { curl -fs "$@" "$TOKEN_URL" | jq -r .access_token; }
user() { token -d grant_type=password -d client_id=city-test -d username="$1" -d password="$1-demo"; }
json() { curl -fs -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
ADMIN=$(user payments-admin)
CITIZEN=$(user citizen)

echo "Preparing cards, the citizen's wallet and plate, roads, lots..."
json "$ADMIN" -X POST -H "Idempotency-Key: faults-cards-$RANDOM$RANDOM" -d '{"count":400,"valueFen":100000}' \
    "$APP/api/v1/payments/admin/transit-cards" | grep -o '"number":"[0-9]*"' | grep -o '[0-9]*' >"$WORK/cards"
curl -fs "$APP/api/v1/payments/metro/stations" | grep -o '"code":"[A-Z0-9]*"' | cut -d'"' -f4 >"$WORK/stations"
json "$(user traffic-operator)" "$APP/api/v1/traffic/network/roadnet.json" | jq -r '.roads[].id' >"$WORK/roads"
curl -fs "$APP/api/v1/parking/lots" | grep -o '"id":"[A-Z0-9-]*"' | cut -d'"' -f4 | sort -u | head -30 >"$WORK/lots"
# a space is booked only when its sensor reported it free: the sensors of these lots report free once
DEVICE=$(token -d grant_type=client_credentials -d client_id=city-devices -d client_secret=city-devices-secret)
while read -r lot; do
    curl -fs "$APP/api/v1/parking/lots/$lot/spaces" | grep -o '"sensorId":"[^"]*"' | cut -d'"' -f4 \
        | jq -Rsc --arg at "$(date -u +%Y-%m-%dT%H:%M:%S.000Z)" \
            'split("\n") | map(select(. != "") | {sensorId: ., type: "status", occupied: false, observedAt: $at})' \
        | json "$DEVICE" -o /dev/null --data-binary @- "$APP/api/v1/ingest/parking"
done <"$WORK/lots"
card=$(json "$CITIZEN" -X POST -d '{"number":"4242424242424242","expMonth":12,"expYear":2031,"cvv":"123"}' \
    "$APP/api/v1/payments/cards" | jq -r .id)
for i in 1 2 3 4 5; do
    json "$CITIZEN" -X POST -H "Idempotency-Key: faults-fund-$i-$RANDOM" -d "{\"cardId\":\"$card\",\"amountFen\":500000}" \
        "$APP/api/v1/payments/wallet/top-ups" >/dev/null
done
PLATE="沪F$(shuf -i 10000-99999 -n 1)"
json "$CITIZEN" -X POST -d "{\"plate\":\"$PLATE\"}" "$APP/api/v1/parking/vehicles" >/dev/null
echo "  $(wc -l <"$WORK/cards") cards, $(wc -l <"$WORK/stations") stations, $(wc -l <"$WORK/roads") roads, $(wc -l <"$WORK/lots") lots, plate $PLATE"

LOAD="$WORK/load.csv"
: >"$LOAD"
python3 bench/faultload.py --out "$LOAD" --stop "$WORK/stop" --cards "$WORK/cards" --stations "$WORK/stations" \
    --roads "$WORK/roads" --lots "$WORK/lots" --plate "$PLATE" >"$WORK/load.log" 2>&1 &
LOAD_PID=$!
echo "Steady load: 40 readings/s, 40 taps/s, 2 bookings/s; 20 s before the first fault..."
sleep 20
# requests of a kind in a time window: count, 2xx, 503, 503 with Retry-After, p50/p99/max ms of the 503s
window() {
    python3 - "$LOAD" "$1" "$2" "$3" <<'PY'
import sys
path, kind, a, b = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
n = ok = s = r = none = five = 0
lat = []
for line in open(path):
    f = line.rstrip("\n").split(",")
    if len(f) < 6 or f[0] != kind or not a <= float(f[5]) < b:
        continue
    n += 1
    code = int(f[2])
    ok += 200 <= code < 300
    none += code == 0
    five += code >= 500 and code != 503
    if code == 503:
        s += 1
        r += f[4] != ""
        lat.append(float(f[3]))
lat.sort()
q = lambda p: round(lat[min(len(lat) - 1, int(len(lat) * p))]) if lat else 0
print(n, ok, s, r, q(0.5), q(0.99), round(lat[-1]) if lat else 0, none, five)
PY
}

### a. PostgreSQL away
echo "a. Stopping PostgreSQL for $PG_DOWN s..."
READY_LOG="$WORK/ready.log"
(while [ ! -e "$WORK/stop-ready" ]; do
    printf '%s %s\n' "$(date +%s.%N)" "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$APP/q/health/ready")"
    sleep 0.25
done) >"$READY_LOG" &
READY_PID=$!
touch "$SWITCHES/postgres-down"
PG_STOP=$(now)
until ! "${PSQL[@]}" -c 'select 1' >/dev/null 2>&1; do sleep 0.1; done
PG_GONE=$(now)
sleep "$PG_DOWN"
rm "$SWITCHES/postgres-down"
PG_BACK_ASKED=$(now)
until "${PSQL[@]}" -c 'select 1' >/dev/null 2>&1; do sleep 0.1; done
PG_BACK=$(now)
until curl -fs -o /dev/null "$APP/q/health/ready"; do sleep 0.1; done
APP_READY=$(now)
sleep 10
touch "$WORK/stop-ready"
wait "$READY_PID" 2>/dev/null
DOWN_FROM=$(awk -v a="$PG_GONE" '$1 >= a && $2 != 200 { print $1; exit }' "$READY_LOG")
DOWN_TO=$(awk -v a="$PG_GONE" -v b="$PG_BACK" '$1 >= a && $1 <= b && $2 != 200' "$READY_LOG" | wc -l)
ALL=$(awk -v a="$PG_GONE" -v b="$PG_BACK" '$1 >= a && $1 <= b' "$READY_LOG" | wc -l)
check "a. readiness down while PostgreSQL is away" $([ "$DOWN_TO" -ge $((ALL * 9 / 10)) ] && [ "$ALL" -gt 0 ]; echo $?) \
    "$DOWN_TO of $ALL probes not ready between stop and restart (first $(awk -v a="$PG_GONE" -v d="${DOWN_FROM:-0}" 'BEGIN { printf "%.1f", d - a }') s after)"
read -r n ok s r p50 p99 max none five <<<"$(window tap "$(awk -v a="$PG_GONE" 'BEGIN { printf "%.3f", a + 1 }')" "$PG_BACK")"
check "a. taps while away: 503 with Retry-After, fast" $([ "$s" -gt 0 ] && [ "$r" -eq "$s" ] && [ "$five" -eq 0 ] && awk -v m="$p99" 'BEGIN { exit !(m < 3000) }'; echo $?) \
    "$n attempts, $ok 2xx, $s 503 ($r with Retry-After), 503 latency p50 $p50 ms p99 $p99 ms max $max ms; $five other 5xx, $none unanswered"
read -r n ok s r p50 p99 max none five <<<"$(window reading "$(awk -v a="$PG_GONE" 'BEGIN { printf "%.3f", a + 1 }')" "$PG_BACK")"
check "a. readings while away: kept (202) or 503, never a 500" $([ "$five" -eq 0 ] && [ "$none" -eq 0 ]; echo $?) \
    "$n posts, $ok accepted (kept in memory, written when PostgreSQL is back), $s 503 ($r with Retry-After, p99 $p99 ms); $five other 5xx"
read -r n ok s r p50 p99 max none five <<<"$(window booking "$(awk -v a="$PG_GONE" 'BEGIN { printf "%.3f", a + 1 }')" "$PG_BACK")"
check "a. bookings while away: 503 with Retry-After, fast" $([ "$five" -eq 0 ] && [ "$r" -eq "$s" ]; echo $?) \
    "$n attempts, $ok 2xx, $s 503 ($r with Retry-After), p50 $p50 ms p99 $p99 ms max $max ms; $five other 5xx"
RECOVER_S=$(awk -v a="$PG_BACK" -v b="$APP_READY" 'BEGIN { printf "%.1f", b - a }')
read -r n ok s r p50 p99 max none five <<<"$(window tap "$(awk -v a="$APP_READY" 'BEGIN { printf "%.3f", a + 2 }')" "$(now)")"
check "a. recovers by itself" $([ "$n" -gt 0 ] && [ "$ok" -eq "$n" ]; echo $?) \
    "PostgreSQL back $(awk -v a="$PG_BACK_ASKED" -v b="$PG_BACK" 'BEGIN { printf "%.1f", b - a }') s after the restart began, the app ready $RECOVER_S s later; then $ok of $n taps 2xx"

### b. Keycloak away
echo "b. Stopping Keycloak..."
OLD_CITIZEN=$(user citizen)
touch "$SWITCHES/keycloak-down"
until ! curl -fs -m 2 -o /dev/null "$KC/realms/city/.well-known/openid-configuration"; do sleep 0.2; done
KC_GONE=$(now)
sleep 3
probe() { curl -s -o "$WORK/body" -m 15 -w '%{http_code} %{time_total} %{content_type}' "$@"; }
PAGES=""
PAGES_OK=0
for page in / /parking /static/city.js; do
    read -r code t ct <<<"$(probe "$APP$page")"
    PAGES="$PAGES $page $code (${t}s);"
    [ "$code" = 200 ] || PAGES_OK=1
done
check "b. public pages while Keycloak is away" $PAGES_OK "$PAGES"
API_OK=0
API=""
for auth in none forged valid; do
    case $auth in
    none) h=() ;;
    forged) h=(-H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Im5vcGUifQ.eyJzdWIiOiJ4In0.c2ln") ;;
    valid) h=(-H "Authorization: Bearer $OLD_CITIZEN") ;;
    esac
    read -r code t ct <<<"$(probe "${h[@]}" "$APP/api/v1/parking/bookings")"
    API="$API $auth token: $code $ct (${t}s);"
    case $code in
    401 | 503) [[ $ct == application/problem+json* ]] || API_OK=1 ;;
    200) [ "$auth" = valid ] || API_OK=1 ;; # a token issued before still verifies with the cached keys
    *) API_OK=1 ;;
    esac
    awk -v t="$t" 'BEGIN { exit !(t < 5) }' || API_OK=1
done
read -r code t ct <<<"$(probe "$APP/wallet")"
API="$API sign-in page /wallet: $code (${t}s)"
[ "$code" != 500 ] && [ "$code" != 000 ] || API_OK=1
check "b. API while Keycloak is away: 401/503 problems, no hang, no 500" $API_OK "$API"
sleep $((KC_DOWN > 3 ? KC_DOWN - 3 : 0))
rm "$SWITCHES/keycloak-down"
KC_ASKED=$(now)
until curl -fs -m 2 -o /dev/null "$KC/realms/city/.well-known/openid-configuration"; do sleep 0.5; done
KC_BACK=$(since "$KC_ASKED")
NEW_CITIZEN=$(user citizen)
T0=$(now)
code=000
for _ in $(seq 1 60); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $NEW_CITIZEN" "$APP/api/v1/parking/bookings")
    [ "$code" = 200 ] && break
    sleep 0.5
done
check "b. new tokens work after Keycloak is back, without restarting the app" $([ "$code" = 200 ]; echo $?) \
    "Keycloak back in $KC_BACK s; a new token answered $code after $(since "$T0") s"

### c. the app killed with kill -9
echo "c. Killing the app with kill -9 in the middle of taps and bookings..."
sleep 10
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null
KILLED=$(now)
sleep 3
start_app
RESTART_S=$(since "$KILLED")
sleep 15
touch "$WORK/stop"
wait "$LOAD_PID" 2>/dev/null
LOAD_PID=""
check "c. the app back after kill -9" 0 "ready $RESTART_S s after the kill (3 s wait included)"

echo "Settling and checking the database..."
until json "$ADMIN" "$APP/api/v1/payments/admin/stats" | grep -q '"tripsToSettle":0,'; do sleep 0.5; done
sleep 3
awk -F, '$1 == "tap" && $3 >= 200 && $3 < 300 { print $2 }' "$LOAD" | sort -u >"$WORK/taps.ok"
awk -F, '$1 == "reading" && $3 >= 200 && $3 < 300 { split($2, k, "|"); print k[1] "," k[2] "," $6 }' "$LOAD" | sort -u >"$WORK/readings.ok"
awk -F, '$1 == "booked" { print $2 "," $3 }' "$LOAD" | sort -u >"$WORK/bookings.ok"
"${PSQL[@]}" >"$WORK/db.txt" <<SQL
create temp table t_ok (id uuid);
create temp table r_ok (road text, at timestamptz, acked double precision);
create temp table b_ok (key text, id uuid);
\copy t_ok from '$WORK/taps.ok' csv
\copy r_ok from '$WORK/readings.ok' csv
\copy b_ok from '$WORK/bookings.ok' csv
select 'taps', (select count(*) from t_ok), (select count(*) from t_ok where exists (select 1 from payments.tap p where p.id = t_ok.id));
select 'readings', (select count(*) from r_ok where acked < $KILLED - 5),
    (select count(*) from r_ok where acked < $KILLED - 5 and exists (select 1 from traffic.lane_reading l where l.road_id = r_ok.road and l.lane = 0 and l.observed_from = r_ok.at)),
    (select count(*) from (select 1 from traffic.lane_reading l join r_ok on l.road_id = r_ok.road and l.lane = 0 and l.observed_from = r_ok.at group by l.road_id, l.observed_from having count(*) > 1) d),
    (select count(*) from r_ok where acked >= $KILLED - 5),
    (select count(*) from r_ok where acked >= $KILLED - 5 and not exists (select 1 from traffic.lane_reading l where l.road_id = r_ok.road and l.lane = 0 and l.observed_from = r_ok.at));
select 'bookings', (select count(*) from b_ok), (select count(*) from b_ok where exists (select 1 from parking.booking b where b.id = b_ok.id and b.idempotency_key = b_ok.key)),
    (select count(*) from (select idempotency_key from parking.booking where plate = '$PLATE' group by idempotency_key having count(*) > 1) d),
    (select count(*) from parking.booking where plate = '$PLATE'),
    (select count(distinct key) from b_ok);
select 'trips', (select count(*) from payments.trip where status <> 'OPEN' and fare_fen > 0),
    (select count(*) from payments.trip t where status <> 'OPEN' and fare_fen > 0 and settled_at is null),
    (select count(*) from payments.trip t where status <> 'OPEN' and fare_fen > 0 and not exists (select 1 from payments.transfer x where x.id = t.id)),
    (select count(*) from (select medium from payments.trip where status = 'OPEN' group by medium having count(*) > 1) d);
SQL
cat "$WORK/db.txt"
IFS='|' read -r _ t_ack t_found <<<"$(grep '^taps' "$WORK/db.txt")"
IFS='|' read -r _ r_ack r_found r_double r_late r_late_lost <<<"$(grep '^readings' "$WORK/db.txt")"
IFS='|' read -r _ b_ack b_found b_double b_all b_keys <<<"$(grep '^bookings' "$WORK/db.txt")"
IFS='|' read -r _ trips unsettled untransferred open_twice <<<"$(grep '^trips' "$WORK/db.txt")"
check "every acknowledged tap recorded once" $([ "$t_ack" -gt 0 ] && [ "$t_found" -eq "$t_ack" ]; echo $?) \
    "$t_found of $t_ack acknowledged taps in payments.tap (by tapId, the primary key); resends of unanswered taps used the same tapId"
check "every finished trip settled once" $([ "$unsettled" -eq 0 ] && [ "$untransferred" -eq 0 ] && [ "$open_twice" -eq 0 ]; echo $?) \
    "$trips trips with a fare, $unsettled not settled, $untransferred without their ledger transfer (the trip id is the transfer id); $open_twice cards with two open trips"
check "every acknowledged reading recorded once (through the PostgreSQL outage)" $([ "$r_ack" -gt 0 ] && [ "$r_found" -eq "$r_ack" ] && [ "$r_double" -eq 0 ]; echo $?) \
    "$r_found of $r_ack readings acknowledged until 5 s before the kill in traffic.lane_reading, $r_double doubled; of the $r_late acknowledged in the 5 s before the kill -9 or after it, $r_late_lost were lost (the readings' in-memory journal, ADR 14: not a PASS/FAIL check)"
check "no acknowledged booking lost or doubled" $([ "$b_ack" -gt 0 ] && [ "$b_found" -eq "$b_ack" ] && [ "$b_double" -eq 0 ]; echo $?) \
    "$b_found of $b_ack acknowledged bookings found, $b_double keys booked twice; $b_all bookings of the plate in all"
BOOKS=$(json "$ADMIN" "$APP/api/v1/payments/admin/reconciliation")
check "the ledger balances" $(jq -e '.balanced == true' <<<"$BOOKS" >/dev/null; echo $?) "$(jq -c . <<<"$BOOKS" | cut -c1-200)"
TOTALS=$(awk -F, '$1 != "booked" && $1 != "refused" { n[$1]++; if ($3 >= 200 && $3 < 300) ok[$1]++ } END { for (k in n) printf "%s %d of %d 2xx; ", k, ok[k], n[k] }' "$LOAD")

CPU=$(lscpu | grep 'Model name' | sed 's/.*: *//')
REPORT=$(
    cat <<MD
### Faults, $(date -u +%Y-%m-%d) ($CPU, $(nproc) cores${SHARED:+; $SHARED})
Load all along: 40 lane readings/s, 40 gantry taps/s (4 gantries' worth of cards, a tap not answered 2xx resent with
its tapId), 2 parking bookings/s (resent with their Idempotency-Key); attempts: $TOTALS

| check | result | figures |
| --- | --- | --- |
$(printf '%s\n' "${RESULTS[@]}")
MD
)
echo "$REPORT" | tee "bench/results/faults-$(date -u +%Y%m%dT%H%M%S).md"
exit $FAILED
