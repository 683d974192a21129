#!/usr/bin/env bash
# Runs the whole platform on this machine: builds, then starts PostgreSQL (embedded, data in .city-data/),
# Keycloak (from Maven Central, port 8180) and the app (port 8080) with seed data, and prints the URLs and demo
# logins when ready. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
# the CJK font that certificates embed (Debian's package, never committed)
./scripts/debian-packages.sh fonts-wqy-microhei
./mvnw -B --no-transfer-progress -q package -DskipTests -DskipFormat
exec java ${CITY_JAVA_OPTS:--Xmx1g} -jar target/quarkus-app/quarkus-run.jar "$@"
