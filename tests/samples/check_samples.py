#!/usr/bin/env python3
"""Golden tests of the samples as a clerk receives them: renders each sample
(samples/NAME.vb with samples/NAME.yaml, samples/NAME.vb alone when it has
no NAME.yaml, or the built-in template NAME with samples/NAME.yaml) and compares the PDF's extracted text (pdftotext -layout)
and, when there is a workbook, every XML part of the XLSX with the files in
tests/samples/golden/. Also checks each PDF with tools that are not ours:
qpdf --check (structure and streams), pdffonts (every font embedded, a
subset, with a ToUnicode map); and renders each sample a second time, which
must give the same bytes (PDF and XLSX). With VANBAN_UPDATE_GOLDEN=1 it
rewrites the golden files instead.

    check_samples.py VANBAN NAME...
"""
import difflib
import os
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
GOLDEN = os.path.join(HERE, "golden")
UPDATE = os.environ.get("VANBAN_UPDATE_GOLDEN") == "1"
failures = 0


def compare(name, got):
    global failures
    path = os.path.join(GOLDEN, name)
    if UPDATE:
        with open(path, "w", encoding="utf-8") as f:
            f.write(got)
        print("cập nhật:", path)
        return
    try:
        with open(path, encoding="utf-8") as f:
            want = f.read()
    except FileNotFoundError:
        print(f"FAIL: no golden file {path} (run with VANBAN_UPDATE_GOLDEN=1)")
        failures += 1
        return
    if got != want:
        diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "golden/" + name, "now", lineterm="", n=1)
        print("\n".join(list(diff)[:60]))
        print(f"FAIL: {name} differs from the golden file")
        failures += 1


def xlsx_parts(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.endswith(".xml") or n.endswith(".rels"):
                out.append(f"== {n}\n{z.read(n).decode('utf-8')}\n")
    return "".join(out)


def main():
    global failures
    vanban = sys.argv[1]
    for name in sys.argv[2:]:
        doc = os.path.join(REPO, "samples", name + ".vb")
        source = doc if os.path.exists(doc) else name
        data = os.path.join(REPO, "samples", name + ".yaml")
        # A document whose front matter holds all its data renders alone.
        inputs = [source, data] if os.path.exists(data) or source == name else [source]
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([vanban, "render", *inputs, "-o", tmp], check=True, capture_output=True)
            pdf = os.path.join(tmp, name + ".pdf")
            check = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
            if check.returncode != 0:
                print(check.stdout, check.stderr)
                print(f"FAIL: qpdf --check {name}.pdf")
                failures += 1
            fonts = subprocess.run(["pdffonts", pdf], check=True, capture_output=True, text=True).stdout
            rows = fonts.splitlines()[2:]
            if not rows or any("CID TrueType" not in r or " yes yes yes " not in r for r in rows):
                print(fonts)
                print(f"FAIL: pdffonts {name}.pdf: every font must be an embedded subset with ToUnicode")
                failures += 1
            again = os.path.join(tmp, "again")
            subprocess.run([vanban, "render", *inputs, "-o", again], check=True, capture_output=True)
            for ext in (".pdf", ".xlsx"):
                first, second = os.path.join(tmp, name + ext), os.path.join(again, name + ext)
                if os.path.exists(first) and open(first, "rb").read() != open(second, "rb").read():
                    print(f"FAIL: two renders of {name}{ext} differ (output must be deterministic)")
                    failures += 1
            text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                                  text=True).stdout
            compare(name + ".txt", text)
            xlsx = os.path.join(tmp, name + ".xlsx")
            if os.path.exists(xlsx):
                compare(name + ".xlsx.txt", xlsx_parts(xlsx))
    if failures:
        print(f"{failures} problem(s)")
        return 1
    print("ok:", ", ".join(sys.argv[2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
