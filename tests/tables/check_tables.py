#!/usr/bin/env python3
"""Same digits everywhere: renders a template with tables to PDF and XLSX and
checks, for every cell of every table, that the PDF text, the XLSX cached
value as LibreOffice displays it, and the value LibreOffice computes after a
forced recalculation all equal the figure vanban computed. Then checks the
XLSX part by part (sheets, merges, formulas, formats, print setup, fonts,
properties) and the PDF pages (landscape annex, repeated header, page numbers
restarting in each annex).

    check_tables.py VANBAN TEMPLATE DATA
"""
import csv
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TO_CSV = os.path.join(HERE, "..", "tools", "xlsx-to-csv.sh")
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def unquote(s):
    out, i = [], 1
    while i < len(s) - 1:
        if s[i] == "\\":
            i += 1
        out.append(s[i])
        i += 1
    return "".join(out)


STRING = r'"(?:[^"\\]|\\.)*"'


def parse_dump(text):
    """Tables of `render --dump-document`: name, sheet, columns, rows of cell texts."""
    tables = []
    for line in text.splitlines():
        m = re.match(r'^table (%s) sheet (%s)' % (STRING, STRING), line)
        if m:
            tables.append({"name": unquote(m.group(1)), "sheet": unquote(m.group(2)), "rows": [], "columns": []})
            continue
        if not tables:
            continue
        m = re.match(r'^  column (%s) (number|text)' % STRING, line)
        if m:
            tables[-1]["columns"].append(m.group(2))
            continue
        m = re.match(r'^  (row|group|total) \| (.*)$', line)
        if m:
            cells = [unquote(x) for x in re.findall(r'(%s)(?:=[^|]*)?' % STRING, m.group(2))]
            tables[-1]["rows"].append((m.group(1), cells))
    return tables


def vi_number(s):
    """LibreOffice shows en-US separators: 227,967.75 -> 227.967,75; text stays."""
    if re.fullmatch(r"-?[\d,]+(\.\d+)?%?", s):
        return s.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return s


def read_csvs(xlsx, outdir, recalc):
    env = dict(os.environ, RECALC=recalc)
    subprocess.run([TO_CSV, xlsx, outdir], check=True, env=env)
    stem = os.path.splitext(os.path.basename(xlsx))[0]
    sheets = {}
    for f in os.listdir(outdir):
        if f.startswith(stem + "-") and f.endswith(".csv"):
            with open(os.path.join(outdir, f), encoding="utf-8") as fh:
                sheets[f[len(stem) + 1:-4]] = list(csv.reader(fh))
    return sheets


def check_sheet_values(tables, sheets, what):
    for t in tables:
        rows = sheets.get(t["sheet"])
        if rows is None:
            fail(f"{what}: no sheet {t['sheet']!r} (have {sorted(sheets)})")
            continue
        body = rows[len(rows) - len(t["rows"]):]
        for (kind, want), got in zip(t["rows"], body):
            got = [vi_number(x) for x in got[:len(want)]]
            if got != want:
                fail(f"{what}: sheet {t['sheet']!r} {kind} row: want {want}, LibreOffice shows {got}")


