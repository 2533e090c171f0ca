---
co_quan_ban_hanh: VĂN PHÒNG
so: 7
ky_hieu: TB-VP
dia_danh: Hà Tĩnh
ngay: 2026-12-02
kinh_gui: Sở Tài chính
trich_yeu: Kết luận
noi_nhan: [Như trên, "Lưu: VT."]
nguoi_ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Trần Văn B}
---
Nội dung công văn./.
