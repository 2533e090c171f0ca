Báo cáo {{ thang | period(2023) }}.
