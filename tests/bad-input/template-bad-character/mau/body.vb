Giải ngân đạt {{ ty_le $ 2 }} kế hoạch.
