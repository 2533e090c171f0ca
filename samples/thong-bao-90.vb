---
# Thông báo số 90/TB-UBND ngày 28/3/2023 của UBND tỉnh Hà Tĩnh, viết lại như văn bản của chuyên viên:
# lời văn mới, mọi sự kiện, con số, ngày tháng, văn bản dẫn chiếu và cơ quan giữ như bản gốc.
co_quan_ban_hanh: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
so: 90
ky_hieu: TB-UBND
dia_danh: Hà Tĩnh
ngay: 2023-03-28
trich_yeu: >-
  Kết luận của Phó Chủ tịch Thường trực UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo
  các Chương trình Mục tiêu quốc gia và xây dựng đô thị văn minh tại cuộc làm việc với
  Văn phòng Điều phối nông thôn mới tỉnh
noi_nhan:
  - Chủ tịch, các PCT UBND tỉnh
  - Các sở, ban, ngành cấp tỉnh
  - Chánh VP, PCVP Nguyễn Duy Nghị
  - UBND các huyện, thành phố, thị xã
  - "Lưu: VT, NL5"
nguoi_ky:
  quyen_han: [TL. CHỦ TỊCH, KT. CHÁNH VĂN PHÒNG]
  chuc_vu: PHÓ CHÁNH VĂN PHÒNG
  ho_ten: Nguyễn Duy Nghị
---
{% extends "thong-bao" %}
Ngày 13/3/2023, đồng chí Nguyễn Hồng Lĩnh, Phó Chủ tịch Thường trực UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo các Chương trình Mục tiêu quốc gia và xây dựng đô thị văn minh tỉnh đã chủ trì buổi làm việc với Văn phòng Điều phối nông thôn mới tỉnh. Cùng dự buổi làm việc có Chánh Văn phòng, các Phó Chánh Văn phòng Điều phối nông thôn mới tỉnh và đại diện lãnh đạo các sở, ngành, đơn vị: Văn phòng UBND tỉnh, Nông nghiệp và Phát triển nông thôn, Nội vụ, Tài chính, Kế hoạch và Đầu tư, Xây dựng, Lao động - Thương binh và Xã hội, Tài nguyên và Môi trường, Khoa học và Công nghệ, Văn hóa - Thể thao và Du lịch, Giao thông vận tải, Công Thương, Giáo dục và Đào tạo, Thông tin và Truyền thông, Y tế, Tư pháp, Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Cục Thống kê tỉnh.

Sau khi nghe Văn phòng Điều phối nông thôn mới tỉnh báo cáo về cơ cấu tổ chức bộ máy của Văn phòng Điều phối nông thôn mới các cấp, về kết quả thực hiện nhiệm vụ thời gian qua và giải pháp thời gian tới, cùng ý kiến phát biểu của các đại biểu dự họp, Phó Chủ tịch Thường trực UBND tỉnh kết luận như sau:

Thời gian qua, Chương trình MTQG xây dựng nông thôn mới luôn được quan tâm, tập trung cao trong lãnh đạo, chỉ đạo và được ưu tiên nguồn lực khi tổ chức thực hiện; kết quả đạt được khá tích cực, trở thành điểm sáng của phong trào xây dựng nông thôn mới trong toàn quốc và được Trung ương ghi nhận. Chương trình Mỗi xã một sản phẩm (OCOP) tiếp tục chuyển biến, đã có sản phẩm xuất khẩu sang thị trường các nước. Những kết quả đó có được nhờ sự nỗ lực của Nhân dân và cả hệ thống chính trị, trong đó có phần đóng góp tích cực của Văn phòng Điều phối nông thôn mới tỉnh.

Tuy nhiên, việc thực hiện kế hoạch năm 2023 và triển khai Đề án thí điểm xây dựng tỉnh nông thôn mới còn gặp nhiều khó khăn, tiến độ chậm, đòi hỏi nguồn lực lớn. Nhiều sở, ngành chưa ban hành kế hoạch cụ thể để triển khai Đề án tỉnh nông thôn mới; 4 xã phấn đấu đạt chuẩn nông thôn mới của huyện Hương Khê thực hiện còn chậm; huyện Lộc Hà phấn đấu đạt chuẩn trong năm 2022 nhưng đến nay vẫn chưa đáp ứng yêu cầu của bộ tiêu chí mới; việc tham mưu ban hành và tổ chức thực hiện kế hoạch của 06 chương trình chuyên đề thuộc Chương trình xây dựng nông thôn mới giai đoạn 2021 - 2025 còn chậm; việc giải ngân kinh phí một số chính sách của Chương trình OCOP còn vướng mắc, chưa được giải quyết kịp thời; việc kiện toàn Văn phòng Điều phối nông thôn mới các cấp còn vướng mắc, bất cập...

