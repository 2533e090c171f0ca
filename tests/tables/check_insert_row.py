#!/usr/bin/env python3
"""A clerk inserts a commune inside a group of the 2026 report's Biểu 1 in
LibreOffice, types its figures, and the sheet recalculates: the group's
subtotal, its % KH and the province total must include the new row, and the
other groups stay as they were. Driven through LibreOffice's UNO API
(python3-uno, Debian) on a headless soffice; the figures are read back from
the recalculated sheet, not from our own arithmetic.

    check_insert_row.py VANBAN DOCUMENT DATA
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import uno  # Debian's python3-uno is for the system interpreter
except ImportError:
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("FAIL: python3-uno is not installed (scripts/setup.sh)")
    sys.exit(1)
from com.sun.star.beans import PropertyValue  # noqa: E402  (after uno)

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe, profile):
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
                               f"--accept=pipe,name={pipe};urp;"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return office, ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:  # not listening yet
            time.sleep(0.5)
    office.kill()
    raise RuntimeError("soffice did not start")


def rows_of(sheet):
    """(row index, column A text, column B text) of every used row."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last = cursor.RangeAddress.EndRow
    return [(r, sheet.getCellByPosition(0, r).String, sheet.getCellByPosition(1, r).String) for r in range(last + 1)]


def figures(sheet, r):
    """Columns C..H: plan, done, % of the roads; plan, done, % of the drains."""
    return [round(sheet.getCellByPosition(c, r).Value, 4) for c in range(2, 8)]


def main():
    vanban, doc, data = sys.argv[1:4]
    tmp = tempfile.mkdtemp()
    office = None
    try:
        subprocess.run([vanban, "render", doc, data, "-o", tmp, "--name", "bc"], check=True, capture_output=True)
        office, desktop = connect(f"vanban_insert_{os.getpid()}", os.path.join(tmp, "profile"))
        book = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.join(tmp, "bc.xlsx")), "_blank", 0,
                                            (prop("Hidden", True),))
        sheet = book.Sheets.getByName("Biểu 1")
        rows = rows_of(sheet)
        total = next(r for r, a, b in rows if b == "Toàn tỉnh")
        heads = [r for r, a, b in rows if a in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")]
        if len(heads) < 3:
            fail(f"want at least three groups in Biểu 1, found {len(heads)}")
            return 1
        # Group II's rows lie between its heading and group III's heading.
        g, nxt = heads[1], heads[2]
        if not sheet.getCellByPosition(2, g).Formula.startswith("=SUBTOTAL("):
            fail(f"group subtotal is {sheet.getCellByPosition(2, g).Formula}, want =SUBTOTAL(…)")
        book.calculateAll()
        before = {r: figures(sheet, r) for r in (total, heads[0], g, heads[2])}
        # Insert one row after the group's first row (inside the group) and type a commune's figures.
        at = g + 2
        if at >= nxt:
            fail("group II has a single row; the sample must give it two or more")
            return 1
        sheet.Rows.insertByIndex(at, 1)
        sheet.getCellByPosition(1, at).String = "Xã Thêm Mới"
        added = {2: 10.0, 3: 4.0, 5: 2.0, 6: 1.5}
        for c, v in added.items():
            sheet.getCellByPosition(c, at).Value = v
        book.calculateAll()
        after = {r: figures(sheet, r + (1 if r > at else 0)) for r in before}
        for r, label in ((g, "group II"), (total, "Toàn tỉnh")):
            old, new = before[r], after[r]
            want = [old[0] + 10, old[1] + 4, None, old[3] + 2, old[4] + 1.5, None]
            want[2] = round((old[1] + 4) / (old[0] + 10) * 100, 1)
            want[5] = round((old[4] + 1.5) / (old[3] + 2) * 100, 1)
            if any(abs(a - b) > 1e-6 for a, b in zip(new, want)):
                fail(f"{label} after the insertion: LibreOffice computes {new}, want {want} (before: {old})")
        for r, label in ((heads[0], "group I"), (heads[2], "group III")):
            if after[r] != before[r]:
                fail(f"{label} changed though nothing was inserted in it: {before[r]} -> {after[r]}")
        # A row typed between two groups (under group II's last row) belongs to neither
        # subtotal, but the total still counts it: the total spans the body, not the subtotals.
        between = nxt + 1  # group III's heading, moved down by the first insertion
        sheet.Rows.insertByIndex(between, 1)
        sheet.getCellByPosition(1, between).String = "Xã Giữa Hai Nhóm"
        sheet.getCellByPosition(2, between).Value = 7.0
        book.calculateAll()
        t_row = total + (2 if total > between else (1 if total > at else 0))
        grand = sheet.getCellByPosition(2, t_row).Value
        if abs(grand - (before[total][0] + 10 + 7)) > 1e-6:
            fail(f"Toàn tỉnh after a row between groups: {grand}, want {before[total][0] + 17}")
        if abs(sheet.getCellByPosition(2, g).Value - (before[g][0] + 10)) > 1e-6:
            fail("group II's subtotal took in a row typed after its last row")
        book.close(True)
    finally:
        if office:
            office.terminate()
            try:
                office.wait(20)
            except subprocess.TimeoutExpired:
                office.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"{len(failures)} problem(s)")
        return 1
    print("ok: a row inserted inside a group counts in its subtotal, its % KH and the total; other groups unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
