Giải ngân đạt {{ ty_le  kế hoạch.
