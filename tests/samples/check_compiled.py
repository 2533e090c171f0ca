#!/usr/bin/env python3
"""The report rendered from the districts' files equals the report rendered
from the hand-written figures: compiles samples/compile/bien-soan.yaml (13
units x 8 months, CSV and XLSX), renders the 8-month report from a copy of
its data WITHOUT the hand-written `huyen:` list plus the spec, and compares
the PDF text and the XLSX cells with the report rendered from the hand-written
sample. Also checks `vanban compile -o` writes report data that renders the
same.

    check_compiled.py VANBAN
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLES = os.path.join(REPO, "samples")


def render(vanban, out, name, *data):
    subprocess.run([vanban, "render", os.path.join(SAMPLES, "bao-cao-8-thang.vb"), *data, "-o", out, "--name", name],
                   check=True, capture_output=True)
    text = subprocess.run(["pdftotext", "-layout", os.path.join(out, name + ".pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    with zipfile.ZipFile(os.path.join(out, name + ".xlsx")) as z:
        sheets = {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet")}
    return text, sheets


def main():
    vanban = sys.argv[1]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(SAMPLES, "bao-cao-8-thang.yaml"), encoding="utf-8") as f:
            data = f.read()
        # Drop the hand-written `huyen:` list (up to the next top-level key).
        stripped = re.sub(r"(?ms)^huyen:\n.*?(?=^\S)", "", data)
        if stripped == data or "\nhuyen:" in stripped:
            print("FAIL: could not remove `huyen:` from the sample data")
            return 1
        narrative = os.path.join(tmp, "bao-cao-8-thang.yaml")
        with open(narrative, "w", encoding="utf-8") as f:
            f.write(stripped)
        spec = os.path.join(SAMPLES, "compile", "bien-soan.yaml")
        want = render(vanban, tmp, "viet-tay", os.path.join(SAMPLES, "bao-cao-8-thang.yaml"))
        got = render(vanban, tmp, "tu-so-lieu", narrative, spec)
        compiled = os.path.join(tmp, "so-lieu.yaml")
        subprocess.run([vanban, "compile", spec, "-o", compiled], check=True, capture_output=True)
        via_file = render(vanban, tmp, "qua-tep", narrative, compiled)
        for what, (text, sheets) in (("spec given to render", got), ("vanban compile -o", via_file)):
            if text != want[0]:
                print(f"FAIL: {what}: the PDF text differs from the hand-written report")
                failures += 1
            if sheets != want[1]:
                print(f"FAIL: {what}: the XLSX sheets differ from the hand-written report")
                failures += 1
        for figure in ("177,47/270,52 km", "218.702/314.560", "10.689 ha", "81 trường học"):
            if figure not in " ".join(got[0].split()):
                print(f"FAIL: the compiled report lacks {figure!r}")
                failures += 1
    if failures:
        return 1
    print("ok: the report from 104 district-months of files equals the hand-written one (PDF text and XLSX sheets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
