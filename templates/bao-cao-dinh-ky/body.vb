{#- Báo cáo định kỳ: phần I–IV và câu kết. Một văn bản .vb điền các khối (block) bằng lời văn của
    kỳ này; không có văn bản, mọi phần lấy từ dữ liệu. -#}
{% block noi_dung %}
{% block mo_dau %}
{% endblock %}

**I. KẾT QUẢ THỰC HIỆN**

{% block ket_qua %}
{% for muc in ket_qua | default([]) %}
**{{ loop.index }}. {{ muc.tieu_de }}**

{% for doan in muc.noi_dung %}
{{ doan }}

{% endfor %}
{% endfor %}
{% endblock %}

**II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN**

{% block han_che %}
{% include "han-che.vb" %}
{% endblock %}

**III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM {{ ky_bao_cao.thang | period_rest(ky_bao_cao.nam, ky_bao_cao.loai | default("luy_ke")) | upper }}**

{% block nhiem_vu %}
{% set phan = nhiem_vu %}
{% include "muc.vb" %}
{% endblock %}

**IV. TỔ CHỨC THỰC HIỆN**

{% block to_chuc_thuc_hien %}
{% set phan = to_chuc_thuc_hien %}
{% include "muc.vb" %}
{% endblock %}
{% block ket_thuc %}
Trên đây là báo cáo kết quả thực hiện {{ chuong_trinh }} {{ ky_bao_cao.thang | period(ky_bao_cao.nam, ky_bao_cao.loai | default("luy_ke")) }} và nhiệm vụ, giải pháp trọng tâm {{ ky_bao_cao.thang | period_rest(ky_bao_cao.nam, ky_bao_cao.loai | default("luy_ke")) }} của {{ co_quan_ban_hanh_ngan }}./.
{% endblock %}
{% endblock %}
