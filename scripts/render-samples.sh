#!/usr/bin/env bash
# Renders every sample in samples/ into OUT_DIR with the given vanban binary.
# A sample NAME.vb (a document naming its template) is rendered with its
# NAME.yaml; a sample NAME.yaml whose NAME is a built-in template is rendered
# with that template; either gives OUT_DIR/NAME.pdf (and NAME.xlsx when it has
# tables) and the editable Word file OUT_DIR/NAME.docx. Other data files are checked.
# A sample NAME.vb without NAME.yaml (its front matter holds all its data) is
# rendered alone. A NAME.yaml may be a compile spec (bien_soan:): the 2026
# communes' report, bao-cao-thang-10-2026, is compiled from the 70 communes'
# files in samples/xa-2026/ as it renders. Then samples/compile/ is compiled
# and the 8-month report rendered from it.
# Usage: scripts/render-samples.sh VANBAN OUT_DIR
set -euo pipefail
vanban="$1"
out="$2"
cd "$(dirname "$0")/.."
mkdir -p "$out"
status=0
# vanban render ARGS…: the default outputs, then the same document as DOCX.
render() {
  "$vanban" render "$@" && "$vanban" render "$@" --format docx >/dev/null
}
for data in samples/*.yaml samples/*.csv; do
  [ -e "$data" ] || continue
  name="$(basename "${data%.*}")"
  if [ -f "samples/$name.vb" ]; then
    render "samples/$name.vb" "$data" -o "$out" || status=1
  elif [ -f "templates/$name/template.yaml" ]; then
    render "$name" "$data" -o "$out" || status=1
  else
    echo "== $data" >&2
    "$vanban" check "$data" || status=1
  fi
done
for doc in samples/*.vb; do
  [ -e "$doc" ] || continue
  name="$(basename "${doc%.vb}")"
  [ -f "samples/$name.yaml" ] && continue
  render "$doc" -o "$out" || status=1
done
# The 8-month report again, its figures compiled from the districts' monthly
# files (samples/compile/: 13 units x 8 months, CSV and XLSX).
if [ -f samples/compile/bien-soan.yaml ]; then
  "$vanban" compile samples/compile/bien-soan.yaml -o "$out/so-lieu-8-thang.yaml" || status=1
  render samples/bao-cao-8-thang.vb samples/bao-cao-8-thang.yaml "$out/so-lieu-8-thang.yaml" \
    -o "$out" --name bao-cao-8-thang-tu-so-lieu || status=1
fi
exit $status
