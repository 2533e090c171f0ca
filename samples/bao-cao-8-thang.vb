{#- Báo cáo 8 tháng đầu năm 2023 — lời văn của kỳ này; mọi con số là biểu thức trên dữ liệu
    (samples/bao-cao-8-thang.yaml). Tháng sau: sửa lời văn, số liệu tự theo dữ liệu mới. -#}
{% extends "bao-cao-dinh-ky" %}
{% block ket_qua %}
{% set ky = ky_bao_cao.thang | period(ky_bao_cao.nam) %}
{% set nam = ky_bao_cao.nam %}
{% set nam_truoc = ((nam | int) - 1) | plain %}
{% set nam_sau = ((nam | int) + 1) | plain %}
{% set nam_sau_nua = ((nam | int) + 2) | plain %}
**1. Công tác lãnh đạo, chỉ đạo**

**1.1. Cấp tỉnh**

- Về cơ chế, chính sách và văn bản hướng dẫn: trên cơ sở quy định của Trung ương và thực tiễn của tỉnh, trong {{ ky }} tỉnh đã ban hành tương đối đầy đủ các văn bản chỉ đạo, quản lý và tổ chức thực hiện Chương trình, gồm: {{ van_ban_chi_dao | join("; ") }}; cùng các kế hoạch thực hiện {{ ke_hoach_chuyen_de | length | pad }} chương trình chuyên đề trong xây dựng nông thôn mới^[Các Kế hoạch {{ ke_hoach_chuyen_de | join("; ") }}.]. Các sở, ngành phụ trách tiêu chí đều đã có văn bản hướng dẫn theo chỉ tiêu, tiêu chí của ngành mình.
- UBND tỉnh đã tổ chức Hội nghị đánh giá giữa kỳ việc thực hiện Đề án tỉnh đạt chuẩn nông thôn mới và ban hành thông báo kết luận; phân bổ vốn đầu tư phát triển, vốn sự nghiệp của Chương trình năm {{ nam }}; chỉ đạo thẩm định, xét công nhận các xã đạt chuẩn nông thôn mới, nâng cao, kiểu mẫu và thẩm tra huyện Lộc Hà; các xã, huyện rà soát, cập nhật nội dung, tiêu chí theo Bộ tiêu chí giai đoạn 2022 - 2025.
- Về kiểm tra, giám sát: UBND tỉnh, Ban Chỉ đạo tỉnh đã làm việc với Văn phòng Điều phối nông thôn mới tỉnh và các sở, ngành về tình hình thực hiện Chương trình; lãnh đạo UBND tỉnh trực tiếp kiểm tra tiến độ xây dựng nông thôn mới tại {{ kiem_tra.lanh_dao | length }} lượt địa phương^[{% for l in kiem_tra.lanh_dao %}Đồng chí {{ l.ho_ten }}, {{ l.chuc_vu }}: {{ l.noi_dung }}{% if not loop.last %}; {% endif %}{% endfor %}.]. Văn phòng Điều phối nông thôn mới tỉnh kiểm tra, làm việc về nông thôn mới và OCOP tại các huyện {{ kiem_tra.van_phong_dieu_phoi | enumerate_vi }}; cùng các sở liên quan làm việc với huyện Nghi Xuân để tháo gỡ vướng mắc, hướng tới đạt chuẩn huyện nông thôn mới nâng cao trong năm {{ nam }}.

**1.2. Cấp huyện:** Các huyện đã tổng kết Chương trình năm {{ nam_truoc }}, triển khai nhiệm vụ năm {{ nam }}; rà soát mức độ đạt chuẩn của từng xã và lập kế hoạch củng cố, nâng cấp theo Bộ tiêu chí giai đoạn 2022 - 2025; các xã phấn đấu đạt chuẩn nâng cao, kiểu mẫu trong năm đã đẩy nhanh tiến độ với kết quả khá tích cực. Huyện Lộc Hà đã đề nghị tỉnh thẩm tra, xét công nhận đạt chuẩn nông thôn mới; các huyện {{ de_xuat_huyen.huyen | enumerate_vi }} đã đề nghị tỉnh thẩm định, xét công nhận {{ de_xuat_huyen.xa_dat_chuan | pad }} xã đạt chuẩn, {{ de_xuat_huyen.xa_nang_cao }} xã đạt chuẩn nâng cao và {{ de_xuat_huyen.xa_kieu_mau | pad }} xã đạt chuẩn kiểu mẫu.

**2. Kết quả thực hiện các chỉ tiêu kế hoạch năm {{ nam }}**

{% set dc = chi_tieu_xa.dat_chuan %}
{% set dat_chuan_du_kien = xa.dat_chuan + dc.ke_hoach %}
**2.1. Chỉ tiêu {{ dc.ke_hoach }} xã đạt chuẩn nông thôn mới:** {{ dc.da_tham_dinh | length | pad }} xã {{ dc.da_tham_dinh | enumerate_vi }} đã trình thẩm định, xét công nhận; các sở, ngành đã thẩm định và cả {{ dc.da_tham_dinh | length | pad }} xã đều đủ điều kiện trình Hội đồng bỏ phiếu. Dự kiến đến cuối năm, {{ dc.con_lai | length }} xã còn lại ({{ dc.con_lai | enumerate_vi }}) đạt chuẩn, nâng số xã đạt chuẩn toàn tỉnh lên {{ dat_chuan_du_kien }}/{{ xa.tong }} xã ({{ ratio(dat_chuan_du_kien, xa.tong, 1) }}%), đạt {{ ratio(dc.da_tham_dinh | length + dc.con_lai | length, dc.ke_hoach, 0) }}% kế hoạch.

{% set nc = chi_tieu_xa.nang_cao %}
{% set nc_de_nghi = nc.du_dieu_kien | length + nc.chua_dat | length %}
**2.2. Chỉ tiêu {{ nc.ke_hoach }} xã đạt chuẩn nông thôn mới nâng cao:** có {{ nc_de_nghi }} xã đề nghị công nhận; các sở, ngành đã thẩm định, kết quả:

- {{ nc.du_dieu_kien | length | pad }}/{{ nc_de_nghi }} xã đủ điều kiện trình Hội đồng bỏ phiếu, xét công nhận đạt chuẩn nâng cao ({% for g in nc.du_dieu_kien | groupby("huyen") %}{{ g.list | map(attribute="xa") | join(", ") }} - {{ g.grouper }}{% if not loop.last %}; {% endif %}{% endfor %});
- {{ nc.chua_dat | length }} xã còn lại chưa đạt đủ 20/20 tiêu chí:
{% for g in nc.chua_dat | groupby("nhom") %}
{% set nhom = nc.nhom_chua_dat[g.grouper] %}
+ {{ g.list | length | pad }} xã ({% for h in g.list | groupby("huyen") %}{{ h.list | map(attribute="xa") | join(", ") }} - {{ h.grouper }}{% if not loop.last %}; {% endif %}{% endfor %}) {{ nhom.tinh_trang }}{% if nhom.ghi_chu %}: {{ nhom.ghi_chu }}{% endif %}{% if loop.last %}.{% else %};{% endif %}

{% endfor %}

Dự kiến đến cuối năm {{ nam }} khó đạt chỉ tiêu {{ nc.ke_hoach }} xã nâng cao, vì nhiều địa phương gặp khó ở chỉ tiêu tỷ lệ hộ dùng nước sạch từ công trình tập trung (Trung ương yêu cầu tối thiểu 55%).

{% set km = chi_tieu_xa.kieu_mau %}
{% set km_de_nghi = km.du_dieu_kien | length + km.chua_dat | length %}
**2.3. Chỉ tiêu {{ km.ke_hoach }} xã đạt chuẩn nông thôn mới kiểu mẫu:** có {{ km_de_nghi }} xã đề nghị công nhận; kết quả thẩm định:

- {{ km.du_dieu_kien | length | pad }}/{{ km_de_nghi | pad }} xã đủ điều kiện trình Hội đồng bỏ phiếu: {{ km.du_dieu_kien | map(attribute="xa") | join(", ") }};
{% for x in km.chua_dat %}
- {{ km.chua_dat | length | pad }}/{{ km_de_nghi | pad }} xã chưa đạt: {{ x.xa }} - {{ x.huyen }}, do {{ x.ly_do }}.
{% endfor %}

Dự kiến năm {{ nam }} có ít nhất {{ km.ke_hoach }} xã đạt chuẩn kiểu mẫu (đạt {{ ratio(km.ke_hoach, km.ke_hoach, 0) }}% kế hoạch).

{% set da_gui = tham_tra_loc_ha | selectattr("da_bao_cao") %}
{% set chua_gui = tham_tra_loc_ha | rejectattr("da_bao_cao") %}
{% set ka = ky_anh_tieu_chi %}
{% set ka_tong = ka.dat | length + ka.chua_dat | length %}
**2.4. Chỉ tiêu huyện Kỳ Anh, Lộc Hà đạt chuẩn nông thôn mới, thị xã Kỳ Anh hoàn thành nhiệm vụ xây dựng nông thôn mới**

- Huyện Lộc Hà đã trình UBND tỉnh thẩm tra, xét công nhận. {{ tham_tra_loc_ha | length }} sở, ngành, đơn vị đã tổ chức thẩm tra; {{ da_gui | length }} đơn vị đã gửi báo cáo đánh giá đạt, {{ chua_gui | length | pad }} đơn vị còn lại^[Đã gửi báo cáo đạt: {{ da_gui | map(attribute="don_vi") | join(", ") }}; còn lại: {{ chua_gui | map(attribute="don_vi") | enumerate_vi }}.] đang hướng dẫn huyện hoàn thiện hồ sơ, nội dung. Huyện có thể đạt chuẩn trong năm {{ nam }} nếu hoàn thành các chỉ tiêu, tiêu chí do Sở Nội vụ và Sở Tư pháp phụ trách.
- Huyện Kỳ Anh: theo báo cáo của huyện, mới đạt {{ ka.dat | length }}/{{ ka_tong }} tiêu chí ({{ ka.dat | join("; ") }}); {{ ka.chua_dat | length }}/{{ ka_tong }} tiêu chí chưa đạt ({{ ka.chua_dat | join("; ") }}). Khó đạt chuẩn trong năm {{ nam }} nếu không có giải pháp khả thi về nguồn vốn và không tập trung cao cho các tiêu chí còn thiếu.
- Thị xã Kỳ Anh: {{ tx_ky_anh.xa_dat_chuan }}/{{ tx_ky_anh.xa }} xã đạt chuẩn (xã Kỳ Lợi thuộc vùng quy hoạch Khu kinh tế Vũng Áng nên không xây dựng nông thôn mới); về đô thị văn minh, {% for g in tx_ky_anh.phuong | groupby("tieu_chi_dat") %}{{ g.list | length | pad }}/{{ tx_ky_anh.phuong | length }} phường ({{ g.list | map(attribute="ten") | join(", ") }}) đạt {{ g.grouper }}/9 tiêu chí{% if not loop.last %}, {% endif %}{% endfor %}, chưa phường nào đạt chuẩn theo Quyết định số 04/2022/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ; khó hoàn thành nhiệm vụ trong năm {{ nam }}.

{% set dtvm = do_thi_van_minh %}
{% set dtvm_don_vi = dtvm.phuong + dtvm.thi_tran %}
{% set dtvm_dat = dtvm.tieu_chi | sum(attribute="dat") %}
{% set dtvm_so_tc = dtvm.tieu_chi | length %}
**2.5. Xây dựng đô thị văn minh:** nhiều địa phương đã ban hành nghị quyết, kế hoạch và giải pháp huy động nguồn lực, điển hình là thị xã Hồng Lĩnh, các huyện Nghi Xuân, Đức Thọ và thành phố Hà Tĩnh; 100% phường, thị trấn đã có kế hoạch thực hiện. Toàn tỉnh có {{ dtvm_don_vi }} đơn vị hành chính cấp xã thuộc đô thị ({{ dtvm.phuong }} phường, {{ dtvm.thi_tran }} thị trấn); bình quân mỗi đơn vị đạt {{ (dtvm_dat / dtvm_don_vi) | number(1) }}/{{ dtvm_so_tc }} tiêu chí ({{ ratio(dtvm_dat, dtvm_don_vi * dtvm_so_tc, 1) }}%). Các tiêu chí đạt nhiều nhất: {% for t in dtvm.tieu_chi | sort(attribute="dat", reverse=true) %}{% if loop.index <= 3 %}{{ t.ten }} ({{ t.dat }}/{{ dtvm_don_vi }} đơn vị){% if loop.index < 3 %}, {% endif %}{% endif %}{% endfor %}; đạt ít nhất: {% for t in dtvm.tieu_chi | sort(attribute="dat") %}{% if loop.index <= 3 %}{{ t.ten }} ({{ t.dat }}/{{ dtvm_don_vi }} đơn vị){% if loop.index < 3 %}, {% endif %}{% endif %}{% endfor %}. Đến nay Sở Văn hóa, Thể thao và Du lịch chưa nhận được đăng ký xây dựng thị xã, thành phố đạt chuẩn đô thị văn minh của địa phương nào.

**3. Tiến độ thực hiện Đề án tỉnh đạt chuẩn nông thôn mới**

{% set nc_du_kien = xa.nang_cao + nc.ke_hoach %}
{% set km_du_kien = xa.kieu_mau + km.ke_hoach %}
**3.1. Chỉ tiêu 100% số xã đạt chuẩn, ít nhất {{ xa.yeu_cau_nang_cao }}% đạt chuẩn nâng cao, ít nhất {{ xa.yeu_cau_kieu_mau }}% đạt chuẩn kiểu mẫu**

- Xã đạt chuẩn nông thôn mới: {{ xa.dat_chuan }}/{{ xa.tong }} xã (chiếm {{ ratio(xa.dat_chuan, xa.tong, 1) }}%); dự kiến cuối năm {{ nam }} đạt 100%.
- Xã đạt chuẩn nâng cao: {{ xa.nang_cao }}/{{ xa.tong }} xã (chiếm {{ ratio(xa.nang_cao, xa.tong, 1) }}%); đợt 1/{{ nam }} đã thẩm định {{ nc_de_nghi }} xã. Nếu đạt chỉ tiêu {{ nc.ke_hoach }} xã trong năm, toàn tỉnh sẽ có {{ nc_du_kien }} xã nâng cao, chiếm {{ ratio(nc_du_kien, xa.tong, 1) }}% (Đề án yêu cầu ít nhất {{ xa.yeu_cau_nang_cao }}%).
- Xã đạt chuẩn kiểu mẫu: {{ xa.kieu_mau }}/{{ xa.tong }} xã (chiếm {{ ratio(xa.kieu_mau, xa.tong, 2) }}%); đợt 1/{{ nam }} đã thẩm định {{ km_de_nghi }} xã, {{ km.du_dieu_kien | length }} xã đủ điều kiện; dự kiến năm {{ nam }} nâng tổng số lên {{ km_du_kien }} xã, chiếm {{ ratio(km_du_kien, xa.tong, 1) }}% (yêu cầu ít nhất {{ xa.yeu_cau_kieu_mau }}%).

**3.2. Chỉ tiêu {{ cap_huyen.tong }}/{{ cap_huyen.tong }} đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới, trong đó ít nhất 03 huyện đạt chuẩn nâng cao và huyện Nghi Xuân đạt chuẩn kiểu mẫu**

a) Huyện đạt chuẩn: {{ cap_huyen.dat_chuan }}/{{ cap_huyen.tong }} huyện, thành phố, thị xã đã đạt chuẩn hoặc hoàn thành nhiệm vụ; {{ cap_huyen.xa_dat_100 | length | pad }} đơn vị có 100% số xã đạt chuẩn^[{{ cap_huyen.xa_dat_100 | enumerate_vi }}.]. Phấn đấu cuối năm {{ nam }} hai huyện Lộc Hà, Kỳ Anh hoàn thiện hồ sơ trình thẩm định; thị xã Hồng Lĩnh và thị xã Kỳ Anh hoàn thành nhiệm vụ trong 6 tháng đầu năm {{ nam_sau }}; huyện Hương Khê đạt chuẩn cuối năm {{ nam_sau }}.

