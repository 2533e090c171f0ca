{#- Giấy mời (Mẫu 1.7): các dòng có nhãn, dựng từ `moi`; văn bản .vb có thể thay cả khối. -#}
{% block noi_dung %}
{{ moi.nguoi_moi }} trân trọng kính mời:
{% if moi.kinh_moi is string %}
{{ moi.kinh_moi }}

{% else %}

{% for k in moi.kinh_moi %}
- {{ k | trim_end(".;") }}{{ ";" if not loop.last else "." }}
{% endfor %}

{% endif %}
**Tới dự:** {{ moi.toi_du | end_with(".") }}

{% if moi.chu_tri %}
**Chủ trì:** {{ moi.chu_tri | end_with(".") }}

{% endif %}
**Thời gian:** {{ moi.thoi_gian | end_with(".") }}

**Địa điểm:** {{ moi.dia_diem | end_with(".") }}

{% for l in moi.luu_y | default([]) %}
{{ l | end_with(".") }}

{% endfor %}
Rất mong các đại biểu tham dự đúng thời gian./.
{% endblock %}
