Giải ngân đạt {{ ty_le | percnt(1) }} kế hoạch.
