---
# Công điện (Mẫu 1.6) — số hiệu, thời gian, con số là hư cấu.
co_quan_ban_hanh: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
so: 21
ky_hieu: CĐ-UBND
dia_danh: Hà Tĩnh
ngay: 2026-10-26
trich_yeu: Về việc chủ động ứng phó với bão số 9 và mưa lũ
do_khan: HỎA TỐC
ben_dien: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
kinh_gui:
  - Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh
  - "Chủ tịch Ủy ban nhân dân các xã, phường"
  - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh
noi_nhan:
  - Như trên
  - Ban Chỉ đạo quốc gia về phòng thủ dân sự
  - Thường trực Tỉnh ủy, HĐND tỉnh
  - Chủ tịch, các PCT UBND tỉnh
  - Đài Phát thanh và Truyền hình tỉnh
  - "Lưu: VT, NL3"
nguoi_ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Võ Trọng Hải
---
{% extends "cong-dien" %}
Theo bản tin của Đài Khí tượng Thủy văn tỉnh lúc 05 giờ ngày 26/10/2026, bão số 9 đang di chuyển theo hướng Tây Tây Bắc, sức gió mạnh nhất vùng gần tâm bão cấp 11, giật cấp 13; dự báo từ chiều tối 27/10 bão ảnh hưởng trực tiếp đến tỉnh, gây mưa rất to với tổng lượng phổ biến 300 - 450 mm.

Để chủ động ứng phó, bảo đảm an toàn tính mạng và hạn chế thiệt hại tài sản của Nhân dân, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

**1.** Chủ tịch Ủy ban nhân dân các xã, phường ven biển hoàn thành việc kêu gọi tàu thuyền vào nơi tránh trú an toàn trước 17 giờ 00 ngày 26/10/2026; sơ tán dân ở khu vực nguy cơ sạt lở, ngập sâu trước 12 giờ 00 ngày 27/10/2026.

**2.** Sở Nông nghiệp và Môi trường chỉ đạo vận hành các hồ chứa theo đúng quy trình; bố trí lực lượng trực tại các hồ xung yếu.

**3.** Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh sẵn sàng lực lượng, phương tiện hỗ trợ các địa phương sơ tán dân và cứu hộ, cứu nạn; Đài Phát thanh và Truyền hình tỉnh tăng thời lượng đưa tin về diễn biến bão, lũ.

Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc thực hiện; báo cáo tình hình về Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh trước 16 giờ 00 hằng ngày./.
