Mục {{ 1 }}
{% include "muc.vb" %}