def check_pdf_text(tables, pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    lines = text.splitlines()
    for t in tables:
        for kind, cells in t["rows"]:
            tokens = [c for c in cells if c]
            pattern = re.compile(r"(^|\s)" + r"\s+".join(re.escape(c) for c in tokens) + r"(\s|$)")
            if not any(pattern.search(l) for l in lines):
                fail(f"PDF: table {t['name']!r} {kind} row not found as one line: {tokens}")


def check_parts(xlsx, tables, title, author):
    z = zipfile.ZipFile(xlsx)
    names = z.namelist()
    workbook = z.read("xl/workbook.xml").decode()
    for t in tables:
        if f'name="{t["sheet"]}"' not in workbook:
            fail(f"XLSX: workbook.xml lacks sheet {t['sheet']!r}")
    if "_xlnm.Print_Titles" not in workbook:
        fail("XLSX: no print titles (repeated header rows)")
    styles = z.read("xl/styles.xml").decode()
    fonts = re.findall(r'<name val="([^"]+)"/>', styles)
    # Font 0 is the workbook default (Calibri); every format we add names Times New Roman.
    if not fonts[1:] or any(f != "Times New Roman" for f in fonts[1:]):
        fail(f"XLSX: fonts other than Times New Roman in formats: {fonts}")
    wanted = ["#,##0"]
    if any(c.endswith("%") for t in tables for _, cells in t["rows"] for c in cells):
        wanted.append("0.0%")  # a percent column is a fraction formatted as a percentage
    for fmt in wanted:
        if fmt not in styles.replace("&quot;", '"'):
            fail(f"XLSX: number format {fmt} missing")
    if "#.##0" in styles:
        fail("XLSX: a locale-specific number format #.##0")
    sheets = sorted(n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml", n))
    formulas = merges = 0
    landscape = False
    for n in sheets:
        x = z.read(n).decode()
        formulas += len(re.findall(r"<f>", x))
        merges += len(re.findall(r"<mergeCell ", x))
        if 'paperSize="9"' not in x:
            fail(f"XLSX: {n} not set to A4")
        if "<pane " not in x or 'state="frozen"' not in x:
            fail(f"XLSX: {n} has no frozen header")
        if 'fitToWidth' not in x and 'fitToPage="1"' not in x:
            fail(f"XLSX: {n} not fitted to the page width")
        if "&amp;P" not in x and "&P" not in x:
            fail(f"XLSX: {n} has no page numbers in the footer")
        landscape |= 'orientation="landscape"' in x
        for m in re.finditer(r"<f>([^<]*)</f>", x):
            f = m.group(1).replace("&quot;", '"')
            if not re.fullmatch(r'SUM\([A-Z0-9:,]+\)|SUBTOTAL\(9,[A-Z]+\d+:[A-Z]+\d+\)|IF\([A-Z]+\d+=0,"[^"]*",ROUND\([A-Z]+\d+/[A-Z]+\d+(\*100)?,\d\)\)|[A-Z]+\d+([-+][A-Z]+\d+)+', f):
                fail(f"XLSX: unexpected formula {f}")
            if "#DIV/0" in x:
                fail("XLSX: #DIV/0! cached")
    if formulas == 0:
        fail("XLSX: no formulas")
    if merges == 0:
        fail("XLSX: no merged cells")
    if not landscape:
        fail("XLSX: no landscape sheet")
    core = z.read("docProps/core.xml").decode()
    if f"<dc:title>{title}</dc:title>" not in core:
        fail(f"XLSX: title is not {title!r}")
    if f"<dc:creator>{author}</dc:creator>" not in core:
        fail(f"XLSX: author is not {author!r}")


def check_pages(pdf, tables):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], check=True, capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    if not any(float(w) > float(h) for w, h in sizes):
        fail("PDF: no landscape page")
    if not any(float(w) < float(h) for w, h in sizes):
        fail("PDF: no portrait page")
    # Each annex starts its own numbering: its first page carries no number,
    # its second page carries "2".
    n = len(sizes)
    pages = [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-"], check=True,
                            capture_output=True, text=True).stdout for i in range(1, n + 1)]
    starts = [i for i, p in enumerate(pages) if re.search(r"^\s*Biểu \d+\s*$", p, re.M)]
    if len(starts) < 2:
        fail(f"PDF: expected at least two annexes, found page starts {starts}")
    for s in starts:
        top = pages[s].strip().splitlines()[0].strip()
        if re.fullmatch(r"\d+", top):
            fail(f"PDF: annex first page {s + 1} has a page number {top}")
        if s + 1 < n and s + 1 not in starts:
            top = pages[s + 1].strip().splitlines()[0].strip()
            if top != "2":
                fail(f"PDF: page {s + 2} (second page of an annex) should be numbered 2, starts with {top!r}")
    # A grouped table: no page ends on a group's heading row (I, II, … with its
    # subtotals), and every page an annex runs on to repeats the table's header.
    for i, p in enumerate(pages):
        body = [l for l in p.splitlines() if l.strip() and not re.fullmatch(r"\s*\d+\s*", l)]
        if body and re.match(r"^\s*[IVXL]+\s+\S", body[-1]) and i + 1 < n and i + 1 not in starts:
            fail(f"PDF: page {i + 1} ends on a group's heading row: {body[-1].strip()!r}")
    for s in starts:
        head = next((l.split()[0] for l in pages[s].splitlines() if re.match(r"^\s*(TT|STT)\s", l)), None)
        k = s + 1
        while head and k < n and k not in starts:
            if not re.search(r"^\s*%s\s" % head, pages[k], re.M):
                fail(f"PDF: page {k + 1} continues an annex without its header row")
            k += 1
    # A table running over pages repeats its header on every page.
    for i in range(len(pages)):
        if i in starts or i == 0:
            continue
        if re.search(r"^\s*\d+\s+\S", pages[i], re.M) and "Giải ngân" in pages[i - 1] and "Tiêu chí" in pages[i - 1]:
            if "Tiêu chí" not in pages[i]:
                fail(f"PDF: page {i + 1} continues a table without its header")


def main():
    vanban, template, data = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        dump = subprocess.run([vanban, "render", template, data, "--dump-document"], check=True,
                              capture_output=True, text=True).stdout
        tables = parse_dump(dump)
        if not tables:
            fail("no table in the document dump")
        subprocess.run([vanban, "render", template, data, "-o", tmp, "--name", "out"], check=True)
        pdf, xlsx = os.path.join(tmp, "out.pdf"), os.path.join(tmp, "out.xlsx")
        check_pdf_text(tables, pdf)
        check_sheet_values(tables, read_csvs(xlsx, os.path.join(tmp, "cached"), "never"), "cached XLSX values")
        check_sheet_values(tables, read_csvs(xlsx, os.path.join(tmp, "recalc"), "always"), "recalculated XLSX")
        title = re.search(r'^  summary (%s)' % STRING, dump, re.M)
        author = re.search(r'^  issuer (%s)' % STRING, dump, re.M)
        check_parts(xlsx, tables, unquote(title.group(1)) if title else "", unquote(author.group(1)) if author else "")
        check_pages(pdf, tables)
        # Same input, same bytes (both outputs).
        subprocess.run([vanban, "render", template, data, "-o", tmp, "--name", "again"], check=True)
        for ext in ("pdf", "xlsx"):
            with open(os.path.join(tmp, "out." + ext), "rb") as a, open(os.path.join(tmp, "again." + ext), "rb") as b:
                if a.read() != b.read():
                    fail(f"{ext.upper()}: two renders of the same input differ")
    if failures:
        print(f"{len(failures)} problem(s)")
        return 1
    cells = sum(len(c) for t in tables for _, c in t["rows"])
    print(f"ok: {len(tables)} tables, {cells} cells agree in PDF, cached XLSX and recalculated XLSX")
    return 0


if __name__ == "__main__":
    sys.exit(main())
