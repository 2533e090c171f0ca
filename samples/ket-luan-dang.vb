---
# Kết luận của cơ quan đảng (Hướng dẫn 36-HD/VPTW) — số hiệu, con số, tên người là hư cấu.
co_quan_chu_quan: ĐẢNG BỘ TỈNH HÀ TĨNH
co_quan_ban_hanh: TỈNH ỦY
so: 52
ky_hieu: KL/TU
dia_danh: Hà Tĩnh
ngay: 2026-10-30
trich_yeu: của Ban Thường vụ Tỉnh ủy về tình hình kinh tế - xã hội 9 tháng năm 2026
noi_nhan:
  - Các đồng chí Tỉnh ủy viên
  - Các đảng ủy xã, phường
  - Các đảng ủy trực thuộc Tỉnh ủy
  - "Lưu: Văn phòng Tỉnh ủy"
nguoi_ky:
  quyen_han: [T/M BAN THƯỜNG VỤ]
  chuc_vu: BÍ THƯ
  ho_ten: Trần Quốc Việt
---
{% extends "ket-luan-dang" %}
Tại phiên họp ngày 27/10/2026, sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo tình hình kinh tế - xã hội 9 tháng năm 2026 và ý kiến của các đồng chí dự họp, Ban Thường vụ Tỉnh ủy kết luận:

**1. Đánh giá chung**

Tổng sản phẩm trên địa bàn 9 tháng ước tăng 7,4% so với cùng kỳ; thu ngân sách đạt 78,6% dự toán; giải ngân vốn đầu tư công đạt 61,2% kế hoạch. Chính quyền hai cấp vận hành ổn định, thủ tục hành chính ở xã, phường được giải quyết nhanh hơn.

**2. Nhiệm vụ trọng tâm quý IV**

a) Tập trung tháo gỡ vướng mắc về mặt bằng để giải ngân vốn đầu tư công đạt trên 95% kế hoạch;

b) Chủ động phòng, chống thiên tai trong mùa mưa bão; bảo đảm an toàn hồ đập;

c) Chuẩn bị tốt các điều kiện tổng kết năm 2026, xây dựng kế hoạch năm 2027.

**3. Tổ chức thực hiện**

Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo triển khai thực hiện; các đảng ủy trực thuộc quán triệt Kết luận này đến chi bộ, báo cáo kết quả với Ban Thường vụ Tỉnh ủy trong báo cáo tháng./.
