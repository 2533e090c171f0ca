**I. KẾT QUẢ**

Kết quả giải ngân theo huyện:

{% table "giai-ngan-von-nong-thon-moi-cac-huyen-2023" %}
