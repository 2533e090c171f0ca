Loại {{ loai }}.
