#!/usr/bin/env python3
"""Makes the sample districts' files of samples/compile/ from the 8-month
totals of samples/bao-cao-8-thang.yaml: each district's flows spread over
months 1..8, disbursement as cumulative figures, plans repeated every month,
land consolidation as a growing stock. Months 1-4 come as one CSV per month
with a row per district (months 1-2 as Vietnamese Excel saves them: `;` and
decimal commas); months 5-8 as one file per district per month, XLSX for
seven districts and CSV for six (the XLSX made by LibreOffice from CSV).
Last year's months 1-8 (roads and cultural houses) for `so với cùng kỳ`.
Run once; the files are checked in. Needs PyYAML-free Python 3 and soffice.

    samples/compile/tao-so-lieu.py
"""
import os
import random
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "bao-cao-8-thang.yaml")
MONTHS = 8
random.seed(2023)

FLOWS = ["duong_th", "ranh_th", "btxm_th", "kenh_th", "nha_van_hoa_xa", "nha_van_hoa_thon", "truong_hoc"]
CUMULATIVE = ["truoc_dtpt_gn", "truoc_sn_gn", "nay_dtpt_gn", "nay_sn_gn"]
PLANS = ["duong_kh", "ranh_kh", "btxm_kh", "kenh_kh", "truoc_dtpt_kh", "truoc_sn_kh", "nay_dtpt_kh", "nay_sn_kh"]
STOCKS = ["tich_tu_ruong_dat"]
UNITS = {"duong": "km", "ranh": "km", "btxm": "km", "kenh": "km", "nha_van_hoa_xa": "nhà", "nha_van_hoa_thon": "nhà",
         "truong_hoc": "trường", "tich_tu_ruong_dat": "ha", "truoc": "triệu đồng", "nay": "triệu đồng"}


def unit(code):
    for k, u in UNITS.items():
        if code.startswith(k):
            return u
    return ""


def read_districts():
    """The `huyen:` rows of the hand-written sample (flat `key: value`)."""
    rows, cur, inside = [], None, False
    for line in open(SAMPLE, encoding="utf-8"):
        if line.startswith("huyen:"):
            inside = True
            continue
        if inside and re.match(r"^\S", line):
            break
        if not inside:
            continue
        m = re.match(r"^  - (\w+): (.*)$", line)
        if m:
            cur = {m.group(1): m.group(2)}
            rows.append(cur)
            continue
        m = re.match(r"^    (\w+): (.*)$", line)
        if m:
            cur[m.group(1)] = m.group(2)
    return rows


def cents(s):
    return round(float(s) * 100)


def split(total, n, keep_zero_months=0):
    """total (an integer count of units) into n non-negative integers."""
    if total == 0:
        return [0] * n
    w = [random.random() + 0.2 for _ in range(n)]
    for i in random.sample(range(n), keep_zero_months):
        w[i] = 0
    raw = [total * x / sum(w) for x in w]
    base = [int(r) for r in raw]
    for i in sorted(range(n), key=lambda i: raw[i] - base[i], reverse=True)[: total - sum(base)]:
        base[i] += 1
    return base


def fmt(v, decimals, comma):
    s = f"{v / 10 ** decimals:.{decimals}f}" if decimals else str(v)
    return s.replace(".", ",") if comma else s


def main():
    districts = read_districts()
    months = {m: {d["ten"]: {} for d in districts} for m in range(1, MONTHS + 1)}
    for d in districts:
        for code in FLOWS:
            dec = 2 if "." in d[code] else 0
            total = cents(d[code]) if dec else int(d[code])
            for m, part in enumerate(split(total, MONTHS, 2 if total < 8 else 0), 1):
                months[m][d["ten"]][code] = (part, dec)
        for code in CUMULATIVE:
            total = int(d[code])
            parts = split(total, MONTHS)
            run = 0
            for m, part in enumerate(parts, 1):
                run += part
                months[m][d["ten"]][code] = (run, 0)
        for code in PLANS:
            dec = 2 if "." in d[code] else 0
            v = cents(d[code]) if dec else int(d[code])
            for m in range(1, MONTHS + 1):
                months[m][d["ten"]][code] = (v, dec)
        for code in STOCKS:
            final = int(d[code])
            start = int(final * 0.7)
            for m in range(1, MONTHS + 1):
                months[m][d["ten"]][code] = (start + (final - start) * m // MONTHS, 0)
    codes = PLANS[:4] + FLOWS[:4] + FLOWS[4:] + STOCKS + [c for p in zip(PLANS[4:], CUMULATIVE) for c in p]

    for sub in ("thang", "huyen", "nam-truoc"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "thang"))
    # Months 1-4: the provincial sheet, a row per district.
    for m in range(1, 5):
        comma = m <= 2
        sep = ";" if comma else ","
        lines = [sep.join(["TT", "don_vi"] + codes)]
        for i, d in enumerate(districts, 1):
            name = d["ten"] if i % 4 else d["ten"].upper()  # names are matched after case folding
            vals = [fmt(*months[m][d["ten"]][c], comma) for c in codes]
            lines.append(sep.join([str(i), name] + vals))
        with open(os.path.join(HERE, "thang", f"2023-{m:02}.csv"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    # Months 5-8: each district its own file, headers with units.
    with tempfile.TemporaryDirectory() as tmp:
        for i, d in enumerate(districts):
            key = re.sub(r"[^a-z0-9]+", "-", ascii(d["ten"]).lower()).strip("-")
            folder = os.path.join(HERE, "huyen", key)
            os.makedirs(folder)
            for m in range(5, MONTHS + 1):
                header = ["don_vi"] + [f"{c} ({unit(c)})" for c in codes]
                row = [d["ten_ngan"]] + [fmt(*months[m][d["ten"]][c], False) for c in codes]
                text = ",".join(header) + "\n" + ",".join(row) + "\n"
                if i < 7:
                    csv = os.path.join(tmp, f"2023-{m:02}.csv")
                    with open(csv, "w", encoding="utf-8") as f:
                        f.write(text)
                    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx",
                                    "--outdir", folder, csv], check=True, capture_output=True)
                else:
                    with open(os.path.join(folder, f"2023-{m:02}.csv"), "w", encoding="utf-8") as f:
                        f.write(text)
    # Last year: months 1-8, roads and cultural houses only.
    os.makedirs(os.path.join(HERE, "nam-truoc"))
    for m in range(1, MONTHS + 1):
        lines = ["don_vi,duong_th,nha_van_hoa_xa"]
        for d in districts:
            km, _ = months[m][d["ten"]]["duong_th"]
            lines.append(f"{d['ten']},{max(0, round(km * random.uniform(0.6, 1.1))) / 100:.2f},{random.randint(0, 1)}")
        with open(os.path.join(HERE, "nam-truoc", f"2022-{m:02}.csv"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def ascii(s):
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


if __name__ == "__main__":
    main()
