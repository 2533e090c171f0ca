{% include "../bi-mat.vb" %}
