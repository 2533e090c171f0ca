// Stage: cli.
// Messages of `vanban import` that belong to the command (its files), not to reading the draft.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kImportExists{
    "cli.import_exists", "`{}` đã có: chọn tên khác bằng -o, hoặc xóa tệp cũ nếu muốn nhập lại"};
inline constexpr Message kImportWritten{
    "cli.import_written", "đã tạo {}: xem lại phần đầu và nội dung, rồi chạy `vanban render {}`"};
inline constexpr Message kImportTables{
    "cli.import_tables", "các bảng của bản thảo: khai báo ở {}/template.yaml, số liệu ở phần đầu của {}"};
inline constexpr Message kImportFrame{
    "cli.import_frame",
    "trích yếu của loại `{}` được ghép từ các trường khác: bản nhập dùng mẫu riêng ở {}/template.yaml, giữ nguyên trích yếu của bản thảo"};
inline constexpr Message kImportNoType{
    "cli.import_no_type", "không tìm thấy loại văn bản `{}` trong các mẫu có sẵn"};

}  // namespace vanban::msg
