Hạn chót: {{ han | vndate }}.
