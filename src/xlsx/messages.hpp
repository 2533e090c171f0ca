// Stage: xlsx.
// Message table of the XLSX writer: what Excel cannot hold.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kXlsxScratchWrite{
    "io.xlsx_scratch_write", "không ghi được tệp XLSX đang tạo vào thư mục tạm `{}`: {}"};
inline constexpr Message kXlsxScratchHint{
    "io.xlsx_scratch_hint", "thư mục tạm lấy từ biến môi trường TMPDIR (mặc định /tmp): đặt TMPDIR là một thư mục có sẵn và ghi được"};
inline constexpr Message kXlsxOver4GB{
    "xlsx.over_4gb", "không tạo được tệp XLSX: một trang tính hoặc cả tệp vượt quá 4 GB, giới hạn của định dạng ZIP mà XLSX dùng"};
inline constexpr Message kXlsxCellTooLong{
    "xlsx.cell_too_long",
    "ô ở dòng {} cột `{}` của bảng `{}` dài {} ký tự; một ô Excel chứa tối đa 32.767 ký tự"};
inline constexpr Message kXlsxCellTooLongHint{
    "xlsx.cell_too_long_hint", "rút gọn nội dung ô trong dữ liệu, hoặc chỉ tạo PDF (`--format pdf`)"};
inline constexpr Message kXlsxTextTooLong{
    "xlsx.text_too_long", "{} của bảng `{}` dài {} ký tự; một ô Excel chứa tối đa 32.767 ký tự"};
inline constexpr Message kXlsxSheetTooBig{
    "xlsx.too_big",
    "bảng `{}` có {} dòng và {} cột; một trang tính Excel chứa tối đa 1.048.576 dòng (kể cả tiêu đề và đầu bảng) và 16.384 cột"};
inline constexpr Message kXlsxSheetTooBigHint{
    "xlsx.too_big_hint", "chia bảng thành nhiều bảng, hoặc chỉ tạo PDF (`--format pdf`)"};

// The parts of a sheet that are not body cells, as words in the messages above.
inline constexpr Message kTitlePart{"xlsx.part_title", "tiêu đề"};
inline constexpr Message kHeaderPart{"xlsx.part_header", "đầu bảng"};

}  // namespace vanban::msg
