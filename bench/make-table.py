#!/usr/bin/env python3
"""The scaling documents: the table fixture (tests/fixtures/bang-thu) with N communes in Biểu 2 —
10,000 rows make a report of about 500 pages. Writes OUT_DIR/bang-thu/ (the fixture's template, its
TT column widened for six-digit row numbers, the criteria columns for their totals) and OUT_DIR/xa-N.yaml. Usage: make-table.py OUT_DIR N..."""
import pathlib
import random
import re
import shutil
import sys

DISTRICTS = ["Cẩm Xuyên", "Thạch Hà", "Can Lộc", "Đức Thọ", "Hương Khê", "Hương Sơn"]  # groups I–VI


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    fixture = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/bang-thu"
    template = out / "bang-thu"
    shutil.rmtree(template, ignore_errors=True)
    shutil.copytree(fixture, template)
    spec = (template / "template.yaml").read_text(encoding="utf-8")
    spec = spec.replace("- {header: TT, numbering: true, width: 10}\n      - {header: Xã",
                        "- {header: TT, numbering: true, width: 16}\n      - {header: Xã")
    # The criteria columns' totals reach seven digits (3.800.000) at 200,000 communes.
    for key in ("tc_kh", "tc_dat"):
        spec = re.sub(rf"(key: {key}, .*?width: )18", r"\g<1>22", spec)
    spec = spec.replace("{header: Còn thiếu, difference: [tc_kh, tc_dat], width: 18}",
                        "{header: Còn thiếu, difference: [tc_kh, tc_dat], width: 22}")
    (template / "template.yaml").write_text(spec, encoding="utf-8")
    text = (fixture / "du-lieu.yaml").read_text(encoding="utf-8")
    for count in map(int, sys.argv[2:]):
        rng = random.Random(count)
        per_district = -(-count // len(DISTRICTS))
        rows = []
        for i in range(count):
            d = DISTRICTS[min(i // per_district, len(DISTRICTS) - 1)]
            plan = rng.randint(800, 6000)
            rows.append(f"  - {{huyen: {d}, ten: Xã số {i + 1}, tieu_chi_ke_hoach: 19, "
                        f"tieu_chi_dat: {rng.randint(9, 19)}, von_ke_hoach: {plan}, "
                        f"von_giai_ngan: {rng.randint(0, plan)}}}")
        data = re.sub(r"^xa:\n(?:  - .*\n)+", "xa:\n" + "\n".join(rows) + "\n", text, flags=re.M)
        (out / f"xa-{count}.yaml").write_text(data, encoding="utf-8")


if __name__ == "__main__":
    main()
