#!/usr/bin/env bash
# Runs the whole test suite: unit, architecture, API (real PostgreSQL and Keycloak, started once for the run) and
# browser tests (headless Chromium from Debian's packages, installed here when missing). Also checks the formatting.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
    echo "Installing Chromium and ChromeDriver from Debian's packages for the browser tests..."
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
exec ./mvnw -B --no-transfer-progress verify "$@"
