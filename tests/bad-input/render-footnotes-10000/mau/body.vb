{#- 10,000 paragraphs, each with a footnote: the marks reach five digits and the notes fill
    hundreds of pages; it must render, in seconds. #}
{% for i in range(1, 10001) %}
Đoạn {{ i }}.^[Chú thích số {{ i }}.]

{% endfor %}
