Tổng {{ tong_cong(ty_le) }}.
