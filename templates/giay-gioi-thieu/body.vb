{#- Giấy giới thiệu (Mẫu 1.8): dựng từ `gioi_thieu`; văn bản .vb có thể thay cả khối. -#}
{% block noi_dung %}
{{ gioi_thieu.co_quan }} trân trọng giới thiệu:

Ông (bà): **{{ gioi_thieu.ho_ten }}**

Chức vụ: {{ gioi_thieu.chuc_vu }}

Được cử đến: {{ gioi_thieu.duoc_cu_den }}

Về việc: {{ gioi_thieu.ve_viec | end_with(".") }}

Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ.

Giấy này có giá trị đến hết ngày {{ gioi_thieu.het_han | shortdate }}./.
{% endblock %}
