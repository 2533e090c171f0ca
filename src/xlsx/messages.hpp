// Stage: xlsx.
// Message table of the XLSX writer: libxlsxwriter's return codes as Diagnostics.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kXlsxScratch{
    "io.xlsx_scratch", "không tạo được tệp XLSX tạm trong thư mục `{}`: {}"};
inline constexpr Message kXlsxScratchWrite{
    "io.xlsx_scratch_write", "không ghi được tệp XLSX đang tạo vào thư mục tạm `{}`: {}"};
inline constexpr Message kXlsxScratchHint{
    "io.xlsx_scratch_hint", "thư mục tạm lấy từ biến môi trường TMPDIR (mặc định /tmp): đặt TMPDIR là một thư mục có sẵn và ghi được"};
inline constexpr Message kXlsxFailed{"io.xlsx", "không tạo được tệp XLSX: {}"};
inline constexpr Message kXlsxCellTooLong{
    "xlsx.cell_too_long",
    "ô ở dòng {} cột `{}` của bảng `{}` dài {} ký tự; một ô Excel chứa tối đa 32.767 ký tự"};
inline constexpr Message kXlsxCellTooLongHint{
    "xlsx.cell_too_long_hint", "rút gọn nội dung ô trong dữ liệu, hoặc chỉ tạo PDF (`--format pdf`)"};
inline constexpr Message kXlsxCellFailed{
    "xlsx.cell_failed", "không ghi được ô ở dòng {} cột `{}` của bảng `{}` vào XLSX: {}"};
inline constexpr Message kXlsxTextTooLong{
    "xlsx.text_too_long", "{} của bảng `{}` dài {} ký tự; một ô Excel chứa tối đa 32.767 ký tự"};
inline constexpr Message kXlsxSheetFailed{
    "xlsx.sheet_failed", "không ghi được {} của bảng `{}` (trang tính `{}`) vào XLSX: {}"};

// The parts of a sheet that are not body cells, as words in the messages above.
inline constexpr Message kTitlePart{"xlsx.part_title", "tiêu đề"};
inline constexpr Message kHeaderPart{"xlsx.part_header", "đầu bảng"};
inline constexpr Message kLayoutPart{"xlsx.part_layout", "khổ giấy và cột"};
inline constexpr Message kSheetPart{"xlsx.part_sheet", "trang tính"};

}  // namespace vanban::msg
