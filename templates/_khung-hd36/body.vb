{#- Khung chung: cả phần nội dung là khối `noi_dung`, do văn bản .vb viết. -#}
{% block noi_dung %}
{% endblock %}
