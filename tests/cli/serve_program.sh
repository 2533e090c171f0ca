#!/usr/bin/env bash
# `vanban serve` runs `vanban-serve` beside it; `vanban` itself does not load
# the HTTP server's libraries (OpenSSL, Brotli: they cost every render its
# start). A `vanban` copied without its server says what is missing, exit 3.
# Messages produced: "io.serve_program" and its hint "io.serve_program_hint".
#   tests/cli/serve_program.sh VANBAN
set -u
vanban="$1"
fail=0
if readelf -d "$vanban" | grep -qE "NEEDED.*(httplib|ssl|crypto|brotli)"; then
  echo "vanban loads the HTTP server's libraries:"; readelf -d "$vanban" | grep NEEDED
  fail=1
fi
[ -x "$(dirname "$vanban")/vanban-serve" ] || { echo "no vanban-serve beside $vanban"; fail=1; }
"$vanban" serve --help | grep -q -- "--dir" || { echo "vanban serve --help lacks --dir"; fail=1; }
lone="$(mktemp -d)"
trap 'rm -rf "$lone"' EXIT
cp "$vanban" "$lone/vanban"
"$lone/vanban" serve --dir "$lone" >"$lone/out" 2>"$lone/err"
status=$?
[ "$status" = 3 ] || { echo "exit status: want 3, got $status"; fail=1; }
grep -qF "không chạy được \`$lone/vanban-serve\` (chương trình của lệnh serve, đặt cạnh vanban)" "$lone/err" ||
  { echo "stderr:"; cat "$lone/err"; fail=1; }
grep -qF "gợi ý: cài lại vanban" "$lone/err" || { echo "no hint"; fail=1; }
"$lone/vanban" --lang en serve --dir "$lone" 2>"$lone/err-en"
grep -qF "cannot run \`$lone/vanban-serve\` (the program behind the serve command" "$lone/err-en" ||
  { echo "stderr (en):"; cat "$lone/err-en"; fail=1; }
exit $fail
