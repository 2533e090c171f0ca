{# Viết nội dung thông báo bằng lời của mình: câu mở đầu (ngày, ai chủ trì, làm việc với ai, thành
   phần), các ý kết luận, nhiệm vụ của từng cơ quan kèm thời hạn, câu kết. Đề mục **1. …**, **1.1. …**,
   **a) …**; viết liền **2.1. Tên ý:** nội dung; gạch đầu dòng "- " và "+ "; chú thích ^[…]. #}
Ngày …, đồng chí …, Phó Chủ tịch UBND tỉnh chủ trì làm việc với … Tham dự có …

Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:

**1. Đánh giá chung**

Nội dung đánh giá …

**2. Nhiệm vụ thời gian tới**

**2.1. Sở Tài chính:** chủ trì, phối hợp …; hoàn thành trước ngày ….

**2.2. UBND các xã, phường:**

- Việc thứ nhất …;
- Việc thứ hai ….

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.