b) Huyện đạt chuẩn nâng cao:

{% for h in huyen_nang_cao %}
{% set tc_tong = h.tieu_chi_dat | length + h.tieu_chi_chua_dat | length %}
- Huyện {{ h.ten }}: {{ h.xa_dat_chuan }}/{{ h.xa }} xã đạt chuẩn, {{ h.xa_nang_cao }}/{{ h.xa }} xã đạt chuẩn nâng cao ({{ ratio(h.xa_nang_cao, h.xa, 1) }}%, chưa đạt yêu cầu 50%), {{ h.xa_kieu_mau }}/{{ h.xa }} xã đạt chuẩn kiểu mẫu{% if h.thi_tran_chua_dat %}; thị trấn {{ h.thi_tran_chua_dat | enumerate_vi }} chưa đạt chuẩn đô thị văn minh{% endif %}; tiêu chí cấp huyện đạt {{ h.tieu_chi_dat | length }}/{{ tc_tong }} ({{ h.tieu_chi_dat | join("; ") }}), chưa đạt {{ h.tieu_chi_chua_dat | length }}/{{ tc_tong }} ({{ h.tieu_chi_chua_dat | join("; ") }}).
{% endfor %}

Dự kiến năm {{ nam_sau }}, {{ huyen_nang_cao | length }} huyện {{ huyen_nang_cao | map(attribute="ten") | enumerate_vi }} đạt chuẩn huyện nông thôn mới nâng cao.

