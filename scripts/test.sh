#!/usr/bin/env bash
# Runs the whole test suite: unit, architecture, API (real PostgreSQL and Keycloak, started once for the run) and
# browser tests (headless Chromium from Debian's packages, installed here when missing, as is the CJK font of the
# certificates). Also checks the formatting.
set -euo pipefail
cd "$(dirname "$0")/.."
# Chromium and its driver for the browser tests, the CJK font that certificates embed
./scripts/debian-packages.sh chromium chromium-driver fonts-wqy-microhei
exec ./mvnw -B --no-transfer-progress verify "$@"
