{#- 2,000 footnote marks in a row, glued to the word before them: nothing can break between them. The message
    named the widest mark (`1000`, 8 mm) as the word too wide for the 165 mm line. #}
Mở đầu{% for i in range(2000) %}^[Chú thích {{ i }}.]{% endfor %} kết thúc.
