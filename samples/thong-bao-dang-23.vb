---
# Thông báo số 23-TB/BCĐ ngày 01/10/2020 của Ban Chỉ đạo (Tỉnh ủy Hà Tĩnh), viết lại như văn bản của
# chuyên viên: lời văn mới, mọi sự kiện, con số, ngày tháng, văn bản dẫn chiếu và cơ quan giữ như bản gốc.
co_quan_chu_quan: TỈNH ỦY HÀ TĨNH
co_quan_ban_hanh: >-
  BAN CHỈ ĐẠO THỰC HIỆN CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI, ĐÔ THỊ VĂN MINH,
  GIẢM NGHÈO BỀN VỮNG VÀ MỖI XÃ MỘT SẢN PHẨM
so: 23
ky_hieu: TB/BCĐ
dia_danh: Hà Tĩnh
ngay: 2020-10-01
# Trích yếu của mẫu: "Kết luận của <chu_tri> tại cuộc họp tháng <thang>/<nam>".
cuoc_hop:
  ngay: 2020-09-24
  thang: 9
  nam: 2020
  chu_tri: >-
    Thường trực Ban Chỉ đạo thực hiện Chương trình Mục tiêu quốc gia xây dựng nông thôn mới,
    đô thị văn minh, giảm nghèo bền vững và mỗi xã một sản phẩm tỉnh
  goi_tat: Thường trực Ban Chỉ đạo tỉnh
noi_nhan:
  - Ban Chỉ đạo TW Chương trình NTM
  - Văn phòng Điều phối nông thôn mới TW
  - Ban Thường vụ Tỉnh ủy
  - Các đồng chí thành viên Ban Chỉ đạo NTM tỉnh
  - Ủy ban nhân dân tỉnh
  - Các sở, ban, ngành, đoàn thể cấp tỉnh
  - Các huyện, thành, thị ủy, đảng ủy trực thuộc
  - BCĐ, UBND các huyện, thành phố, thị xã
  - Các đơn vị được giao đỡ đầu xây dựng NTM
  - "Lưu: VP Tỉnh ủy, VP Điều phối NTM tỉnh"
nguoi_ky:
  quyen_han: [K/T TRƯỞNG BAN]
  chuc_vu: PHÓ TRƯỞNG BAN
  ho_ten: Đặng Ngọc Sơn
  chuc_danh_khac: ["Tỉnh ủy viên, Phó Chủ tịch", Ủy ban nhân dân tỉnh]
---
{% extends "thong-bao-dang" %}
Ngày {{ cuoc_hop.ngay | shortdate }}, Thường trực Ban Chỉ đạo Chương trình Mục tiêu quốc gia xây dựng nông thôn mới, đô thị văn minh, giảm nghèo bền vững và mỗi xã một sản phẩm tỉnh ({{ cuoc_hop.goi_tat }}) đã họp để đánh giá tình hình, kết quả thực hiện các nhiệm vụ trong tháng {{ cuoc_hop.thang }} năm {{ cuoc_hop.nam }} và bàn việc triển khai nhiệm vụ thời gian tới. Trên cơ sở các báo cáo và ý kiến phát biểu của đại biểu dự họp, {{ cuoc_hop.goi_tat }} thống nhất kết luận như sau:

