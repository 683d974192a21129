#!/usr/bin/env bash
# Traffic benchmarks in one command: ./bench/traffic.sh
#  1. lane readings through the ingestion endpoint (batches of FIWARE TrafficFlowObserved, device token) from a
#     second process (wrk): accepted by the API, applied to live state, persisted (raw rows and 5-minute roll-up);
#  2. alert latency, p50 and p99 from a reading's arrival at the API to the incident alert, for the stalled
#     vehicles that the load carries (one reading per request), under that load; and at rest, from camera events;
#  3. the control loop: time to decide all 128 signals in one tick, at rest and under the ingestion load.
# The simulated city is off. Prints a Markdown report and keeps it in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-"4 8"}
BATCH=${BATCH:-1000}
APP=http://localhost:8080
TOKEN_URL=http://localhost:8180/realms/city/protocol/openid-connect/token
for tool in wrk jq; do
    if ! command -v $tool >/dev/null; then
        echo "Installing $tool from Debian's packages..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool >/dev/null
    fi
done
./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
DATA=$(mktemp -d)
WORK=$(mktemp -d)
APP_PID=""
LOG=/tmp/city-bench-traffic.log
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
}
trap 'stop_app; rm -rf "$DATA" "$WORK"' EXIT
CITY_DATA_DIR="$DATA" java -Xmx1g -Dcity.simulation.enabled=false -Dcity.rate-limits.enabled=false -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "$APP/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see $LOG" >&2; exit 1; }
    sleep 0.5
done
until curl -fs -o /dev/null "$TOKEN_URL" -d grant_type=client_credentials -d client_id=city-devices \
    -d client_secret=city-devices-secret; do sleep 1; done

# tokens live five minutes: take a fresh one for each use
operator_token() {
    curl -fs -d grant_type=password -d client_id=city-test -d username=traffic-operator \
        -d password=traffic-operator-demo "$TOKEN_URL" | jq -r .access_token
}
device_token() {
    curl -fs -d grant_type=client_credentials -d client_id=city-devices -d client_secret=city-devices-secret \
        "$TOKEN_URL" | jq -r .access_token
}
get() { curl -fs -H "Authorization: Bearer $(operator_token)" "$APP$1"; }
# the open incidents are cleared, so that the same roads raise alerts again
clear_incidents() {
    local op
    op=$(operator_token)
    for id in $(curl -fs -H "Authorization: Bearer $op" "$APP/api/v1/traffic/incidents" | jq -r '.[].id'); do
        curl -fs -o /dev/null -X POST -H "Authorization: Bearer $op" -H 'Content-Type: application/json' \
            "$APP/api/v1/traffic/incidents/$id/clear" || true
    done
}

# every lane of the active network: "road lane"
get /api/v1/traffic/network/roadnet.json | jq -r '.roads[] | .id as $r | range(0; .lanes | length) | "\($r) \(.)"' \
    >"$WORK/lanes"
LANES=$(wc -l <"$WORK/lanes")
ROADS=$(cut -d' ' -f1 "$WORK/lanes" | sort -u | wc -l)

echo "Control loop at rest (20 s)..."
sleep 20
LOOP_REST=$(get /api/v1/traffic/signals/control-loop)

echo "Alert latency at rest: 100 camera accidents on different roads, one every 50 ms..."
cut -d' ' -f1 "$WORK/lanes" | sort -u | shuf -n 100 --random-source=<(yes) >"$WORK/accident-roads"
DEV=$(device_token)
while read -r road; do
    curl -fs -o /dev/null -H "Authorization: Bearer $DEV" -H 'Content-Type: application/json' \
        -d "[{\"type\":\"ACCIDENT\",\"refRoadSegment\":\"$road\",\"laneId\":0,\"evidence\":\"cam://bench/$road\",\"observedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)\"}]" \
        "$APP/api/v1/ingest/traffic/camera-events"
    sleep 0.05
done <"$WORK/accident-roads"
LAT_REST=$(get /api/v1/traffic/incidents/latency)
clear_incidents

echo "Warming up with $LANES lanes..."
wrk -t"$THREADS" -c4 -d"$WARMUP" -s bench/readings.lua "$APP" -- "$(device_token)" "$WORK/lanes" "$BATCH" "$THREADS" \
    >/dev/null
until [ "$(get /api/v1/traffic/ingestion | jq .journalBacklog)" = "0" ]; do sleep 0.2; done

