---
# Báo cáo tháng 10 năm 2026 của UBND tỉnh, số liệu tổng hợp từ tệp của 70 xã, phường
# (samples/bao-cao-thang-10-2026.yaml là bản biên soạn; samples/xa-2026/). Mọi số liệu là bịa;
# mọi con số trong lời văn là biểu thức trên dữ liệu tổng hợp (xem samples/README.md).
co_quan_ban_hanh: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
co_quan_ban_hanh_ngan: UBND tỉnh
so: 412
ky_hieu: BC-UBND
dia_danh: Hà Tĩnh
ngay: 2026-11-05
chuong_trinh: Chương trình MTQG xây dựng nông thôn mới
noi_nhan:
  - Văn phòng Điều phối nông thôn mới Trung ương
  - Thường trực Tỉnh ủy, HĐND tỉnh
  - Chủ tịch, các Phó Chủ tịch UBND tỉnh
  - Các sở, ban, ngành cấp tỉnh
  - UBND các xã, phường
  - "Lưu: VT, NL4"
nguoi_ky:
  quyen_han: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]
  chuc_vu: PHÓ CHỦ TỊCH
  ho_ten: Trần Văn Bình
---
{% extends "bao-cao-xa" %}
{% block ket_qua %}
{% set ky = ky_bao_cao.thang | period(ky_bao_cao.nam) %}
{% set t = toan_tinh %}
**1. Công tác chỉ đạo, điều hành**

Từ ngày 01/7/2025, chính quyền địa phương tỉnh tổ chức theo hai cấp; {{ xa | length }} xã, phường trực tiếp tổ chức thực hiện Chương trình và báo cáo số liệu hằng tháng về Văn phòng Điều phối nông thôn mới tỉnh. Báo cáo này tổng hợp số liệu {{ ky }} từ tệp của cả {{ xa | length }} đơn vị; các biểu kèm theo trình bày theo từng xã, phường, nhóm theo địa bàn huyện cũ để tiện đối chiếu với số liệu các năm trước.

**2. Kết quả thực hiện cơ chế hỗ trợ xi măng**

- Đường giao thông nông thôn: đã làm {{ t.duong_th | number(2) }}/{{ t.duong_kh | number(2) }} km, đạt {{ t.duong_th_pt_kh }}% kế hoạch năm (Biểu 1).
- Rãnh thoát nước: đã làm {{ t.ranh_th | number(2) }}/{{ t.ranh_kh | number(2) }} km, đạt {{ t.ranh_th_pt_kh }}% kế hoạch năm (Biểu 1).

**3. Giải ngân vốn năm {{ ky_bao_cao.nam }}**

Đến hết tháng {{ ky_bao_cao.thang }}, các xã, phường đã giải ngân {{ (t.dtpt_gn + t.sn_gn) | number }}/{{ (t.dtpt_kh + t.sn_kh) | number }} triệu đồng, đạt {{ ratio(t.dtpt_gn + t.sn_gn, t.dtpt_kh + t.sn_kh, 1) }}% kế hoạch; trong đó vốn đầu tư phát triển {{ t.dtpt_gn | number }} triệu đồng ({{ t.dtpt_gn_pt_kh }}%), vốn sự nghiệp {{ t.sn_gn | number }} triệu đồng ({{ t.sn_gn_pt_kh }}%) (Biểu 2).
{% endblock %}
{% block han_che %}
- Một số xã mới sắp xếp chưa ổn định bộ máy theo dõi nông thôn mới, số liệu gửi chậm so với quy định.
- Tiến độ giải ngân vốn sự nghiệp ở một số địa bàn còn thấp, chưa đồng đều giữa các xã.
{% endblock %}
{% block nhiem_vu %}
**1. Các xã, phường:** rà soát khối lượng còn lại, tập trung hoàn thành kế hoạch làm đường giao thông, rãnh thoát nước trước ngày 15/12/{{ ky_bao_cao.nam }}; đẩy nhanh giải ngân vốn, bảo đảm giải ngân hết kế hoạch vốn được giao.

**2. Văn phòng Điều phối nông thôn mới tỉnh:** theo dõi, đôn đốc các xã gửi số liệu đúng hạn; tổng hợp, báo cáo UBND tỉnh hằng tháng.
{% endblock %}
{% block to_chuc_thuc_hien %}
**1. Các sở, ngành:** theo chức năng, nhiệm vụ, hướng dẫn, hỗ trợ các xã tháo gỡ vướng mắc trong quá trình thực hiện.

**2. UBND các xã, phường:** thực hiện nghiêm chế độ báo cáo; chịu trách nhiệm về số liệu báo cáo của địa phương.

{% endblock %}
