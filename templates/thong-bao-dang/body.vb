{#- Thông báo kết luận của cơ quan đảng (HD 36): mở đầu, kết quả, hạn chế, định hướng, nhiệm vụ theo mục và cơ quan.
    Khối `noi_dung` là cả phần nội dung; một văn bản .vb viết lời văn của mình thì thay khối này
    (hoặc chỉ thay `mo_dau`, `ket_luan`, `ket_thuc`). -#}
{% block noi_dung %}
{% block mo_dau %}
Ngày {{ cuoc_hop.ngay | shortdate }}, {{ cuoc_hop.chu_tri }} (sau đây gọi là {{ cuoc_hop.goi_tat }}) đã họp để đánh giá kết quả thực hiện nhiệm vụ tháng {{ cuoc_hop.thang }} năm {{ cuoc_hop.nam }} và bàn việc triển khai nhiệm vụ thời gian tới. Căn cứ các báo cáo và ý kiến thảo luận tại cuộc họp, {{ cuoc_hop.goi_tat }} kết luận như sau:

{% endblock %}
{% block ket_luan %}
Trong tháng {{ cuoc_hop.thang }} năm {{ cuoc_hop.nam }}, {% if ket_qua.boi_canh %}dù {{ ket_qua.boi_canh | enumerate_vi }}, {% endif %}{{ ket_qua.chu_the | enumerate_vi }} vẫn tích cực lãnh đạo, chỉ đạo {{ ket_qua.chuong_trinh }} và đạt được nhiều kết quả; nổi bật là: {% for nb in ket_qua.noi_bat %}{{ nb.noi_dung }}{% for s in nb.so_lieu | default([]) %}{{ " " if loop.first else ", " }}{{ s.hinh_thuc }} cho {{ s.so_luong | number }} {{ s.don_vi }} (kinh phí gần {{ s.kinh_phi | number }} tỷ đồng) {{ s.can_cu }}{% endfor %}{{ "; " if not loop.last else "" }}{% endfor %}.

{% if han_che %}
Tuy vậy, vẫn còn một số tồn tại, hạn chế: {{ han_che | join("; ") }}.

{% endif %}
Để hoàn thành các mục tiêu, chỉ tiêu đề ra cho năm {{ dinh_huong.nam }}, từ nay đến cuối năm các cấp, các ngành và địa phương cần tiếp tục lãnh đạo, chỉ đạo sát sao, triển khai quyết liệt và hiệu quả {{ dinh_huong.chuong_trinh }}, tập trung vào những việc trọng tâm sau: {{ dinh_huong.trong_tam | join("; ") }}.

{% for muc in nhiem_vu %}
{% set so = loop.index | roman %}
{% include "muc.vb" %}
{% if muc.co_quan %}
{% for dv in muc.co_quan %}
{% set so = loop.index %}
{% set muc = dv %}
{% include "muc.vb" %}
{% endfor %}
{% endif %}
{% endfor %}
{% endblock %}
{% block ket_thuc %}
{% if theo_doi %}
{{ theo_doi.co_quan | enumerate_vi }}{% if theo_doi.phoi_hop %}, cùng {{ theo_doi.phoi_hop | join(", ") }},{% endif %} có trách nhiệm theo dõi, đôn đốc việc thực hiện Thông báo này, tổng hợp kết quả và báo cáo {{ theo_doi.bao_cao }}./.
{% else %}
{{ cuoc_hop.goi_tat }} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.
{% endif %}
{% endblock %}
{% endblock %}
