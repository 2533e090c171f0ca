Số tiền: {{ so_tien | number(2) }} đồng.
