---
trich_yeu: Kết luận
---
{% extends "mau" %}
Nội dung./.
