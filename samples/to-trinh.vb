---
# Tờ trình gửi cấp trên (Mẫu 1.4 với Kính gửi) — số hiệu, con số, tên người là hư cấu.
co_quan_chu_quan: UBND TỈNH HÀ TĨNH
co_quan_ban_hanh: SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
so: 356
ky_hieu: TTr-SNNMT
dia_danh: Hà Tĩnh
ngay: 2026-11-06
trich_yeu: Đề nghị phê duyệt danh mục công trình thủy lợi sửa chữa, nâng cấp năm 2027
kinh_gui: Ủy ban nhân dân tỉnh
noi_nhan:
  - Như trên
  - Sở Tài chính
  - Giám đốc, các PGĐ Sở
  - "Lưu: VT, TL"
nguoi_ky:
  quyen_han: [KT. GIÁM ĐỐC]
  chuc_vu: PHÓ GIÁM ĐỐC
  ho_ten: Hoàng Thị Mai Lan
---
{% extends "to-trinh" %}
Thực hiện Luật Thủy lợi ngày 19 tháng 6 năm 2017 và trên cơ sở kết quả kiểm tra hiện trạng công trình thủy lợi sau mùa mưa lũ năm 2026, Sở Nông nghiệp và Môi trường kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt danh mục công trình thủy lợi sửa chữa, nâng cấp năm 2027 như sau:

**1. Sự cần thiết**

Qua kiểm tra, toàn tỉnh có 46 hồ chứa và 112 km kênh mương bị xuống cấp; trong đó 11 hồ chứa có tràn xả lũ hư hỏng, không bảo đảm an toàn trong mùa mưa năm 2027. Việc sửa chữa kịp thời là cần thiết để bảo đảm an toàn hạ du và nước tưới cho khoảng 9.800 ha lúa hai vụ.

**2. Nội dung đề nghị**

a) Sửa chữa, nâng cấp 11 hồ chứa có tràn xả lũ hư hỏng, tổng kinh phí dự kiến 86,4 tỷ đồng;

b) Kiên cố hóa 24,5 km kênh mương loại III tại 9 xã, tổng kinh phí dự kiến 31,2 tỷ đồng.

**3. Nguồn vốn**

Ngân sách tỉnh năm 2027 bố trí 70%; phần còn lại từ nguồn vốn lồng ghép Chương trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách các xã.

Sở Nông nghiệp và Môi trường kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.
