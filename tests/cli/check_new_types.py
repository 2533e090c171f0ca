#!/usr/bin/env python3
"""Every built-in type starts a document a clerk can render at once: `vanban new TYPE` writes a .vb
whose front matter holds every required field with an example, and `vanban render` turns it into a PDF
with the type's header; `new` never overwrites a file and names a close type when one is mistyped."""
import os, re, subprocess, sys, tempfile

vanban = sys.argv[1]
failures = []


def run(*args, cwd=None):
    return subprocess.run([vanban, *args], capture_output=True, text=True, cwd=cwd)


listing = run("templates").stdout
types = re.findall(r"^  ([a-z0-9-]+) +(\S+) +", listing, re.M)
if len(types) < 36:
    failures.append(f"`vanban templates` lists {len(types)} types, want at least 36")
with tempfile.TemporaryDirectory() as tmp:
    for name, abbr in types:
        vb = os.path.join(tmp, name + ".vb")
        r = run("new", name, vb)
        if r.returncode != 0:
            failures.append(f"new {name}: exit {r.returncode}: {r.stderr.strip()}")
            continue
        text = open(vb, encoding="utf-8").read()
        if f'{{% extends "{name}" %}}' not in text:
            failures.append(f"new {name}: no extends line")
        r = run("render", vb, "-o", tmp)
        if r.returncode != 0:
            failures.append(f"render {name}: exit {r.returncode}: {r.stderr.strip()}")
            continue
        pdf = os.path.join(tmp, name + ".pdf")
        words = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        motto = "ĐẢNG CỘNG SẢN VIỆT NAM" if name.endswith("-dang") else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        if motto not in words:
            failures.append(f"render {name}: no `{motto}` in the PDF")
        if abbr != "-" and not re.search(r"Số:? \d+[/-]" + re.escape(abbr) + r"[-/]", words):
            failures.append(f"render {name}: the number line lacks `{abbr}`")
    # Never over an existing file; a mistyped type is named.
    vb = os.path.join(tmp, "quyet-dinh.vb")
    before = open(vb, encoding="utf-8").read()
    r = run("new", "quyet-dinh", vb)
    if r.returncode != 1 or "đã có" not in r.stderr or open(vb, encoding="utf-8").read() != before:
        failures.append(f"new over an existing file: exit {r.returncode}, {r.stderr.strip()}")
    r = run("new", "quyet-dnh", os.path.join(tmp, "x.vb"))
    if r.returncode != 1 or "quyet-dinh" not in r.stderr or os.path.exists(os.path.join(tmp, "x.vb")):
        failures.append(f"new with a mistyped type: exit {r.returncode}, {r.stderr.strip()}")

for f in failures:
    print("FAIL:", f)
if failures:
    sys.exit(1)
print(f"ok: {len(types)} types start a document that renders")
