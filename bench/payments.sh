#!/usr/bin/env bash
# Payments benchmarks in one command: ./bench/payments.sh
#  1. metro gantry taps (tap in + tap out through the API, device token), then how long the fares take to settle
#     into the ledger and whether the books balance;
#  2. wallet payments to merchants' codes with idempotency keys, then a retry storm (every key sent 5 times).
# Load comes from wrk in a second process. Prints a Markdown report and keeps it in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
CARDS=${CARDS:-4000}
BATCH=${BATCH:-10}
WARMUP=${WARMUP:-30s}
TAP_CONNECTIONS=${TAP_CONNECTIONS:-"8 32 64"}
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
CITY_DATA_DIR="$DATA" java -Xmx1g -Dcity.simulation.enabled=false -Dcity.rate-limits.enabled=false -jar target/quarkus-app/quarkus-run.jar >/tmp/city-bench-payments.log 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "$APP/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see /tmp/city-bench-payments.log" >&2; exit 1; }
    sleep 0.5
done

field() { sed -E "s/.*\"$1\":\"?([^\",}]*)\"?.*/\1/"; }
user_token() {
    curl -fs -d grant_type=password -d client_id=city-test -d "username=$1" -d "password=$1-demo" "$TOKEN_URL" \
        | field access_token
}
json() { curl -fs -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }

ADMIN=$(user_token payments-admin)
DEVICE=$(curl -fs -d grant_type=client_credentials -d client_id=city-devices -d client_secret=city-devices-secret \
    "$TOKEN_URL" | field access_token)

echo "Issuing $CARDS preloaded cards..."
: >"$WORK/cards"
for i in $(seq 1 $((CARDS / 1000))); do
    json "$ADMIN" -X POST -H "Idempotency-Key: cards-$i" -d '{"count":1000,"valueFen":50000}' \
        "$APP/api/v1/payments/admin/transit-cards" \
        | grep -o '"number":"[0-9]*"' | grep -o '[0-9]*' >>"$WORK/cards"
done
curl -fs "$APP/api/v1/payments/metro/stations" | grep -o '"code":"[A-Z0-9]*"' | cut -d'"' -f4 >"$WORK/stations"

# warm up the JIT (C2 needs about a minute of load on two cores), then measure
echo "Warming up..."
for b in 1 "$BATCH" 1; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/taps.lua "$APP" -- \
        "$DEVICE" "$WORK/cards" "$WORK/stations" "$THREADS" "$b" >/dev/null
done
echo "Measuring taps..."
declare -A TAPS_AT
for c in $TAP_CONNECTIONS; do
    TAPS_AT[$c]=$(wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency -s bench/taps.lua "$APP" -- \
        "$DEVICE" "$WORK/cards" "$WORK/stations" "$THREADS" 1)
done
TAPS_BATCH=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/taps.lua "$APP" -- \
    "$DEVICE" "$WORK/cards" "$WORK/stations" "$THREADS" "$BATCH")
started=$(date +%s.%N)
until json "$ADMIN" "$APP/api/v1/payments/admin/stats" | grep -q '"tripsToSettle":0,'; do sleep 0.2; done
SETTLE_S=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
STATS_TAPS=$(json "$ADMIN" "$APP/api/v1/payments/admin/stats")
BOOKS_TAPS=$(json "$ADMIN" "$APP/api/v1/payments/admin/reconciliation" | grep -o '"balanced":[a-z]*')

echo "Funding wallets and registering merchants..."
: >"$WORK/tokens"
: >"$WORK/merchants"
for user in citizen traffic-operator police parking-operator merchant payments-admin service-clerk clinician \
    health-admin teacher student guardian school-admin analyst data-buyer city-admin; do
    t=$(user_token "$user")
    echo "$t" >>"$WORK/tokens"
    card=$(json "$t" -X POST -d '{"number":"4242424242424242","expMonth":12,"expYear":2031,"cvv":"123"}' \
        "$APP/api/v1/payments/cards" | field id)
    for i in 1 2 3 4; do
        json "$t" -X POST -H "Idempotency-Key: fund-$user-$i" -d "{\"cardId\":\"$card\",\"amountFen\":500000}" \
            "$APP/api/v1/payments/wallet/top-ups" >/dev/null
    done
