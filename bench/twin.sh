#!/usr/bin/env bash
# Digital twin benchmark in one command: ./bench/twin.sh [RunScenario options]
# Builds the app, then runs the traffic microsimulation headless (city.simulation.traffic.RunScenario) on the Jinan 3x4
# scenario of ../shared/data/cityflow (a real 3x4 grid, one hour of real demand, 6,295 vehicles) under the network
# file's fixed plan and max-pressure, and prints one Markdown table: travel times (CityFlow's way and the papers'),
# vehicles finished, delay, stops, and per run the wall time and simulated vehicle-seconds per wall second.
# Extra arguments go to RunScenario (--details, --seed 1, --mp-phases all, --mp-period 30 ...).
# The build and the run both hold the shared Maven lock, so no other build on the machine competes with the measure.
# Keeps the report in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/cityflow/jinan_3x4}
SIMULATED=${SIMULATED:-3600}
LOCK=${MAVEN_LOCK:-/tmp/maven.lock}
if [ ! -f "$DATA/roadnet_3_4.json" ] || [ ! -f "$DATA/anon_3_4_jinan_real.json" ]; then
    echo "no Jinan scenario in $DATA (set DATA)" >&2
    exit 1
fi
BUSY=no
flock -n "$LOCK" true || BUSY=yes
flock "$LOCK" ./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
REPORT=bench/results/twin-$(date -u +%Y%m%dT%H%M%SZ).md
{
    echo "## Digital twin benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB;"
    echo "$(java -version 2>&1 | head -1); load average before the run $(cut -d' ' -f1-3 /proc/loadavg);"
    echo "a Maven build held the lock when the script started: $BUSY (the run itself holds it)."
    echo
    flock "$LOCK" java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" city.simulation.traffic.RunScenario \
        --roadnet "$DATA/roadnet_3_4.json" --flow "$DATA/anon_3_4_jinan_real.json" \
        --controller plan,max-pressure --seconds "$SIMULATED" "$@"
} | tee "$REPORT"
