#!/usr/bin/env python3
"""Every sample as DOCX, read back by an independent reader (LibreOffice).

Renders every sample (scripts/render-samples.sh: PDF and DOCX of each) and
the starter document of every built-in type (`vanban new TYPE`), converts all
the DOCX files to PDF in one LibreOffice call, and checks for
each sample that LibreOffice's PDF
  - has the same words in the same order as vanban's own PDF (page numbers
    aside: they move with the page breaks),
  - has the same number of pages, give or take one,
  - numbers its pages as the rules ask: no number on the first page of the
    document or of an annex, the others numbered from 2 in the top margin,
    centred;
  - keeps the header: the issuer in the left half and the motto in the right
    half of page 1, above the body;
  - keeps the closing's `Nơi nhận:` in the left half;
and that the DOCX of a sample is the same bytes when made twice.

  tests/docx/check_docx.py VANBAN
"""
import difflib
from collections import Counter
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MM = 72 / 25.4


def pages_words(pdf):
    """Per page, the words with their boxes, in the order they are drawn (pdftotext -raw -bbox): the
    header's columns then read issuer, motto, number, date in both files."""
    out = subprocess.run(["pdftotext", "-raw", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in re.findall(r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">(.*?)</page>", out, re.S):
        w, h, body = float(page[0]), float(page[1]), page[2]
        words = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body):
            words.append((float(m[1]), float(m[2]), float(m[3]), float(m[4]), html.unescape(m[5])))
        pages.append((w, h, words))
    return pages


def streams(pages):
    """The words in reading order as two streams: body-sized text, and the
    small text (11 pt: footnotes, Nơi nhận) that moves with the page breaks;
    superscript marks and each page's number left out. Words are compared
    joined without spaces, a footnote mark's digits after a letter dropped,
    so that a word broken after its hyphen (`KH-` `UBND`) or a mark
    extracted with its word (`mới1.`) reads the same in both."""
    heights = {}
    for _, _, words in pages:
        for x in words:
            h = round(x[3] - x[1], 1)
            heights[h] = heights.get(h, 0) + 1
    body = max(heights, key=heights.get) if heights else 1
    big, small = [], []
    for page in pages:
        number = page_number(page)
        for x in page[2]:
            if number is not None and x[3] < 20 * MM and x[4] == str(number):
                continue
            ratio = (x[3] - x[1]) / body
            if ratio < 0.75:
                continue
            (big if ratio >= 0.82 else small).append(x[4])
    return big, small


def tokens(words):
    """Words as compared: one broken after its hyphen joined again (`KH-` `UBND`: LibreOffice breaks
    there, vanban does not), a footnote mark's digits extracted with its word (`mới1.`) dropped."""
    out = []
    for w in words:
        w = re.sub(r"(?<=[^\W\d_)])\d+(?=\W*$)", "", w)
        if out and len(out[-1]) > 1 and out[-1].endswith("-"):
            out[-1] += w
        else:
            out.append(w)
    return out


# Side by side blocks (the closing's two columns, a table's merged header
# cells) are drawn in a different order by the two writers: a word may sit
# this many words away from where vanban has it, no further.
NEAR = 80  # the 2026 report's Nơi nhận runs to ~60 words beside its signature


def compare(a, b):
    """None when `b` has the words of `a` in the same order (up to NEAR); else what differs."""
    a, b = tokens(a), tokens(b)
    if Counter(a) != Counter(b):
        missing, extra = Counter(a) - Counter(b), Counter(b) - Counter(a)
        return f"missing {dict(missing.most_common(8))}, extra {dict(extra.most_common(8))}"
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        near = a[max(0, i1 - NEAR):i2 + NEAR]
        for j in range(j1, j2):
            if b[j] not in near:
                return f"`{b[j]}` (word {j + 1}) is out of place: " + " ".join(b[max(0, j - 8):j + 8])
    return None


def page_number(page):
    """The page number printed in the top margin (above 20 mm), or None."""
    _, _, words = page
    top = [x for x in words if x[3] < 20 * MM]
    if len(top) == 1 and top[0][4].isdigit():
        return int(top[0][4])
    return None


def check(name, ours, theirs, fail):
    our_pages, their_pages = pages_words(ours), pages_words(theirs)
    for kind, a, b in zip(("body", "small"), streams(our_pages), streams(their_pages)):
        problem = compare(a, b)
        if problem:
            fail(f"{name}: the {kind} text's words differ from vanban's PDF: {problem}")
    if abs(len(our_pages) - len(their_pages)) > 1:
        fail(f"{name}: {len(their_pages)} pages, vanban's PDF has {len(our_pages)}")

    # Page numbers: none on a part's first page (page 1, an annex's first page), then 2, 3, … centred.
    expected = None
    annex_heads = ("Biểu", "Phụ", "PHỤ", "BIỂU")
    for k, page in enumerate(their_pages):
        w, h, words = page
        n = page_number(page)
        body = [x for x in words if x[3] >= 20 * MM]
        starts_annex = k > 0 and body and body[0][4] in annex_heads and n is None
        if k == 0 or starts_annex:
            if n is not None:
                fail(f"{name}: page {k + 1} is a first page but is numbered {n}")
            expected = 2
            continue
        if n != expected:
            fail(f"{name}: page {k + 1} should be numbered {expected}, found {n}")
        else:
            num = [x for x in words if x[3] < 20 * MM][0]
            centre = (num[0] + num[2]) / 2
            text_centre = 30 * MM + (w - 45 * MM) / 2
            if abs(centre - text_centre) > 3 * MM:
                fail(f"{name}: page {k + 1}'s number is {abs(centre - text_centre) / MM:.1f} mm off the text's centre")
        expected = (n or 0) + 1

    # Header: the issuer left, the motto right, on page 1, both above the title.
    w, h, words = their_pages[0]
    texts = [x[4] for x in words]
    motto = [words[i] for i in range(len(words) - 2)
             if texts[i:i + 3] in (["CỘNG", "HÒA", "XÃ"], ["ĐẢNG", "CỘNG", "SẢN"])]
    if not motto or motto[0][0] < w / 2 - 10:
        fail(f"{name}: the motto is not in the right half of page 1")
    first = words[0] if words else None
    if not first or first[0] > w / 2:
        fail(f"{name}: page 1 does not start with the issuer in the left half")

    # Closing: "Nơi nhận:" in the left half, when the document has one.
    def has_recipients(pages):
        return any(x[4] == "nhận:" and i > 0 and words[i - 1][4] == "Nơi"
                   for _, _, words in pages for i, x in enumerate(words))
    if not has_recipients(our_pages):
        return
    found = False
    for w, h, words in their_pages:
        for i, x in enumerate(words):
            if x[4] == "nhận:" and i > 0 and words[i - 1][4] == "Nơi":
                found = True
                if words[i - 1][0] > w / 2:
                    fail(f"{name}: Nơi nhận is not in the left half")
    if not found:
        fail(f"{name}: no Nơi nhận")


def main():
    vanban = os.path.abspath(sys.argv[1])
    failures = []
    fail = failures.append
    work = tempfile.mkdtemp(prefix="vanban-docx-")
    try:
        out = os.path.join(work, "out")
        subprocess.run([os.path.join(REPO, "scripts", "render-samples.sh"), vanban, out], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Every built-in type (both profiles): its starter document (`vanban new`) as PDF and DOCX.
        listing = subprocess.run([vanban, "templates"], check=True, capture_output=True, text=True).stdout
        types = re.findall(r"^  ([a-z0-9-]+) +\S+ +", listing, re.M)
        if len(types) < 36:
            fail(f"`vanban templates` lists {len(types)} types, want at least 36")
        starters = os.path.join(work, "new")
        os.makedirs(starters)
        for t in types:
            vb = os.path.join(starters, t + ".vb")
            subprocess.run([vanban, "new", t, vb], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            r = subprocess.run([vanban, "render", vb, "-o", out, "--name", "type-" + t, "--format", "pdf,docx"],
                               capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"render {t} as PDF and DOCX: exit {r.returncode}: {r.stderr.strip()}")
        docs = sorted(f for f in os.listdir(out) if f.endswith(".docx"))
        samples = sorted(f[:-4] for f in os.listdir(out) if f.endswith(".pdf"))
        if sorted(d[:-5] for d in docs) != samples or not docs:
            fail(f"every sample should have its DOCX: {docs} vs {samples}")
        # Deterministic bytes: the same document twice.
        again = os.path.join(work, "again")
        subprocess.run([vanban, "render", os.path.join(REPO, "samples", "quyet-dinh.vb"), "-o", again, "--format",
                        "docx"], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(out, "quyet-dinh.docx"), "rb") as x, open(os.path.join(again, "quyet-dinh.docx"), "rb") as y:
            if x.read() != y.read():
                fail("quyet-dinh.docx differs between two runs")
        # The parts a clerk's Word file of the report has.
        with zipfile.ZipFile(os.path.join(out, "bao-cao-8-thang.docx")) as z:
            doc = z.read("word/document.xml").decode()
            for what, needle in [("a repeated table header", "<w:tblHeader/>"), ("a different first page", "<w:titlePg/>"),
                                 ("a first-page header", 'w:type="first"'), ("merged header cells", "<w:gridSpan"),
                                 ("vertically merged cells", '<w:vMerge w:val="restart"/>'),
                                 ("a landscape annex", 'w:orient="landscape"'), ("Word numbering", "<w:numPr>"),
                                 ("A4", 'w:w="11906" w:h="16838"'), ("a footnote", "<w:footnoteReference")]:
                if needle not in doc:
                    fail(f"bao-cao-8-thang.docx lacks {what} ({needle})")
            if "PAGE" not in z.read("word/header1.xml").decode():
                fail("bao-cao-8-thang.docx: the header has no PAGE field")
            if 'w:ascii="Times New Roman"' not in z.read("word/styles.xml").decode():
                fail("bao-cao-8-thang.docx: the font is not Times New Roman by name")
        lo = os.path.join(work, "lo")
        profile = "file://" + os.path.join(work, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", lo] + [os.path.join(out, d) for d in docs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        for d in docs:
            name = d[:-5]
            theirs = os.path.join(lo, name + ".pdf")
            if not os.path.exists(theirs):
                fail(f"{name}: LibreOffice could not read the DOCX")
                continue
            check(name, os.path.join(out, name + ".pdf"), theirs, fail)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    if failures:
        sys.exit(1)
    print(f"ok: {len(docs)} samples and types as DOCX, read back by LibreOffice: same words, pages, header, closing, page numbers")


if __name__ == "__main__":
    main()