Trong tháng {{ cuoc_hop.thang }} năm {{ cuoc_hop.nam }}, tuy phải dồn sức chuẩn bị tổ chức các sự kiện lớn, quan trọng của tỉnh như Lễ kỷ niệm 250 năm ngày sinh và 200 năm ngày mất Đại thi hào Nguyễn Du, Đại hội thi đua yêu nước toàn tỉnh lần thứ VII, Đại hội đại biểu Đảng bộ tỉnh..., đồng thời tiếp tục phòng, chống dịch Covid-19, song Ban Chỉ đạo tỉnh, Ủy ban nhân dân tỉnh và cấp ủy, chính quyền các cấp vẫn quan tâm, tập trung cao lãnh đạo, chỉ đạo xây dựng nông thôn mới, đô thị văn minh, giảm nghèo bền vững và mỗi xã một sản phẩm (Chương trình OCOP), đạt được nhiều kết quả. Nổi bật là: vụ Hè thu được mùa khá toàn diện, cây ăn quả (Bưởi Phúc Trạch) được mùa, đàn lợn được tái đàn khá nhanh, góp phần quan trọng giữ vững tốc độ tăng trưởng của tỉnh; các xã phấn đấu đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu và các huyện phấn đấu đạt chuẩn nông thôn mới đã đẩy nhanh tiến độ thực hiện các nội dung, tiêu chí, hoàn thành khối lượng công việc lớn; việc xây dựng Khu dân cư nông thôn mới kiểu mẫu, Vườn mẫu tiếp tục được quan tâm; phương án sản xuất kinh doanh của các ý tưởng sản phẩm OCOP mới đã được thẩm định, phê duyệt; về chính sách hỗ trợ giảm nghèo, đã hỗ trợ 2.222 đối tượng với tổng kinh phí gần 1,56 tỷ đồng theo Nghị quyết 151/2019/NQ-HĐND và Nghị quyết 179/2019/NQ-HĐND, hỗ trợ thu nhập cho 6.270 người với tổng kinh phí gần 2,43 tỷ đồng từ nguồn của Tập đoàn Vingroup; Đề án thí điểm tỉnh đạt chuẩn nông thôn mới giai đoạn 2021 - 2025 và Đề án huyện Nghi Xuân đạt chuẩn nông thôn mới kiểu mẫu, điển hình về văn hóa gắn với phát triển du lịch đã được hoàn thiện, trình Ban Chỉ đạo Chương trình Mục tiêu quốc gia xây dựng nông thôn mới và các bộ, ngành liên quan của Trung ương xem xét, thẩm định.

Bên cạnh những kết quả đó, vẫn còn một số tồn tại, hạn chế: ở một số huyện phấn đấu đạt chuẩn nông thôn mới, khối lượng công việc còn phải làm lớn trong khi nguồn lực khó khăn; kinh tế tập thể gắn với Chương trình OCOP phát triển còn chậm; kết quả xây dựng nông thôn mới giữa các địa phương chưa đồng đều; một số nội dung ở một số địa phương triển khai còn chậm, như làm đường giao thông nông thôn, kênh mương nội đồng, rãnh tiêu thoát nước theo cơ chế hỗ trợ xi măng; nguồn vốn thực hiện chương trình nông thôn mới, giảm nghèo bền vững giải ngân đạt thấp; tài sản tại các xã sau sáp nhập xử lý còn chậm; các địa phương, cơ sở kinh doanh còn chậm lập, chấp thuận phương án sản xuất kinh doanh sản phẩm OCOP năm 2020; ở một số địa phương, việc quản lý, kiểm soát chất lượng sản phẩm OCOP chưa được thực hiện nghiêm túc; hỗ trợ nhà ở cho hộ nghèo giải ngân đạt rất thấp...

Để hoàn thành các mục tiêu, chỉ tiêu năm {{ cuoc_hop.nam }}, thời gian tới yêu cầu các cấp, các ngành, các địa phương tiếp tục tập trung cao lãnh đạo, chỉ đạo, tổ chức thực hiện quyết liệt, hiệu quả Chương trình nông thôn mới, đô thị văn minh, giảm nghèo bền vững và Chương trình OCOP, trọng tâm là: soát xét và có giải pháp ưu tiên bố trí nguồn lực cho các xã khó khăn, xã phấn đấu đạt chuẩn nông thôn mới và huyện phấn đấu đạt chuẩn nông thôn mới trong năm; tập trung phát triển các sản phẩm thuộc Chương trình OCOP, kiểm soát chặt chẽ chất lượng sản phẩm; sớm phê duyệt quy hoạch và xử lý tài sản tại các xã sau sáp nhập; hoàn thiện hồ sơ trình Thủ tướng Chính phủ phê duyệt Đề án thí điểm xây dựng tỉnh đạt chuẩn nông thôn mới, Đề án huyện Nghi Xuân đạt chuẩn nông thôn mới kiểu mẫu, điển hình về văn hóa gắn với phát triển du lịch; tập trung cao nhất cho giải ngân nguồn vốn đầu tư công, nguồn vốn nông thôn mới.

**I. Nhiệm vụ chủ yếu, cụ thể đối với sở ngành cấp tỉnh**

**1. Văn phòng Điều phối nông thôn mới tỉnh**

