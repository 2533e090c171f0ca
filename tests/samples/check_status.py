#!/usr/bin/env python3
"""`vanban compile SPEC --status` keeps no state but the files: on a copy of
samples/compile/, with one unit's month removed, a bad figure, an unknown
unit and an allowed gap, the grid shows each in its cell and the exit status
is 1; once the late file arrives and the errors are fixed, the terminal grid,
the CSV and the XLSX are byte for byte those of a run on an untouched copy
(exit 0). An allowed gap alone still exits 0.

    check_status.py VANBAN
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.normpath(os.path.join(HERE, "..", "..", "samples", "compile"))
failures = 0


def check(cond, what):
    global failures
    if not cond:
        print("FAIL:", what)
        failures += 1


def status(vanban, folder, *extra):
    """Runs --status in `folder` (so the spec's path reads the same in every copy); stdout, stderr, exit."""
    r = subprocess.run([vanban, "compile", "bien-soan.yaml", "--status", *extra], cwd=folder,
                       capture_output=True, text=True)
    return r.stdout, r.stderr, r.returncode


def outputs(vanban, folder):
    out, err, code = status(vanban, folder)
    _, _, code_csv = status(vanban, folder, "-o", "grid.csv")
    _, _, code_xlsx = status(vanban, folder, "-o", "grid.xlsx")
    check(code == code_csv == code_xlsx, f"{folder}: the same exit status with and without -o ({code}, {code_csv}, {code_xlsx})")
    with open(os.path.join(folder, "grid.csv"), "rb") as f:
        csv = f.read()
    with zipfile.ZipFile(os.path.join(folder, "grid.xlsx")) as z:
        xlsx = {n: z.read(n) for n in sorted(z.namelist())}
    return out, err, code, csv, xlsx


def row(grid_text, unit):
    for line in grid_text.splitlines():
        if line.startswith(unit + " "):
            return line[len(unit):].split()
    return None


def main():
    vanban = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        whole = os.path.join(tmp, "a")
        late = os.path.join(tmp, "b")
        shutil.copytree(SAMPLE, whole)
        shutil.copytree(SAMPLE, late)
        ref_out, ref_err, ref_code, ref_csv, ref_xlsx = outputs(vanban, whole)
        check(ref_code == 0, f"every file present: exit 0, got {ref_code}\n{ref_err}")
        check(row(ref_out, "Huyện Đức Thọ") == ["✓"] * 8, "every file present: Đức Thọ arrived in all 8 months")
        check(ref_csv.startswith(b"\xef\xbb\xbf") and "Huyện Đức Thọ,đã nhận".encode() in ref_csv,
              "the CSV has a BOM and the words")

        # Đức Thọ's July has not come; Thạch Hà's January figure is text; a row
        # of February names a unit the spec does not know.
        july = os.path.join(late, "huyen", "huyen-duc-tho", "2023-07.xlsx")
        os.rename(july, july + ".later")
        jan = os.path.join(late, "thang", "2023-01.csv")
        feb = os.path.join(late, "thang", "2023-02.csv")
        good_jan, good_feb = open(jan, "rb").read(), open(feb, "rb").read()
        lines = good_jan.decode("utf-8").split("\n")
        cells = lines[2].split(";")
        check(cells[1] == "Huyện Thạch Hà", "row 3 of January is Thạch Hà")
        cells[6] = "ba"
        lines[2] = ";".join(cells)
        open(jan, "wb").write("\n".join(lines).encode("utf-8"))
        open(feb, "wb").write(good_feb.decode("utf-8").replace("Huyện Vũ Quang", "Huyện Vũ Quag", 1).encode("utf-8"))
        out, err, code, csv, _ = outputs(vanban, late)
        check(code == 1, f"a missing month: exit 1, got {code}")
        check(row(out, "Huyện Đức Thọ") == ["✓"] * 6 + ["✗", "✓"], f"Đức Thọ: July missing\n{out}")
        check(row(out, "Huyện Thạch Hà") == ["!1"] + ["✓"] * 7, f"Thạch Hà: January has one error\n{out}")
        check(row(out, "Huyện Vũ Quang") == ["✓", "✗"] + ["✓"] * 6, f"Vũ Quang: February missing (its row is misnamed)\n{out}")
        check("thang/2023-01.csv:3:" in out and "phải là số, nhưng là `ba`" in out, "the cell's first message, with its position")
        check("Lỗi khác: thang/2023-02.csv:4:" in out and "Huyện Vũ Quag" in out, "the unknown unit listed under the grid")
        check("Đã nhận 101/104; thiếu 2; được phép thiếu 0; có lỗi 1; lỗi khác 1." in out, f"the summary line\n{out}")
        check("thang/2023-01.csv:3:" in err and "Huyện Vũ Quag" in err, "every problem also on stderr, with its position")
        check("Huyện Đức Thọ,đã nhận,đã nhận,đã nhận,đã nhận,đã nhận,đã nhận,thiếu,đã nhận".encode() in csv, "CSV: the gap")

        # The gap allowed and the errors fixed: exit 0, the gap shown as allowed.
        open(jan, "wb").write(good_jan)
        open(feb, "wb").write(good_feb)
        spec = os.path.join(late, "bien-soan.yaml")
        good_spec = open(spec, "rb").read()
        open(spec, "ab").write("cho_phep_thieu:\n  - {don_vi: Huyện Đức Thọ, thang: [7]}\n".encode("utf-8"))
        out, err, code = status(vanban, late)
        check(code == 0, f"every gap allowed: exit 0, got {code}\n{err}")
        check(row(out, "Huyện Đức Thọ") == ["✓"] * 6 + ["–", "✓"], f"Đức Thọ: July an allowed gap\n{out}")

        # The late file arrives: exactly what a run with all the files gives.
        open(spec, "wb").write(good_spec)
        os.rename(july + ".later", july)
        out, err, code, csv, xlsx = outputs(vanban, late)
        check(code == ref_code, "after the late file: the same exit status")
        check(out == ref_out, "after the late file: the same grid")
        check(err == ref_err, "after the late file: the same messages")
        check(csv == ref_csv, "after the late file: the same CSV bytes")
        check(xlsx == ref_xlsx, "after the late file: the same XLSX parts")
    if failures:
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
