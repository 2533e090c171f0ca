Bằng chữ: {{ so_tien | words("đồng", true, "le") }}.
