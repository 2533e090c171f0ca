// Stage: data.
// Message table of the data readers (YAML, JSON, CSV, XLSX) and of merging.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kInvalidUtf8{
    "data.invalid_utf8", "byte 0x{:02X} không hợp lệ trong UTF-8: tệp phải lưu bằng bảng mã UTF-8 (Unicode)"};
inline constexpr Message kLegacyEncodingHint{
    "data.legacy_encoding",
    "tệp có vẻ được gõ bằng bảng mã cũ ({}); hãy mở trong Word/Excel và lưu lại dạng UTF-8, "
    "hoặc chuyển mã bằng Unikey (Công cụ chuyển mã)"};
inline constexpr Message kNulByte{"data.nul_byte", "byte NUL (0x00) trong tệp văn bản: tệp bị hỏng hoặc không phải là văn bản"};
inline constexpr Message kNulHint{"data.nul_hint", "mở tệp bằng trình soạn thảo văn bản, xóa ký tự lạ ở chỗ này rồi lưu bằng UTF-8"};
inline constexpr Message kUtf8Hint{"data.utf8_hint",
                                   "trong Notepad: Lưu thành… → Mã hóa: UTF-8"};
inline constexpr Message kUtf16{
    "data.utf16", "tệp được lưu bằng {} (có dấu BOM ở đầu), không phải UTF-8"};
inline constexpr Message kUtf16Hint{
    "data.utf16_hint",
    "mở tệp và lưu lại dưới dạng UTF-8 (Excel: Lưu thành → CSV UTF-8; Notepad: Lưu thành… → Mã hóa: UTF-8)"};
inline constexpr Message kYamlSyntax{"data.yaml_syntax", "cú pháp YAML sai: {}"};
inline constexpr Message kYamlTab{"data.yaml_tab",
                                  "ký tự Tab ở đầu dòng: YAML chỉ cho phép thụt lề bằng dấu cách"};
inline constexpr Message kYamlTabHint{"data.yaml_tab_hint", "thay Tab bằng 2 dấu cách"};
inline constexpr Message kDuplicateKey{"data.duplicate_key", "khóa `{}` lặp lại trong cùng một bảng"};
inline constexpr Message kFirstKeyHere{"data.first_key_here", "lần đầu ở dòng {}"};
inline constexpr Message kNonScalarKey{"data.non_scalar_key", "khóa phải là một chuỗi, không phải {}"};
inline constexpr Message kUnknownAnchor{"data.unknown_anchor", "không có neo `{}` (tham chiếu *{} trước khi đặt &{})"};
inline constexpr Message kSeveralDocuments{"data.several_documents",
                                           "tệp chứa nhiều tài liệu YAML (`---`); mỗi tệp chỉ một"};
inline constexpr Message kTopNotMap{"data.top_not_map",
                                    "tệp dữ liệu phải là các cặp `khóa: giá trị` ở cấp ngoài cùng, không phải {}"};
inline constexpr Message kYamlMergeKey{
    "data.yaml_merge_key", "khóa gộp `<<` không được hỗ trợ: vanban không chép khóa từ bảng khác vào đây"};
inline constexpr Message kYamlMergeKeyHint{
    "data.yaml_merge_key_hint", "viết lại các khóa cần thiết ngay trong bảng này, hoặc ghi `\"<<\"` nếu đó là một khóa thật"};
inline constexpr Message kNumberTooBig{
    "data.number_too_big", "`{}` là một số nhưng quá lớn hoặc quá nhiều chữ số để tính chính xác"};
inline constexpr Message kNumberTooBigHint{
    "data.number_too_big_hint",
    "một số có tối đa 38 chữ số, trong đó tối đa 30 chữ số sau dấu thập phân; nếu đây là một mã, hãy ghi nó là chữ"};
inline constexpr Message kDataFileEmpty{"data.empty_file", "tệp dữ liệu `{}` trống"};
inline constexpr Message kUnknownFormat{"data.unknown_format",
                                        "không biết đọc tệp `{}`: cần đuôi .yaml, .yml, .json, .csv hoặc .xlsx"};

inline constexpr Message kXlsxNotZip{"data.xlsx_not_zip",
                                     "không đọc được tệp Excel: tệp không phải .xlsx (có thể là .xls cũ hoặc bị hỏng)"};
