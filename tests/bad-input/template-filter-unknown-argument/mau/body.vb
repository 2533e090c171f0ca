Giải ngân đạt {{ ty_le | percent(so_le=1) }} kế hoạch.
