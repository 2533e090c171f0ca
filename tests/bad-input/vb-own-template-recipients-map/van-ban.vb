---
trich_yeu: Kết luận
noi_nhan: {nhu_tren: true}
nguoi_ky: {quyen_han: {tm: UBND}, chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Trần Văn B}
---
{% extends "mau" %}
Nội dung./.
