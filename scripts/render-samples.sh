#!/usr/bin/env bash
# Renders every sample in samples/ into OUT_DIR with the given vanban binary.
# A sample NAME.yaml whose NAME is a built-in template is built with it; until
# PDF output exists its document model is written to OUT_DIR/NAME.document.txt.
# Other data files are checked.
# Usage: scripts/render-samples.sh VANBAN OUT_DIR
set -euo pipefail
vanban="$1"
out="$2"
cd "$(dirname "$0")/.."
mkdir -p "$out"
status=0
for data in samples/*.yaml samples/*.csv; do
  [ -e "$data" ] || continue
  name="$(basename "${data%.*}")"
  if [ -f "templates/$name/template.yaml" ]; then
    echo "== $data → $out/$name.document.txt" >&2
    if "$vanban" render "$name" "$data" --dump-document > "$out/.$name.tmp"; then
      mv "$out/.$name.tmp" "$out/$name.document.txt"
    else
      rm -f "$out/.$name.tmp"
      status=1
    fi
  else
    echo "== $data" >&2
    "$vanban" check "$data" || status=1
  fi
done
exit $status
