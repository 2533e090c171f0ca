---
# Giấy mời (Mẫu 1.7), các dòng có nhãn dựng từ `moi` — số hiệu, tên người, thời gian là hư cấu.
co_quan_chu_quan: UBND TỈNH HÀ TĨNH
co_quan_ban_hanh: VĂN PHÒNG
so: 287
ky_hieu: GM-VP
dia_danh: Hà Tĩnh
ngay: 2026-12-01
trich_yeu: Họp nghe báo cáo tiến độ giải ngân vốn đầu tư công năm 2026
moi:
  nguoi_moi: Văn phòng Ủy ban nhân dân tỉnh
  kinh_moi:
    - Đại diện lãnh đạo Sở Tài chính
    - Đại diện lãnh đạo Sở Xây dựng
    - Đại diện lãnh đạo Sở Nông nghiệp và Môi trường
    - Đại diện lãnh đạo Kho bạc Nhà nước khu vực XI
  toi_du: Cuộc họp nghe báo cáo tiến độ giải ngân vốn đầu tư công năm 2026 và phương án điều chuyển kế hoạch vốn
  chu_tri: Đồng chí Phan Quốc Hưng - Phó Chủ tịch UBND tỉnh
  thoi_gian: 14 giờ 00, thứ Năm, ngày 03/12/2026
  dia_diem: Phòng họp tầng 3, trụ sở Ủy ban nhân dân tỉnh
  luu_y:
    - Sở Tài chính chuẩn bị báo cáo, gửi về Văn phòng Ủy ban nhân dân tỉnh trước 10 giờ 00 ngày 03/12/2026
noi_nhan:
  - Như trên
  - PCT UBND tỉnh Phan Quốc Hưng (để b/c)
  - "Lưu: VT, TH2"
nguoi_ky:
  quyen_han: [KT. CHÁNH VĂN PHÒNG]
  chuc_vu: PHÓ CHÁNH VĂN PHÒNG
  ho_ten: Lê Văn Thành
---
{% extends "giay-moi" %}
