Lời mở đầu.
{% extends "_khung-nd30" %}
