# Chỉ thị (CT): the clerk deleted the first line, the `---` that opens the header.
co_quan_ban_hanh: ỦY BAN NHÂN DÂN XÃ THẠCH KHÊ
so: 05
ky_hieu: CT-UBND
dia_danh: Thạch Khê
ngay: 04/12/2026
trich_yeu: Về tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2027
noi_nhan:
  - Các thôn, tổ dân phố
  - "Lưu: VT."
nguoi_ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Trần Văn Bình
---
{% extends "chi-thi" %}
Các thôn rà soát, lập danh sách hộ nhận khoán rừng./.
