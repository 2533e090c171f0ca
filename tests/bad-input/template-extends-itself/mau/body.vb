{% extends "mau" %}
{% block noi_dung %}Nội dung.{% endblock %}
