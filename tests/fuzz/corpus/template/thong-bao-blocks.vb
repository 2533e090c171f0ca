{#- Thông báo kết luận. Khối `noi_dung` là cả phần nội dung: một văn bản .vb viết lời văn của mình
    thì thay cả khối này (hoặc chỉ thay `mo_dau`, `ket_luan`, `ket_thuc`). Không có văn bản, phần
    nội dung dựng từ dữ liệu (thông báo hàng loạt). -#}
{% block noi_dung %}
{% block mo_dau %}
Ngày {{ cuoc_hop.ngay | shortdate }}, đồng chí {{ cuoc_hop.chu_tri.ho_ten }}, {{ cuoc_hop.chu_tri.chuc_vu }} chủ trì làm việc với {{ cuoc_hop.lam_viec_voi }}. Tham dự có: {{ cuoc_hop.thanh_phan | join("; ") }}
{%- if cuoc_hop.dai_dien_so_nganh %}; đại diện lãnh đạo các sở, ngành, đơn vị: {{ cuoc_hop.dai_dien_so_nganh | join(", ") }}{% endif %}.

Sau khi nghe {{ cuoc_hop.lam_viec_voi }} báo cáo {{ cuoc_hop.noi_dung_nghe | join("; ") }} và ý kiến của các đại biểu dự họp, {{ cuoc_hop.chu_tri.chuc_danh_ngan }} kết luận như sau:

{% endblock %}
{% block ket_luan %}
{% for doan in ket_qua %}
{{ doan }}

{% endfor %}
{% if han_che %}
Tuy vậy, vẫn còn một số hạn chế: {{ han_che | join("; ") }}.

{% endif %}
{% if dinh_huong %}
{{ dinh_huong }} Để hoàn thành cao nhất các mục tiêu, chỉ tiêu theo kế hoạch, yêu cầu các cơ quan, đơn vị, địa phương tập trung thực hiện các nhiệm vụ trọng tâm sau:

{% endif %}
{% for nhom in nhiem_vu %}
**{{ loop.index }}. {{ nhom.co_quan }}**

{% for viec in nhom.viec %}
{% if viec.han %}
- {{ viec.noi_dung | trim_end(".;") }}; hoàn thành trước ngày {{ viec.han | shortdate }}.
{% else %}
- {{ viec.noi_dung | end_with(".") }}
{% endif %}
{% endfor %}

{% endfor %}
{% if theo_doi %}
Giao {{ theo_doi.co_quan }} theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo UBND tỉnh trước ngày {{ theo_doi.ngay_bao_cao }} hằng tháng.

{% endif %}
{% endblock %}
{% block ket_thuc %}
{{ don_vi_thong_bao | default("Văn phòng UBND tỉnh") }} thông báo để các sở, ban, ngành, địa phương liên quan biết, triển khai thực hiện./.
{% endblock %}
{% endblock %}
