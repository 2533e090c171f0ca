#!/usr/bin/env python3
"""Every sample PDF survives signing as the e-office signs it: a key and a
self-signed certificate for the signer and for the organisation (openssl
CLI); the signer's detached CMS signature in a field over the signature
space between the signer's title and name, found in `--dump-layout`; then
the organisation's signature (ETSI.CAdES.detached, PAdES baseline) in a
field covering the left third of it, as Nghị định 30 places the seal's
image. Both are incremental updates
(tests/sign/sign_pdf.cpp: PoDoFo 0.9.8 + OpenSSL CMS).

For each sample: qpdf --check is clean on the unsigned, once-signed and
twice-signed files (no warning, not encrypted); each file is the previous
one's bytes plus an update whose trailer's /Prev is the previous
cross-reference table's offset; pdfsig finds both signatures valid, the
organisation's covering the whole document and the signer's not (the
update after it); the text (pdftotext) is the unsigned document's.

    check_signing.py VANBAN SIGN_PDF
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLES = os.path.join(REPO, "samples")
failures = 0

# name, render arguments, the signer's title and name as printed
CASES = [
    ("thong-bao", ["thong-bao", "thong-bao.yaml"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Duy Nghị"),
    ("thong-bao-e-office", ["thong-bao", "thong-bao.yaml", "--e-office"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Duy Nghị"),
    ("thong-bao-dang", ["thong-bao-dang", "thong-bao-dang.yaml"], "PHÓ TRƯỞNG BAN", "Đặng Ngọc Sơn"),
    ("bao-cao-8-thang", ["bao-cao-8-thang.vb", "bao-cao-8-thang.yaml"], "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
     "Nguyễn Hồng Lĩnh"),
]


def check(cond, what):
    global failures
    if not cond:
        print("FAIL:", what)
        failures += 1
    return cond


def run(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, **kw)


def samples_args(args):
    return [os.path.join(SAMPLES, a) if a.endswith((".yaml", ".vb")) else a for a in args]


def signer_place(vanban, args, title, name):
    """(page, x, y, w, h) in PDF points: the space between the signer's title and name."""
    dump = run(vanban, "render", *samples_args(args), "--dump-layout", check=True).stdout
    page, height, runs, found = 0, 0.0, {}, None
    for line in dump.splitlines():
        m = re.match(r"page (\d+) ([\d.]+)x([\d.]+)", line)
        if m:
            page, height, runs = int(m.group(1)), float(m.group(3)), {}
            continue
        m = re.match(r'\s+run ([\d.]+) ([\d.]+) bold [\d.]+ w=([\d.]+) "(.*)"$', line)
        if not m:
            continue
        x, y, w, text = float(m.group(1)), float(m.group(2)), float(m.group(3)), m.group(4)
        if text == title:
            runs["title"] = (x, y, w)
        elif text == name and "title" in runs and runs["title"][1] < y:
            tx, ty, tw = runs["title"]
            left, right = min(tx, x) - 10, max(tx + tw, x + w) + 10
            top, bottom = ty + 8, y - 16  # from the top of the page
            found = (page, left, height - bottom, right - left, bottom - top)
    return found


def pdfsig(path):
    out = run("pdfsig", path).stdout
    sigs = []
    for block in re.split(r"^Signature #\d+:\n", out, flags=re.M)[1:]:
        field = re.search(r"Signature Field Name: (.*)", block)
        sigs.append({"field": field.group(1).strip() if field else "", "text": block})
    return sigs


def qpdf_clean(path, label):
    r = run("qpdf", "--check", path)
    check(r.returncode == 0 and "No syntax or stream encoding errors found" in r.stdout
          and "WARNING" not in r.stdout + r.stderr and "File is not encrypted" in r.stdout,
          f"{label}: qpdf --check is clean\n{r.stdout}{r.stderr}")


def is_prefix(a, b):
    with open(a, "rb") as f:
        first = f.read()
    with open(b, "rb") as f:
        second = f.read()
    return len(second) > len(first) and second.startswith(first)