{% set nx = nghi_xuan %}
{% set nx_tong = nx.tieu_chi_dat | length + nx.tieu_chi_chua_dat | length %}
c) Huyện Nghi Xuân đạt chuẩn kiểu mẫu, điển hình về văn hóa gắn với phát triển du lịch: huyện đang tập trung đạt chuẩn nâng cao vào cuối năm {{ nam }}; hiện {{ nx.thi_tran_chua_dat | length | pad }} thị trấn ({{ nx.thi_tran_chua_dat | enumerate_vi }}) chưa đạt chuẩn đô thị văn minh, tỷ lệ xã đạt chuẩn nâng cao chưa đủ 50%; tiêu chí cấp huyện đạt {{ nx.tieu_chi_dat | length }}/{{ nx_tong }} ({{ nx.tieu_chi_dat | join("; ") }}), chưa đạt {{ nx.tieu_chi_chua_dat | length }}/{{ nx_tong }} ({{ nx.tieu_chi_chua_dat | join("; ") }}). Dự kiến đầu năm {{ nam_sau }} đạt chuẩn nâng cao và năm {{ nam_sau_nua }} đạt chuẩn kiểu mẫu.

{% set tt = tieu_chi_tinh %}
**3.3. Tiêu chí cấp tỉnh:** UBND tỉnh đã công bố Quy hoạch tỉnh và tổ chức xúc tiến đầu tư; đẩy nhanh các dự án giao thông, dự án kênh cầu động Hương Sơn, hệ thống quan trắc, dự báo lũ cho cụm hồ Kẻ Gỗ và Bộc Nguyên; hoàn thiện Đề án thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt; {{ tt.vung_trong }} vùng trồng đã được cấp mã số. Theo đánh giá của các sở, ngành trên {{ tt.tong_tieu_chi }} tiêu chí, {{ tt.tong_chi_tieu }} chỉ tiêu tỉnh nông thôn mới: {{ tt.co_ban_dat | length | pad }} tiêu chí cơ bản đạt ({{ tt.co_ban_dat | join("; ") }}), {{ tt.co_kha_nang | length | pad }} tiêu chí có khả năng hoàn thành ({{ tt.co_kha_nang | join("; ") }}), {{ tt.kho_hoan_thanh | length | pad }} tiêu chí khó hoàn thành ({{ tt.kho_hoan_thanh | join("; ") }}).

