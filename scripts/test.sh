#!/usr/bin/env bash
# The README's second command (and CI's): install, build, run the whole test suite — then the same
# suite under AddressSanitizer + UndefinedBehaviorSanitizer, the batch tests under ThreadSanitizer,
# and a 60-second libFuzzer run of every fuzz target. Fails at the first stage that fails.
#   scripts/test.sh            everything (about 20 minutes on 2 cores)
#   VANBAN_TEST_QUICK=1 scripts/test.sh   the Release suite only (about 2 minutes), for working
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"
stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)" >&2; }

stage "build (Release) and test"
scripts/setup.sh build
ctest --test-dir build -j"$jobs" --output-on-failure --timeout 600
[ "${VANBAN_TEST_QUICK:-}" = 1 ] && exit 0

# Sanitizer runtimes on kernels with more mmap randomness than they expect
# fail at start ("unexpected memory mapping"); without ASLR they always work.
noaslr=(setarch "$(uname -m)" -R)

stage "the whole suite under ASan + UBSan"
cmake -S . -B build-asan -DVANBAN_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-asan -j"$jobs" >/dev/null
ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  "${noaslr[@]}" ctest --test-dir build-asan -j"$jobs" --output-on-failure --timeout 900

stage "batch and core/parallel under ThreadSanitizer"
cmake -S . -B build-tsan -DVANBAN_TSAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-tsan --target vanban test_core -j"$jobs" >/dev/null
TSAN_OPTIONS="halt_on_error=1 exitcode=66" "${noaslr[@]}" build-tsan/tests/test_core "[parallel]"
TSAN_OPTIONS="halt_on_error=1 exitcode=66" "${noaslr[@]}" ctest --test-dir build-tsan -R "batch" -j"$jobs" \
  --output-on-failure --timeout 900
"${noaslr[@]}" scripts/tsan-batch.sh

stage "fuzzing: 60 seconds per target"
"${noaslr[@]}" scripts/fuzz.sh 60
stage "all passed"
