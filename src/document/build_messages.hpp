// Stage: document.
// Message table of document files (.vb) and of building the document model.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kFrontMatterUnclosed{"document.front_matter_unclosed",
                                              "phần đầu `---` mở ở đây thiếu dòng `---` đóng",
                                              "the front matter `---` opened here has no closing `---` line"};
inline constexpr Message kNeedsExtends{"document.needs_extends",
                                       "văn bản .vb phải nêu mẫu của nó: `{{% extends \"bao-cao\" %}}`",
                                       "a .vb document must name its template: `{{% extends \"bao-cao\" %}}`"};
inline constexpr Message kBadSignerAuthority{"document.bad_authority",
                                             "`nguoi_ky.quyen_han` phải là chuỗi hoặc danh sách chuỗi",
                                             "`nguoi_ky.quyen_han` must be text or a list of text"};
inline constexpr Message kBadAddressees{"document.bad_addressees",
                                       "`kinh_gui` phải là một chuỗi hoặc danh sách chuỗi (mỗi nơi nhận một dòng)",
                                       "`kinh_gui` must be a string or a list of strings (one addressee each)"};
inline constexpr Message kBadIssuers{"document.bad_issuers",
                                     "`co_quan_ban_hanh` phải là một chuỗi, hoặc danh sách chuỗi cho văn bản liên tịch",
                                     "`co_quan_ban_hanh` must be a string, or a list of strings for a joint document"};
inline constexpr Message kBadRecipients{"document.bad_recipients", "`noi_nhan` phải là danh sách chuỗi",
                                        "`noi_nhan` must be a list of text"};


// Tables
inline constexpr Message kTableTooManyRows{"limit.rows", "bảng `{}` có {} dòng, vượt giới hạn {} dòng",
                                           "table `{}` has {} rows, more than the limit of {}"};
inline constexpr Message kRowsNotList{"document.table_rows_not_list",
                                      "nguồn dòng của bảng `{}` phải là danh sách, nhưng `{}` là {}",
                                      "the rows of table `{}` must be a list, but `{}` is a {}"};
inline constexpr Message kRowNotMap{"document.table_row_not_map",
                                    "mỗi dòng của bảng `{}` phải là một bộ khóa–giá trị, nhưng `{}` là {}",
                                    "each row of table `{}` must be a mapping, but `{}` is a {}"};
inline constexpr Message kCellNotNumber{"document.table_not_number",
                                        "`{}` (cột `{}` của bảng `{}`) phải là số, nhưng là `{}`",
                                        "`{}` (column `{}` of table `{}`) must be a number, but is `{}`"};
inline constexpr Message kCellIsList{"document.table_cell_kind",
                                     "`{}` (cột `{}` của bảng `{}`) là {}, không đặt vào một ô được",
                                     "`{}` (column `{}` of table `{}`) is a {}, which cannot fill a cell"};
inline constexpr Message kOperandNotNumber{"document.table_operand_text",
                                           "cột `{}` tính từ cột `{}`, nhưng cột đó chứa chữ, không phải số",
                                           "column `{}` is computed from column `{}`, which holds text, not numbers"};
inline constexpr Message kTableUnknown{"document.table_unknown", "không có bảng `{}` trong `tables:` của mẫu",
                                       "the template's `tables:` declares no table `{}`"};
inline constexpr Message kSheetTaken{"document.sheet_taken", "hai bảng cùng tên trang tính `{}` (`{}` và `{}`): đặt `sheet:` khác nhau",
                                    "two tables share the sheet name `{}` (`{}` and `{}`): give them different `sheet:`"};
inline constexpr Message kSheetBad{"document.sheet_name", "tên trang tính `{}` của bảng `{}` không dùng được trong Excel: {}",
                                   "the sheet name `{}` of table `{}` cannot be used in Excel: {}"};
inline constexpr Message kTableNumberTooLarge{"document.table_number_too_large", "số trong bảng `{}` quá lớn",
                                              "a number in table `{}` is too large"};

}  // namespace vanban::msg