**4. Thực hiện các văn bản chỉ đạo của Ban Chỉ đạo tỉnh, UBND tỉnh**

**4.1. Thông báo số 82/TB-UBND ngày 23/3/2023** (kết luận của Phó Chủ tịch Thường trực UBND tỉnh tại buổi làm việc với Sở Nông nghiệp và Phát triển nông thôn): Sở Nông nghiệp và Phát triển nông thôn đã chủ trì thẩm định kết quả nghiệm thu chính sách OCOP theo Nghị quyết số 123/2018/NQ-HĐND; trên đề nghị của các huyện và tham mưu của Sở Tài chính, UBND tỉnh đã cấp {{ ocop_ho_tro | number }} triệu đồng (Quyết định số 1368/QĐ-UBND ngày 14/6/2023 và số 1534/QĐ-UBND ngày 30/6/2023). Nội dung hỗ trợ nhà xưởng, máy móc thiết bị đã được UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn cùng Sở Tài chính, Sở Tư pháp soát xét, tham mưu (Văn bản số 4355/UBND-NL5 ngày 16/8/2023).

**4.2. Văn bản số 1273/UBND-NL5 ngày 23/3/2023** về rà soát mức độ đạt chuẩn theo Bộ tiêu chí giai đoạn 2022 - 2025: {{ cap_huyen.tong }}/{{ cap_huyen.tong }} huyện, thành phố, thị xã đã rà soát. Những nội dung khó nhất là giao thông (nâng cấp mặt đường), nghèo đa chiều, thu nhập, tổ chức sản xuất (truy xuất nguồn gốc sản phẩm chủ lực gắn với vùng nguyên liệu đạt VietGAP), môi trường (nước sạch tập trung tối thiểu 20%) và y tế (sổ khám chữa bệnh điện tử tối thiểu 50%, chưa có hướng dẫn của Bộ Y tế); với xã nâng cao còn thêm nước sạch tập trung tối thiểu 55%, khám chữa bệnh từ xa tối thiểu 40%, sản phẩm OCOP từ 3 sao và tỷ lệ hỏa táng tối thiểu 5%.

**4.3. Thông báo số 90/TB-UBND ngày 28/3/2023** (kết luận tại cuộc làm việc với Văn phòng Điều phối nông thôn mới tỉnh): Hội nghị tổng kết năm {{ nam_truoc }} và đánh giá giữa kỳ Đề án đã được tổ chức; các sở, ngành đều đã ban hành kế hoạch thực hiện Đề án tỉnh đạt chuẩn nông thôn mới, trong đó {{ so_nganh_ban_hanh_ke_hoach | length | pad }} sở ban hành theo yêu cầu của Thông báo^[Các sở: {{ so_nganh_ban_hanh_ke_hoach | join(", ") }}.]; UBND tỉnh đã ban hành kế hoạch của {{ chuyen_de_da_ban_hanh }}/{{ chuyen_de_tong }} chương trình chuyên đề.

**4.4. Thông báo số 142/TB-UBND ngày 21/4/2023** (kết luận tại Hội nghị đánh giá giữa kỳ Đề án): Văn phòng Điều phối đã hướng dẫn các sở, ngành, địa phương triển khai (Văn bản số 144/VPĐP-KHNVGS ngày 25/4/2023); UBND tỉnh đã phân bổ vốn sự nghiệp, vốn đầu tư các Chương trình MTQG năm {{ nam }} (Quyết định số 707/QĐ-UBND ngày 29/3/2023 và số 1428/QĐ-UBND ngày 20/6/2023); Sở Văn hóa, Thể thao và Du lịch đã trình dự thảo kế hoạch xây dựng đô thị văn minh.

**4.5. Thông báo số 238/TB-UBND ngày 28/6/2023** (kết luận tại cuộc kiểm tra huyện Lộc Hà): ngày 25/7/2023 UBND huyện Lộc Hà đã hoàn thiện báo cáo đề nghị thẩm tra (Công văn số 1408/UBND-NTM); {{ da_gui | length }} đơn vị cấp tỉnh đã gửi báo cáo thẩm tra đạt^[Các đơn vị đã gửi báo cáo như tại mục 2.4: {{ da_gui | length }}/{{ tham_tra_loc_ha | length }} đơn vị.], còn {{ chua_gui | length }} sở đang hướng dẫn huyện khắc phục:

+ Sở Nội vụ đề nghị huyện bổ sung hồ sơ chỉ tiêu hệ thống chính trị cấp xã, cấp huyện (Văn bản số 1379/SNV-XDCQ-TCBC ngày 28/7/2023);
+ Sở Tư pháp hướng dẫn hoàn thiện tiêu chí Tiếp cận pháp luật cấp xã và chỉ tiêu 9.6 của huyện;
+ Sở Nông nghiệp và Phát triển nông thôn hướng dẫn hoàn thiện các chỉ tiêu cấp xã về tổ chức sản xuất, chất lượng môi trường sống và chỉ tiêu 6.3 của huyện (vùng nguyên liệu tập trung hoặc chuỗi giá trị an toàn cho sản phẩm chủ lực); do hồ sơ thẩm tra chưa đủ, Sở đã báo cáo UBND tỉnh (Văn bản số 2177/SNN-PTNT1 ngày 5/8/2023) và sẽ tổng hợp ngay khi nhận đủ.

**5. Kết quả theo các nhóm tiêu chí**

