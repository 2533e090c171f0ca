Nội dung công văn: nêu căn cứ, việc cần làm, yêu cầu và thời hạn.

Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.
