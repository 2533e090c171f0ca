---
# Quyết định của cơ quan đảng (Hướng dẫn 36-HD/VPTW) — số hiệu, tên người là hư cấu (samples/README.md).
co_quan_chu_quan: ĐẢNG BỘ TỈNH HÀ TĨNH
co_quan_ban_hanh: TỈNH ỦY
so: 1248
ky_hieu: QĐ/TU
dia_danh: Hà Tĩnh
ngay: 2026-10-12
trich_yeu: về việc thành lập Đoàn kiểm tra thực hiện Chỉ thị số 35-CT/TW ở các đảng bộ xã, phường
tham_quyen: BAN THƯỜNG VỤ TỈNH ỦY
can_cu:
  - Căn cứ Điều lệ Đảng
  - Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025 - 2030
  - Xét đề nghị của Ban Tổ chức Tỉnh ủy
noi_nhan:
  - Như Điều 3
  - Thường trực Tỉnh ủy
  - Các đảng ủy xã, phường
  - "Lưu: Văn phòng Tỉnh ủy"
nguoi_ky:
  quyen_han: [T/M BAN THƯỜNG VỤ]
  chuc_vu: PHÓ BÍ THƯ THƯỜNG TRỰC
  ho_ten: Nguyễn Văn Lộc
---
{% extends "quyet-dinh-dang" %}
**Điều 1.** Thành lập Đoàn kiểm tra việc thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị ở các đảng bộ xã, phường, gồm các đồng chí:

1. Đồng chí Trưởng Ban Tổ chức Tỉnh ủy, Trưởng đoàn;

2. Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Phó Trưởng đoàn;

3. Một đồng chí lãnh đạo Văn phòng Tỉnh ủy và hai chuyên viên Ban Tổ chức Tỉnh ủy, thành viên.

**Điều 2.** Đoàn kiểm tra làm việc tại 12 đảng bộ xã, phường theo kế hoạch của Trưởng đoàn; báo cáo kết quả với Ban Thường vụ Tỉnh ủy trước ngày 15/12/2026. Đoàn tự giải thể sau khi hoàn thành nhiệm vụ.

**Điều 3.** Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, các đảng ủy xã, phường có liên quan và các đồng chí có tên tại Điều 1 thi hành Quyết định này./.
