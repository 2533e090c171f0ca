---
# Biên bản (Mẫu 1.9): không có dòng địa danh, ngày tháng; thư ký ký bên trái, chủ tọa bên phải — tên người, số liệu là hư cấu.
co_quan_chu_quan: UBND TỈNH HÀ TĨNH
co_quan_ban_hanh: SỞ XÂY DỰNG
so: 14
ky_hieu: BB-SXD
trich_yeu: Họp kiểm tra hiện trường sạt lở đường tỉnh 553 tại xã Hương Khê
nguoi_ky:
  chuc_vu: CHỦ TỌA
  ho_ten: Nguyễn Đình Phúc
thu_ky:
  chuc_vu: THƯ KÝ
  ho_ten: Võ Thị Thu Hà
---
{% extends "bien-ban" %}
Thời gian bắt đầu: 08 giờ 30, ngày 12/11/2026.

Địa điểm: Hội trường Ủy ban nhân dân xã Hương Khê và hiện trường Km 18 + 400, đường tỉnh 553.

Thành phần tham dự:

- Sở Xây dựng: ông Nguyễn Đình Phúc, Phó Giám đốc; ông Lê Quang Vinh, Trưởng phòng Quản lý giao thông;

- Ủy ban nhân dân xã Hương Khê: ông Đinh Văn Cường, Phó Chủ tịch;

- Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh: bà Phạm Thị Yến, Phó Giám đốc.

Chủ trì (chủ tọa): ông Nguyễn Đình Phúc, Phó Giám đốc Sở Xây dựng.

Thư ký (người ghi biên bản): bà Võ Thị Thu Hà, chuyên viên Phòng Quản lý giao thông.

Nội dung (theo diễn biến cuộc họp):

**1. Hiện trạng**

Taluy dương bị sạt lở dài khoảng 65 m, khối lượng đất đá ước 1.400 mét khối, lấp hoàn toàn một làn xe; mặt đường phía taluy âm bị nứt dọc khoảng 30 m.

**2. Ý kiến thống nhất**

- Ban Quản lý dự án thuê đơn vị tư vấn khảo sát, lập phương án xử lý khẩn cấp, trình Sở Xây dựng trước ngày 20/11/2026;

- Ủy ban nhân dân xã Hương Khê bố trí lực lượng cắm biển cảnh báo, hướng dẫn phân luồng 24/24 giờ cho đến khi thông xe.

Cuộc họp kết thúc vào 11 giờ 15 cùng ngày; biên bản được đọc lại cho các thành viên dự họp nghe và cùng thống nhất./.
