#!/usr/bin/env python3
"""Writes N notice data files varied from samples/thong-bao.yaml: a notice to each district in turn,
its own number and dates, and a varying number of shortcomings and tasks (so that page counts vary
from 3 to 5, as real notices do). Usage: make-notices.py N OUT_DIR"""
import datetime
import pathlib
import random
import re
import sys

DISTRICTS = ["Thành phố Hà Tĩnh", "huyện Thạch Hà", "huyện Vũ Quang", "huyện Cẩm Xuyên", "huyện Can Lộc",
             "huyện Đức Thọ", "huyện Hương Khê", "huyện Hương Sơn", "huyện Nghi Xuân", "huyện Lộc Hà",
             "thị xã Kỳ Anh", "thị xã Hồng Lĩnh", "huyện Kỳ Anh"]
EXTRA_SHORTCOMINGS = [
    "tiến độ giải ngân vốn đầu tư phát triển của {d} mới đạt {p}% kế hoạch",
    "{n} xã của {d} chưa hoàn thành tiêu chí môi trường và an toàn thực phẩm",
    "công tác duy tu, bảo dưỡng {k} km đường giao thông nông thôn của {d} chưa được quan tâm đúng mức",
    "việc huy động nguồn lực xã hội hóa ở {d} còn hạn chế, mới đạt {p}% so với cùng kỳ",
]


def main() -> None:
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    sample = (pathlib.Path(__file__).resolve().parent.parent / "samples/thong-bao.yaml").read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2023)
    start = datetime.date(2023, 1, 5)
    for i in range(count):
        d = DISTRICTS[i % len(DISTRICTS)]
        meeting = start + datetime.timedelta(days=(i * 7) % 330)
        issued = meeting + datetime.timedelta(days=rng.randint(3, 15))
        text = sample
        text = re.sub(r"^so: 90$", f"so: {i + 1}", text, flags=re.M)
        text = re.sub(r"^ngay: 2023-03-28$", f"ngay: {issued.isoformat()}", text, flags=re.M)
        text = re.sub(r"^  ngay: 2023-03-13$", f"  ngay: {meeting.isoformat()}", text, flags=re.M)
        text = re.sub(r"^  lam_viec_voi: .*$", f"  lam_viec_voi: UBND {d} và Văn phòng Điều phối nông thôn mới tỉnh",
                      text, flags=re.M)
        extra = "".join(
            "  - " + rng.choice(EXTRA_SHORTCOMINGS).format(d=d, p=f"{rng.randint(300, 950) / 10:.1f}".replace(".", ","),
                                                          n=rng.randint(2, 9), k=rng.randint(12, 160)) + "\n"
            for _ in range(rng.randint(0, 6)))
        text = text.replace("han_che:\n", "han_che:\n" + extra, 1)
        if rng.random() < 0.4:  # some notices drop the section on the recommendations
            text = re.sub(r"  - co_quan: Về các kiến nghị.*?(?=\n\ntheo_doi:)", "", text, flags=re.S)
        (out / f"thong-bao-{i + 1:04d}.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