Năm 2023, Tỉnh tập trung chỉ đạo rà soát, nâng cấp các xã, huyện đã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu để bảo đảm đạt chuẩn theo các bộ tiêu chí giai đoạn 2022 - 2025; tập trung cơ cấu lại ngành nông nghiệp một cách hiệu quả, nâng cao giá trị gia tăng của các sản phẩm gắn với Chương trình Mỗi xã một sản phẩm OCOP. Để hoàn thành ở mức cao nhất các mục tiêu, chỉ tiêu theo Kế hoạch, yêu cầu Văn phòng Nông thôn mới tỉnh, các sở, ngành, địa phương tập trung thực hiện các nhiệm vụ trọng tâm sau đây:

**1. Văn phòng nông thôn mới tỉnh**

- Rà soát, chuẩn bị kỹ lưỡng, chu đáo nội dung Hội nghị tổng kết Chương trình nông thôn mới năm 2022, triển khai nhiệm vụ năm 2023; đánh giá giữa kỳ Đề án xây dựng tỉnh đạt chuẩn nông thôn mới, chú trọng đề xuất những giải pháp phù hợp cho giai đoạn tiếp theo.
- Xây dựng Kế hoạch tập huấn, hướng dẫn các địa phương thực hiện các Bộ tiêu chí NTM áp dụng trên địa bàn tỉnh giai đoạn 2022 - 2025; báo cáo UBND tỉnh trước ngày 30/3/2023.
- Chủ trì, phối hợp với các sở, ngành, địa phương liên quan tham mưu giải pháp chỉ đạo đối với từng tiêu chí nông thôn mới cấp tỉnh.
- Đôn đốc và làm rõ trách nhiệm, vai trò của các sở, ban, ngành, đơn vị cấp tỉnh trong việc tham mưu, hướng dẫn, thẩm định, chỉ đạo thực hiện các tiêu chí, nội dung, giải pháp nêu tại Kế hoạch triển khai thực hiện Đề án tỉnh nông thôn mới tại Quyết định số 3004/QĐ-UBND ngày 25/8/2021 của UBND tỉnh.
- Tiếp tục tham mưu tốt cho Ban Chỉ đạo tỉnh, UBND tỉnh trong quản lý, điều hành Chương trình nông thôn mới; tham mưu kiểm tra tiến độ, kết quả thực hiện Chương trình tại một số địa phương.

**2. Các sở, ban, ngành cấp tỉnh**

2.1. Bám sát Quyết định số 3004/KH-UBND ngày 25/8/2021 của UBND tỉnh, khẩn trương rà soát, đánh giá lại mức độ đạt chuẩn các mục tiêu, tiêu chí tỉnh nông thôn mới; ban hành Kế hoạch bảo đảm chất lượng, hoàn thành trước ngày 30/3/2023; phân công nhiệm vụ cụ thể và tổ chức thực hiện để hoàn thành các mục tiêu đề ra. Tiếp tục tập trung cao cho các nội dung xây dựng nông thôn mới.

2.2. Về thực hiện các chương trình chuyên đề trong xây dựng nông thôn mới:

- Sở Khoa học và Công nghệ khẩn trương xây dựng, tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Chương trình khoa học công nghệ phục vụ xây dựng nông thôn mới giai đoạn 2021 - 2025.
- Các sở, ngành: Nông nghiệp và Phát triển nông thôn, Văn hóa - Thể thao và Du lịch, Tài nguyên và Môi trường, Công an tỉnh, theo chức năng, nhiệm vụ của mình, tập trung chỉ đạo thực hiện có hiệu quả các Kế hoạch thực hiện các Chương trình chuyên đề.

2.3. Các sở, ngành phụ trách các chỉ tiêu, tiêu chí:

