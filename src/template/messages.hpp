// Stage: template.
// Message table of the template language: syntax, evaluation, limits and template folders.
#pragma once

#include "core/diagnostic.hpp"
#include "core/messages.hpp"

namespace vanban::msg {

// Syntax
inline constexpr Message kUnclosedTag{"template.unclosed_tag", "thẻ `{}` mở ở đây không được đóng bằng `{}`"};
inline constexpr Message kUnclosedBlock{"template.unclosed_block", "`{{% {} %}}` mở ở đây thiếu `{{% {} %}}`"};
inline constexpr Message kUnexpectedTag{"template.unexpected_tag", "`{{% {} %}}` không đúng chỗ"};
inline constexpr Message kUnknownTag{"template.unknown_tag", "không có thẻ `{{% {} %}}`"};
inline constexpr Message kTableNameEmpty{"template.table_name_empty",
                                        "`{{% table %}}` cần tên một bảng trong `tables:` của mẫu, không để trống"};
inline constexpr Message kExpected{"template.expected", "cần {} nhưng gặp `{}`"};
inline constexpr Message kBadCharacter{"template.bad_character", "ký tự `{}` không dùng được trong biểu thức"};
inline constexpr Message kUnclosedString{"template.unclosed_string", "chuỗi mở ở đây thiếu dấu ngoặc đóng"};
inline constexpr Message kUnknownFilter{"template.unknown_filter", "không có bộ lọc `{}`"};
inline constexpr Message kUnknownFunction{"template.unknown_function", "không có hàm `{}`"};
inline constexpr Message kArgCount{"template.arg_count", "`{}` cần {} tham số, nhưng có {}"};
inline constexpr Message kUnknownArg{"template.unknown_arg", "`{}` không có tham số tên `{}`"};
inline constexpr Message kExtendsFirst{"template.extends_first",
                                       "`{{% extends %}}` phải đứng đầu văn bản, trước mọi nội dung khác"};
inline constexpr Message kExtendsInTemplate{"template.extends_in_template",
                                            "`{{% extends \"{}\" %}}` chỉ dùng trong văn bản (TÊN.vb): thân mẫu và tệp include "
                                            "không kế thừa mẫu nào, kể cả chính nó"};
inline constexpr Message kOutsideBlock{"template.outside_block",
                                       "văn bản đã có `{{% block %}}` thì mọi nội dung phải nằm trong một khối"};
inline constexpr Message kOutsideBlockHint{
    "template.outside_block_hint",
    "viết cả phần nội dung mà không dùng `{{% block %}}` nào (thay khối `noi_dung`), hoặc đưa đoạn này vào một khối"};
inline constexpr Message kUnknownBlock{"template.unknown_block", "mẫu `{}` không có khối `{}`; các khối của mẫu: {}"};
inline constexpr Message kNoBlocks{"template.no_blocks",
                                   "mẫu `{}` không có khối nào, nên văn bản không thay được khối `{}`"};
inline constexpr Message kDuplicateBlock{"template.duplicate_block", "khối `{}` đã có ở dòng {}"};

// Evaluation
inline constexpr Message kMissingData{"template.missing_data", "thiếu dữ liệu `{}`"};
inline constexpr Message kMissingHint{"template.missing_hint",
                                      "thêm `{}` vào tệp dữ liệu, hoặc dùng `| default(...)` nếu được phép thiếu"};
inline constexpr Message kHasNoKey{"template.has_no_key", "`{}` ở đây không có khóa `{}`"};
inline constexpr Message kValueHere{"template.value_here", "giá trị `{}` ở đây"};
inline constexpr Message kTypeMismatch{"template.type_mismatch", "{} cần {}, nhưng `{}` là {}"};
inline constexpr Message kDivisionByZero{"template.division_by_zero", "chia cho 0: `{}` bằng 0"};
inline constexpr Message kDivisionHint{"template.division_hint",
                                       "nếu mẫu số có thể bằng 0, dùng `ratio(a, b, 1, zero=\"-\")`"};
inline constexpr Message kBadDate{"template.bad_date", "`{}` không phải là ngày (cần dạng 2023-03-28 hoặc 28/3/2023)"};
inline constexpr Message kBadArgument{"template.bad_argument", "tham số của `{}` không hợp lệ: {}"};
inline constexpr Message kNumberTooLarge{"template.number_too_large",
                                        "số quá lớn để tính chính xác (quá 38 chữ số, kể cả các chữ số thập phân)"};

// Limits
inline constexpr Message kLoopLimit{"template.loop_limit", "vòng lặp vượt quá {} lượt (giới hạn)"};
inline constexpr Message kExprTooDeep{"template.expr_too_deep", "biểu thức lồng nhau quá {} cấp"};
inline constexpr Message kBlocksTooDeep{"template.blocks_too_deep",
                                        "các khối lồng nhau quá {} cấp: mẫu không được đọc tiếp"};
inline constexpr Message kExprDepthLimit{"template.expr_depth_limit",
                                         "lồng nhau quá {} cấp, kể cả trong biểu thức (giới hạn: 4 × `depth` = 4 × {})"};
inline constexpr Message kDepthLimit{"template.depth_limit", "lồng nhau quá {} cấp (giới hạn)"};
inline constexpr Message kIncludeRecursive{"template.include_recursive",
                                          "`{}` được include lại trong chính nó ({}): vòng include không bao giờ dừng"};
inline constexpr Message kOutputLimit{"template.output_limit", "văn bản sinh ra vượt quá {} (giới hạn)"};

// Template folders
inline constexpr Message kPathOutside{"template.path_outside",
                                      "`{}`: chỉ được dùng tệp trong thư mục của mẫu (không `..`, không đường dẫn tuyệt đối, không liên kết)"};
inline constexpr Message kPathHardLink{"template.path_hard_link",
                                       "`{}` có {} tên (liên kết cứng): tệp đó có thể nằm ngoài thư mục của mẫu; hãy chép thành tệp riêng"};
inline constexpr Message kNoTemplate{"template.not_found", "không có mẫu `{}`"};
inline constexpr Message kTemplatesHint{"template.list_hint", "các mẫu có sẵn: {} (xem `vanban templates`)"};

// template.yaml
inline constexpr Message kSpecMissing{"template.spec_missing", "template.yaml thiếu khóa `{}`"};
inline constexpr Message kSpecUnknownKey{"template.spec_unknown_key", "template.yaml không dùng khóa `{}`"};
inline constexpr Message kSpecWrongKind{"template.spec_wrong_kind", "`{}` phải là {}"};
inline constexpr Message kSpecBadType{"template.spec_bad_type", "không có kiểu dữ liệu `{}` (có: {})"};
inline constexpr Message kSpecBadBase{"template.spec_bad_base",
                                     "`base` phải là tên một thư mục mẫu cùng cấp, ví dụ `_khung-nd30`, nhưng là `{}`"};
inline constexpr Message kSpecBaseMissing{"template.spec_base_missing", "không có mẫu gốc `{}` (tìm ở {})"};
inline constexpr Message kSpecBaseTooDeep{"template.spec_base_too_deep",
                                          "mẫu gốc `{}` lồng quá {} tầng (mẫu dựa trên mẫu dựa trên …)"};
inline constexpr Message kSpecBaseCycle{"template.spec_base_cycle", "mẫu gốc `{}` quay vòng: `{}`"};
inline constexpr Message kSpecBadShape{"template.spec_bad_shape", "không có khung `{}`; các khung: {}"};
inline constexpr Message kSpecBadProfile{"template.spec_bad_profile",
                                         "thể thức `{}` không có: dùng `nd30` (Nghị định 30) hoặc `hd36` (Hướng dẫn 36)"};
inline constexpr Message kSpecBadHeader{"template.spec_bad_header", "không có trường đầu văn bản `{}` (có: {})"};

inline constexpr Message kNotAnExpression{"template.not_an_expression",
                                          "`{}` không phải là một biểu thức (ví dụ đúng: `ke_hoach`, `tong.giai_ngan * 1000`)"};

// Tables and annexes (template.yaml `tables:`, `annexes:`)
inline constexpr Message kTableNoColumns{"template.table_no_columns", "bảng `{}` chưa khai báo cột nào (`columns:`)"};
inline constexpr Message kColumnNoValue{"template.column_no_value",
                                        "cột này cần một trong: `value`, `numbering`, `ratio`, `difference`, `sum`, `columns`"};
inline constexpr Message kColumnTwoValues{"template.column_two_values", "cột chỉ được có một trong `{}` và `{}`"};
inline constexpr Message kColumnOperands{"template.column_operands", "`{}` cần {} tên cột, nhưng có {}"};
inline constexpr Message kColumnUnknownKey{"template.column_unknown_key", "bảng `{}` không có cột `{}`"};
inline constexpr Message kColumnKeys{"template.column_keys",
                                    "các cột có `key:` là: {} (cột được tính từ cột khác phải có `key`)"};
inline constexpr Message kColumnDuplicateKey{"template.column_duplicate_key", "cột `{}` đã khai báo ở dòng {}"};
inline constexpr Message kColumnCycle{"template.column_cycle", "cột `{}` tính từ chính nó (qua `{}`)"};
inline constexpr Message kColumnBadWidth{"template.column_bad_width", "độ rộng cột phải là số mm dương, nhưng là `{}`"};
inline constexpr Message kColumnBadDecimals{"template.column_bad_decimals", "`decimals` phải là số nguyên từ 0 đến 6"};
inline constexpr Message kColumnBadChoice{"template.column_bad_choice", "`{}` không nhận giá trị `{}` (chỉ nhận: {})"};
inline constexpr Message kTableNoRows{"template.table_no_rows", "bảng `{}` thiếu nguồn dòng `rows:` (một danh sách trong dữ liệu)"};
inline constexpr Message kSheetName{"template.sheet_name", "tên trang tính `{}` không dùng được trong Excel: {}"};
inline constexpr Message kAnnexUnknownTable{"template.annex_unknown_table", "phụ lục dùng bảng `{}` nhưng không có bảng đó trong `tables:`"};

// Data against the declared fields
inline constexpr Message kFieldMissing{"template.field_missing", "thiếu trường bắt buộc `{}` ({})"};
inline constexpr Message kFieldType{"template.field_type", "`{}` phải là {}, nhưng là {}"};
inline constexpr Message kFieldNotDate{"template.field_not_date",
                                       "`{}` phải là ngày dạng 2023-03-28 hoặc 28/3/2023, nhưng là `{}`"};
inline constexpr Message kFieldNotInteger{"template.field_not_integer", "`{}` phải là số nguyên, nhưng là {}"};
inline constexpr Message kFieldValue{"template.field_value", "`{}` không nhận giá trị `{}` (chỉ nhận: {})"};
inline constexpr Message kFieldUnknown{"template.field_unknown", "mẫu không dùng khóa `{}`"};
inline constexpr Message kNumberAsText{"template.number_as_text",
                                       "số trong YAML viết với dấu chấm thập phân, không nhóm: 15806.246"};

}  // namespace vanban::msg
