#!/usr/bin/env bash
# The README's first command: install, build, and render every sample into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
mkdir -p out
exec scripts/render-samples.sh build/src/cli/vanban out
