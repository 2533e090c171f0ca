{#- Phần III, IV từ dữ liệu (biến `phan`): đoạn mở đầu, mục 1., 2., …, mục con 1.1, 1.2, …;
    mỗi mục có thể có đoạn nội dung, thời hạn và các việc "- ". -#}
{% if phan.mo_dau %}
{{ phan.mo_dau }}

{% endif %}
{% for m in phan.muc %}
{% set so = loop.index ~ "." %}
{% include "muc-mot.vb" %}
{% for m in m.muc | default([]) %}
{% set so = so ~ loop.index ~ "." %}
{% include "muc-mot.vb" %}
{% endfor %}
{% endfor %}
