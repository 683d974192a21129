#!/usr/bin/env bash
# Soak benchmark in one command: ./bench/soak.sh   (DURATION=30m by default; 10m, 1h, 90s also work)
# PostgreSQL and Keycloak in one process (`--services-only`), the app with the live city (its virtual devices post to
# the ingestion API) in another, and a steady API load (bench/soakload.py: RATE requests a second, reads and writes)
# for DURATION. Every 30 s: heap used and old generation after the last collections (jstat), RSS, requests, errors
# (anything but 2xx, including no answer) and p99 of the interval. After WARMUP (default a third of the run, at most
# 10 min) the second half of the samples is compared with the first: old generation and RSS are flagged when they
# grew by more than 10 % and 32 MB (the whole heap is shown, young generation included, but not judged: a sawtooth),
# p99 when it doubled. Prints a Markdown report, kept in bench/results/.
# SKIP_BUILD=1 uses the jar already built.
set -uo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30m}
RATE=${RATE:-60}
APP=http://localhost:8080
KC=http://localhost:8180
TOKEN_URL=$KC/realms/city/protocol/openid-connect/token
to_seconds() { case $1 in *h) echo $((${1%h} * 3600)) ;; *m) echo $((${1%m} * 60)) ;; *s) echo "${1%s}" ;; *) echo "$1" ;; esac; }
SECONDS_TOTAL=$(to_seconds "$DURATION")
WARMUP_S=${WARMUP:-$((SECONDS_TOTAL / 3 > 600 ? 600 : SECONDS_TOTAL / 3))}
WARMUP_S=$(to_seconds "$WARMUP_S")
for tool in jq curl python3 jstat; do
    command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
DATA=$(mktemp -d)
WORK=$(mktemp -d)
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
trap 'touch "$WORK/stop"; stop "$LOAD_PID"; stop "$APP_PID"; stop "$SERVICES_PID"; rm -rf "$DATA" "$WORK"' EXIT

echo "Starting PostgreSQL and Keycloak (another process)..."
CITY_DATA_DIR="$DATA" java -jar target/quarkus-app/quarkus-run.jar --services-only >/tmp/city-bench-soak-services.log 2>&1 &
SERVICES_PID=$!
until curl -fs -o /dev/null "$KC/realms/city/.well-known/openid-configuration"; do
    kill -0 "$SERVICES_PID" 2>/dev/null || { echo "the services died; see /tmp/city-bench-soak-services.log" >&2; exit 1; }
    sleep 1
done
echo "Starting the app with the live city..."
CITY_CSRF_KEY=bench-csrf-key-of-at-least-32-bytes!! CITY_PORTAL_SECRET=city-portal-secret \
    java -Xmx1g -Dcity.external-services=true -Dcity.simulation.enabled=true \
    -Dcity.simulation.device-secret=city-devices-secret -Dcity.rate-limits.enabled=false \
    -Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:55432/city \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
    -Dcity.notifications.dispatch-every=off \
    -jar target/quarkus-app/quarkus-run.jar >/tmp/city-bench-soak-app.log 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "$APP/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see /tmp/city-bench-soak-app.log" >&2; exit 1; }
    sleep 0.5
done

