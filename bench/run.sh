#!/usr/bin/env bash
# Benchmarks of the platform on this machine, in one command: ./bench/run.sh
#  1. time from starting the app to ready, cold (fresh data directories) and warm (second start);
#  2. resident memory of the app process with the seed data loaded;
#  3. catalogue search under concurrent load from a second process (wrk), against a trivial endpoint of the same app.
# Prints a Markdown report and keeps it in bench/results/. Stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-"8 16 32"}
THREADS=${THREADS:-2}
if ! command -v wrk >/dev/null; then
    echo "Installing wrk from Debian's packages..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
DATA=$(mktemp -d)
KC_H2=target/keycloak/keycloak-26.7.3/data/h2
APP_PID=""
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
trap 'stop_app; rm -rf "$DATA"' EXIT

# Starts the app like the run command does; sets READY_S (seconds to ready) and APP_MS (ms after its services).
start_app() {
    local log=$1 started now
    started=$(date +%s.%N)
    CITY_DATA_DIR="$DATA" java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null http://localhost:8080/q/health/ready; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see $log" >&2; exit 1; }
        sleep 0.2
    done
    now=$(date +%s.%N)
    READY_S=$(awk -v a="$started" -v b="$now" 'BEGIN { printf "%.1f", b - a }')
    APP_MS=$(grep -o 'ready ([0-9]* ms after' "$log" | grep -o '[0-9]*' | head -1)
}

rm -rf "$KC_H2"
start_app /tmp/city-bench-cold.log
COLD_S=$READY_S COLD_APP_MS=$APP_MS
stop_app
start_app /tmp/city-bench-warm.log
WARM_S=$READY_S WARM_APP_MS=$APP_MS

# warm the JIT, then measure
wrk -t"$THREADS" -c16 -d10s -s bench/search-queries.lua http://localhost:8080 >/dev/null
wrk -t"$THREADS" -c16 -d5s http://localhost:8080/q/health/live >/dev/null
declare -A SEARCH TRIVIAL
for c in $CONNECTIONS; do
    t=$(( c < THREADS ? c : THREADS ))
    SEARCH[$c]=$(wrk -t"$t" -c"$c" -d"$DURATION" --latency -s bench/search-queries.lua http://localhost:8080)
    TRIVIAL[$c]=$(wrk -t"$t" -c"$c" -d"$DURATION" --latency http://localhost:8080/q/health/live)
done
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
stop_app

field() { echo "$1" | awk -v k="$2" '$1 == k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
errors() { echo "$1" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' '; }
REPORT=bench/results/$(date -u +%Y%m%dT%H%M%SZ).md
{
    echo "### $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
    echo
    echo "| measure | result |"
    echo "| --- | --- |"
    echo "| start to ready, cold (new data dirs, Keycloak first import) | ${COLD_S} s (app ready ${COLD_APP_MS} ms after PostgreSQL and Keycloak) |"
    echo "| start to ready, warm | ${WARM_S} s (app ready ${WARM_APP_MS} ms after PostgreSQL and Keycloak) |"
    echo "| app RSS after the load, seed data loaded (Keycloak and PostgreSQL not counted) | ${RSS_MB} MB |"
    for c in $CONNECTIONS; do
        s=${SEARCH[$c]} t=${TRIVIAL[$c]}
        echo "| search (10 queries, zh and en), $c connections, $DURATION | $(rps "$s") req/s, p50 $(field "$s" 50%), p99 $(field "$s" 99%) $(errors "$s")|"
        echo "| trivial endpoint /q/health/live, $c connections | $(rps "$t") req/s, p50 $(field "$t" 50%), p99 $(field "$t" 99%) $(errors "$t")|"
    done
} | tee "$REPORT"
echo
echo "Kept in $REPORT"
