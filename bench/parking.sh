#!/usr/bin/env bash
# Parking benchmarks in one command: ./bench/parking.sh
#  1. nearby search (/api/v1/parking/lots/nearby, random points, radii, sorts) under concurrent load from a second
#     process (wrk), against a trivial endpoint of the same app in the same run;
#  2. sensor messages through the ingestion endpoint (batches, device token) into live state, and how many of them
#     the database has (persisted in batches) once the load stops.
# The simulated city is off during the benchmark. Prints a Markdown report and keeps it in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-30s}
THREADS=${THREADS:-2}
SEARCH_CONNECTIONS=${SEARCH_CONNECTIONS:-"4 8 16 32"}
SENSOR_CONNECTIONS=${SENSOR_CONNECTIONS:-8}
BATCH=${BATCH:-500}
APP=http://localhost:8080
TOKEN_URL=http://localhost:8180/realms/city/protocol/openid-connect/token
if ! command -v wrk >/dev/null; then
    echo "Installing wrk from Debian's packages..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
DATA=$(mktemp -d)
WORK=$(mktemp -d)
APP_PID=""
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
}
trap 'stop_app; rm -rf "$DATA" "$WORK"' EXIT
CITY_DATA_DIR="$DATA" java -Xmx1g -Dcity.simulation.enabled=false -Dcity.rate-limits.enabled=false -jar target/quarkus-app/quarkus-run.jar \
    >/tmp/city-bench-parking.log 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "$APP/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see /tmp/city-bench-parking.log" >&2; exit 1; }
    sleep 0.5
done
until curl -fs -o /dev/null "$TOKEN_URL" -d grant_type=client_credentials -d client_id=city-devices \
    -d client_secret=city-devices-secret; do sleep 1; done

field() { sed -E "s/.*\"$1\":\"?([^\",}]*)\"?.*/\1/"; }
# tokens live five minutes: take a fresh one for each use
operator_token() {
    curl -fs -d grant_type=password -d client_id=city-test -d username=parking-operator \
        -d password=parking-operator-demo "$TOKEN_URL" | field access_token
}
device_token() {
    curl -fs -d grant_type=client_credentials -d client_id=city-devices -d client_secret=city-devices-secret \
        "$TOKEN_URL" | field access_token
}
overview() { curl -fs -H "Authorization: Bearer $(operator_token)" "$APP/api/v1/parking/admin/overview"; }

echo "Reading the sensors of every lot..."
: >"$WORK/sensors"
for lot in $(curl -fs "$APP/api/v1/parking/lots" | grep -o '"id":"[A-Z0-9-]*"' | cut -d'"' -f4); do
    curl -fs "$APP/api/v1/parking/lots/$lot/spaces" | grep -o '"sensorId":"[^"]*"' | cut -d'"' -f4 >>"$WORK/sensors"
done
SENSORS=$(wc -l <"$WORK/sensors")

# every sensor reports (so that searches count free spaces), and the JIT warms up, before measuring
echo "Warming up with $SENSORS sensors..."
wrk -t"$THREADS" -c"$SENSOR_CONNECTIONS" -d"$WARMUP" -s bench/sensors.lua "$APP" -- "$(device_token)" "$WORK/sensors" \
    "$BATCH" "$THREADS" >/dev/null
wrk -t"$THREADS" -c16 -d"$WARMUP" -s bench/nearby.lua "$APP" >/dev/null
wrk -t"$THREADS" -c16 -d10s "$APP/q/health/live" >/dev/null

echo "Measuring nearby searches..."
declare -A NEARBY TRIVIAL
for c in $SEARCH_CONNECTIONS; do
    t=$((c < THREADS ? c : THREADS))
    NEARBY[$c]=$(wrk -t"$t" -c"$c" -d"$DURATION" --latency -s bench/nearby.lua "$APP")
    TRIVIAL[$c]=$(wrk -t"$t" -c"$c" -d"$DURATION" --latency "$APP/q/health/live")
