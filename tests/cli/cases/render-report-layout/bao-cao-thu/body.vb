**I. KẾT QUẢ THỰC HIỆN**

{% for muc in ket_qua %}
**{{ loop.index }}. {{ muc.tieu_de }}**

{% for doan in muc.doan %}
{{ doan }}{% if loop.first and muc.ghi_chu %}^[{{ muc.ghi_chu }}]{% endif %}

{% endfor %}

{% endfor %}

**II. NHIỆM VỤ THỜI GIAN TỚI**

Tiếp tục rà soát, nâng chất các tiêu chí đã đạt; tập trung chỉ đạo các xã còn thiếu tiêu chí, bảo đảm hoàn thành kế hoạch năm 2023./.