- Chủ trì, phối hợp với các ngành, địa phương tổ chức gian hàng trưng bày sản phẩm OCOP tại Đại hội đại biểu Đảng bộ tỉnh, bảo đảm phong phú, chất lượng, hấp dẫn.
- Tham mưu kiện toàn Hội đồng và tổ chức đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2020, hoàn thành trước ngày 10/10/2020; xây dựng quy chế đánh giá quy trình sản xuất, truy xuất nguồn gốc, vệ sinh an toàn thực phẩm tại các cơ sở sản xuất sản phẩm OCOP; thành lập Đoàn liên ngành kiểm tra an toàn thực phẩm, vệ sinh môi trường tại một số cơ sở có sản phẩm OCOP đã đạt chuẩn, tham mưu thu hồi chứng nhận đạt chuẩn OCOP nếu phát hiện vi phạm về tiêu chuẩn, chất lượng sản phẩm và vệ sinh an toàn thực phẩm, hoàn thành trước ngày 15/11/2020.
- Đôn đốc hai huyện Hương Khê, Kỳ Anh xây dựng Đề án và cơ chế, chính sách thực hiện, trình Ủy ban nhân dân tỉnh vào tháng 11 và trình Hội đồng nhân dân vào cuối năm 2020.
- Kiểm tra, thẩm định, tổng hợp kết quả đánh giá mức độ đạt chuẩn của các xã sáp nhập; xã nào bảo đảm yêu cầu thì tham mưu công nhận lại.
- Hướng dẫn, chỉ đạo, kiểm tra các xã, các huyện phấn đấu đạt chuẩn trong năm 2020; tham mưu Ban Chỉ đạo tỉnh, Ủy ban nhân dân tỉnh xét công nhận xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao đợt 2 năm 2020, nông thôn mới kiểu mẫu năm 2020 và đề nghị Trung ương xét, công nhận các huyện đạt chuẩn nông thôn mới đợt 2 năm 2020, hoàn thành trước ngày 30/11/2020.
- Tiếp tục triển khai mô hình Đồng bộ hóa quản lý và kỹ thuật trong thu gom, phân loại, xử lý chất thải và nước thải sinh hoạt khu dân cư.
- Tổ chức tập huấn, hướng dẫn xây dựng Khu dân cư nông thôn mới kiểu mẫu, Vườn mẫu tại các xã chưa đạt chuẩn; chuyển giao phần mềm cơ sở dữ liệu số và cập nhật dữ liệu nông thôn mới vào phần mềm tại tất cả các xã.
- Xây dựng quy chế quản lý truy xuất nguồn gốc sản phẩm, hoàn thành trước ngày 30/10/2020.

**2. Sở Nông nghiệp và Phát triển nông thôn**

- Tập trung chỉ đạo sản xuất vụ Đông năm 2020 đạt chỉ tiêu, kế hoạch đề ra; chủ động, kịp thời tham mưu cho Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh các biện pháp phòng ngừa, ứng phó thiên tai; chỉ đạo triển khai chính sách hỗ trợ chăn nuôi lợn theo Nghị quyết 214/2020/NQ-HĐND kịp thời, đúng đối tượng, điều kiện và quy trình, thủ tục theo quy định để chính sách phát huy hiệu quả.
- Tăng cường chỉ đạo, kiểm tra, hướng dẫn phát triển sản phẩm, quản lý chất lượng sản phẩm OCOP và nâng cao năng lực cho các tổ hợp tác, Hợp tác xã thuộc ngành quản lý.
- Rà soát, đánh giá lại các cơ chế, chính sách khuyến khích phát triển nông nghiệp, nông thôn giai đoạn 2016 - 2020; tham mưu xây dựng, ban hành cơ chế, chính sách giai đoạn 2021 - 2025.

**3. Sở Tài chính**

- Rà soát, điều chỉnh cho huyện phấn đấu đạt chuẩn nông thôn mới nếu có nguồn; hướng dẫn các xã sau sáp nhập xử lý tài sản, thực hiện quy trình, thủ tục đấu giá tài sản.
- Chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Văn phòng Điều phối nông thôn mới tỉnh xây dựng cơ chế, chính sách đặc thù cho huyện Hương Khê, Kỳ Anh để đạt chuẩn huyện nông thôn mới theo Đề án thí điểm tỉnh đạt chuẩn; tham mưu Ủy ban nhân dân tỉnh báo cáo Ban Thường vụ Tỉnh ủy cho ý kiến và trình Hội đồng nhân dân tỉnh vào cuối năm 2020.
- Phối hợp với Văn phòng Điều phối nông thôn mới tỉnh xây dựng Đề án quỹ khởi nghiệp trong thực hiện Chương trình OCOP.

