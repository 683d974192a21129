#!/usr/bin/env bash
# Notification e-mail benchmark in one command: ./bench/notifications.sh
# Cameras report N red-light violations of a plate the demo citizen registered. Each violation writes, in its own
# transaction, an inbox message and an e-mail in the outbox. The app first runs with the e-mail dispatcher off until
# all N are written; then it starts with the dispatcher on, which sends them over SMTP to a mail server in another
# process (GreenMail, started with PostgreSQL and Keycloak by `--services-only`); after RESTART_AT e-mails the app is
# stopped (SIGTERM) and started again, and the outbox drains. Measures e-mails per second while draining, and reads
# the mailbox over IMAP: every message exactly once by its Message-ID, none lost, none doubled. Prints a Markdown
# report, kept in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-3000}
BATCH=${BATCH:-100}
RESTART_AT=${RESTART_AT:-1000}
APP=http://localhost:8080
TOKEN_URL=http://localhost:8180/realms/city/protocol/openid-connect/token
IMAP=imap://127.0.0.1:3143
MAILBOX=citizen@demo.city.local
for tool in jq bc python3; do
    command -v $tool >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool >/dev/null; }
done
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
mkdir -p bench/results
DATA=$(mktemp -d)
SERVICES_PID=""
APP_PID=""
stop() {
    local pid=$1
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        wait "$pid" 2>/dev/null || true
    fi
}
trap 'stop "$APP_PID"; stop "$SERVICES_PID"; rm -rf "$DATA"' EXIT

echo "Starting PostgreSQL, Keycloak and the mail server (another process)..."
CITY_DATA_DIR="$DATA" java -jar target/quarkus-app/quarkus-run.jar --services-only >/tmp/city-bench-mail-services.log 2>&1 &
SERVICES_PID=$!
until curl -fs -o /dev/null "http://localhost:8180/realms/city/.well-known/openid-configuration" \
    && curl -fs "$IMAP" --user "$MAILBOX:x" -X 'STATUS INBOX (MESSAGES)' >/dev/null 2>&1; do
    kill -0 "$SERVICES_PID" 2>/dev/null || { echo "the services died; see /tmp/city-bench-mail-services.log" >&2; exit 1; }
    sleep 1
done

start_app() {
    CITY_CSRF_KEY=bench-csrf-key-of-at-least-32-bytes!! CITY_PORTAL_SECRET=city-portal-secret \
        java -Xmx1g -Dcity.external-services=true -Dcity.simulation.enabled=false -Dcity.rate-limits.enabled=false \
        -Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:55432/city \
        -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
        -Dquarkus.mailer.host=127.0.0.1 -Dquarkus.mailer.port=3025 "$@" \
        -jar target/quarkus-app/quarkus-run.jar >>/tmp/city-bench-mail-app.log 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "$APP/q/health/ready"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see /tmp/city-bench-mail-app.log" >&2; exit 1; }
        sleep 0.5
    done
}
: >/tmp/city-bench-mail-app.log
start_app -Dcity.notifications.dispatch-every=off

token() { curl -fs "$@" "$TOKEN_URL" | jq -r .access_token; }
CITIZEN=$(token -d grant_type=password -d client_id=city-test -d username=citizen -d password=citizen-demo)
DEVICE=$(token -d grant_type=client_credentials -d client_id=city-devices -d client_secret=city-devices-secret)
# the citizen's first call fills their profile (the e-mail address) from the account
curl -fs -o /dev/null -H "Authorization: Bearer $CITIZEN" "$APP/api/v1/citizen/my/notifications"
PLATE="沪B$(shuf -i 10000-99999 -n 1)"
curl -fs -o /dev/null -H "Authorization: Bearer $CITIZEN" -H 'Content-Type: application/json' \
    -d "{\"plate\":\"$PLATE\"}" "$APP/api/v1/parking/vehicles"
OPERATOR=$(token -d grant_type=password -d client_id=city-test -d username=traffic-operator -d password=traffic-operator-demo)
ROAD=$(curl -fs -H "Authorization: Bearer $OPERATOR" "$APP/api/v1/traffic/network/roadnet.json" | jq -r '.roads[7].id')
# how many messages the demo citizen's mailbox holds (IMAP STATUS; tried again if the server drops the connection)
mailbox() {
    local n
    for _ in 1 2 3 4 5; do
        if n=$(curl -fs "$IMAP" --user "$MAILBOX:x" -X 'STATUS INBOX (MESSAGES)' | grep -o 'MESSAGES [0-9]*' | grep -o '[0-9]*'); then
            echo "$n"
            return
        fi
        sleep 0.5
    done
    echo "cannot read the mailbox" >&2
    return 1
}
# the Message-ID and Subject headers of every message in the mailbox, one line each (Python's imaplib)
message_ids() {
    python3 - "$MAILBOX" <<'PY'
import email, email.header, imaplib, sys
box = imaplib.IMAP4("127.0.0.1", 3143)
box.login(sys.argv[1], "x")
box.select("INBOX", readonly=True)
_, data = box.fetch("1:*", "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID SUBJECT)])")
for part in data:
    if isinstance(part, tuple):
        headers = email.message_from_bytes(part[1])
        subject = str(email.header.make_header(email.header.decode_header(headers.get("Subject", ""))))
        print("Message-ID: " + headers.get("Message-ID", ""))
        print("Subject: " + subject)
box.logout()
PY
}
BEFORE=$(mailbox)
# the citizen's messages, with a fresh token each time (the wait may outlast one)
notices() {
    local t
    t=$(token -d grant_type=password -d client_id=city-test -d username=citizen -d password=citizen-demo)
    curl -fs -H "Authorization: Bearer $t" "$APP/api/v1/citizen/my/notifications?size=1" | jq .messages.totalItems
}
NOTICES_BEFORE=$(notices)

