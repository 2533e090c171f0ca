**I. MỤC ĐÍCH, YÊU CẦU**

**1. Mục đích**

- …

**2. Yêu cầu**

- …

**II. NỘI DUNG, NHIỆM VỤ**

Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.

**III. TỔ CHỨC THỰC HIỆN**

Các cơ quan, đơn vị căn cứ Kế hoạch này tổ chức thực hiện; báo cáo kết quả trước ngày …/.
