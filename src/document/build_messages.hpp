// Stage: document.
// Message table of document files (.vb) and of building the document model.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kFrontMatterUnclosed{"document.front_matter_unclosed",
                                              "phần đầu `---` mở ở đây thiếu dòng `---` đóng"};
inline constexpr Message kFrontMatterUnopened{"document.front_matter_unopened",
                                              "phần đầu thiếu dòng `---` mở: các trường ở đây đóng bằng `---` ở dòng {}"};
inline constexpr Message kFrontMatterUnopenedHint{"document.front_matter_unopened_hint",
                                                  "thêm một dòng chỉ có `---` làm dòng đầu tiên của tệp, như `vanban new` viết"};
inline constexpr Message kNeedsExtends{"document.needs_extends",
                                       "văn bản .vb phải nêu mẫu của nó: `{{% extends \"bao-cao\" %}}`"};
inline constexpr Message kBadSignerAuthority{"document.bad_authority",
                                             "`nguoi_ky.quyen_han` phải là chuỗi hoặc danh sách chuỗi"};
inline constexpr Message kBadAddressees{"document.bad_addressees",
                                       "`kinh_gui` phải là một chuỗi hoặc danh sách chuỗi (mỗi nơi nhận một dòng)"};
inline constexpr Message kBadIssuers{"document.bad_issuers",
                                     "`co_quan_ban_hanh` phải là một chuỗi, hoặc danh sách chuỗi cho văn bản liên tịch"};
inline constexpr Message kBadRecipients{"document.bad_recipients", "`noi_nhan` phải là danh sách chuỗi"};


// Tables
inline constexpr Message kTableTooManyRows{"limit.rows", "bảng `{}` có {} dòng, vượt giới hạn {} dòng"};
inline constexpr Message kInTableRow{"document.in_table_row", " (dòng `{}` của bảng `{}`)"};
inline constexpr Message kRowsNotList{"document.table_rows_not_list",
                                      "nguồn dòng của bảng `{}` phải là danh sách, nhưng `{}` là {}"};
inline constexpr Message kRowNotMap{"document.table_row_not_map",
                                    "mỗi dòng của bảng `{}` phải là một bộ khóa–giá trị, nhưng `{}` là {}"};
inline constexpr Message kCellNotNumber{"document.table_not_number",
                                        "`{}` (cột `{}` của bảng `{}`) phải là số, nhưng là `{}`"};
inline constexpr Message kCellIsList{"document.table_cell_kind",
                                     "`{}` (cột `{}` của bảng `{}`) là {}, không đặt vào một ô được"};
inline constexpr Message kOperandNotNumber{"document.table_operand_text",
                                           "cột `{}` tính từ cột `{}`, nhưng cột đó chứa chữ, không phải số"};
inline constexpr Message kTableUnknown{"document.table_unknown", "không có bảng `{}` trong `tables:` của mẫu"};
inline constexpr Message kSheetTaken{"document.sheet_taken", "hai bảng cùng tên trang tính `{}` (`{}` và `{}`): đặt `sheet:` khác nhau"};
inline constexpr Message kSheetBad{"document.sheet_name", "tên trang tính `{}` của bảng `{}` không dùng được trong Excel: {}"};
inline constexpr Message kTableNumberTooLarge{"document.table_number_too_large", "số trong bảng `{}` quá lớn"};

}  // namespace vanban::msg
