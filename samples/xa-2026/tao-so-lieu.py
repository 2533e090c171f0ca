#!/usr/bin/env python3
"""Makes the 2026 sample of a provincial monthly report compiled from its
communes' files (samples/bao-cao-thang-10-2026.{vb,yaml}): the compile spec
samples/bao-cao-thang-10-2026.yaml (70 communes and wards of Hà Tĩnh after
1 July 2025, each with the former district it lies in) and the files under
samples/xa-2026/. EVERY FIGURE IS INVENTED (seeded random numbers of a
plausible size); the names follow the 2025 arrangement of the province's
communes as far as we know it — check them against the Standing Committee's
resolution before using them for anything real.

Months 1-9 come as the office's running sheet, one CSV per month with a row
per commune (months 1-3 as Vietnamese Excel saves them: `;` and decimal
commas); month 10 as each commune's own file, XLSX for half of them and CSV
for the other half (the XLSX made by LibreOffice from CSV). Roads and drains
are reported month by month; disbursement as the cumulative figure to date.
Run once; the files are checked in. Needs Python 3 and soffice.

    samples/xa-2026/tao-so-lieu.py
"""
import os
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "..", "bao-cao-thang-10-2026.yaml")
YEAR, MONTHS = 2026, 10
random.seed(2026)

# Former district (the group in the annexes) → its communes and wards since 1 July 2025.
AREAS = [
    ("Thành phố Hà Tĩnh (cũ)", ["Phường Thành Sen", "Phường Trần Phú", "Phường Hà Huy Tập", "Xã Thạch Lạc",
                                 "Xã Đồng Tiến", "Xã Thạch Khê", "Xã Cẩm Bình"]),
    ("Thị xã Hồng Lĩnh (cũ)", ["Phường Bắc Hồng Lĩnh", "Phường Nam Hồng Lĩnh"]),
    ("Huyện Thạch Hà (cũ)", ["Xã Thạch Hà", "Xã Toàn Lưu", "Xã Việt Xuyên", "Xã Đông Kinh", "Xã Thạch Xuân"]),
    ("Huyện Cẩm Xuyên (cũ)", ["Xã Cẩm Xuyên", "Xã Thiên Cầm", "Xã Cẩm Duệ", "Xã Cẩm Hưng", "Xã Cẩm Lạc",
                               "Xã Cẩm Trung", "Xã Yên Hòa"]),
    ("Huyện Can Lộc (cũ)", ["Xã Can Lộc", "Xã Tùng Lộc", "Xã Gia Hanh", "Xã Trường Lưu", "Xã Xuân Lộc",
                             "Xã Đồng Lộc"]),
    ("Huyện Lộc Hà (cũ)", ["Xã Lộc Hà", "Xã Hồng Lộc", "Xã Mai Phụ"]),
    ("Huyện Nghi Xuân (cũ)", ["Xã Nghi Xuân", "Xã Đan Hải", "Xã Tiên Điền", "Xã Cổ Đạm", "Xã Xuân Lam"]),
    ("Huyện Đức Thọ (cũ)", ["Xã Đức Thọ", "Xã Đức Đồng", "Xã Đức Quang", "Xã Đức Thịnh", "Xã Đức Minh"]),
    ("Huyện Hương Sơn (cũ)", ["Xã Hương Sơn", "Xã Sơn Tây", "Xã Tứ Mỹ", "Xã Sơn Giang", "Xã Sơn Tiến",
                               "Xã Sơn Hồng", "Xã Kim Hoa", "Xã Sơn Kim 1", "Xã Sơn Kim 2"]),
    ("Huyện Vũ Quang (cũ)", ["Xã Vũ Quang", "Xã Mai Hoa", "Xã Thượng Đức"]),
    ("Huyện Hương Khê (cũ)", ["Xã Hương Khê", "Xã Hương Phố", "Xã Hương Đô", "Xã Hà Linh", "Xã Hương Bình",
                               "Xã Phúc Trạch", "Xã Hương Xuân"]),
    ("Huyện Kỳ Anh (cũ)", ["Xã Kỳ Anh", "Xã Kỳ Văn", "Xã Kỳ Khang", "Xã Kỳ Hoa", "Xã Kỳ Xuân", "Xã Kỳ Lạc",
                            "Xã Kỳ Thượng"]),
    ("Thị xã Kỳ Anh (cũ)", ["Phường Sông Trí", "Phường Hải Ninh", "Phường Hoành Sơn", "Phường Vũng Áng"]),
]

