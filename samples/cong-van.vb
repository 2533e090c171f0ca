---
# Công văn (Mẫu 1.5) gửi nhiều nơi — số liệu, số hiệu văn bản và người ký là hư cấu (samples/README.md).
co_quan_chu_quan: UBND TỈNH HÀ TĨNH
co_quan_ban_hanh: VĂN PHÒNG
so: 1482
ky_hieu: VP-NL4
dia_danh: Hà Tĩnh
ngay: 2026-11-18
trich_yeu: rà soát, báo cáo thiệt hại do mưa lũ tháng 10 năm 2026
kinh_gui:
  - Sở Nông nghiệp và Môi trường
  - Sở Xây dựng
  - Sở Tài chính
  - "Ủy ban nhân dân các xã, phường"
noi_nhan:
  - Như trên
  - Chủ tịch, các PCT UBND tỉnh
  - Chánh VP, các PCVP UBND tỉnh
  - Trung tâm CB-TH tỉnh
  - "Lưu: VT, NL4"
nguoi_ky:
  quyen_han: [KT. CHÁNH VĂN PHÒNG]
  chuc_vu: PHÓ CHÁNH VĂN PHÒNG
  ho_ten: Lê Văn Thành
---
{% extends "cong-van" %}
Thực hiện ý kiến chỉ đạo của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp trực tuyến ngày 14/11/2026 về khắc phục hậu quả đợt mưa lũ từ ngày 27/10 đến ngày 02/11/2026, Văn phòng Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:

1. Ủy ban nhân dân các xã, phường rà soát, thống kê đầy đủ thiệt hại về người, nhà ở, cây trồng, vật nuôi, công trình thủy lợi, giao thông và trường học trên địa bàn; xác định rõ hộ nghèo, hộ cận nghèo bị thiệt hại để ưu tiên hỗ trợ; gửi báo cáo về Sở Nông nghiệp và Môi trường trước ngày 25/11/2026.

2. Sở Xây dựng kiểm tra các tuyến đường tỉnh bị sạt lở, đề xuất phương án khắc phục tạm thời bảo đảm giao thông thông suốt trước ngày 30/11/2026.

3. Sở Nông nghiệp và Môi trường tổng hợp số liệu thiệt hại toàn tỉnh, phối hợp với Sở Tài chính đề xuất mức hỗ trợ từ nguồn dự phòng ngân sách tỉnh năm 2026, báo cáo Ủy ban nhân dân tỉnh trước ngày 05/12/2026.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
