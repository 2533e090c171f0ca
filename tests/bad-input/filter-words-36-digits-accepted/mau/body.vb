Bằng chữ: {{ so_tien | words("đồng") }}.
