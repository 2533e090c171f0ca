---
# Giấy giới thiệu (Mẫu 1.8), dựng từ `gioi_thieu` — tên người, nơi đến là hư cấu.
co_quan_chu_quan: UBND TỈNH HÀ TĨNH
co_quan_ban_hanh: VĂN PHÒNG
so: 95
ky_hieu: GGT-VP
dia_danh: Hà Tĩnh
ngay: 2026-11-23
gioi_thieu:
  co_quan: Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh
  ho_ten: Trần Thị Hồng Nhung
  chuc_vu: Chuyên viên Phòng Kinh tế tổng hợp
  duoc_cu_den: Ủy ban nhân dân xã Cẩm Xuyên
  ve_viec: làm việc về số liệu giải ngân vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026
  het_han: 2026-12-31
noi_nhan:
  - Như trên
  - "Lưu: VT"
nguoi_ky:
  quyen_han: [KT. CHÁNH VĂN PHÒNG]
  chuc_vu: PHÓ CHÁNH VĂN PHÒNG
  ho_ten: Lê Văn Thành
---
{% extends "giay-gioi-thieu" %}
