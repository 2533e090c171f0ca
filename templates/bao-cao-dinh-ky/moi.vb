{# Lời văn của kỳ báo cáo; mọi con số nên là biểu thức trên dữ liệu ({{ … }}), để tháng sau số liệu
   tự theo dữ liệu mới. Các biểu (Biểu 1–4) dựng từ `huyen`. Xem samples/bao-cao-8-thang.vb. #}
{% block ket_qua %}
**1. Công tác lãnh đạo, chỉ đạo**

Nội dung …

**2. Kết quả thực hiện các chỉ tiêu**

Nội dung …
{% endblock %}
{% block han_che %}
- Hạn chế thứ nhất …
{% endblock %}
{% block nhiem_vu %}
**1. Nhiệm vụ thứ nhất:** nội dung …
{% endblock %}
{% block to_chuc_thuc_hien %}
**1. Các sở, ngành:** nội dung …
{% endblock %}
