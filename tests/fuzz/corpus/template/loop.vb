{% for x in xs %}{{ loop.index }}. {{ x | default("-") }}
{% endfor %}