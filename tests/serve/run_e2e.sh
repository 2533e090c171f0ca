#!/usr/bin/env bash
# Runs tests/serve/e2e.mjs: playwright-core (pinned by package-lock.json) is installed with `npm ci` into
# WORK (the build folder, for tests only), Debian's chromium is the browser (scripts/setup.sh installs it).
# Usage: tests/serve/run_e2e.sh VANBAN WORK     (screenshots: WORK/screenshots/*.png)
set -euo pipefail
vanban="$1"
work="$2"
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
command -v node >/dev/null || { echo "serve-e2e: cần Node.js (apt-get install nodejs npm)" >&2; exit 1; }
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "serve-e2e: cần Chromium (apt-get install chromium)" >&2; exit 1; }
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/e2e.mjs" "$work/"
# npm ci again only when the lock file changed.
if ! cmp -s "$here/package-lock.json" "$work/node_modules/.installed-lock" 2>/dev/null; then
  (cd "$work" && npm ci --silent --no-audit --no-fund >/dev/null)
  cp "$here/package-lock.json" "$work/node_modules/.installed-lock"
fi
rm -rf "$work/screenshots"
exec node "$work/e2e.mjs" "$vanban" "$source_dir" "$work/screenshots"
