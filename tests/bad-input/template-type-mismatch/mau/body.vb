Đạt {{ ty_le | percent(1) }}.