# Indicators as the files name them (bao-cao-thang-10-2026.yaml, chi_tieu).
FLOWS = ["duong_th", "ranh_th"]            # km built in the month, 2 decimals
CUMULATIVE = ["dtpt_gn", "sn_gn"]          # million đồng disbursed to date
PLANS = {"duong_kh": "duong_th", "ranh_kh": "ranh_th", "dtpt_kh": "dtpt_gn", "sn_kh": "sn_gn"}
CODES = ["duong_kh", "duong_th", "ranh_kh", "ranh_th", "dtpt_kh", "dtpt_gn", "sn_kh", "sn_gn"]
UNITS = {"duong": "km", "ranh": "km", "dtpt": "triệu đồng", "sn": "triệu đồng"}
DECIMALS = {"duong": 2, "ranh": 2, "dtpt": 0, "sn": 0}


def kind(code):
    return code.split("_")[0]


def slug(name):
    s = name.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def split(total, n):
    """total (an integer count of hundredths or millions) into n non-negative parts, some months none."""
    w = [0 if random.random() < 0.2 else random.random() + 0.2 for _ in range(n)]
    if sum(w) == 0:
        w[-1] = 1
    raw = [total * x / sum(w) for x in w]
    base = [int(r) for r in raw]
    for i in sorted(range(n), key=lambda i: raw[i] - base[i], reverse=True)[: total - sum(base)]:
        base[i] += 1
    return base


def fmt(v, decimals, comma):
    s = f"{v / 10 ** decimals:.{decimals}f}" if decimals else str(v)
    return s.replace(".", ",") if comma else s


def invent(ward):
    """One commune's year: plans, and the months' figures (integers in units of the last decimal)."""
    scale = 0.4 if ward else 1.0  # wards build less rural road
    plans = {
        "duong_kh": round(random.uniform(1.5, 6.5) * scale * 100),
        "ranh_kh": round(random.uniform(0.4, 3.0) * scale * 100),
        "dtpt_kh": round(random.uniform(800, 4200) / 10) * 10,
        "sn_kh": round(random.uniform(150, 1200) / 10) * 10,
    }
    months = {m: {} for m in range(1, MONTHS + 1)}
    for plan, done in PLANS.items():
        share = random.uniform(0.45, 1.08)
        total = round(plans[plan] * share)
        parts = split(total, MONTHS)
        run = 0
        for m, part in enumerate(parts, 1):
            run += part
            months[m][done] = run if done in CUMULATIVE else part
            months[m][plan] = plans[plan]
    return months