- Chỉ đạo, đôn đốc, hướng dẫn các xã đã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu và các huyện, thành phố, thị xã đã đạt chuẩn nông thôn mới/hoàn thành nhiệm vụ xây dựng nông thôn mới (theo Bộ tiêu chí giai đoạn 2016 - 2020), căn cứ các Bộ tiêu chí xây dựng NTM giai đoạn 2022 - 2025 của tỉnh đã ban hành, tổ chức rà soát, đánh giá lại mức độ đạt chuẩn, xây dựng kế hoạch nâng cấp, cập nhật, hoàn thành trước ngày 15/4/2023; tổ chức thực hiện để đạt chuẩn theo yêu cầu các Bộ tiêu chí mới của Tỉnh giai đoạn 2022 - 2025, hoàn thành trước ngày 31/12/2023.
- Tập trung chỉ đạo, hướng dẫn 4 xã chưa đạt chuẩn thuộc huyện Hương Khê; các huyện Kỳ Anh, Lộc Hà phấn đấu đạt chuẩn nông thôn mới và thị xã Kỳ Anh phấn đấu hoàn thành nhiệm vụ xây dựng nông thôn mới trong năm 2023; các huyện Thạch Hà, Đức Thọ, Can Lộc đạt chuẩn huyện NTM nâng cao và huyện Nghi Xuân đạt chuẩn NTM kiểu mẫu, điển hình về văn hóa gắn với phát triển du lịch theo kế hoạch.
- Đối với các tiêu chí cấp tỉnh: yêu cầu đánh giá khách quan, chính xác mức độ đạt các chỉ tiêu, tiêu chí và dự kiến khả năng hoàn thành; tiêu chí nào không có khả năng hoàn thành thì nêu rõ lý do, trách nhiệm của tổ chức, cá nhân có liên quan và đề ra giải pháp xử lý.
- Tiếp tục khâu nối với các Bộ, ngành Trung ương để được ưu tiên bố trí, lồng ghép các dự án đầu tư, xây dựng các mô hình thí điểm theo nội dung, tiêu chí của ngành phụ trách; tập trung triển khai các chương trình, dự án trọng tâm.
- Tập trung chỉ đạo triển khai thực hiện Quyết định số 321/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025, phấn đấu trong năm 2024 tỉnh được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới.
- Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Xây dựng và các sở, ngành liên quan tham mưu UBND tỉnh ban hành Kế hoạch xây dựng đô thị văn minh, hoàn thành trước ngày 10/4/2023; chỉ đạo, hướng dẫn các địa phương tổ chức thực hiện tốt kế hoạch đã ban hành, phấn đấu trong năm 2024 có 100% phường, thị trấn đạt chuẩn đô thị văn minh.
- Theo chức năng, nhiệm vụ, lĩnh vực, tiêu chí được giao, báo cáo tiến độ và kết quả thực hiện Chương trình nông thôn mới về Sở Nông nghiệp và Phát triển nông thôn, Văn phòng nông thôn mới tỉnh trước ngày 20 hàng tháng để tổng hợp, báo cáo Ban Chỉ đạo, UBND tỉnh và các cơ quan liên quan.

**3. Đối với các huyện, thị xã, thành phố**