token() { curl -fs "$@" "$TOKEN_URL" | jq -r .access_token; }
user() { token -d grant_type=password -d client_id=city-test -d username="$1" -d password="$1-demo"; }
json() { curl -fs -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
ADMIN=$(user payments-admin)
CITIZEN=$(user citizen)
json "$ADMIN" -X POST -H "Idempotency-Key: soak-cards-$RANDOM$RANDOM" -d '{"count":400,"valueFen":100000}' \
    "$APP/api/v1/payments/admin/transit-cards" | grep -o '"number":"[0-9]*"' | grep -o '[0-9]*' >"$WORK/cards"
curl -fs "$APP/api/v1/payments/metro/stations" | grep -o '"code":"[A-Z0-9]*"' | cut -d'"' -f4 >"$WORK/stations"
json "$(user traffic-operator)" "$APP/api/v1/traffic/network/roadnet.json" | jq -r '.roads[].id' >"$WORK/roads"
curl -fs "$APP/api/v1/parking/lots" | grep -o '"id":"[A-Z0-9-]*"' | cut -d'"' -f4 | sort -u | head -30 >"$WORK/lots"
card=$(json "$CITIZEN" -X POST -d '{"number":"4242424242424242","expMonth":12,"expYear":2031,"cvv":"123"}' \
    "$APP/api/v1/payments/cards" | jq -r .id)
for i in 1 2 3 4 5; do
    json "$CITIZEN" -X POST -H "Idempotency-Key: soak-fund-$i-$RANDOM" -d "{\"cardId\":\"$card\",\"amountFen\":500000}" \
        "$APP/api/v1/payments/wallet/top-ups" >/dev/null
done
PLATE="沪G$(shuf -i 10000-99999 -n 1)"
json "$CITIZEN" -X POST -d "{\"plate\":\"$PLATE\"}" "$APP/api/v1/parking/vehicles" >/dev/null

LOAD="$WORK/load.csv"
: >"$LOAD"
python3 bench/soakload.py --out "$LOAD" --stop "$WORK/stop" --cards "$WORK/cards" --stations "$WORK/stations" \
    --roads "$WORK/roads" --lots "$WORK/lots" --plate "$PLATE" --rate "$RATE" >"$WORK/load.log" 2>&1 &
LOAD_PID=$!
echo "Soaking for $DURATION ($SECONDS_TOTAL s, $RATE requests/s, warm-up $WARMUP_S s); a sample every 30 s..."
SAMPLES="$WORK/samples"
: >"$SAMPLES"
START=$(date +%s)
FROM=$START
while [ $(($(date +%s) - START)) -lt "$SECONDS_TOTAL" ]; do
    sleep 30
    TO=$(date +%s)
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see /tmp/city-bench-soak-app.log" >&2; break; }
    # jstat -gc: S0U S1U EU OU (KB) are columns 3 4 6 8
    read -r heap old <<<"$(jstat -gc "$APP_PID" | awk 'NR == 2 { printf "%.0f %.0f", ($3 + $4 + $6 + $8) / 1024, $8 / 1024 }')"
    rss=$(($(ps -o rss= -p "$APP_PID") / 1024))
    stats=$(python3 - "$LOAD" "$FROM" "$TO" <<'PY'
import sys
path, a, b = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
lat, n, err = [], 0, 0
for line in open(path):
    f = line.split(",")
    if len(f) == 4 and a <= float(f[3]) < b:
        n += 1
        err += not 200 <= int(f[1]) < 300
        lat.append(float(f[2]))
lat.sort()
print(n, err, round(lat[min(len(lat) - 1, int(len(lat) * 0.99))]) if lat else 0)
PY
)
    echo "$((TO - START)) $heap $old $rss $stats" | tee -a "$SAMPLES"
    FROM=$TO
done
touch "$WORK/stop"
wait "$LOAD_PID" 2>/dev/null
LOAD_PID=""
ERRORS=$(awk -F, '!($2 >= 200 && $2 < 300) { print $1 " " $2 }' "$LOAD" | sort | uniq -c | sort -rn | head -8 | tr '\n' ';')
MIXED=$(awk -F, '{ n[$1]++ } END { for (k in n) printf "%s %d, ", k, n[k] }' "$LOAD")
VERDICT=$(python3 - "$SAMPLES" "$WARMUP_S" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
after = [r for r in rows if r[0] > float(sys.argv[2])]
out = []
if len(after) < 4:
    print("too few samples after the warm-up to judge growth")
    sys.exit()
half = len(after) // 2
first, second = after[:half], after[half:]
a, b = statistics.median(r[1] for r in first), statistics.median(r[1] for r in second)
out.append(f"heap {a:.0f} -> {b:.0f} MB (young generation included: a sawtooth, not judged)")
for name, col in (("old generation", 2), ("RSS", 3)):
    a, b = statistics.median(r[col] for r in first), statistics.median(r[col] for r in second)
    grew = b - a > max(32, a * 0.1)
    out.append(f"{name} {a:.0f} -> {b:.0f} MB ({'**GROWTH**' if grew else 'flat'})")
a, b = statistics.median(r[6] for r in first), statistics.median(r[6] for r in second)
out.append(f"p99 {a:.0f} -> {b:.0f} ms ({'**DOUBLED**' if b > 2 * a and b > 50 else 'stable'})")
errs = sum(r[5] for r in after)
out.append(f"{errs:.0f} errors after the warm-up")
print("; ".join(out) + " (medians of the first and second half of the samples after the warm-up)")
PY
)
CPU=$(lscpu | grep 'Model name' | sed 's/.*: *//')
REPORT=$(
    cat <<MD
### Soak, $(date -u +%Y-%m-%d) ($CPU, $(nproc) cores${SHARED:+; $SHARED})
The live city (virtual devices on) plus $RATE API requests/s for $DURATION, warm-up $WARMUP_S s; the app with -Xmx1g.
Requests: $MIXED
Errors (count, kind, status): ${ERRORS:-none}

**$VERDICT**

| s | heap MB | old gen MB | RSS MB | requests | errors | p99 ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$(awk '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$SAMPLES")
MD
)
echo "$REPORT" | tee "bench/results/soak-$(date -u +%Y%m%dT%H%M%S).md"
