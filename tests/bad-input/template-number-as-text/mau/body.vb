Tổng {{ tong }}.
