#!/usr/bin/env bash
# Ambulance experiment in one command: ./bench/ambulance.sh [RunScenario options]
# Builds the app, then runs the twin headless (city.simulation.traffic.RunScenario) on the traffic module's default
# city (128 signalised intersections) at the calibrated rush hour (boundary OD demand of PEAK vehicles/h at the
# weekday peak, from 07:30), first one hour under the module's actuated and max-pressure controllers (the city's
# state: travel times, mean speed, queues), then AMBULANCES random ambulance trips (intersections at least 1.5 km
# apart, drawn with the seed) leaving 20 minutes in, each run once without and once with the green wave under the
# module's actuated controller, and prints the tables: per trip travel time, stops, stops at red, signals preempted,
# ratio with / without, the other vehicles' mean travel time; then the median and mean ratio. Goal: ratio <= 0.5.
# Extra arguments go to RunScenario (--seed 1, --ambulance intersection_1_1:intersection_16_8@1200, ...).
# The build and the run both hold the shared Maven lock, so no other build on the machine competes with the measure.
# Keeps the report in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
PEAK=${PEAK:-6000}
AMBULANCES=${AMBULANCES:-10}
SIMULATED=${SIMULATED:-3600}
LOCK=${MAVEN_LOCK:-/tmp/maven.lock}
BUSY=no
flock -n "$LOCK" true || BUSY=yes
flock "$LOCK" ./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
REPORT=bench/results/ambulance-$(date -u +%Y%m%dT%H%M%SZ).md
{
    echo "## Ambulance experiment, $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB;"
    echo "$(java -version 2>&1 | head -1); load average before the run $(cut -d' ' -f1-3 /proc/loadavg);"
    echo "a Maven build held the lock when the script started: $BUSY (the run itself holds it)."
    echo
    flock "$LOCK" java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" city.simulation.traffic.RunScenario \
        --city default --peak-per-hour "$PEAK" --start-hour 7.5 --seconds "$SIMULATED" \
        --controller traffic:ACTUATED,traffic:MAX_PRESSURE --ambulances "$AMBULANCES" --ambulance-at 1200 \
        --ambulance-window 1800 "$@"
} | tee "$REPORT"
