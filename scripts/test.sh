#!/usr/bin/env bash
# The README's second command (and CI's): install, build, run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
cd build
ctest -j"$(nproc)" --output-on-failure --timeout 600