def main():
    communes = [(area, name) for area, names in AREAS for name in names]
    figures = {name: invent(name.startswith("Phường")) for _, name in communes}
    for sub in ("thang", "xa"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "thang"))
    # Months 1-9: the office's running sheet, a row per commune.
    for m in range(1, MONTHS):
        comma = m <= 3
        sep = ";" if comma else ","
        lines = [sep.join(["TT", "don_vi"] + CODES)]
        for i, (_, name) in enumerate(communes, 1):
            vals = [fmt(figures[name][m][c], DECIMALS[kind(c)], comma) for c in CODES]
            lines.append(sep.join([str(i), name] + vals))
        with open(os.path.join(HERE, "thang", f"{YEAR}-{m:02}.csv"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    # Month 10: each commune its own file, headers with units; XLSX for every other one.
    header = ["don_vi"] + [f"{c} ({UNITS[kind(c)]})" for c in CODES]
    with tempfile.TemporaryDirectory() as tmp:
        to_convert = []
        for i, (_, name) in enumerate(communes):
            folder = os.path.join(HERE, "xa", slug(name))
            os.makedirs(folder)
            row = [name] + [fmt(figures[name][MONTHS][c], DECIMALS[kind(c)], False) for c in CODES]
            text = ",".join(header) + "\n" + ",".join(row) + "\n"
            if i % 2 == 0:
                src = os.path.join(tmp, slug(name) + ".csv")
                to_convert.append((src, folder))
            else:
                src = os.path.join(folder, f"{YEAR}-{MONTHS:02}.csv")
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
        out = os.path.join(tmp, "xlsx")
        subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", out]
                       + [s for s, _ in to_convert], check=True, capture_output=True)
        for src, folder in to_convert:
            made = os.path.join(out, os.path.basename(src)[:-4] + ".xlsx")
            shutil.move(made, os.path.join(folder, f"{YEAR}-{MONTHS:02}.xlsx"))
    write_spec(communes)


def write_spec(communes):
    units = "\n".join(f"  - {{ten: {name}, dia_ban: {area}}}" for area, name in communes)
    text = f"""# Bản biên soạn: số liệu của {len(communes)} xã, phường tỉnh Hà Tĩnh (chính quyền địa phương hai cấp,
# từ ngày 01/7/2025) → dữ liệu Báo cáo tháng 10 năm 2026 (samples/bao-cao-thang-10-2026.vb).
# MỌI SỐ LIỆU LÀ BỊA (samples/xa-2026/tao-so-lieu.py sinh ra; tệp này cũng do nó viết). Xem docs/COMPILE.md.
#   vanban render samples/bao-cao-thang-10-2026.vb samples/bao-cao-thang-10-2026.yaml -o out
bien_soan:
  nam: {YEAR}
  den_thang: {MONTHS}
  khoa: xa              # tên danh sách đơn vị trong dữ liệu báo cáo
  khoa_tong: toan_tinh

don_vi:                 # dia_ban (huyện cũ) được chép sang dữ liệu: các biểu nhóm và cộng theo nó
{units}

chi_tieu:
  - {{ma: duong_kh, ten: Đường giao thông - kế hoạch năm, don_vi: km, so_le: 2, loai: plan}}
  - {{ma: duong_th, ten: Đường giao thông - thực hiện, don_vi: km, so_le: 2, loai: flow, ke_hoach: duong_kh}}
  - {{ma: ranh_kh, ten: Rãnh thoát nước - kế hoạch năm, don_vi: km, so_le: 2, loai: plan}}
  - {{ma: ranh_th, ten: Rãnh thoát nước - thực hiện, don_vi: km, so_le: 2, loai: flow, ke_hoach: ranh_kh}}
  - {{ma: dtpt_kh, ten: Vốn đầu tư phát triển - kế hoạch, don_vi: triệu đồng, loai: plan}}
  - {{ma: dtpt_gn, ten: Vốn đầu tư phát triển - giải ngân, don_vi: triệu đồng, loai: flow, nhap: luy_ke, ke_hoach: dtpt_kh}}
  - {{ma: sn_kh, ten: Vốn sự nghiệp - kế hoạch, don_vi: triệu đồng, loai: plan}}
  - {{ma: sn_gn, ten: Vốn sự nghiệp - giải ngân, don_vi: triệu đồng, loai: flow, nhap: luy_ke, ke_hoach: sn_kh}}

nguon:                  # {{nam}}, {{thang}}: từ tên tệp; {{don_vi}}: thư mục của từng xã
  - tep: "xa-2026/thang/{{nam}}-{{thang}}.csv"          # tháng 1-9: bảng tổng hợp của Văn phòng, mỗi dòng một xã
  - tep: "xa-2026/xa/{{don_vi}}/{{nam}}-{{thang}}.xlsx"  # tháng 10: xã gửi tệp Excel riêng
  - tep: "xa-2026/xa/{{don_vi}}/{{nam}}-{{thang}}.csv"   # … hoặc CSV
"""
    with open(SPEC, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
