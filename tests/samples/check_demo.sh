#!/usr/bin/env bash
# The README's first command renders every sample: runs scripts/render-samples.sh
# (what scripts/demo.sh ends with) into an empty folder and checks that every
# expected output is there and nothing else, and that `vanban templates` lists the built-in types.
#   tests/samples/check_demo.sh VANBAN
set -euo pipefail
vanban="$1"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$repo/scripts/render-samples.sh" "$vanban" "$out" >/dev/null 2>&1
want="bao-cao-8-thang-tu-so-lieu.pdf
bao-cao-8-thang-tu-so-lieu.xlsx
bao-cao-8-thang.pdf
bao-cao-8-thang.xlsx
bao-cao-dang.pdf
bao-cao-thang-10-2026.pdf
bao-cao-thang-10-2026.xlsx
bien-ban.pdf
cong-dien.pdf
cong-van-dang.pdf
cong-van.pdf
giay-gioi-thieu.pdf
giay-moi.pdf
huong-dan-lien-tich.pdf
ke-hoach-dang.pdf
ke-hoach.pdf
ke-hoach.xlsx
ket-luan-dang.pdf
nghi-quyet.pdf
quyet-dinh-dang.pdf
quyet-dinh.pdf
so-lieu-8-thang.yaml
thong-bao-90.pdf
thong-bao-dang-23.pdf
thong-bao-dang.pdf
thong-bao.pdf
to-trinh-dang.pdf
to-trinh.pdf"
got="$(cd "$out" && ls | sort)"
if [ "$got" != "$want" ]; then
  echo "FAIL: out/ holds:"; echo "$got"; echo "want:"; echo "$want"; exit 1
fi
listed="$("$vanban" templates)"
for t in thong-bao thong-bao-dang bao-cao bao-cao-dinh-ky quyet-dinh cong-van bien-ban; do
  grep -q "^  $t " <<<"$listed" || { echo "FAIL: vanban templates lacks $t"; exit 1; }
done
echo "ok: the demo renders all samples, and the report from the compiled districts' files"
