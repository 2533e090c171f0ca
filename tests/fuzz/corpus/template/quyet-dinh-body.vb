{#- Quyết định / Nghị quyết: căn cứ (khối `can_cu`), `tu_quyet_dinh` (QUYẾT ĐỊNH:, QUYẾT NGHỊ:), rồi các Điều (khối `noi_dung`,
    do văn bản viết). -#}
{% block can_cu %}
{% for c in can_cu %}
*{{ c | trim_end(".;") }}{{ ";" if not loop.last else "." }}*

{% endfor %}
{% endblock %}
{% block quyet_dinh %}
-> **{{ tu_quyet_dinh }}** <-

{% endblock %}
{% block noi_dung %}
{% endblock %}
