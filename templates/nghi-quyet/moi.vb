{# Các Điều của nghị quyết; căn cứ ở phần đầu (can_cu). #}
**Điều 1.** Nội dung nghị quyết …

**Điều 2.** Nghị quyết này có hiệu lực kể từ ngày ký.

**Điều 3.** Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Nghị quyết này./.
