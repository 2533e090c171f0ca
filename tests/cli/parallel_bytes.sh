#!/usr/bin/env bash
# `vanban render` lays a document out on two cores (core/parallel.hpp: body
# paragraphs, pages drawn eight at a time, font subsets) and must give the
# bytes it gives on one (`-j 1`): the 26-page 8-month report, whose pages are
# drawn in four groups, and the notice. Then a batch on one thread (documents
# on two cores, files put in place by the committer) against `-j 2`, and
# against `render` of the same data.
#   tests/cli/parallel_bytes.sh VANBAN
set -euo pipefail
vb="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
render() {  # OUT-DIR, then render's arguments
  local out="$1"
  shift
  "$vb" render "$@" -o "$out" >/dev/null
}
render "$tmp/one" -j 1 samples/bao-cao-8-thang.vb samples/bao-cao-8-thang.yaml
render "$tmp/two" samples/bao-cao-8-thang.vb samples/bao-cao-8-thang.yaml
render "$tmp/one" -j 1 thong-bao samples/thong-bao.yaml
render "$tmp/two" -j 2 thong-bao samples/thong-bao.yaml
test "$(pdfinfo "$tmp/two/bao-cao-8-thang.pdf" | awk '/^Pages:/ {print $2}')" -gt 24
for f in bao-cao-8-thang.pdf thong-bao.pdf; do
  cmp "$tmp/one/$f" "$tmp/two/$f" || { echo "FAIL: $f differs between one core and two" >&2; exit 1; }
done
for i in 1 2 3 4 5 6; do sed "s/^so: 90$/so: $((100 + i))/" samples/thong-bao.yaml > "$tmp/tb-$i.yaml"; done
"$vb" batch thong-bao "$tmp"/tb-*.yaml -o "$tmp/b1" -j 1 2>/dev/null
"$vb" batch thong-bao "$tmp"/tb-*.yaml -o "$tmp/b2" -j 2 2>/dev/null
test "$(ls "$tmp/b1" | wc -l)" = 6
for i in 1 2 3 4 5 6; do
  cmp "$tmp/b1/tb-$i.pdf" "$tmp/b2/tb-$i.pdf" || { echo "FAIL: batch tb-$i.pdf differs between -j 1 and -j 2" >&2; exit 1; }
done
test -z "$(ls -A "$tmp/b2" | grep -v '\.pdf$' || true)" || { echo "FAIL: temporaries left in the batch's folder" >&2; exit 1; }
# A batch reuses set paragraphs and font programs from one document to the next
# (layout::set_warm_caches): each file is still the one `render` makes alone.
for i in 1 4 6; do
  render "$tmp/alone" thong-bao "$tmp/tb-$i.yaml"
  cmp "$tmp/alone/tb-$i.pdf" "$tmp/b2/tb-$i.pdf" || { echo "FAIL: batch tb-$i.pdf differs from render's" >&2; exit 1; }
done
echo "ok: the same bytes on one core and on two"