**4. Sở Kế hoạch và Đầu tư**

- Tham mưu giải pháp, đôn đốc đẩy nhanh tiến độ các chương trình, dự án trên địa bàn và giải ngân vốn đầu tư công, nguồn vốn xây dựng nông thôn mới.
- Chỉ đạo củng cố, nâng cao chất lượng, hiệu quả hoạt động của các Hợp tác xã, doanh nghiệp vừa và nhỏ gắn với thực hiện Chương trình OCOP; chủ trì, phối hợp với các đơn vị liên quan thành lập các Tổ công tác để tham mưu xử lý dứt điểm các Hợp tác xã phải giải thể.

**5. Sở Công Thương**

- Hướng dẫn, tạo điều kiện, hỗ trợ các doanh nghiệp, Hợp tác xã, cơ sở sản xuất kinh doanh tham gia các hoạt động kết nối cung - cầu, đưa sản phẩm OCOP vào lưu thông tại các hệ thống phân phối hiện đại.
- Tăng cường hướng dẫn, kiểm tra để các điểm giới thiệu và bán hàng sản phẩm OCOP thực hiện đúng quy định, tạo kênh phân phối riêng cho sản phẩm OCOP.
- Tham mưu Ủy ban nhân dân tỉnh tổ chức lễ hội Cam, sản phẩm OCOP Hà Tĩnh và các sản phẩm nông sản Hà Tĩnh năm 2020.

**6. Sở Xây dựng:** Chủ trì, phối hợp với các sở, ngành liên quan ban hành Hướng dẫn thực hiện nội dung các tiêu chí, trình tự, thủ tục, hồ sơ xét, công nhận phường, thị trấn đạt chuẩn đô thị văn minh, hoàn thành trước ngày 15/10/2020; chỉ đạo, hướng dẫn, kiểm tra, giám sát các địa phương hoàn thành việc điều chỉnh quy hoạch đối với các xã sáp nhập, bảo đảm chất lượng; tham mưu Ủy ban nhân dân tỉnh tổ chức cuộc họp về điều chỉnh quy hoạch tại các xã sau sáp nhập, bảo đảm chất lượng.

**7. Sở Tài nguyên và Môi trường:** Phối hợp với các địa phương tiếp tục triển khai mô hình Đồng bộ hóa quản lý và kỹ thuật trong thu gom, phân loại, xử lý chất thải và nước thải sinh hoạt khu dân cư.

**8. Sở Văn hóa, Thể thao và Du lịch:** Chủ trì, phối hợp với các địa phương, doanh nghiệp xây dựng các tour, tuyến đưa khách du lịch đến các điểm, trung tâm giới thiệu sản phẩm OCOP để quảng bá, tiêu thụ sản phẩm; tiếp tục xây dựng các tour, tuyến du lịch cộng đồng gắn với xây dựng Khu dân cư nông thôn mới kiểu mẫu; tổ chức Hội thi Ẩm thực, sản phẩm OCOP vào tháng 11 hoặc tháng 12 năm 2020.

**9. Sở Y tế:** Đẩy mạnh tuyên truyền nâng cao ý thức của người dân, chủ thể sản xuất về an toàn vệ sinh thực phẩm và hồ sơ tự công bố. Thường xuyên kiểm tra, giám sát để các cơ sở sản xuất thực hiện nghiêm túc các quy định về an toàn vệ sinh thực phẩm.

**10. Sở Lao động - Thương binh và Xã hội:** Hướng dẫn, kiểm tra, giám sát các địa phương triển khai điều tra, rà soát hộ nghèo, hộ cận nghèo cuối năm 2020 theo chuẩn nghèo đa chiều áp dụng cho giai đoạn 2016 - 2020 và xây dựng Đề án giảm nghèo bền vững giai đoạn 2021 - 2025; đẩy nhanh tiến độ giải ngân chính sách hỗ trợ theo Nghị quyết 151/2019/NQ-HĐND và Nghị quyết 179/2019/NQ-HĐND của Hội đồng nhân dân tỉnh.

**11. Các sở ngành theo tiêu chí phụ trách**

