Căn cứ …; xét đề nghị của …, (cơ quan) kính trình (cấp có thẩm quyền) xem xét, quyết định như sau:

**1. Sự cần thiết**

Nội dung …

**2. Nội dung đề nghị**

Nội dung …

(Cơ quan) kính trình (cấp có thẩm quyền) xem xét, quyết định./.