done
HITS=$(curl -fs "$APP/api/v1/parking/lots/nearby?lat=31.2304&lon=121.4737&radius=1500" | grep -o '"id":' | wc -l)

echo "Measuring sensor ingestion..."
before=$(overview)
started=$(date +%s.%N)
SENSE=$(wrk -t"$THREADS" -c"$SENSOR_CONNECTIONS" -d"$DURATION" --latency -s bench/sensors.lua "$APP" -- "$(device_token)" \
    "$WORK/sensors" "$BATCH" "$THREADS")
after_load=$(overview)
stopped=$(date +%s.%N)
applied_before=$(echo "$before" | field eventsApplied)
ignored_before=$(echo "$before" | field eventsIgnored)
persisted_before=$(echo "$before" | field eventsPersisted)
applied_after=$(echo "$after_load" | field eventsApplied)
ignored_after=$(echo "$after_load" | field eventsIgnored)
until [ "$(overview | field journalBacklog)" = "0" ]; do sleep 0.2; done
drained=$(date +%s.%N)
final=$(overview)
persisted_after=$(echo "$final" | field eventsPersisted)
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
READY=$(grep -o 'parking: [0-9]* lots, [0-9]* spaces in memory in [0-9]* ms' /tmp/city-bench-parking.log || true)

secs=$(awk -v a="$started" -v b="$stopped" 'BEGIN { print b - a }')
per_s() { awk -v n="$1" -v s="$secs" 'BEGIN { printf "%.0f", n / s }'; }
rate() { echo "$1" | awk -v k="${2:-1}" '/Requests\/sec/ { printf "%.0f", $2 * k }'; }
pct() { echo "$1" | awk -v p="$2" '$1 == p { print $2 }'; }
result() { echo "$1" | grep RESULT | sed 's/RESULT //'; }
REPORT="bench/results/parking-$(date -u +%Y%m%dT%H%M%SZ).md"
{
    echo "## Parking benchmark, $(date -u +%Y-%m-%d)"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB;"
    echo "app, PostgreSQL, Keycloak and wrk on the same machine; $THREADS wrk threads, $DURATION per run after warm-up;"
    echo "$SENSORS sensors of the seeded city; a search from People's Square within 1.5 km finds $HITS lots."
    echo
    echo "| run | requests/s | p50 | p90 | p99 | outcome |"
    echo "| --- | ---: | ---: | ---: | ---: | --- |"
    for c in $SEARCH_CONNECTIONS; do
        n=${NEARBY[$c]}
        t=${TRIVIAL[$c]}
        echo "| nearby search, $c connections | $(rate "$n") | $(pct "$n" 50%) | $(pct "$n" 90%) | $(pct "$n" 99%) | $(result "$n") |"
        echo "| trivial endpoint /q/health/live, $c connections | $(rate "$t") | $(pct "$t" 50%) | $(pct "$t" 90%) | $(pct "$t" 99%) | |"
    done
    echo "| sensor batches of $BATCH, $SENSOR_CONNECTIONS connections | $(rate "$SENSE" "$BATCH") messages/s | $(pct "$SENSE" 50%) | $(pct "$SENSE" 90%) | $(pct "$SENSE" 99%) | $(result "$SENSE") |"
    echo
    echo "Live state during the sensor run: $(per_s $((applied_after - applied_before))) messages/s applied,"
    echo "$(per_s $((ignored_after - ignored_before))) messages/s ignored (older than the last one of their sensor)."
    echo "Database: $((persisted_after - persisted_before)) messages written, the last"
    echo "$(awk -v a="$stopped" -v b="$drained" 'BEGIN { printf "%.1f", b - a }') s after the load stopped"
    echo "($(per_s $((persisted_after - persisted_before))) messages/s over the run)."
    echo "Start-up: $READY. App resident memory $RSS_MB MB."
} | tee "$REPORT"
