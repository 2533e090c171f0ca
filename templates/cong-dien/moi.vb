Nội dung điện: tình hình, yêu cầu và nhiệm vụ cần làm ngay.

**1.** Yêu cầu thứ nhất …

**2.** Yêu cầu thứ hai …

Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.
