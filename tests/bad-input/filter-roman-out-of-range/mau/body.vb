Phần {{ phan | roman }}.
