Giải ngân đạt {{ "phần trăm }} kế hoạch.
