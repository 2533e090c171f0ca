---
# Tờ trình của cơ quan đảng (Hướng dẫn 36-HD/VPTW) — số hiệu, con số, tên người là hư cấu.
co_quan_chu_quan: TỈNH ỦY HÀ TĨNH
co_quan_ban_hanh: BAN TỔ CHỨC
so: 77
ky_hieu: TTr/BTCTU
dia_danh: Hà Tĩnh
ngay: 2026-11-27
trich_yeu: về việc kiện toàn Ban Chỉ đạo chuyển đổi số của Tỉnh ủy
kinh_gui: Ban Thường vụ Tỉnh ủy
noi_nhan:
  - Như trên
  - Văn phòng Tỉnh ủy
  - "Lưu: Ban Tổ chức"
nguoi_ky:
  quyen_han: [K/T TRƯỞNG BAN]
  chuc_vu: PHÓ TRƯỞNG BAN
  ho_ten: Lê Minh Đức
---
{% extends "to-trinh-dang" %}
Sau khi sắp xếp tổ chức bộ máy và điều động, phân công lại cán bộ, Ban Chỉ đạo chuyển đổi số của Tỉnh ủy hiện thiếu 05 thành viên. Để Ban Chỉ đạo hoạt động thường xuyên, Ban Tổ chức Tỉnh ủy kính trình Ban Thường vụ Tỉnh ủy xem xét, quyết định:

1. Bổ sung 05 đồng chí vào Ban Chỉ đạo, gồm lãnh đạo Sở Khoa học và Công nghệ, Sở Nội vụ, Công an tỉnh, Văn phòng Tỉnh ủy và Văn phòng Ủy ban nhân dân tỉnh.

2. Giao Văn phòng Tỉnh ủy là cơ quan thường trực của Ban Chỉ đạo; Sở Khoa học và Công nghệ là cơ quan phối hợp thường trực.

Ban Tổ chức Tỉnh ủy kính trình Ban Thường vụ Tỉnh ủy xem xét, quyết định./.
