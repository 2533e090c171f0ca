#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 60), two at a
# time. Seeds: tests/fuzz/corpus/<target>, the bad-input corpus, the samples and templates (and the
# system's Liberation fonts for the TrueType reader); new inputs go to a scratch corpus, not the repo.
# Any crash, leak or timeout fails the run; its input is kept under BUILD/artifacts/<target>/.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 1800 pipeline
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
build="${VANBAN_FUZZ_BUILD:-build-fuzz}"
CC=clang CXX=clang++ cmake -S . -B "$build" -DVANBAN_FUZZ=ON -DVANBAN_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in tests/fuzz/*_fuzz.cpp; do n="$(basename "$f" _fuzz.cpp)"; targets+=("$n"); done
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null

corpus_of() {  # the checked-in seed folder of a target
  case "$1" in
    yaml_reader) echo yaml ;; csv_reader) echo csv ;; xlsx_reader) echo xlsx ;; markup_parser) echo markup ;;
    serve_request) echo serve ;;
    *) echo "$1" ;;
  esac
}

run_one() {
  local t="$1" seeds extra=()
  seeds="tests/fuzz/corpus/$(corpus_of "$t")"
  [ "$t" = truetype ] && extra=(/usr/share/fonts/truetype/liberation2)
  local scratch="$build/corpus/$t" artifacts="$build/artifacts/$t"
  mkdir -p "$scratch" "$artifacts"
  if VANBAN_SOURCE_DIR="$PWD" "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2560 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "$scratch" "$seeds" tests/bad-input samples templates \
      "${extra[@]}" >"$build/fuzz-$t.log" 2>&1; then
    echo "fuzz $t: $(grep -a '^Done' "$build/fuzz-$t.log" | tail -1)"
  else
    echo "fuzz $t: FAILED — $build/fuzz-$t.log, input in $artifacts/" >&2
    grep -a -m5 -E "ERROR|SUMMARY|ALARM|Live Heap" "$build/fuzz-$t.log" >&2 || true
    return 1
  fi
}

status=0
pids=()
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  if ((${#pids[@]} >= 2)); then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
