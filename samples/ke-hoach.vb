---
# Kế hoạch (Mẫu 1.4) với Phụ lục phân công (bảng phan-cong) — số hiệu, con số, tên người là hư cấu.
co_quan_ban_hanh: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
co_quan_ban_hanh_ngan: UBND tỉnh
so: 604
ky_hieu: KH-UBND
dia_danh: Hà Tĩnh
ngay: 2026-12-08
trich_yeu: Chuyển đổi số trong giải quyết thủ tục hành chính tại các xã, phường năm 2027
noi_nhan:
  - Văn phòng Chính phủ
  - Thường trực Tỉnh ủy
  - Thường trực HĐND tỉnh
  - Chủ tịch, các PCT UBND tỉnh
  - Các sở, ban, ngành cấp tỉnh
  - "UBND các xã, phường"
  - "Lưu: VT, KSTT"
nguoi_ky:
  quyen_han: [KT. CHỦ TỊCH]
  chuc_vu: PHÓ CHỦ TỊCH
  ho_ten: Phan Quốc Hưng
phan_cong:
  - nhiem_vu: Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại 69 xã, phường
    chu_tri: UBND các xã, phường
    phoi_hop: Sở Khoa học và Công nghệ
    thoi_gian: Quý II/2027
  - nhiem_vu: Kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với cơ sở dữ liệu dân cư, đất đai
    chu_tri: Sở Khoa học và Công nghệ
    phoi_hop: Công an tỉnh; Sở Nông nghiệp và Môi trường
    thoi_gian: Quý I/2027
  - nhiem_vu: Tập huấn kỹ năng hướng dẫn người dân nộp hồ sơ trực tuyến cho công chức bộ phận một cửa
    chu_tri: Văn phòng UBND tỉnh
    phoi_hop: Sở Nội vụ
    thoi_gian: Tháng 3/2027
  - nhiem_vu: Bố trí kinh phí trang bị máy quét, ký số cho bộ phận một cửa cấp xã
    chu_tri: Sở Tài chính
    phoi_hop: UBND các xã, phường
    thoi_gian: Quý I/2027
  - nhiem_vu: Kiểm tra, đánh giá, báo cáo kết quả thực hiện Kế hoạch
    chu_tri: Văn phòng UBND tỉnh
    phoi_hop: Các sở, ngành liên quan
    thoi_gian: Tháng 12/2027
---
{% extends "ke-hoach" %}
**I. MỤC ĐÍCH, YÊU CẦU**

**1. Mục đích**

- Nâng tỷ lệ hồ sơ thủ tục hành chính cấp xã được tiếp nhận, giải quyết trực tuyến toàn trình lên ít nhất 80%;

- Giảm thời gian đi lại, chi phí của người dân, doanh nghiệp khi thực hiện thủ tục hành chính.

**2. Yêu cầu**

- Các nhiệm vụ có cơ quan chủ trì, thời hạn hoàn thành và sản phẩm cụ thể;

- Bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân trong suốt quá trình số hóa.

**II. NỘI DUNG, NHIỆM VỤ**

Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.

**III. TỔ CHỨC THỰC HIỆN**

**1. Văn phòng Ủy ban nhân dân tỉnh** là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh hằng quý.

**2. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường** căn cứ nhiệm vụ được giao xây dựng kế hoạch triển khai của đơn vị, báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh trước ngày 15 của tháng cuối quý.

Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh kịp thời về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.
