{% block noi_dung %}{% endblock %}
Căn cứ {{ trich_yeu }} và các quy định **hiện hành, Văn phòng thông báo như sau:
