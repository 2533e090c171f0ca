#!/usr/bin/env bash
# ThreadSanitizer run of `vanban batch`: builds vanban with -fsanitize=thread
# in build-tsan/ and renders notices and reports (PDF + XLSX) on 2 threads,
# and on 1 thread (each document then laid out on both cores), and `vanban
# render` of reports, whose workbook is made on a second thread while their
# paragraphs and pages are set and drawn on two (core/parallel.hpp); fails on
# any ThreadSanitizer report. Part of
# scripts/test.sh.
#   scripts/tsan-batch.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-tsan -DVANBAN_TSAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-tsan --target vanban -j"$(nproc)" >/dev/null
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 16); do sed "s/^so: 90$/so: $((100 + i))/" samples/thong-bao.yaml > "$tmp/tb-$i.yaml"; done
for i in 1 2 3; do sed "s/^so: 285$/so: $((300 + i))/" samples/bao-cao-8-thang.yaml > "$tmp/bc-$i.yaml"; done
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
build-tsan/src/cli/vanban batch thong-bao "$tmp"/tb-*.yaml -o "$tmp/out" -j 2 --name-field so
build-tsan/src/cli/vanban batch samples/bao-cao-8-thang.vb "$tmp"/bc-*.yaml -o "$tmp/out" -j 2
# One thread: each document laid out on both cores (core/parallel.hpp), its files put in place by the committer.
build-tsan/src/cli/vanban batch thong-bao "$tmp"/tb-*.yaml -o "$tmp/out1" -j 1 --name-field so
test "$(ls "$tmp/out1" | wc -l)" = 16
for r in bao-cao-8-thang bao-cao-thang-10-2026 ke-hoach; do
  data=(); [ -f "samples/$r.yaml" ] && data=("samples/$r.yaml")
  build-tsan/src/cli/vanban render "samples/$r.vb" "${data[@]}" -o "$tmp/render" >/dev/null
  test -s "$tmp/render/$r.xlsx"
done
echo "tsan: không có tranh chấp dữ liệu (no data race)"
