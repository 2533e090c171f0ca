---
# Kế hoạch của cơ quan đảng (Hướng dẫn 36-HD/VPTW) — số hiệu, thời gian, tên người là hư cấu.
co_quan_chu_quan: ĐẢNG BỘ TỈNH HÀ TĨNH
co_quan_ban_hanh: TỈNH ỦY
so: 186
ky_hieu: KH/TU
dia_danh: Hà Tĩnh
ngay: 2026-12-15
trich_yeu: tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam
noi_nhan:
  - Các đảng ủy xã, phường
  - Các đảng ủy trực thuộc Tỉnh ủy
  - Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy
  - "Lưu: Văn phòng Tỉnh ủy"
nguoi_ky:
  quyen_han: [T/M BAN THƯỜNG VỤ]
  chuc_vu: PHÓ BÍ THƯ
  ho_ten: Nguyễn Văn Lộc
---
{% extends "ke-hoach-dang" %}
**I. MỤC ĐÍCH, YÊU CẦU**

1. Giáo dục truyền thống vẻ vang của Đảng, củng cố niềm tin của cán bộ, đảng viên và Nhân dân; tạo khí thế thi đua hoàn thành nhiệm vụ năm 2027.

2. Các hoạt động được tổ chức thiết thực, tiết kiệm, phù hợp với điều kiện của từng địa phương.

**II. NỘI DUNG**

1. Tuyên truyền trên báo chí, cổng thông tin điện tử và hệ thống loa truyền thanh cơ sở từ ngày 15/01 đến ngày 05/02/2027.

2. Tổ chức trao Huy hiệu Đảng đợt 03/02/2027 cho đảng viên đủ điều kiện; thăm, tặng quà các đồng chí lão thành cách mạng.

3. Tổ chức lễ chào cờ, dâng hương tại Khu lưu niệm Tổng Bí thư Trần Phú vào sáng ngày 03/02/2027.

**III. TỔ CHỨC THỰC HIỆN**

Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn nội dung tuyên truyền; Văn phòng Tỉnh ủy bảo đảm kinh phí và điều kiện tổ chức; các đảng ủy trực thuộc xây dựng kế hoạch cụ thể, báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15/02/2027./.