- Bám sát Quyết định số 3004/KH-UBND ngày 25/8/2021 của UBND tỉnh, khẩn trương rà soát, xây dựng Kế hoạch thực hiện Chương trình nông thôn mới ở địa phương gắn với mục tiêu tỉnh đạt chuẩn nông thôn mới, bảo đảm chất lượng, hoàn thành trước ngày 15/4/2023; phân công nhiệm vụ cụ thể và tổ chức thực hiện để hoàn thành các mục tiêu đề ra.
- Xây dựng kế hoạch và thực hiện có hiệu quả các chỉ tiêu, yêu cầu của Quyết định số 321/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021 - 2025.
- Các huyện, thành phố, thị xã đã đạt chuẩn NTM/hoàn thành nhiệm vụ xây dựng NTM căn cứ Bộ tiêu chí giai đoạn 2022 - 2025 tổ chức rà soát mức độ đạt chuẩn, xây dựng kế hoạch duy trì, nâng cấp các tiêu chí, hoàn thành trước ngày 15/4/2023; tổ chức thực hiện để đạt chuẩn trước ngày 31/12/2023.
- Rà soát, đánh giá mức độ đạt chuẩn của các phường, thị trấn theo Quyết định số 04/2022/QĐ-TTg ngày 18/2/2022 của Thủ tướng Chính phủ quy định tiêu chí, trình tự, thủ tục xét công nhận đạt chuẩn đô thị văn minh; xây dựng kế hoạch, giải pháp tổ chức thực hiện để trong năm 2024 có 100% phường, thị trấn đạt chuẩn đô thị văn minh.
- Các huyện Lộc Hà, Kỳ Anh và thị xã Kỳ Anh tập trung hoàn thành các tiêu chí, nội dung, phấn đấu đạt chuẩn trong năm 2023.
- Đối với 03 huyện Thạch Hà, Đức Thọ, Can Lộc: tập trung lãnh đạo, chỉ đạo thực hiện các mục tiêu xây dựng huyện đạt chuẩn NTM nâng cao theo Đề án được phê duyệt; huyện Nghi Xuân thực hiện có hiệu quả Đề án huyện đạt chuẩn NTM kiểu mẫu, điển hình về văn hóa gắn với phát triển du lịch.
- Huyện Hương Khê tập trung cao chỉ đạo, ưu tiên cho 4 xã chưa đạt chuẩn hoàn thiện các nội dung, tiêu chí, bảo đảm đạt chuẩn trong năm 2023.
- Chỉ đạo các xã đã được công nhận đạt chuẩn NTM, NTM nâng cao, NTM kiểu mẫu giai đoạn 2016 - 2020, căn cứ các Bộ tiêu chí NTM giai đoạn 2022 - 2025, tổ chức rà soát mức độ đạt chuẩn, xây dựng kế hoạch nâng cấp, cập nhật các tiêu chí, hoàn thành trước ngày 15/4/2023; tổ chức thực hiện để đạt chuẩn trước ngày 31/12/2023.
- Chỉ đạo các xã đã đạt chuẩn tập trung cao xây dựng xã NTM nâng cao, xã NTM kiểu mẫu, bảo đảm tính liên tục, bền vững và có chiều sâu; bảo đảm tối thiểu có 50% số xã đạt chuẩn nâng cao, 10% số xã đạt chuẩn nông thôn mới kiểu mẫu theo Đề án được Thủ tướng Chính phủ phê duyệt.

**4. Đối với các kiến nghị, đề xuất của Văn phòng Nông thôn mới tỉnh**

- Về cơ cấu tổ chức bộ máy Văn phòng Điều phối nông thôn mới tỉnh: giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Sở Nông nghiệp và Phát triển nông thôn tiếp tục rà soát, căn cứ các quy định liên quan, tham khảo tình hình thực hiện tại các địa phương, tham mưu mô hình cơ cấu tổ chức bộ máy Văn phòng nông thôn mới các cấp đúng quy định, phù hợp với thực tiễn, hoạt động hiệu quả, cùng công tác quy hoạch cán bộ tại Văn phòng Điều phối nông thôn mới tỉnh; báo cáo Ủy ban nhân dân tỉnh trước ngày 05/4/2023.
- Về đề nghị điều chuyển nguồn kinh phí đã phân bổ cho Văn phòng Điều phối NTM tỉnh năm 2022 (không thực hiện được) sang thực hiện các nội dung khác trong năm 2023: giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan soát xét, tham mưu phương án giải quyết theo đúng quy định, báo cáo UBND tỉnh trước ngày 05/4/2023.
- Về các đề xuất, kiến nghị khác (hỗ trợ sửa chữa nhà làm việc, sửa chữa xe ô tô...): Văn phòng Điều phối nông thôn mới tỉnh phối hợp với các cơ quan liên quan rà soát, có văn bản đề nghị cụ thể từng nội dung, trình UBND tỉnh xem xét, quyết định.

Giao Văn phòng Điều phối nông thôn mới tỉnh chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện Thông báo này; định kỳ trước ngày 25 hàng tháng hoặc đột xuất khi có yêu cầu, báo cáo Thường trực Ban Chỉ đạo, UBND tỉnh để kịp thời chỉ đạo các nội dung liên quan.

Trên đây là Kết luận của Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Nông nghiệp và Phát triển nông thôn; UBND tỉnh thông báo để các sở, ban, ngành, địa phương liên quan biết, triển khai thực hiện./.
