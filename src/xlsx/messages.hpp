// Stage: xlsx.
// Message table of the XLSX writer: libxlsxwriter's return codes as Diagnostics.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kXlsxFailed{"io.xlsx", "không tạo được tệp XLSX: {}", "cannot create the XLSX file: {}"};
inline constexpr Message kXlsxCellTooLong{
    "xlsx.cell_too_long",
    "ô ở dòng {} cột `{}` của bảng `{}` dài {} ký tự; một ô Excel chứa tối đa 32.767 ký tự",
    "the cell in row {}, column `{}` of table `{}` is {} characters long; an Excel cell holds at most 32,767"};
inline constexpr Message kXlsxCellTooLongHint{
    "xlsx.cell_too_long_hint", "rút gọn nội dung ô trong dữ liệu, hoặc chỉ tạo PDF (`--format pdf`)",
    "shorten the cell's text in the data, or make only the PDF (`--format pdf`)"};
inline constexpr Message kXlsxCellFailed{
    "xlsx.cell_failed", "không ghi được ô ở dòng {} cột `{}` của bảng `{}` vào XLSX: {}",
    "cannot write the cell in row {}, column `{}` of table `{}` to the XLSX: {}"};
inline constexpr Message kXlsxTextTooLong{
    "xlsx.text_too_long", "{} của bảng `{}` dài {} ký tự; một ô Excel chứa tối đa 32.767 ký tự",
    "the {} of table `{}` is {} characters long; an Excel cell holds at most 32,767"};
inline constexpr Message kXlsxSheetFailed{
    "xlsx.sheet_failed", "không ghi được {} của bảng `{}` (trang tính `{}`) vào XLSX: {}",
    "cannot write the {} of table `{}` (sheet `{}`) to the XLSX: {}"};

}  // namespace vanban::msg
