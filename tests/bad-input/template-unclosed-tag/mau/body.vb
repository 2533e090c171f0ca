Đoạn một.

{% if ty_le > 50 %}
Đạt khá.
