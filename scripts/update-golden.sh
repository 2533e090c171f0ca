#!/usr/bin/env bash
# Rewrites every golden file (expected_stdout of the command-line cases) from
# the current build's output. Review the diff like code before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build -j"$(nproc)" >/dev/null
for dir in tests/cli/cases/*/ tests/bad-input/*/; do
  [ -f "$dir/expected_stdout" ] || continue
  VANBAN_UPDATE_GOLDEN=1 tests/cli/run_case.sh "$PWD/build/src/cli/vanban" "$dir" >/dev/null || true
  echo "cập nhật: $dir" >&2
done
VANBAN_UPDATE_GOLDEN=1 python3 tests/samples/check_samples.py "$PWD/build/src/cli/vanban" \
  thong-bao thong-bao-dang bao-cao-8-thang thong-bao-90 thong-bao-dang-23 bao-cao-thang-10-2026 >&2
VANBAN_UPDATE_GOLDEN=1 python3 tests/samples/check_metadata.py "$PWD/build/src/cli/vanban" >&2
VANBAN_UPDATE_GOLDEN=1 python3 tests/samples/check_samples.py "$PWD/build/src/cli/vanban" \
  cong-van quyet-dinh nghi-quyet to-trinh ke-hoach giay-moi giay-gioi-thieu bien-ban cong-dien huong-dan-lien-tich quyet-dinh-dang cong-van-dang bao-cao-dang ke-hoach-dang to-trinh-dang ket-luan-dang >&2
git status --short -- tests
