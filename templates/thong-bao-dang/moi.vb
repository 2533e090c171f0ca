{# Viết nội dung thông báo: câu mở đầu, kết quả, hạn chế, rồi các phần I., II. với nhiệm vụ của
   từng cơ quan (1., 2.) và câu kết. #}
Ngày …, Thường trực Ban Chỉ đạo tỉnh đã họp để đánh giá kết quả thực hiện nhiệm vụ và bàn việc triển khai nhiệm vụ thời gian tới. Thường trực Ban Chỉ đạo tỉnh kết luận như sau:

**I. KẾT QUẢ ĐẠT ĐƯỢC**

Nội dung …

**II. NHIỆM VỤ THỜI GIAN TỚI**

**1. Các sở, ngành:** nội dung …

**2. Các huyện ủy, thị ủy, thành ủy:** nội dung …

Văn phòng Điều phối nông thôn mới tỉnh theo dõi, đôn đốc việc thực hiện Thông báo này./.
