---
# Quyết định cá biệt (Mẫu 1.2) — số hiệu, con số, tên người là hư cấu (samples/README.md).
co_quan_ban_hanh: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
so: 2715
ky_hieu: QĐ-UBND
dia_danh: Hà Tĩnh
ngay: 2026-10-20
trich_yeu: Về việc thành lập Tổ công tác kiểm tra tiến độ giải ngân vốn đầu tư công năm 2026
tham_quyen: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
can_cu:
  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025
  - Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024
  - Căn cứ Quyết định số 1950/QĐ-UBND ngày 08 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026
  - Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 412/TTr-STC ngày 14 tháng 10 năm 2026
noi_nhan:
  - Như Điều 3
  - Chủ tịch, các PCT UBND tỉnh
  - Kho bạc Nhà nước khu vực XI
  - Chánh VP, các PCVP UBND tỉnh
  - "Lưu: VT, TH2"
nguoi_ky:
  quyen_han: [KT. CHỦ TỊCH]
  chuc_vu: PHÓ CHỦ TỊCH
  ho_ten: Phan Quốc Hưng
---
{% extends "quyet-dinh" %}
**Điều 1.** Thành lập Tổ công tác kiểm tra tiến độ giải ngân vốn đầu tư công năm 2026 (sau đây gọi là Tổ công tác), gồm các thành viên:

1. Tổ trưởng: Giám đốc Sở Tài chính.

2. Tổ phó: Phó Chánh Văn phòng Ủy ban nhân dân tỉnh phụ trách lĩnh vực kinh tế tổng hợp.

3. Thành viên:

a) Đại diện lãnh đạo Sở Xây dựng, Sở Nông nghiệp và Môi trường;

b) Đại diện lãnh đạo Kho bạc Nhà nước khu vực XI;

c) Một công chức Phòng Quản lý đầu tư, Sở Tài chính làm thư ký.

**Điều 2.** Nhiệm vụ của Tổ công tác

1. Kiểm tra tại chỗ các dự án có tỷ lệ giải ngân dưới 50% kế hoạch vốn năm 2026 được giao; làm rõ nguyên nhân, trách nhiệm của chủ đầu tư và nhà thầu.

2. Đề xuất điều chuyển kế hoạch vốn từ dự án chậm giải ngân sang dự án có khả năng giải ngân tốt hơn, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2026.

3. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường; Giám đốc Kho bạc Nhà nước khu vực XI; các chủ đầu tư và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
