#!/usr/bin/env bash
# `vanban render` ends its process as soon as its files are in place and told
# (cli/process.hpp: nothing is freed on the way out). What it prints must
# still all arrive when stdout is a file (fully buffered), the files be
# complete, no temporary be left, and the status be 0; and with --lang en.
#   tests/cli/render_ends.sh VANBAN
set -euo pipefail
vb="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
fail() { echo "FAIL: $*" >&2; exit 1; }
"$vb" render samples/bao-cao-8-thang.vb samples/bao-cao-8-thang.yaml -o "$tmp/out" >"$tmp/stdout" 2>"$tmp/stderr" ||
  fail "render exited with $?"
grep -qx "đã ghi $tmp/out/bao-cao-8-thang.pdf (26 trang)" "$tmp/stdout" || fail "no PDF line: $(cat "$tmp/stdout")"
grep -qx "đã ghi $tmp/out/bao-cao-8-thang.xlsx (4 trang tính)" "$tmp/stdout" || fail "no XLSX line: $(cat "$tmp/stdout")"
test "$(pdfinfo "$tmp/out/bao-cao-8-thang.pdf" | awk '/^Pages:/ {print $2}')" = 26 || fail "PDF incomplete"
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None' \
  "$tmp/out/bao-cao-8-thang.xlsx" || fail "XLSX incomplete"
test "$(ls -A "$tmp/out" | sort | tr '\n' ' ')" = "bao-cao-8-thang.pdf bao-cao-8-thang.xlsx " ||
  fail "temporaries left: $(ls -A "$tmp/out")"
"$vb" --lang en render thong-bao samples/thong-bao.yaml -o "$tmp/en" >"$tmp/stdout-en"
grep -q "thong-bao.pdf" "$tmp/stdout-en" || fail "no line in English: $(cat "$tmp/stdout-en")"
echo "ok: everything told and written when render ends its process"
