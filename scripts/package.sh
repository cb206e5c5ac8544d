#!/usr/bin/env bash
# Packages Offer Desk for the given platforms (default: this machine's), e.g.
#   scripts/package.sh            # this OS
#   scripts/package.sh --linux    # AppImage + deb
#   scripts/package.sh --win      # NSIS installer (on Windows, or Linux with Wine)
#
# better-sqlite3 is a native module built for one ABI at a time: Node's (for the tests and the CLI)
# or Electron's (for the app). This script rebuilds it for Electron, packages, and then - always,
# even when packaging fails - rebuilds it for Node again, so `npm test` keeps working afterwards.
#
# It needs the internet: Electron's headers (for the rebuild) and Electron's zip (for every target)
# are downloaded. On an offline machine it stops at the first step and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

restore_node_build() {
  local status=$?
  echo "package.sh: rebuilding better-sqlite3 for Node again (the tests need it)..." >&2
  if npm rebuild better-sqlite3 >/dev/null 2>&1 && node -e "new (require('better-sqlite3'))(':memory:').close()" 2>/dev/null; then
    echo "package.sh: better-sqlite3 is built for Node $(node --version) again." >&2
  else
    echo "package.sh: WARNING: could not rebuild better-sqlite3 for Node; run 'npm rebuild better-sqlite3' before testing." >&2
    status=1
  fi
  exit "$status"
}

offline() {
  echo "package.sh: cannot reach $1, so nothing was packaged." >&2
  echo "package.sh: packaging downloads Electron's headers and Electron ${ELECTRON_VERSION} itself; run it on a machine with internet access." >&2
  exit 2
}

ELECTRON_VERSION=$(node -p "require('electron/package.json').version")

# Fail early and clearly instead of deep inside a rebuild: both downloads come from these hosts.
for host in github.com artifacts.electronjs.org; do
  if ! node -e "require('node:dns').lookup('$host', (e) => process.exit(e ? 1 : 0))"; then
    offline "$host"
  fi
done

trap restore_node_build EXIT

echo "package.sh: building main, preload and renderer..." >&2
npx electron-vite build

echo "package.sh: rebuilding better-sqlite3 for Electron ${ELECTRON_VERSION}..." >&2
npx electron-builder install-app-deps

echo "package.sh: packaging..." >&2
npx electron-builder --publish never "$@"

echo "package.sh: installers are in release/." >&2
