{# Các Điều của quyết định; căn cứ ở phần đầu (can_cu). #}
**Điều 1.** Nội dung quyết định …

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
