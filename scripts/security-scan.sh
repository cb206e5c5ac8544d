#!/usr/bin/env bash
# Builds the app and scans the built code (out/) with Doyensec's Electronegativity, then gates on
# its SARIF report (the scanner exits 0 whatever it finds). Offline is fine: ignore its
# "No connectivity?" lines. Reviewed exceptions: scripts/electronegativity-exceptions.json.
set -euo pipefail
cd "$(dirname "$0")/.."

ELECTRON_VERSION=$(node -p "require('electron/package.json').version")
SCANNER="@doyensec/electronegativity@1.10.3"
REPORT=test-results/electronegativity.sarif

npx electron-vite build
mkdir -p test-results
rm -f "$REPORT"
npx --yes "$SCANNER" -i out -e "$ELECTRON_VERSION" -o "$REPORT"
npx tsx scripts/security-gate.ts "$REPORT" scripts/electronegativity-exceptions.json
