Ghi chú: {{ ghi_chu }}; số tiền {{ so_tien | number }} đồng.
