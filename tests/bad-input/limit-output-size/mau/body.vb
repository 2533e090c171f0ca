{% for a in xs %}{% for b in xs %}Thạch Hà {% endfor %}{% endfor %}