{% set d_kh = huyen | sum(attribute="duong_kh") %}
{% set d_th = huyen | sum(attribute="duong_th") %}
{% set r_kh = huyen | sum(attribute="ranh_kh") %}
{% set r_th = huyen | sum(attribute="ranh_th") %}
{% set b_kh = huyen | sum(attribute="btxm_kh") %}
{% set b_th = huyen | sum(attribute="btxm_th") %}
{% set k_kh = huyen | sum(attribute="kenh_kh") %}
{% set k_th = huyen | sum(attribute="kenh_th") %}
{% set tb = truong_hoc_tram_y_te %}
**5.1. Hạ tầng kinh tế - xã hội:** theo cơ chế hỗ trợ xi măng, trong {{ ky }} toàn tỉnh làm được {{ d_th | number(2) }}/{{ d_kh | number(2) }} km đường giao thông (đạt {{ ratio(d_th, d_kh, 1) }}% kế hoạch)^[Tỷ lệ so với kế hoạch theo địa bàn: {% for h in huyen %}{{ h.ten_ngan }} {{ ratio(h.duong_th, h.duong_kh, 1) }}%{% if not loop.last %}; {% endif %}{% endfor %}.], {{ r_th | number(2) }}/{{ r_kh | number(2) }} km rãnh thoát nước (đạt {{ ratio(r_th, r_kh, 1) }}%), phục hồi, nâng cấp {{ b_th | number(2) }}/{{ b_kh | number(2) }} km mặt đường bê tông xi măng (đạt {{ ratio(b_th, b_kh, 1) }}%) và {{ k_th | number(2) }}/{{ k_kh | number(2) }} km kênh mương nội đồng (đạt {{ ratio(k_th, k_kh, 1) }}%), chi tiết tại Biểu 1 và Biểu 2; nâng cấp {{ huyen | sum(attribute="nha_van_hoa_xa") }} nhà văn hóa xã^[{% for h in huyen %}{{ h.ten_ngan }}: {{ h.nha_van_hoa_xa }}{% if not loop.last %}; {% endif %}{% endfor %}.] và {{ huyen | sum(attribute="nha_van_hoa_thon") }} nhà văn hóa thôn^[{% for h in huyen %}{{ h.ten_ngan }}: {{ h.nha_van_hoa_thon }}{% if not loop.last %}; {% endif %}{% endfor %}.]; ra mắt {{ tb.nha_tri_tue_ra_mat }} mô hình “Nhà văn hóa cộng đồng - Ngôi nhà Trí tuệ”, thu hút đông đảo người dân; nâng cấp, xây mới {{ huyen | sum(attribute="truong_hoc") }} trường học^[{% for h in huyen %}{{ h.ten_ngan }}: {{ h.truong_hoc }}{% if not loop.last %}; {% endif %}{% endfor %}.]; đang chuẩn bị đầu tư {{ tb.phuc_hoi + tb.adb }} trạm y tế ({{ tb.phuc_hoi }} trạm thuộc Chương trình phục hồi và phát triển kinh tế - xã hội, {{ tb.adb }} trạm dùng vốn vay ADB).

{% set nn = nong_nghiep %}
{% set huu_co = nn.huu_co | sum(attribute="dien_tich") %}
**5.2. Kinh tế và tổ chức sản xuất**

- Nông nghiệp: diện tích tập trung ruộng đất đạt {{ huyen | sum(attribute="tich_tu_ruong_dat") | number }} ha, tăng {{ nn.tich_tu_tang_cung_ky | number }} ha so với cùng kỳ^[Theo địa bàn, từ lớn đến nhỏ: {% for h in huyen | sort(attribute="tich_tu_ruong_dat", reverse=true) %}{{ h.ten_ngan }} {{ h.tich_tu_ruong_dat | number }} ha{% if not loop.last %}; {% endif %}{% endfor %}.], trong đó tích tụ {{ nn.tich_tu_ruong_dat | number }} ha. Trên {{ nn.vietgap_ha | number }} ha cây trồng của {{ nn.vietgap_co_so }} cơ sở có chứng nhận VietGAP, GlobalGAP còn hiệu lực; {{ huu_co | number }} ha cây ăn quả, rau được chứng nhận hữu cơ^[{% for h in nn.huu_co %}{{ h.don_vi }}: {{ h.dien_tich | number }} ha{% if not loop.last %}; {% endif %}{% endfor %}.]; {{ nn.chuyen_doi_cam | number }} ha cam và {{ nn.chuyen_doi_hong | number }} ha hồng được chứng nhận chuyển đổi; vụ Hè Thu có {{ nn.lua_que_lam | number }} ha lúa liên kết sản xuất hữu cơ với Tập đoàn Quế Lâm; huyện Đức Thọ có {{ nn.lua_ruoi_duc_tho | sum(attribute="dien_tich") | number }} ha lúa rươi ({% for x in nn.lua_ruoi_duc_tho %}{{ x.xa }} {{ x.dien_tich | number }} ha{% if not loop.last %}, {% endif %}{% endfor %}). Toàn tỉnh có {{ nn.vietgahp | pad }} trang trại, hộ chăn nuôi đạt VietGAHP; {{ nn.haccp }} cơ sở chế biến có chứng nhận HACCP, {{ nn.gmp_iso }} cơ sở có GMP, ISO; {{ nn.attp_giay }} giấy chứng nhận an toàn thực phẩm còn hiệu lực; {{ nn.cam_ket_attp | number }} cơ sở ký cam kết bảo đảm an toàn thực phẩm; {{ nn.chuoi_an_toan }} chuỗi cung ứng sản phẩm an toàn được xác nhận; cấp {{ nn.ma_vung_trong }} mã số vùng trồng cho {{ nn.ma_vung_trong_ha | number }} ha.
- Công nghiệp, thương mại, dịch vụ nông thôn: nhiều nhà đầu tư được chấp thuận chủ trương đầu tư vào các cụm công nghiệp Gia Phố, Phù Việt, Nam Hồng, Bắc Cẩm Xuyên; tỷ lệ lấp đầy các cụm công nghiệp có dự án thứ cấp ước đạt {{ cong_nghiep.lap_day | percent(2) }}. Tỉnh đã tổ chức Lễ hội cam và các sản phẩm nông nghiệp lần thứ 5, {{ cong_nghiep.gian_hang }} gian hàng sản phẩm chủ lực tại Hội nghị công bố Quy hoạch tỉnh và tham gia gian hàng tại {{ cong_nghiep.hoi_nghi | length }} hội nghị, hội chợ ngoài tỉnh^[{{ cong_nghiep.hoi_nghi | join("; ") }}.].
{% set oc = ocop %}
{% set danh_gia_lai = oc.danh_gia_lai_dat + oc.danh_gia_lai_khong_de_nghi + oc.danh_gia_lai_chua %}
- Chương trình OCOP: {{ oc.dia_phuong_danh_gia | length }} địa phương^[Theo thứ tự chữ cái: {{ oc.dia_phuong_danh_gia | sort | join(", ") }}.] đã đánh giá, phân hạng đợt 1 với {{ oc.san_pham_danh_gia }} sản phẩm, {{ oc.san_pham_dat }} sản phẩm đủ điều kiện công nhận 3 sao; {{ oc.dia_phuong_danh_gia_lai | length }} địa phương^[{{ oc.dia_phuong_danh_gia_lai | join(", ") }}.] đánh giá lại {{ danh_gia_lai }} sản phẩm hết hạn chứng nhận: {{ oc.danh_gia_lai_dat }} sản phẩm tiếp tục đạt 3 sao, {{ oc.danh_gia_lai_khong_de_nghi }} sản phẩm xin không tham gia tiếp, {{ oc.danh_gia_lai_chua }} sản phẩm chưa đủ điều kiện hoặc chưa đến thời vụ. Lũy kế có {{ oc.da_cong_nhan - oc.het_han_chua_danh_gia - oc.khong_de_xuat_lai }} sản phẩm OCOP từ 3 sao còn hiệu lực (đã công nhận {{ oc.da_cong_nhan }}, trong đó {{ oc.het_han_chua_danh_gia }} hết hạn chưa được đánh giá lại và {{ oc.khong_de_xuat_lai }} không đề nghị đánh giá lại). Sau khi tham gia Chương trình, doanh số bình quân tăng {{ oc.tang_doanh_so }}%; các cơ sở OCOP tạo việc làm trực tiếp cho hơn {{ oc.lao_dong | number }} lao động; đã có {{ oc.xuat_khau | length | pad }} sản phẩm xuất khẩu: {% for s in oc.xuat_khau %}{{ s.ten }} ({{ s.thi_truong }}){% if not loop.last %}, {% endif %}{% endfor %}.

