{% for n in nhiem_vu %}
- {{ n.noi_dung }}; hoàn thành trước ngày {{ n.han | shortdate }}.
{% endfor %}
