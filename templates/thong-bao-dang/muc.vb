{#- Một mục (I, II, …) hoặc một cơ quan (1, 2, …): `so` là số thứ tự, `muc` là dữ liệu.
    viet_lien: tên in đậm rồi các việc nối tiếp trong một đoạn; không thì tên làm đầu mục và các việc gạch đầu dòng. -#}
{% if muc.viet_lien %}
**{{ so }}. {{ muc.ten }}:** {% if muc.mo_dau %}{{ muc.mo_dau }}: {% endif %}{% for v in muc.viec %}{{ v.noi_dung }}{% if v.hang_thang %} trước ngày {{ v.hang_thang }} hằng tháng{% endif %}{% if v.han %}, hoàn thành trước ngày {{ v.han | shortdate }}{% endif %}{{ "; " if not loop.last else "" }}{% endfor %}.

{% else %}
{% if muc.mo_dau %}
**{{ so }}. {{ muc.ten }}:** {{ muc.mo_dau }}{{ ":" if muc.viec else "." }}
{% else %}
**{{ so }}. {{ muc.ten }}**
{% endif %}

{% if muc.viec %}
{% for v in muc.viec %}
- {{ v.noi_dung }}{% if v.hang_thang %} trước ngày {{ v.hang_thang }} hằng tháng{% endif %}{% if v.han %}, hoàn thành trước ngày {{ v.han | shortdate }}{% endif %}.
{% endfor %}

{% endif %}
{% endif %}
