#!/usr/bin/env python3
"""One number changed, every figure that depends on it changes: copies the
8-month report sample, changes the roads built by the first district
(huyen[0].duong_th 5.18 -> 5.58 km), renders both, and checks that the
province total and its percentage in the prose, the per-district footnote,
the Biểu 1 row and its "Toàn tỉnh" total, and the XLSX (the value cached in
the file and what LibreOffice computes on a forced recalculation) all move
from the old figures to the new ones — and that nothing else in the prose
changed.

    check_dependent.py VANBAN
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
TO_CSV = os.path.join(REPO, "tests", "tools", "xlsx-to-csv.sh")
failures = []

# (what, figure before, figure after), as the PDF prints them.
PROSE = [
    ("prose: roads done / plan", "177,47/270,52 km đường giao thông", "177,87/270,52 km đường giao thông"),
    ("prose: % of plan", "(đạt 65,6% kế hoạch)", "(đạt 65,8% kế hoạch)"),
    ("footnote: first district", "TP. Hà Tĩnh 88,1%", "TP. Hà Tĩnh 94,9%"),
]
TABLE = [
    ("Biểu 1: district row", r"Thành phố Hà Tĩnh\s+5,88\s+5,18\s+88,1", r"Thành phố Hà Tĩnh\s+5,88\s+5,58\s+94,9"),
    ("Biểu 1: total row", r"Toàn tỉnh\s+270,52\s+177,47\s+65,6", r"Toàn tỉnh\s+270,52\s+177,87\s+65,8"),
]
# LibreOffice's CSV shows en-US separators: (row label, cells D..E as shown).
SHEET = [("Thành phố Hà Tĩnh", ["5.18", "88.1"], ["5.58", "94.9"]), ("Toàn tỉnh", ["177.47", "65.6"], ["177.87", "65.8"])]


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def render(vanban, folder):
    subprocess.run([vanban, "render", os.path.join(folder, "bao-cao-8-thang.vb"),
                    os.path.join(folder, "bao-cao-8-thang.yaml"), "-o", folder], check=True, capture_output=True)
    pdf = os.path.join(folder, "bao-cao-8-thang.pdf")
    flat = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
    layout = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    # Lines joined, footnote marks left where they are: the figures sit inside one phrase.
    return " ".join(flat.split()), layout


def sheet_rows(xlsx, outdir, recalc):
    subprocess.run([TO_CSV, xlsx, outdir], check=True, env=dict(os.environ, RECALC=recalc))
    with open(os.path.join(outdir, "bao-cao-8-thang-Biểu 1.csv"), encoding="utf-8") as f:
        return {row[1]: row for row in csv.reader(f) if len(row) > 4}


def main():
    vanban = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        before, after = os.path.join(tmp, "before"), os.path.join(tmp, "after")
        for d in (before, after):
            os.mkdir(d)
            for ext in ("vb", "yaml"):
                shutil.copy(os.path.join(REPO, "samples", "bao-cao-8-thang." + ext), d)
        path = os.path.join(after, "bao-cao-8-thang.yaml")
        with open(path, encoding="utf-8") as f:
            data = f.read()
        changed = data.replace("    duong_th: 5.18\n", "    duong_th: 5.58\n", 1)
        if changed == data:
            fail("the sample no longer has `duong_th: 5.18` for its first district; update this test")
            return 1
        with open(path, "w", encoding="utf-8") as f:
            f.write(changed)
        old_flat, old_layout = render(vanban, before)
        new_flat, new_layout = render(vanban, after)
        for what, old, new in PROSE:
            if old not in old_flat:
                fail(f"{what}: the original lacks {old!r}")
            if new not in new_flat or old in new_flat:
                fail(f"{what}: after the change want {new!r} instead of {old!r}")
        for what, old, new in TABLE:
            if not re.search(old, old_layout):
                fail(f"{what}: the original lacks /{old}/")
            if not re.search(new, new_layout) or re.search(old, new_layout):
                fail(f"{what}: after the change want /{new}/")
        # Everything else stays: the body text differs only in the figures above.
        strip = lambda s: re.sub(r"177,[48]7/270,52|65,[68]%|TP\. Hà Tĩnh (88,1|94,9)%", "#", s)
        body_old, body_new = strip(old_flat.split("Biểu 1")[0]), strip(new_flat.split("Biểu 1")[0])
        if body_old != body_new:
            fail("the body changed in places that do not depend on huyen[0].duong_th")
        for recalc in ("never", "always"):
            rows_old = sheet_rows(os.path.join(before, "bao-cao-8-thang.xlsx"), os.path.join(tmp, "o" + recalc), recalc)
            rows_new = sheet_rows(os.path.join(after, "bao-cao-8-thang.xlsx"), os.path.join(tmp, "n" + recalc), recalc)
            for label, old, new in SHEET:
                got_old = [rows_old.get(label, [""] * 6)[i] for i in (3, 4)]
                got_new = [rows_new.get(label, [""] * 6)[i] for i in (3, 4)]
                if got_old != old or got_new != new:
                    fail(f"XLSX ({recalc} recalculation) {label}: want {old} -> {new}, got {got_old} -> {got_new}")
    if failures:
        print(f"{len(failures)} problem(s)")
        return 1
    print("ok: prose, footnote, table cell, total and XLSX (cached and recalculated) follow huyen[0].duong_th")
    return 0


if __name__ == "__main__":
    sys.exit(main())
