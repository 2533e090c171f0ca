---
so: 07
ngay: 2023-09-05
---
{% extends "mau" %}
{% block ket_qua %}
Toàn tỉnh có **{{ xa_dat }}/{{ tong_xa }} xã** đạt chuẩn (chiếm {{ ratio(xa_dat, tong_xa, 1) }}%)^[Số liệu đến ngày {{ ngay | shortdate }}.].
{% endblock %}
