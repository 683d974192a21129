#!/usr/bin/env bash
# Citizen portal benchmark in one command: ./bench/citizen.sh
# Starts the whole platform (fresh data, its own ports so that it runs beside a run command), makes CITIZENS citizens
# in Keycloak (role citizen, each a real password-grant token), then for DURATION seconds each:
#  1. files applications for the certificate of no criminal record (PSB-016, free) one after another through the API:
#     a draft, the answers, one 200 kB document, submit; the time of each call and of the whole application;
#  2. reads "my city" (GET /api/v1/citizen/my/city, every section: applications, licences, benefits, wallet, parking,
#     fines, messages) one after another.
# Goals (issue 13): submit p95 <= 200 ms at 50 concurrent citizens; "my city" p95 <= 150 ms. Prints a Markdown report,
# kept in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
CITIZENS=${CITIZENS:-50}
# "my city" at these numbers of citizens reading at once (the first ones of the CITIZENS)
MYCITY_AT=${MYCITY_AT:-"10 50"}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-30}
PORT=${PORT:-8090}
KC_PORT=${KC_PORT:-8280}
APP=http://localhost:$PORT
KC=http://localhost:$KC_PORT
for tool in jq python3 curl; do
    command -v $tool >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool >/dev/null; }
done
./scripts/debian-packages.sh fonts-wqy-microhei
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
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
echo "Starting the platform on port $PORT (Keycloak $KC_PORT)..."
CITY_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT CITY_POSTGRES_PORT=55532 CITY_KEYCLOAK_PORT=$KC_PORT \
    CITY_KEYCLOAK_MANAGEMENT_PORT=9280 CITY_SMTP_PORT=3125 CITY_IMAP_PORT=3243 \
    java -Xmx1g -Dcity.simulation.enabled=false -Dcity.rate-limits.enabled=false \
    -jar target/quarkus-app/quarkus-run.jar >/tmp/city-bench-citizen.log 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "$APP/q/health/ready" \
    && curl -fs -o /dev/null "$KC/realms/city/.well-known/openid-configuration"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see /tmp/city-bench-citizen.log" >&2; exit 1; }
    sleep 1
done

echo "Making $CITIZENS citizens in Keycloak..."
ADMIN=$(curl -fs -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$KC/realms/master/protocol/openid-connect/token" | jq -r .access_token)
ROLE=$(curl -fs -H "Authorization: Bearer $ADMIN" "$KC/admin/realms/city/roles/citizen")
: >"$WORK/tokens"
for i in $(seq 1 "$CITIZENS"); do
    user="bench-citizen-$i"
    # 201, or 409 when a run before made them (Keycloak keeps its realm between runs)
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$user\",\"enabled\":true,\"email\":\"$user@demo.city.local\",\"emailVerified\":true,\"firstName\":\"Bench\",\"lastName\":\"$i\",\"credentials\":[{\"type\":\"password\",\"value\":\"$user-pw\",\"temporary\":false}]}" \
        "$KC/admin/realms/city/users")
    [ "$status" = 201 ] || [ "$status" = 409 ] || { echo "could not make $user: $status" >&2; exit 1; }
    id=$(curl -fs -H "Authorization: Bearer $ADMIN" "$KC/admin/realms/city/users?username=$user&exact=true" | jq -r '.[0].id')
    curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d "[$ROLE]" \
        "$KC/admin/realms/city/users/$id/role-mappings/realm"
done
# fresh tokens before each phase: the realm's tokens live 5 minutes
tokens() {
    : >"$WORK/tokens"
    for i in $(seq 1 "$CITIZENS"); do
        curl -fs -d grant_type=password -d client_id=city-test -d "username=bench-citizen-$i" \
            -d "password=bench-citizen-$i-pw" "$KC/realms/city/protocol/openid-connect/token" \
            | jq -r .access_token >>"$WORK/tokens"
    done
}
tokens

echo "Warming up ($WARMUP s)..."
python3 bench/citizen_load.py submit "$APP" "$WORK/tokens" "$WARMUP" >/dev/null
python3 bench/citizen_load.py mycity "$APP" "$WORK/tokens" "$WARMUP" >/dev/null
echo "Measuring ($DURATION s each)..."
tokens
SUBMIT=$(python3 bench/citizen_load.py submit "$APP" "$WORK/tokens" "$DURATION")
declare -A MYCITY
for n in $MYCITY_AT; do
    tokens
    head -n "$n" "$WORK/tokens" >"$WORK/tokens-$n"
    MYCITY[$n]=$(python3 bench/citizen_load.py mycity "$APP" "$WORK/tokens-$n" "$DURATION")
done
CASES=$(curl -fs "$APP/q/health/ready" >/dev/null && echo "$SUBMIT" | jq '.application.n')

row() { echo "$1" | jq -r --arg k "$2" --arg name "$3" '.[$k] | "| \($name) | \(.n) | \(.p50) | \(.p95) | \(.p99) | \(.max) |"'; }
REPORT=bench/results/citizen-$(date -u +%Y%m%dT%H%M%S).md
{
    echo "### $(date -u '+%Y-%m-%d %H:%M') UTC, \`./bench/citizen.sh\` ($CITIZENS citizens, ${DURATION} s each after ${WARMUP} s warm-up)"
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB;"
    echo "app with -Xmx1g, PostgreSQL and Keycloak on the same machine, the load generator (Python, one thread per citizen) too."
    echo
    echo "| what | count | p50 ms | p95 ms | p99 ms | max ms |"
    echo "|---|---:|---:|---:|---:|---:|"
    row "$SUBMIT" draft "start a draft"
    row "$SUBMIT" answers "save the answers"
    row "$SUBMIT" upload "upload 200 kB"
    row "$SUBMIT" submit "submit"
    row "$SUBMIT" application "the whole application (4 calls)"
    for n in $MYCITY_AT; do
        row "${MYCITY[$n]}" mycity "my city (all sections), $n citizens at once"
    done
    echo
    echo "Applications filed: $CASES ($(echo "$SUBMIT" | jq .per_second)/s), errors $(echo "$SUBMIT" | jq -c .errors)."
    for n in $MYCITY_AT; do
        echo "My city at $n: $(echo "${MYCITY[$n]}" | jq .per_second) reads/s, errors $(echo "${MYCITY[$n]}" | jq -c .errors)."
    done
    echo
    echo '<details><summary>raw</summary>'
    echo
    echo "submit: $SUBMIT"
    for n in $MYCITY_AT; do echo "mycity $n: ${MYCITY[$n]}"; done
    echo '</details>' 
} | tee "$REPORT"
