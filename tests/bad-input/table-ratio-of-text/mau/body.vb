**I. KẾT QUẢ**

Kết quả giải ngân theo huyện:

{% table "giai-ngan" %}
