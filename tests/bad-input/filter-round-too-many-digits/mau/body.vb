Tỷ lệ: {{ ty_le | round(31) }}.
