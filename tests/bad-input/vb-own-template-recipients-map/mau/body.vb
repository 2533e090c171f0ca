{% block noi_dung %}{% endblock %}
