#!/usr/bin/env bash
# Renders every sample in samples/ into OUT_DIR with the given vanban binary.
# While no template renders yet, it checks every sample data file instead.
# Usage: scripts/render-samples.sh VANBAN OUT_DIR
set -euo pipefail
vanban="$1"
out="$2"
cd "$(dirname "$0")/.."
mkdir -p "$out"
status=0
for data in samples/*.yaml samples/*.csv; do
  [ -e "$data" ] || continue
  echo "== $data" >&2
  "$vanban" check "$data" || status=1
done
exit $status