def chained(previous, update):
    """The update's trailer points (/Prev) at the previous revision's cross-reference table."""
    with open(previous, "rb") as f:
        start = re.findall(rb"startxref\s+(\d+)\s+%%EOF", f.read())
    with open(update, "rb") as f:
        prev = re.findall(rb"/Prev\s+(\d+)", f.read())
    return bool(start) and bool(prev) and start[-1] == prev[-1]


def text(path):
    return run("pdftotext", "-layout", path, "-", check=True).stdout


def main():
    vanban, sign_pdf = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        keys = {}
        for who, cn in [("nguoi-ky", "Người ký thử"), ("co-quan", "Cơ quan thử")]:
            key, cert = os.path.join(tmp, who + ".key"), os.path.join(tmp, who + ".pem")
            run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                "-days", "30", "-utf8", "-subj", f"/CN={cn}/O=vanban", check=True)
            keys[who] = (cert, key)
        for label, args, title, name in CASES:
            out = os.path.join(tmp, label)
            run(vanban, "render", *samples_args(args), "-o", out, "--name", label, check=True)
            pdf = os.path.join(out, label + ".pdf")
            place = signer_place(vanban, args, title, name)
            if not check(place is not None, f"{label}: the signer's place ({title} / {name}) in the layout"):
                continue
            page, x, y, w, h = place
            check(w > 50 and h > 30, f"{label}: a signature space of {w:.0f}×{h:.0f} pt")
            qpdf_clean(pdf, label)

            once, twice = os.path.join(out, "ky-1.pdf"), os.path.join(out, "ky-2.pdf")
            r = run(sign_pdf, pdf, once, *keys["nguoi-ky"], "NguoiKy", str(page), *(f"{v:.2f}" for v in (x, y, w, h)))
            if not check(r.returncode == 0, f"{label}: the signer's signature: {r.stderr}"):
                continue
            seal = 100.0  # the seal's image over the left third of the signature (Nghị định 30, Phụ lục I)
            sx, sy = max(0.0, x + w / 3 - seal), y + h / 2 - seal / 2
            r = run(sign_pdf, once, twice, *keys["co-quan"], "CoQuan", str(page), *(f"{v:.2f}" for v in (sx, sy, seal, seal)),
                    "cades")
            if not check(r.returncode == 0, f"{label}: the organisation's signature: {r.stderr}"):
                continue

            check(is_prefix(pdf, once) and is_prefix(once, twice), f"{label}: each signature is an incremental update")
            check(chained(pdf, once) and chained(once, twice), f"{label}: each update's /Prev is the previous startxref")
            qpdf_clean(once, label + " signed once")
            qpdf_clean(twice, label + " signed twice")
            first = pdfsig(once)
            check(len(first) == 1 and "Signature is Valid." in first[0]["text"]
                  and "- Total document signed" in first[0]["text"], f"{label}: pdfsig on the signer's file\n{first}")
            sigs = {s["field"]: s["text"] for s in pdfsig(twice)}
            check(sorted(sigs) == ["CoQuan", "NguoiKy"], f"{label}: two signatures, got {sorted(sigs)}")
            for field, block in sigs.items():
                check("Signature Validation: Signature is Valid." in block, f"{label}: {field} is valid\n{block}")
            check("Signature Type: adbe.pkcs7.detached" in sigs.get("NguoiKy", ""), f"{label}: the signer's is adbe.pkcs7.detached")
            check("Signature Type: ETSI.CAdES.detached" in sigs.get("CoQuan", ""), f"{label}: the organisation's is PAdES' ETSI.CAdES.detached")
            check("- Total document signed" in sigs.get("CoQuan", ""), f"{label}: the last signature covers the whole file")
            check("Not total document signed" in sigs.get("NguoiKy", ""), f"{label}: the first covers what it signed")
            check(text(twice) == text(pdf), f"{label}: the signed document reads as the unsigned one")
    if failures:
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
