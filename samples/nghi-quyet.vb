---
# Nghị quyết cá biệt (Mẫu 1.1) của tập thể Ủy ban nhân dân xã — số hiệu, con số, tên người là hư cấu.
co_quan_ban_hanh: ỦY BAN NHÂN DÂN XÃ THẠCH HÀ
so: 09
ky_hieu: NQ-UBND
dia_danh: Thạch Hà
ngay: 2026-09-15
trich_yeu: Về chương trình công tác trọng tâm quý IV năm 2026
tham_quyen: ỦY BAN NHÂN DÂN XÃ THẠCH HÀ
can_cu:
  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025
  - Căn cứ Quy chế làm việc của Ủy ban nhân dân xã nhiệm kỳ 2021 - 2026
  - Căn cứ kết quả phiên họp thường kỳ tháng 9 năm 2026 của Ủy ban nhân dân xã
noi_nhan:
  - Như Điều 3
  - Thường trực Đảng ủy xã
  - Thường trực HĐND xã
  - "Lưu: VT, VP"
nguoi_ky:
  quyen_han: [TM. ỦY BAN NHÂN DÂN]
  chuc_vu: CHỦ TỊCH
  ho_ten: Đặng Minh Tuấn
---
{% extends "nghi-quyet" %}
**Điều 1.** Thông qua chương trình công tác trọng tâm quý IV năm 2026 của Ủy ban nhân dân xã với các nội dung chính:

1. Hoàn thành thu ngân sách nhà nước trên địa bàn đạt ít nhất 100% dự toán năm; tập trung thu tiền sử dụng đất của 42 lô đất ở tại khu dân cư thôn Trung Tiến.

2. Chỉ đạo gieo trồng vụ Đông trên 185 ha, trong đó rau màu hàng hóa 60 ha; chuẩn bị giống, vật tư cho vụ Xuân năm 2027.

3. Giải quyết dứt điểm 07 hồ sơ đất đai tồn đọng; duy trì tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn trên 98%.

4. Tổng kết phong trào xây dựng nông thôn mới kiểu mẫu; lập hồ sơ đề nghị công nhận 03 thôn đạt chuẩn khu dân cư kiểu mẫu.

**Điều 2.** Giao Chủ tịch Ủy ban nhân dân xã chỉ đạo, phân công các thành viên Ủy ban nhân dân xã tổ chức thực hiện; định kỳ hằng tháng báo cáo kết quả tại phiên họp thường kỳ.

**Điều 3.** Nghị quyết này có hiệu lực kể từ ngày ký. Các thành viên Ủy ban nhân dân xã, Trưởng các phòng chuyên môn, Trưởng các thôn chịu trách nhiệm thi hành Nghị quyết này./.