inline constexpr Message kXlsxTooBig{"data.xlsx_too_big", "tệp Excel giải nén ra quá {} MiB"};
inline constexpr Message kXlsxBadPart{"data.xlsx_bad_part", "tệp Excel hỏng: thiếu hoặc sai phần `{}`"};
inline constexpr Message kXlsxNoSheet{"data.xlsx_no_sheet", "tệp Excel không có trang tính `{}`"};
inline constexpr Message kXlsxSheets{"data.xlsx_sheets", "các trang tính: {}"};
inline constexpr Message kXlsxErrorCell{"data.xlsx_error_cell", "ô {} chứa lỗi công thức `{}`"};
inline constexpr Message kXlsxBadNumber{"data.xlsx_bad_number", "ô {} có số không đọc được: `{}`"};
inline constexpr Message kXlsxBadText{"data.xlsx_bad_text", "ô {} có chữ không phải UTF-8"};
inline constexpr Message kXlsxSharedString{
    "data.xlsx_shared_string", "ô {} trỏ đến chuỗi số {} nhưng bảng chuỗi của tệp chỉ có {} chuỗi (tệp hỏng)"};
inline constexpr Message kXlsxBadRef{
    "data.xlsx_bad_ref", "ô có địa chỉ `{}` nằm ngoài trang tính của Excel (cột đến XFD, dòng đến 1048576) (tệp hỏng)"};
inline constexpr Message kXlsxUncalculated{
    "data.xlsx_uncalculated", "ô {} có công thức `{}` chưa được tính: tệp không lưu kết quả của nó"};
inline constexpr Message kXlsxUncalculatedHint{
    "data.xlsx_uncalculated_hint",
    "tệp do một chương trình khác tạo ra; hãy mở nó bằng Excel hoặc LibreOffice rồi lưu lại để các công thức được tính"};
inline constexpr Message kXlsxNoHeader{"data.xlsx_no_header", "ô {} có dữ liệu nhưng cột của nó không có tiêu đề"};
inline constexpr Message kXlsxEmpty{"data.xlsx_empty", "trang tính `{}` trống: cần một dòng tiêu đề"};
inline constexpr Message kTooDeep{"data.too_deep", "dữ liệu lồng nhau quá {} cấp"};
inline constexpr Message kTooManyValues{
    "data.too_many_values", "tệp sinh ra quá nhiều giá trị (các tham chiếu `*` lồng nhau nhân bản dữ liệu)"};

inline constexpr Message kCsvFieldCount{"data.csv_field_count", "dòng có {} ô, tiêu đề có {} cột"};
inline constexpr Message kCsvQuote{"data.csv_quote", "dấu ngoặc kép `\"` mở ở đây không được đóng"};
inline constexpr Message kCsvAfterQuote{
    "data.csv_after_quote", "chữ `{}` sau dấu ngoặc kép đóng ô; cả ô phải nằm trong ngoặc kép"};
inline constexpr Message kCsvEmptyHeader{"data.csv_empty_header", "cột {} không có tiêu đề"};
inline constexpr Message kCsvDuplicateHeader{"data.csv_duplicate_header", "tiêu đề cột `{}` lặp lại"};
inline constexpr Message kCsvEmpty{"data.csv_empty", "tệp CSV trống: cần một dòng tiêu đề"};
inline constexpr Message kCsvNotNumber{"data.csv_not_number", "`{}` không phải là số (cột `{}` là cột số)"};
inline constexpr Message kCsvNumberHint{"data.csv_number_hint",
                                        "viết số như Excel tiếng Việt: 218.703 hoặc 69,5"};
inline constexpr Message kCsvNumberHintDot{"data.csv_number_hint_dot",
                                           "viết số với dấu chấm thập phân, không nhóm: 218703 hoặc 69.5"};
inline constexpr Message kCsvPercent{
    "data.csv_percent", "`{}` có dấu `%` (cột `{}` là cột số)"};
inline constexpr Message kCsvPercentHint{
    "data.csv_percent_hint", "ghi số phần trăm không có dấu `%` (12 cho 12%); mẫu in nó bằng bộ lọc `percent`"};

// The kinds of value, as words in messages (kind_term).
inline constexpr Message kKindNull{"data.kind_null", "rỗng"};
inline constexpr Message kKindBoolean{"data.kind_boolean", "đúng/sai"};
inline constexpr Message kKindNumber{"data.kind_number", "số"};
inline constexpr Message kKindString{"data.kind_string", "chuỗi"};
inline constexpr Message kKindList{"data.kind_list", "danh sách"};
inline constexpr Message kKindMap{"data.kind_map", "bảng khóa"};

}  // namespace vanban::msg
