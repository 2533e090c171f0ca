#!/usr/bin/env bash
# The README's first command renders every sample: runs scripts/render-samples.sh
# (what scripts/demo.sh ends with) into an empty folder and checks that every
# expected output (PDF, XLSX of the tables, DOCX) is there and nothing else, and that `vanban templates` lists the built-in types.
#   tests/samples/check_demo.sh VANBAN
set -euo pipefail
vanban="$1"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$repo/scripts/render-samples.sh" "$vanban" "$out" >/dev/null 2>&1
want="bao-cao-8-thang-tu-so-lieu.docx
bao-cao-8-thang-tu-so-lieu.pdf
bao-cao-8-thang-tu-so-lieu.xlsx
bao-cao-8-thang.docx
bao-cao-8-thang.pdf
bao-cao-8-thang.xlsx
bao-cao-dang.docx
bao-cao-dang.pdf
bao-cao-thang-10-2026.docx
bao-cao-thang-10-2026.pdf
bao-cao-thang-10-2026.xlsx
bien-ban.docx
bien-ban.pdf
cong-dien.docx
cong-dien.pdf
cong-van-dang.docx
cong-van-dang.pdf
cong-van.docx
cong-van.pdf
giay-gioi-thieu.docx
giay-gioi-thieu.pdf
giay-moi.docx
giay-moi.pdf
huong-dan-lien-tich.docx
huong-dan-lien-tich.pdf
ke-hoach-dang.docx
ke-hoach-dang.pdf
ke-hoach.docx
ke-hoach.pdf
ke-hoach.xlsx
ket-luan-dang.docx
ket-luan-dang.pdf
nghi-quyet.docx
nghi-quyet.pdf
quyet-dinh-dang.docx
quyet-dinh-dang.pdf
quyet-dinh.docx
quyet-dinh.pdf
so-lieu-8-thang.yaml
thong-bao-90.docx
thong-bao-90.pdf
thong-bao-dang-23.docx
thong-bao-dang-23.pdf
thong-bao-dang.docx
thong-bao-dang.pdf
thong-bao.docx
thong-bao.pdf
to-trinh-dang.docx
to-trinh-dang.pdf
to-trinh.docx
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