declare -A RUN ACCEPTED APPLIED IGNORED PERSISTED DRAIN LOOP LAT
for c in $CONNECTIONS; do
    echo "Measuring ingestion, $c connections..."
    # stalled vehicles on every road raise alerts again: clear the open ones; count the alerts of this run only
    clear_incidents
    since=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
    before=$(get /api/v1/traffic/ingestion)
    started=$(date +%s.%N)
    RUN[$c]=$(wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency -s bench/readings.lua "$APP" -- "$(device_token)" \
        "$WORK/lanes" "$BATCH" "$THREADS")
    stopped=$(date +%s.%N)
    LOOP[$c]=$(get /api/v1/traffic/signals/control-loop)
    after=$(get /api/v1/traffic/ingestion)
    until [ "$(get /api/v1/traffic/ingestion | jq .journalBacklog)" = "0" ]; do sleep 0.2; done
    drained=$(date +%s.%N)
    final=$(get /api/v1/traffic/ingestion)
    LAT[$c]=$(get "/api/v1/traffic/incidents/latency?since=$since")
    secs=$(awk -v a="$started" -v b="$stopped" 'BEGIN { print b - a }')
    ACCEPTED[$c]=$(echo "${RUN[$c]}" | grep RESULT | sed -E 's/.*accepted=([0-9]+).*/\1/' \
        | awk -v s="$secs" '{ printf "%.0f", $1 / s }')
    IGNORED[$c]=$(jq -n --argjson a "$after" --argjson b "$before" --arg s "$secs" \
        '(($a.readingsIgnored - $b.readingsIgnored) / ($s | tonumber)) | floor')
    APPLIED[$c]=$(jq -n --argjson a "$after" --argjson b "$before" --arg s "$secs" \
        '(($a.readingsApplied - $b.readingsApplied) / ($s | tonumber)) | floor')
    PERSISTED[$c]=$(jq -n --argjson a "$final" --argjson b "$before" --arg s "$secs" \
        '(($a.readingsPersisted - $b.readingsPersisted) / ($s | tonumber)) | floor')
    DRAIN[$c]=$(awk -v a="$stopped" -v b="$drained" 'BEGIN { printf "%.1f", b - a }')
done
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
ROWS=$(get /api/v1/traffic/ingestion | jq .readingsPersisted)

rate() { echo "$1" | awk -v k="${2:-1}" '/Requests\/sec/ { printf "%.0f", $2 * k }'; }
pct() { echo "$1" | awk -v p="$2" '$1 == p { print $2 }'; }
result() { echo "$1" | grep RESULT | sed 's/RESULT //'; }
micros() { echo "$1" | jq -r ".$2"; }
REPORT="bench/results/traffic-$(date -u +%Y%m%dT%H%M%SZ).md"
{
    echo "## Traffic benchmark, $(date -u +%Y-%m-%d)"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB;"
    echo "app, PostgreSQL, Keycloak and wrk on the same machine; $THREADS wrk threads, $DURATION per run after warm-up;"
    echo "the default city: $ROADS roads, $LANES lanes; batches of $BATCH readings (JSON arrays, about $((BATCH * 190 / 1024)) KB)."
    echo "A reading not newer than its lane's last one (concurrent requests arrive out of order) changes nothing and is"
    echo "counted as ignored; 503 answers (channel full: about a second of work between the API and the database) are"
    echo "the refused readings of the outcome, which a device resends."
    echo
    echo "| run | readings/s accepted (202) | applied to live state/s | ignored as late/s | persisted/s | request p50 | p99 | outcome |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    for c in $CONNECTIONS; do
        r=${RUN[$c]}
        echo "| $c connections | ${ACCEPTED[$c]} | ${APPLIED[$c]} | ${IGNORED[$c]} | ${PERSISTED[$c]} (backlog written ${DRAIN[$c]} s after the load) | $(pct "$r" 50%) | $(pct "$r" 99%) | $(result "$r") |"
    done
    echo
    echo "| alert latency (API receipt to alert) | alerts | p50 | p99 |"
    echo "| --- | ---: | ---: | ---: |"
    echo "| at rest, camera accidents | $(micros "$LAT_REST" alerts) | $(micros "$LAT_REST" p50Micros) µs | $(micros "$LAT_REST" p99Micros) µs |"
    for c in $CONNECTIONS; do
        l=${LAT[$c]}
        echo "| stalled vehicles in the readings, under the $c-connection load | $(micros "$l" alerts) | $(micros "$l" p50Micros) µs | $(micros "$l" p99Micros) µs |"
    done
    echo
    echo "| control loop, one tick deciding all 128 signals (last 1,000 ticks) | p50 | p99 | max |"
    echo "| --- | ---: | ---: | ---: |"
    echo "| at rest | $(micros "$LOOP_REST" p50Micros) µs | $(micros "$LOOP_REST" p99Micros) µs | $(micros "$LOOP_REST" maxMicros) µs |"
    for c in $CONNECTIONS; do
        echo "| during the $c-connection ingestion run | $(micros "${LOOP[$c]}" p50Micros) µs | $(micros "${LOOP[$c]}" p99Micros) µs | $(micros "${LOOP[$c]}" maxMicros) µs |"
    done
    echo
    echo "$ROWS readings in the database at the end. App resident memory $RSS_MB MB."
} | tee "$REPORT"
