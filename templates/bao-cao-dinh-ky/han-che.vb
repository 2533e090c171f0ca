{#- Phần II từ dữ liệu: mỗi hạn chế một dòng "- ", ý con "+ ". -#}
{% for hc in han_che %}
{% if hc is string %}
- {{ hc }}.
{% else %}
- {{ hc.noi_dung }}:
{% for y in hc.y %}
+ {{ y }}{% if loop.last %}.{% else %};{% endif %}

{% endfor %}
{% endif %}
{% endfor %}