{% set vh = van_hoa %}
**5.3. Văn hóa, xã hội, môi trường**

- Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với Cuộc vận động xây dựng nông thôn mới, đô thị văn minh tiếp tục phát huy hiệu quả: {{ vh.gia_dinh.dat | number }}/{{ vh.gia_dinh.tong | number }} gia đình văn hóa ({{ ratio(vh.gia_dinh.dat, vh.gia_dinh.tong, 1) }}%), {{ vh.thon.dat | number }}/{{ vh.thon.tong | number }} thôn, tổ dân phố văn hóa ({{ ratio(vh.thon.dat, vh.thon.tong, 1) }}%), {{ vh.co_quan.dat }}/{{ vh.co_quan.tong | number }} cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa ({{ ratio(vh.co_quan.dat, vh.co_quan.tong, 1) }}%).
- Đến cuối tháng 5/{{ nam }}, {{ vh.truong_chuan.dat }}/{{ vh.truong_chuan.tong }} trường công lập đạt chuẩn quốc gia ({{ ratio(vh.truong_chuan.dat, vh.truong_chuan.tong, 2) }}%); phổ cập giáo dục, xóa mù chữ được duy trì vững chắc.
- Y tế: trên {{ vh.attp_kiem_tra }}% cơ sở thực phẩm được kiểm tra chấp hành tốt điều kiện an toàn thực phẩm; các xã phấn đấu đạt chuẩn trong năm đều đạt tiêu chí Y tế.
- Môi trường: lượng rác được xử lý đạt chuẩn là {{ vh.rac.xu_ly | number }}/{{ vh.rac.phat_sinh }} tấn/ngày ({{ ratio(vh.rac.xu_ly, vh.rac.phat_sinh, 0) }}%); xây dựng thêm khoảng {{ vh.mo_hinh_nuoc_thai | number }} mô hình xử lý nước thải sinh hoạt; UBND tỉnh đã duyệt hơn {{ vh.kinh_phi_rac }} tỷ đồng để phân loại, xử lý rác hữu cơ tại nguồn bằng chế phẩm sinh học.

{% set ct = chinh_tri %}
**5.4. Hệ thống chính trị:** tỉnh triển khai sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030 theo Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị; tổ chức kỳ thi tuyển công chức năm {{ nam_truoc }} công khai, đúng quy chế^[Sau vòng 1 có {{ ct.thi_cong_chuc.vong_2 }} thí sinh đủ điều kiện dự vòng 2; {{ ct.thi_cong_chuc.dat }} thí sinh đạt từ 50 điểm trở lên; kết quả đã được công bố trong tháng 6.]; phê duyệt chỉ tiêu tuyển dụng viên chức năm {{ nam }} và viên chức giáo dục năm học {{ nam }} - {{ nam_sau }}^[{{ ct.chi_tieu_vien_chuc }} chỉ tiêu viên chức của các sở, ban, ngành và UBND cấp huyện; {{ ct.chi_tieu_giao_duc }} chỉ tiêu viên chức giáo dục; tổng cộng {{ ct.chi_tieu_vien_chuc + ct.chi_tieu_giao_duc }} chỉ tiêu.]. An ninh chính trị, trật tự an toàn xã hội ổn định; Hà Tĩnh là tỉnh thứ hai cả nước hoàn thành cấp căn cước công dân, kích hoạt gần {{ ct.tai_khoan_dinh_danh | number }} tài khoản định danh điện tử (gần {{ ct.ty_le_dinh_danh }}%).

{% set kdc = kdc_kieu_mau %}
**5.5. Khu dân cư nông thôn mới kiểu mẫu:** các địa phương đã cập nhật nội dung, tiêu chí theo Quyết định số 39/2022/QĐ-UBND ngày 12/12/2022 của UBND tỉnh. Có {{ kdc.dang_ky }} thôn đăng ký xây dựng, {{ kdc.nghiem_thu | sum(attribute="thon") }} thôn đã được cấp huyện nghiệm thu, đánh giá đạt^[{% for x in kdc.nghiem_thu %}{{ x.huyen }}: {{ x.thon }} thôn{% if not loop.last %}; {% endif %}{% endfor %}.]; các thôn đã hoàn thành sơ đồ quy hoạch {{ kdc.quy_hoach }} thôn, chỉnh trang {{ kdc.nha_o | number }} nhà ở, xây {{ kdc.ve_sinh | number }} công trình vệ sinh tự hoại, cải tạo trên {{ kdc.vuon_ho | number }} vườn hộ, di dời, che chắn {{ kdc.chuong_trai | number }} chuồng trại, mở rộng {{ kdc.mo_rong_nen }} km nền đường, làm mới trên {{ kdc.duong_thon }} km đường thôn, ngõ xóm, nâng cấp {{ kdc.nha_van_hoa }} nhà văn hóa, khu thể thao thôn, lắp wifi tại {{ kdc.wifi }} nhà văn hóa, xây {{ kdc.nuoc_thai | number }} công trình xử lý nước thải hộ gia đình, camera an ninh tại {{ kdc.camera }} thôn. Trong {{ ky }} có {{ kdc.dat_chuan_moi | sum(attribute="thon") }} thôn đạt chuẩn ({% for x in kdc.dat_chuan_moi %}{{ x.huyen }}: {{ x.thon }}{% if not loop.last %}; {% endif %}{% endfor %}); lũy kế {{ kdc.luy_ke | number }}/{{ kdc.tong_thon | number }} thôn đạt chuẩn ({{ ratio(kdc.luy_ke, kdc.tong_thon, 2) }}%), trong đó {{ kdc.ho_tro | number }} thôn được hỗ trợ từ chính sách của tỉnh. Dự kiến năm {{ nam }} có {{ kdc.ke_hoach }}/{{ kdc.ke_hoach }} khu dân cư đạt chuẩn theo kế hoạch (đạt {{ ratio(kdc.ke_hoach, kdc.ke_hoach, 0) }}%).

