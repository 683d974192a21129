#!/usr/bin/env bash
# The live twin's cost in one command: ./bench/live-twin.sh
# Starts the whole platform as the run command does (fresh data directory, embedded PostgreSQL, Keycloak, the live
# city on), lets the traffic twin warm up, then measures the app's CPU (the JVM's user+system time from /proc) over
# PHASE seconds each: the twin in real time, the twin paused (what the rest of the platform and the parking sensors
# cost), and the twin at 10x; with what the twin did meanwhile (vehicles, readings posted) and the platform's own
# figures (average speed, queue, control-loop tick). Prints a Markdown report and keeps it in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE=${PHASE:-60}
WARMUP=${WARMUP:-120}
APP=http://localhost:8080
TOKEN_URL=http://localhost:8180/realms/city/protocol/openid-connect/token
LOCK=${MAVEN_LOCK:-/tmp/maven.lock}
command -v jq >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; }
flock "$LOCK" ./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
DATA=$(mktemp -d)
LOG=/tmp/city-bench-live-twin.log
APP_PID=""
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
}
trap 'stop_app; rm -rf "$DATA"' EXIT
CITY_DATA_DIR="$DATA" java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "$APP/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see $LOG" >&2; exit 1; }
    sleep 1
done
token() {
    curl -fs -d grant_type=password -d client_id=city-test -d username=traffic-operator \
        -d password=traffic-operator-demo "$TOKEN_URL" | jq -r .access_token
}
until token >/dev/null 2>&1; do sleep 2; done
api() { curl -fs -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' "$@"; }
until [ "$(api "$APP/api/v1/simulation/live" | jq -r .running)" = true ]; do sleep 2; done
echo "the twin runs; warming up for $WARMUP s..." >&2
sleep "$WARMUP"
ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
HZ=$(getconf CLK_TCK)
ROWS=()
phase() {
    local name=$1 t0 s0 k0 t1 s1 k1 cpu
    s0=$(api "$APP/api/v1/simulation/live")
    t0=$(date +%s.%N)
    k0=$(ticks)
    sleep "$PHASE"
    k1=$(ticks)
    t1=$(date +%s.%N)
    s1=$(api "$APP/api/v1/simulation/live")
    kpis=$(api "$APP/api/v1/traffic/kpis")
    cpu=$(echo "($k1 - $k0) / $HZ / ($t1 - $t0) * 100" | bc -l)
    ROWS+=("$(printf '| %s | %.1f %% | %.1f | %s | %.0f | %s | %s | %s |' "$name" "$cpu" \
        "$(echo "$(jq .simulatedSeconds <<<"$s1") - $(jq .simulatedSeconds <<<"$s0")" | bc -l)" \
        "$(jq .vehiclesOnNetwork <<<"$s1")" \
        "$(echo "($(jq .readingsSent <<<"$s1") - $(jq .readingsSent <<<"$s0")) / $PHASE" | bc -l)" \
        "$(jq '.now.averageSpeedKmh' <<<"$kpis")" "$(jq '.now.totalQueue' <<<"$kpis")" \
        "$(jq -r .timeOfDay <<<"$s1")")")
}
phase "twin in real time"
api -X POST "$APP/api/v1/simulation/live/pause" >/dev/null
phase "twin paused"
api -X POST "$APP/api/v1/simulation/live/resume" >/dev/null
api -X PUT -d '{"speed":10}' "$APP/api/v1/simulation/live/speed" >/dev/null
phase "twin at 10x"
STATUS=$(api "$APP/api/v1/simulation/live")
REPORT=bench/results/live-twin-$(date -u +%Y%m%dT%H%M%SZ).md
{
    echo "## Live twin cost, $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB;"
    echo "$(java -version 2>&1 | head -1); the app with -Xmx1g, PostgreSQL and Keycloak on the same machine; $PHASE s per phase"
    echo "after $WARMUP s of warm-up; CPU is the app JVM's, in % of one core (the machine has $(nproc) × 100 %)."
    echo
    echo "| phase | app CPU | simulated s | vehicles on the network | readings posted / s | platform's mean speed (km/h) | total queue | twin's time of day |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Twin at the end: $(jq -c '{simulatedSeconds, entered, finished, readingsSent, cameraEventsSent, weatherReportsSent, positionsSent, postsFailed, postsDropped}' <<<"$STATUS")"
} | tee "$REPORT"
echo "(kept in $REPORT)"
