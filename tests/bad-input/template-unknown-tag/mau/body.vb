Giải ngân {% fro x in y %}{{ x }}{% endfor %}
