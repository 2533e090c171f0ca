---
trich_yeu: Kết luận cuộc họp
---
{% extends "mau" %}
Nội dung có chữ **đậm** đúng và dấu *nghiêng chưa đóng.
