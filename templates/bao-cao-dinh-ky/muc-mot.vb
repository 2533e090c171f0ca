{#- Một mục: `m` (tieu_de, noi_dung, han, viec) đánh số `so`. -#}
{% set han = "; hoàn thành trước ngày " ~ (m.han | shortdate) if m.han else "" %}
{% if m.viec or not m.noi_dung %}
**{{ so }} {{ m.tieu_de }}**

{% if m.noi_dung %}
{{ m.noi_dung }}{{ han }}.

{% endif %}
{% else %}
**{{ so }} {{ m.tieu_de }}:** {{ m.noi_dung }}{{ han }}.

{% endif %}
{% for v in m.viec | default([]) %}
{% if v is string %}
- {{ v }}.
{% else %}
- {{ v.noi_dung }}{% if v.han %}; hoàn thành trước ngày {{ v.han | shortdate }}{% endif %}.
{% endif %}
{% endfor %}

