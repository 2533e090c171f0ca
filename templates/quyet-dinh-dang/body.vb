{#- Quyết định của Đảng (Hướng dẫn 36-HD/VPTW): các căn cứ có gạch đầu dòng, dòng cuối kết thúc bằng dấu phẩy;
    rồi thẩm quyền ban hành và chữ QUYẾT ĐỊNH in giữa, mỗi dòng một (khối `quyet_dinh`); rồi các Điều. -#}
{% block can_cu %}
{% for c in can_cu %}
*\- {{ c | trim_end(".;,") }}{{ ";" if not loop.last else "," }}*

{% endfor %}
{% endblock %}
{% block quyet_dinh %}
-> **{{ tham_quyen | upper }}** <-

-> **{{ tu_quyet_dinh }}** <-

{% endblock %}
{% block noi_dung %}
{% endblock %}
