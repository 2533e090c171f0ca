---
trich_yeu: Kết luận
do_khan: [Khẩn, Hỏa tốc]
---
{% extends "mau" %}
Nội dung./.
