#!/usr/bin/env bash
# The README's first command: install, build, and render every sample into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
mkdir -p out
scripts/render-samples.sh build/src/cli/vanban out
cat >&2 <<'TEXT'

Trang soạn văn bản trên các mẫu (docs/SERVE.md): chép samples/ sang một thư mục làm việc rồi mở
  cp -r samples /tmp/vanban-mau && build/src/cli/vanban serve --dir /tmp/vanban-mau
và mở địa chỉ nó in ra (http://127.0.0.1:8080/) trong trình duyệt. Dừng: Ctrl+C.
TEXT