- Tập trung chỉ đạo, hướng dẫn các xã khó khăn, xã sau sáp nhập, xã phấn đấu đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu và huyện phấn đấu đạt chuẩn nông thôn mới năm 2020 thực hiện Chương trình nông thôn mới, Chương trình OCOP, hoàn thành các tiêu chí, chỉ tiêu theo tiến độ, kế hoạch, bảo đảm yêu cầu chất lượng.
- Báo cáo kết quả thực hiện trong tháng theo ngành, lĩnh vực, tiêu chí nông thôn mới phụ trách về Ban Chỉ đạo tỉnh (qua Văn phòng Điều phối nông thôn mới tỉnh) trước ngày 22 hàng tháng.

**II. Các đơn vị đỡ đầu, tài trợ:** Tiếp tục phát huy vai trò, trách nhiệm đã được giao; thường xuyên chỉ đạo, phối hợp với địa phương trong quá trình thực hiện để đạt kết quả cao nhất, ưu tiên tập trung cao cho các xã chưa đạt chuẩn; báo cáo kết quả thực hiện theo tháng về Ban Chỉ đạo tỉnh (qua Văn phòng Điều phối nông thôn mới tỉnh).

**III. Đài Phát thanh và Truyền hình tỉnh, Báo Hà Tĩnh:** Tuyên truyền sâu rộng hơn về các phong trào thi đua, các hoạt động chào mừng Đại hội thi đua yêu nước toàn tỉnh lần thứ VII, Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, về Chương trình xây dựng nông thôn mới, đô thị văn minh, giảm nghèo bền vững và Chương trình OCOP.

**IV. Đối với cấp huyện, xã:** Chủ động chỉ đạo, tổ chức thực hiện các nội dung, yêu cầu xây dựng nông thôn mới tại địa phương, chú ý những nội dung trọng tâm đã nêu trên, đồng thời làm tốt các việc sau:

- Triển khai sản xuất vụ Đông 2020 an toàn, hiệu quả; chuẩn bị tốt các phương án phòng, chống thiên tai, tìm kiếm cứu nạn.
- Các xã phấn đấu đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu trong năm tập trung thực hiện các nội dung, tiêu chí, đẩy nhanh tiến độ giải ngân vốn xây dựng nông thôn mới năm 2020, nhất là tiến độ làm đường giao thông nông thôn, rãnh thoát nước, kênh mương nội đồng theo cơ chế hỗ trợ xi măng và các công trình xây dựng cơ bản khác; các xã sau sáp nhập phải tập trung cao lập, phê duyệt quy hoạch bảo đảm chất lượng và xây dựng phương án sắp xếp, xử lý hiệu quả tài sản công (chỉ xây dựng công trình mới sau khi đã có phương án xử lý tài sản; tài sản phải được xử lý phù hợp, tránh lãng phí, gây dư luận không tốt).
- Các huyện Hương Sơn, Cẩm Xuyên, Vũ Quang, Lộc Hà, thị xã Kỳ Anh đẩy nhanh tiến độ thực hiện các nội dung, tiêu chí. Các huyện Cẩm Xuyên, Vũ Quang, thị xã Kỳ Anh, Lộc Hà phấn đấu trình Trung ương thẩm định và công nhận trong năm 2020.
- Tổ chức đánh giá, phân hạng sản phẩm đợt 1 năm 2020 tại địa phương và nộp hồ sơ các sản phẩm được cấp huyện đánh giá đạt từ 50 điểm trở lên về Hội đồng đánh giá, phân hạng sản phẩm cấp tỉnh (qua Văn phòng Điều phối nông thôn mới tỉnh) chậm nhất trước ngày 30/10/2020; kết nối, chỉ đạo các Đơn vị tư vấn làm tốt công tác tư vấn; thường xuyên hướng dẫn, kiểm tra các cơ sở trong quá trình triển khai, giải quyết khó khăn, vướng mắc về mặt bằng, đất đai, chính sách thực hiện... Giao các huyện đánh giá việc chấp hành quy trình sản xuất, truy xuất nguồn gốc, vệ sinh an toàn thực phẩm của các sản phẩm OCOP trước khi Đoàn của tỉnh phúc tra, công nhận kết quả đánh giá.

Văn phòng Điều phối Chương trình nông thôn mới tỉnh, Sở Lao động - Thương binh và Xã hội, Sở Xây dựng phối hợp với Văn phòng Tỉnh ủy, Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện Thông báo, báo cáo Thường trực Ban Chỉ đạo tỉnh./.
