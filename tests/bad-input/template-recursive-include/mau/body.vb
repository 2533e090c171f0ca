{% include "muc.vb" %}