echo "Reporting $N violations of $PLATE in batches of $BATCH (the e-mail dispatcher is off)..."
START=$(date +%s.%N)
BASE=$(($(date +%s) - N - 60))
for ((i = 0; i < N; i += BATCH)); do
    jq -nc --arg plate "$PLATE" --arg road "$ROAD" --argjson from "$i" --argjson n "$BATCH" --argjson base "$BASE" \
        '[range($from; $from + $n) | {type: "RED_LIGHT", refRoadSegment: $road, laneId: 0, plate: $plate,
          evidence: "cam://bench/\(.)", observedAt: (($base + .) | todate)}]' \
        | curl -fs -o /dev/null -H "Authorization: Bearer $DEVICE" -H 'Content-Type: application/json' \
            --data-binary @- "$APP/api/v1/ingest/traffic/camera-events"
done
REPORTED=$(date +%s.%N)
until [ "$(notices)" -ge $((NOTICES_BEFORE + N)) ]; do sleep 1; done
RECORDED=$(date +%s.%N)
stop "$APP_PID"

echo "Starting the app with the dispatcher on; after $RESTART_AT e-mails it is stopped and started again..."
start_app
until [ "$(mailbox)" -gt "$BEFORE" ]; do sleep 0.05; done
SENDING_FROM=$(date +%s.%N)
until [ $(($(mailbox) - BEFORE)) -ge "$RESTART_AT" ]; do sleep 0.1; done
AT_STOP=$(($(mailbox) - BEFORE))
stop "$APP_PID"
STOPPED=$(date +%s.%N)
start_app
RESTARTED=$(date +%s.%N)
AFTER_RESTART=$(($(mailbox) - BEFORE))
DEADLINE=$(($(date +%s) + 600))
until [ $(($(mailbox) - BEFORE)) -ge "$N" ] || [ "$(date +%s)" -gt "$DEADLINE" ]; do sleep 0.1; done
DONE=$(date +%s.%N)
sleep 5 # anything sent twice would arrive now
TOTAL=$(($(mailbox) - BEFORE))
IDS=$(message_ids)
UNIQUE=$(grep -i '^Message-ID:' <<<"$IDS" | sort -u | wc -l)
OURS=$(grep -c "$PLATE" <<<"$IDS" || true)
FIRST_RATE=$(echo "scale=1; $AT_STOP / ($STOPPED - $SENDING_FROM)" | bc)
SECOND_RATE=$(echo "scale=1; ($TOTAL - $AFTER_RESTART) / ($DONE - $RESTARTED)" | bc)
RECORD_RATE=$(echo "scale=1; $N / ($RECORDED - $START)" | bc)
DOWN=$(echo "$RESTARTED - $STOPPED" | bc)
CPU=$(lscpu | grep 'Model name' | sed 's/.*: *//')
REPORT=$(cat <<MD
### Notification e-mails, $(date -u +%Y-%m-%d) ($CPU, $(nproc) cores)
- $N violations reported by the camera API in $((N / BATCH)) batches; violations with their notice and outbox e-mail recorded at $RECORD_RATE/s.
- Outbox drained over SMTP at **$FIRST_RATE e-mails/s** (first run, $AT_STOP e-mails from the first one's arrival) and **$SECOND_RATE e-mails/s** after the restart (goal >= 50/s).
- The app was stopped (SIGTERM) after $AT_STOP e-mails and started again ($DOWN s down, $AFTER_RESTART in the mailbox when it was back).
- In the mailbox: $TOTAL of $N e-mails ($OURS carry the plate), **$UNIQUE distinct Message-IDs**: none lost, none doubled when both are $N.
MD
)
echo "$REPORT" | tee "bench/results/notifications-$(date -u +%Y%m%dT%H%M%S).md"
[ "$TOTAL" -eq "$N" ] && [ "$UNIQUE" -eq "$N" ] || { echo "LOST OR DOUBLED: $TOTAL e-mails, $UNIQUE distinct of $N" >&2; exit 1; }
