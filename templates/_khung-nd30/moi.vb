{# Viết nội dung văn bản dưới đây. Đề mục: **I. TÊN PHẦN**, **1. Tên mục**, **1.1. Tên tiểu mục**,
   **a) Tên ý**; đề mục viết liền: **1. Tên mục:** nội dung. Gạch đầu dòng: "- " và "+ ".
   Chữ đậm **…**, nghiêng *…*, chú thích ^[…]. Dòng cuối kết thúc bằng ./. #}
**1. Tên mục thứ nhất**

Nội dung mục thứ nhất.

**2. Tên mục thứ hai:** nội dung viết liền sau tên mục.

- Ý thứ nhất;
- Ý thứ hai./.
