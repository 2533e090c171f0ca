Số: {{ so_thu_tu | pad(1000000000) }}.
