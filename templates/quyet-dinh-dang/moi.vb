{# Các Điều của quyết định; căn cứ ở phần đầu (can_cu). #}
**Điều 1.** Nội dung quyết định …

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Văn phòng Tỉnh ủy, các cơ quan, tổ chức đảng và các đồng chí có liên quan chịu trách nhiệm thi hành Quyết định này./.
