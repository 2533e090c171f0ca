{{- s | upper -}}
{#- c -#}
{% table "bieu-1" %}
{% pagebreak %}