**6. Một số nội dung khác**

{% set dd = do_dau %}
**6.1. Đỡ đầu, tài trợ:** các đơn vị được giao đỡ đầu (Quyết định số 834/QĐ-UBND ngày 22/4/2022 và số 912/QĐ-UBND ngày 19/4/2023 của UBND tỉnh) đã tập huấn, tư vấn cho thôn, xã, hỗ trợ ngày công giải phóng hành lang, làm đường, kênh mương, chỉnh trang vườn hộ, ca máy, vật tư, nhà ở và công trình vệ sinh cho hộ nghèo. Tổng kinh phí huy động trong {{ ky }} là {{ dd.huy_dong | number }} tỷ đồng, trong đó các đơn vị được UBND tỉnh giao, chấp thuận đỡ đầu đóng góp {{ dd.don_vi_giao | number }} tỷ đồng^[Tiêu biểu: {% for x in dd.tieu_bieu %}{{ x.don_vi }} ({{ x.so_tien }} triệu đồng){% if not loop.last %}, {% endif %}{% endfor %}; số liệu đến ngày {{ dd.den_ngay | shortdate }}.].

**6.2. Các Chương trình chuyên đề:** nguồn vốn giao tại Quyết định số 1428/QĐ-UBND ngày 20/6/2023 đã được phân bổ cho Chương trình OCOP (Quyết định số 1872/QĐ-UBND ngày 07/8/2023); các chương trình bảo vệ môi trường, an toàn thực phẩm và nước sạch, chuyển đổi số, an ninh trật tự, du lịch nông thôn đang được các sở chủ trì lấy ý kiến phương án phân bổ. Bộ Nông nghiệp và Phát triển nông thôn đã duyệt ba mô hình điểm tại Hà Tĩnh (chuỗi sản phẩm OCOP từ nhung hươu ở xã Sơn Giang, xã thương mại điện tử Kỳ Phú, du lịch cộng đồng ở thôn Làng Chè, xã Sơn Kim 2); tỉnh đã đề xuất mô hình nước sạch, môi trường tại thôn Minh Hòa, xã Yên Hòa.

{% set dt = doan_the %}
**6.3. Ủy ban MTTQ và các tổ chức chính trị - xã hội:**

- Ủy ban MTTQ tỉnh hướng dẫn lấy ý kiến sự hài lòng của người dân đối với các xã và huyện Lộc Hà đề nghị đạt chuẩn; nhân rộng {{ truong_hoc_tram_y_te.nha_tri_tue_ra_mat }} mô hình “Ngôi nhà Trí tuệ”^[Lũy kế toàn tỉnh đã ra mắt, đưa vào sử dụng {{ truong_hoc_tram_y_te.nha_tri_tue_luy_ke }} mô hình.]; các cấp Mặt trận hỗ trợ xây mới, sửa chữa {{ dt.nha_o_sua.so_nha }} nhà ở trị giá {{ dt.nha_o_sua.tri_gia | number }} tỷ đồng, đang hỗ trợ xây {{ dt.nha_o_cuu_tro.so_nha }} nhà từ nguồn Cứu trợ tỉnh ({{ dt.nha_o_cuu_tro.moi_nha }} triệu đồng mỗi nhà, tổng {{ (dt.nha_o_cuu_tro.so_nha * dt.nha_o_cuu_tro.moi_nha) | number }} triệu đồng) và phối hợp xây {{ dt.nha_o_bo_cong_an | number }} nhà từ nguồn vận động của Bộ Công an.
- Hội Nông dân tỉnh phát động {{ dt.hoi_nong_dan.phat_dong }} cuộc thi đua sản xuất, kinh doanh giỏi với {{ dt.hoi_nong_dan.ho_dang_ky | number }} hộ đăng ký; xây dựng {{ dt.hoi_nong_dan.mo_hinh }} mô hình kinh tế gắn với chuyển đổi số, tham gia {{ dt.hoi_nong_dan.kdc }} khu dân cư kiểu mẫu, chỉnh trang {{ dt.hoi_nong_dan.vuon_ho | number }} vườn hộ, {{ dt.hoi_nong_dan.vuon_mau }} vườn mẫu; vận động {{ dt.hoi_nong_dan.van_dong | number }} tỷ đồng; xây {{ dt.hoi_nong_dan.ho_nuoc_thai | number }} hố xử lý nước thải, {{ dt.hoi_nong_dan.diem_bao_bi }} điểm thu gom bao bì thuốc bảo vệ thực vật, {{ dt.hoi_nong_dan.ho_u_phan }} hố ủ phân vi sinh.
- Hội Liên hiệp Phụ nữ tỉnh tổ chức {{ dt.hoi_phu_nu.tap_huan }} cuộc tập huấn Bộ tiêu chí “Gia đình 5 có - nông thôn mới kiểu mẫu”; cuộc thi phụ nữ khởi nghiệp thu hút {{ dt.hoi_phu_nu.y_tuong }} ý tưởng, {{ dt.hoi_phu_nu.y_tuong_trung_uong | length | pad }} ý tưởng dự thi cấp Trung ương^[Các ý tưởng: {{ dt.hoi_phu_nu.y_tuong_trung_uong | join("; ") }}.]; kết nối tiêu thụ {{ dt.hoi_phu_nu.ket_noi_ocop }} sản phẩm OCOP của {{ dt.hoi_phu_nu.co_so }} cơ sở; ra mắt {{ dt.hoi_phu_nu.mo_hinh_nha_sach }} mô hình “Nhà sạch - vườn đẹp - kinh tế phát triển”; thành lập thêm {{ dt.hoi_phu_nu.clb_moi }} câu lạc bộ, nâng tổng số lên {{ dt.hoi_phu_nu.clb_tong }}; hỗ trợ {{ dt.hoi_phu_nu.ho_chinh_trang | number }} hộ chỉnh trang nhà ở, vườn; {{ dt.hoi_phu_nu.ho_rac | number }} hố rác, hố ủ phân và {{ dt.hoi_phu_nu.ho_nuoc_thai | number }} hố xử lý nước thải.
- Tỉnh đoàn khánh thành {{ dt.tinh_doan.duong_dien }} tuyến “Đường điện thanh niên thắp sáng làng quê” dài gần {{ dt.tinh_doan.chieu_dai }} km, trị giá hơn {{ dt.tinh_doan.tri_gia }} triệu đồng; giúp chỉnh trang {{ dt.tinh_doan.vuon_ho }} vườn hộ, {{ dt.tinh_doan.vuon_mau }} vườn mẫu, {{ dt.tinh_doan.kdc_mau }} khu dân cư mẫu; tu sửa gần {{ dt.tinh_doan.kenh_muong }} km kênh mương, trồng hơn {{ dt.tinh_doan.cay_xanh | number }} cây xanh và sơn vẽ {{ dt.tinh_doan.cot_dien }} “Cột điện nở hoa”.

