**I. KẾT QUẢ**

{% block ket_qua %}
Chưa có nội dung.
{% endblock %}

**II. NHIỆM VỤ**

{% block nhiem_vu %}{% endblock %}
