#!/usr/bin/env bash
# Builds better-sqlite3 for Electron's ABI into .electron-native/electron-<version>/ for `npm start`
# in development, leaving node_modules (built for Node's ABI, which the tests and the CLI need)
# untouched. The app loads that copy through better-sqlite3's `nativeBinding` option
# (main/app/native-sqlite.ts). A packaged app does not use it: scripts/package.sh rebuilds
# node_modules for Electron instead. Needs the internet: a prebuilt binary or Electron's headers.
#   bash scripts/electron-native.sh               build (again)
#   bash scripts/electron-native.sh --if-missing  build only if absent (what `npm start` runs)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
version=$(node -p "require('electron/package.json').version")
dest="$repo/.electron-native/electron-$version"

if [ "${1:-}" = "--if-missing" ] && [ -f "$dest/better_sqlite3.node" ]; then
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R node_modules/better-sqlite3 "$work/better-sqlite3"
rm -rf "$work/better-sqlite3/build"
cd "$work/better-sqlite3"

# This machine's npm config may point node-gyp at the local Node headers (nodedir), and npm passes
# its config to child processes as npm_config_* variables. An Electron build needs Electron's own
# headers, so the tools are run directly, without that variable.
unset npm_config_nodedir
echo "electron-native: fetching or building better-sqlite3 for Electron $version..." >&2
if ! "$repo/node_modules/.bin/prebuild-install" --runtime electron --target "$version" --arch "$(node -p process.arch)" 2>/dev/null; then
  if ! "$repo/node_modules/.bin/node-gyp" rebuild --release --runtime=electron --target="$version" --dist-url=https://electronjs.org/headers; then
    echo "electron-native: could not get better-sqlite3 for Electron $version (no prebuilt binary and no Electron headers: is this machine offline?)." >&2
    exit 2
  fi
fi

# A binary plain Node can load was built for Node, not Electron: refuse it rather than let
# `npm start` fail later with a NODE_MODULE_VERSION error.
if node -e "process.dlopen({ exports: {} }, process.argv[1])" "$work/better-sqlite3/build/Release/better_sqlite3.node" 2>/dev/null; then
  echo "electron-native: the build came out for Node's ABI, not Electron's; nothing was written." >&2
  exit 2
fi

mkdir -p "$dest"
cp build/Release/better_sqlite3.node "$dest/better_sqlite3.node"
echo "electron-native: wrote $dest/better_sqlite3.node" >&2