done
for i in $(seq 1 16); do
    json "$ADMIN" -X POST -d "{\"code\":\"bench-shop-$i\",\"nameZh\":\"压测商户$i\",\"nameEn\":\"Bench shop $i\",\"ownerId\":\"bench-owner-$i\"}" \
        "$APP/api/v1/payments/admin/merchants" >/dev/null
    echo "bench-shop-$i" >>"$WORK/merchants"
done
echo "Measuring wallet payments..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/payments.lua "$APP" -- "$WORK/tokens" "$WORK/merchants" 1 warm >/dev/null
sleep 3
before=$(json "$ADMIN" "$APP/api/v1/payments/admin/stats" | field payments)
PAY=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/payments.lua "$APP" -- \
    "$WORK/tokens" "$WORK/merchants" 1 pay)
sleep 3
middle=$(json "$ADMIN" "$APP/api/v1/payments/admin/stats" | field payments)
STORM=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/payments.lua "$APP" -- \
    "$WORK/tokens" "$WORK/merchants" 5 storm)
sleep 3
after=$(json "$ADMIN" "$APP/api/v1/payments/admin/stats" | field payments)
BOOKS_PAY=$(json "$ADMIN" "$APP/api/v1/payments/admin/reconciliation" | grep -o '"balanced":[a-z]*')
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))

rate() { echo "$1" | awk -v k="${2:-1}" '/Requests\/sec/ { printf "%.0f", $2 * k }'; }
pct() { echo "$1" | awk -v p="$2" '$1 == p { print $2 }'; }
result() { echo "$1" | grep RESULT | sed 's/RESULT //'; }
REPORT="bench/results/payments-$(date -u +%Y%m%dT%H%M%SZ).md"
{
    echo "## Payments benchmark, $(date -u +%Y-%m-%d)"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB;"
    echo "app and PostgreSQL and Keycloak and wrk on the same machine; $CONNECTIONS connections unless said, $THREADS wrk threads,"
    echo "$DURATION per run after $WARMUP x 4 of warm-up; $CARDS preloaded cards tapping in and out at random stations."
    echo
    echo "| run | requests/s | p50 | p90 | p99 | outcome |"
    echo "| --- | ---: | ---: | ---: | ---: | --- |"
    for c in $TAP_CONNECTIONS; do
        t=${TAPS_AT[$c]}
        echo "| gantry taps, one per request, $c connections | $(rate "$t") | $(pct "$t" 50%) | $(pct "$t" 90%) | $(pct "$t" 99%) | $(result "$t") |"
    done
    echo "| gantry taps, $BATCH per request (station computer) | $(rate "$TAPS_BATCH" "$BATCH") taps/s | $(pct "$TAPS_BATCH" 50%) | $(pct "$TAPS_BATCH" 90%) | $(pct "$TAPS_BATCH" 99%) | $(result "$TAPS_BATCH") |"
    echo "| wallet payments, one key each | $(rate "$PAY") | $(pct "$PAY" 50%) | $(pct "$PAY" 90%) | $(pct "$PAY" 99%) | $(result "$PAY"); payments created $((middle - before)) |"
    echo "| retry storm, every key sent 5 times | $(rate "$STORM") | $(pct "$STORM" 50%) | $(pct "$STORM" 90%) | $(pct "$STORM" 99%) | $(result "$STORM"); payments created $((after - middle)) |"
    echo
    echo "After the taps: all fares settled into the ledger $SETTLE_S s after the load stopped; ledger $BOOKS_TAPS;"
    echo "counts $STATS_TAPS."
    echo "After the payments: ledger $BOOKS_PAY. App resident memory $RSS_MB MB."
} | tee "$REPORT"
