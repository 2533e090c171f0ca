Phần nguyên: {{ so_tien | int }}; của −0,5: {{ (0 - 0.5) | int }}.
