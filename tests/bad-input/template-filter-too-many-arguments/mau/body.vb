Giải ngân đạt {{ ty_le | percent(1, 2) }} kế hoạch.
