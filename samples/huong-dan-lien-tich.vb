---
# Văn bản liên tịch: Hướng dẫn (Mẫu 1.4) của hai cơ quan, tên cơ quan cạnh nhau, hai chữ ký — số hiệu, tên người là hư cấu.
co_quan_ban_hanh:
  - SỞ GIÁO DỤC VÀ ĐÀO TẠO
  - CÔNG AN TỈNH
so: 03
ky_hieu: HDLT-SGDĐT-CAT
dia_danh: Hà Tĩnh
ngay: 2026-08-20
trich_yeu: Phối hợp bảo đảm an ninh, trật tự và an toàn giao thông trong trường học năm học 2026 - 2027
noi_nhan:
  - UBND tỉnh (để b/c)
  - "UBND các xã, phường"
  - Các cơ sở giáo dục trực thuộc Sở
  - Các phòng nghiệp vụ Công an tỉnh
  - "Công an các xã, phường"
  - "Lưu: VT SGDĐT, VT CAT"
nguoi_ky:
  quyen_han: [KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO]
  chuc_vu: PHÓ GIÁM ĐỐC
  ho_ten: Nguyễn Thị Thanh Hương
dong_ky:
  quyen_han: [KT. GIÁM ĐỐC CÔNG AN TỈNH]
  chuc_vu: PHÓ GIÁM ĐỐC
  ho_ten: Đại tá Trần Hữu Quang
---
{% extends "huong-dan" %}
Thực hiện chương trình phối hợp giữa ngành Giáo dục và ngành Công an giai đoạn 2026 - 2030, Sở Giáo dục và Đào tạo và Công an tỉnh hướng dẫn việc phối hợp bảo đảm an ninh, trật tự và an toàn giao thông trong trường học năm học 2026 - 2027 như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Phòng ngừa, phát hiện sớm và xử lý kịp thời các vụ việc bạo lực học đường, tệ nạn xã hội và vi phạm pháp luật về giao thông của học sinh.

2. Việc phối hợp bảo đảm thường xuyên, đúng chức năng, nhiệm vụ của mỗi ngành; không làm ảnh hưởng đến hoạt động dạy và học.

**II. NỘI DUNG PHỐI HỢP**

1. Tổ chức tuyên truyền pháp luật về an toàn giao thông, phòng, chống ma túy cho học sinh trong tuần sinh hoạt công dân đầu năm học.

2. Công an các xã, phường phân công cán bộ phụ trách địa bàn trường học; phối hợp với nhà trường kiểm tra, giải tỏa hàng quán lấn chiếm khu vực cổng trường.

3. Các cơ sở giáo dục thông tin kịp thời cho Công an xã, phường về các vụ việc có dấu hiệu vi phạm pháp luật liên quan đến học sinh.

**III. TỔ CHỨC THỰC HIỆN**

Phòng Chính trị, Tư tưởng (Sở Giáo dục và Đào tạo) và Phòng Cảnh sát quản lý hành chính về trật tự xã hội (Công an tỉnh) là đầu mối theo dõi, tổng hợp; báo cáo kết quả phối hợp về hai cơ quan trước ngày 31/5/2027./.