{% set kh_truoc = huyen | sum(attribute="truoc_dtpt_kh") + huyen | sum(attribute="truoc_sn_kh") %}
{% set gn_truoc = huyen | sum(attribute="truoc_dtpt_gn") + huyen | sum(attribute="truoc_sn_gn") %}
{% set kh_nay = huyen | sum(attribute="nay_dtpt_kh") + huyen | sum(attribute="nay_sn_kh") %}
{% set gn_nay = huyen | sum(attribute="nay_dtpt_gn") + huyen | sum(attribute="nay_sn_gn") %}
**6.4. Giải ngân vốn Chương trình:** theo Sở Tài chính, đến ngày {{ den_ngay_giai_ngan | shortdate }}, vốn năm {{ nam_truoc }} đã giải ngân {{ gn_truoc | number }}/{{ kh_truoc | number }} triệu đồng (đạt {{ ratio(gn_truoc, kh_truoc, 1) }}% kế hoạch), trong đó vốn đầu tư phát triển {{ huyen | sum(attribute="truoc_dtpt_gn") | number }}/{{ huyen | sum(attribute="truoc_dtpt_kh") | number }} triệu đồng ({{ ratio(huyen | sum(attribute="truoc_dtpt_gn"), huyen | sum(attribute="truoc_dtpt_kh"), 1) }}%), vốn sự nghiệp {{ huyen | sum(attribute="truoc_sn_gn") | number }}/{{ huyen | sum(attribute="truoc_sn_kh") | number }} triệu đồng ({{ ratio(huyen | sum(attribute="truoc_sn_gn"), huyen | sum(attribute="truoc_sn_kh"), 1) }}%). Vốn năm {{ nam }} đã giải ngân {{ gn_nay | number }}/{{ kh_nay | number }} triệu đồng (đạt {{ ratio(gn_nay, kh_nay, 2) }}%), trong đó vốn đầu tư phát triển {{ huyen | sum(attribute="nay_dtpt_gn") | number }}/{{ huyen | sum(attribute="nay_dtpt_kh") | number }} triệu đồng ({{ ratio(huyen | sum(attribute="nay_dtpt_gn"), huyen | sum(attribute="nay_dtpt_kh"), 2) }}%), vốn sự nghiệp {{ huyen | sum(attribute="nay_sn_gn") | number }}/{{ huyen | sum(attribute="nay_sn_kh") | number }} triệu đồng ({{ ratio(huyen | sum(attribute="nay_sn_gn"), huyen | sum(attribute="nay_sn_kh"), 2) }}%); chi tiết tại Biểu 3 và Biểu 4.

{% set tr = tuyen_truyen %}
**6.5. Tuyên truyền, đào tạo, tập huấn:** trong {{ ky }}, các cơ quan báo chí đăng tải trên {{ tr.tin_bai }} tin, bài, phóng sự; các huyện, xã tổ chức {{ tr.cuoc_tuyen_truyen | number }} cuộc tuyên truyền chính sách phát triển nông nghiệp, nông thôn, bảo hiểm y tế, chuyển đổi số, phân loại rác. Cấp tỉnh mở {{ tr.dao_tao_nghe.lop | pad }} lớp đào tạo nghề cho {{ tr.dao_tao_nghe.hoc_vien }} học viên và {{ tr.tap_huan_tinh.lop }} lớp tập huấn cho {{ tr.tap_huan_tinh.nguoi | number }} người, trong đó Văn phòng Điều phối nông thôn mới tỉnh phối hợp mở {{ tr.tap_huan_van_phong.lop | pad }} lớp hướng dẫn Bộ tiêu chí giai đoạn 2022 - 2025 cho {{ tr.tap_huan_van_phong.hoc_vien }} học viên; cấp huyện mở {{ tr.tap_huan_huyen.lop }} lớp cho {{ tr.tap_huan_huyen.nguoi | number }} người. Trong {{ ky }} có {{ tr.doan_tham_quan.cap_tinh + tr.doan_tham_quan.cap_huyen }} đoàn của các tỉnh đến học tập kinh nghiệm ({{ tr.doan_tham_quan.cap_tinh }} đoàn cấp tỉnh, {{ tr.doan_tham_quan.cap_huyen }} đoàn cấp huyện).

{% endblock %}
{% block han_che %}
{% set kh_truoc = huyen | sum(attribute="truoc_dtpt_kh") + huyen | sum(attribute="truoc_sn_kh") %}
{% set gn_truoc = huyen | sum(attribute="truoc_dtpt_gn") + huyen | sum(attribute="truoc_sn_gn") %}
{% include "han-che.vb" %}
- Đến ngày {{ den_ngay_giai_ngan | shortdate }}, vốn Chương trình năm {{ ((ky_bao_cao.nam | int) - 1) | plain }} mới giải ngân được {{ ratio(gn_truoc, kh_truoc, 1) }}% kế hoạch; việc thẩm định, phê duyệt, khởi công các công trình cấp nước sạch tập trung đầu tư từ vốn Chương trình giai đoạn 2022 - 2025 còn nhiều vướng mắc.
{% endblock %}
