---
# Báo cáo của cơ quan đảng (Hướng dẫn 36-HD/VPTW) — số liệu, số hiệu, tên người là hư cấu.
co_quan_chu_quan: TỈNH ỦY HÀ TĨNH
co_quan_ban_hanh: BAN TUYÊN GIÁO VÀ DÂN VẬN
so: 318
ky_hieu: BC/BTGDVTU
dia_danh: Hà Tĩnh
ngay: 2026-12-04
trich_yeu: kết quả công tác dân vận năm 2026, phương hướng, nhiệm vụ năm 2027
noi_nhan:
  - Thường trực Tỉnh ủy
  - Ban Dân vận Trung ương
  - "Lưu: Ban Tuyên giáo và Dân vận"
nguoi_ky:
  quyen_han: [K/T TRƯỞNG BAN]
  chuc_vu: PHÓ TRƯỞNG BAN
  ho_ten: Dương Thị Hải Yến
---
{% extends "bao-cao-dang" %}
**I. KẾT QUẢ THỰC HIỆN NĂM 2026**

**1. Công tác nắm tình hình Nhân dân**

Các cấp ủy đã tổ chức 1.250 cuộc đối thoại trực tiếp với Nhân dân ở 69 xã, phường; tiếp nhận 2.140 ý kiến, kiến nghị, trong đó 1.963 ý kiến đã được giải quyết, trả lời (đạt 91,7%).

**2. Phong trào thi đua "Dân vận khéo"**

Toàn tỉnh có 412 mô hình "Dân vận khéo" được công nhận, tập trung vào xây dựng nông thôn mới, chuyển đổi số và bảo vệ môi trường; 36 mô hình tiêu biểu được biểu dương ở cấp tỉnh.

**II. HẠN CHẾ, NGUYÊN NHÂN**

Một số cấp ủy cơ sở sau sắp xếp đơn vị hành chính chưa kịp kiện toàn bộ phận làm công tác dân vận; việc nắm tình hình ở một số địa bàn còn chậm.

**III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027**

Tiếp tục nâng cao chất lượng đối thoại với Nhân dân; tổng kết, nhân rộng các mô hình "Dân vận khéo" gắn với chính quyền hai cấp; hoàn thiện bộ phận dân vận ở tất cả đảng ủy xã, phường trong quý I/2027./.
