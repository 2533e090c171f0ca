Giải ngân đạt {{ ty_le }}.
