---
# Công văn của cơ quan đảng (Hướng dẫn 36-HD/VPTW) — số hiệu, tên người là hư cấu.
co_quan_chu_quan: ĐẢNG BỘ TỈNH HÀ TĨNH
co_quan_ban_hanh: TỈNH ỦY
so: 842
ky_hieu: CV/TU
dia_danh: Hà Tĩnh
ngay: 2026-11-09
trich_yeu: chuẩn bị kiểm điểm, đánh giá, xếp loại tập thể, cá nhân năm 2026
kinh_gui:
  - Các đảng ủy xã, phường
  - Các đảng ủy trực thuộc Tỉnh ủy
  - Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy
noi_nhan:
  - Như trên
  - Thường trực Tỉnh ủy
  - "Lưu: Văn phòng Tỉnh ủy"
nguoi_ky:
  quyen_han: [T/L BAN THƯỜNG VỤ]
  chuc_vu: CHÁNH VĂN PHÒNG
  ho_ten: Hồ Thị Thanh Bình
---
{% extends "cong-van-dang" %}
Thực hiện Quy định của Bộ Chính trị về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị, Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng thực hiện một số việc sau:

1. Chỉ đạo kiểm điểm tập thể, cá nhân gắn với kết quả thực hiện nhiệm vụ được giao trong năm 2026; làm rõ hạn chế, khuyết điểm và trách nhiệm của người đứng đầu.

2. Hoàn thành kiểm điểm ở chi bộ, đảng bộ cơ sở trước ngày 20/12/2026; gửi báo cáo kết quả và biểu tổng hợp về Ban Tổ chức Tỉnh ủy trước ngày 10/01/2027.

3. Ban Tổ chức Tỉnh ủy hướng dẫn, theo dõi, tổng hợp; tham mưu Ban Thường vụ Tỉnh ủy đánh giá, xếp loại các tập thể, cá nhân thuộc diện Ban Thường vụ quản lý./.
