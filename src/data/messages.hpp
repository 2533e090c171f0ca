// Stage: data.
// Message table of the data readers (YAML, JSON, CSV, XLSX) and of merging.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kInvalidUtf8{
    "data.invalid_utf8", "byte 0x{:02X} không hợp lệ trong UTF-8: tệp phải lưu bằng bảng mã UTF-8 (Unicode)",
    "byte 0x{:02X} is not valid UTF-8: the file must be saved as UTF-8 (Unicode)"};
inline constexpr Message kLegacyEncodingHint{
    "data.legacy_encoding",
    "tệp có vẻ được gõ bằng bảng mã cũ ({}); hãy mở trong Word/Excel và lưu lại dạng UTF-8, "
    "hoặc chuyển mã bằng Unikey (Công cụ chuyển mã)",
    "the file looks like it uses a legacy Vietnamese encoding ({}); save it again as UTF-8"};
inline constexpr Message kNulByte{"data.nul_byte", "byte NUL (0x00) trong tệp văn bản: tệp bị hỏng hoặc không phải là văn bản",
                                  "a NUL byte (0x00) in a text file: the file is damaged or is not text"};
inline constexpr Message kNulHint{"data.nul_hint", "mở tệp bằng trình soạn thảo văn bản, xóa ký tự lạ ở chỗ này rồi lưu bằng UTF-8",
                                  "open the file in a text editor, delete the odd character here and save it as UTF-8"};
inline constexpr Message kUtf8Hint{"data.utf8_hint",
                                   "trong Notepad: Lưu thành… → Mã hóa: UTF-8",
                                   "in Notepad: Save as… → Encoding: UTF-8"};
inline constexpr Message kUtf16{
    "data.utf16", "tệp được lưu bằng {} (có dấu BOM ở đầu), không phải UTF-8",
    "the file is saved as {} (it starts with a byte-order mark), not UTF-8"};
inline constexpr Message kUtf16Hint{
    "data.utf16_hint",
    "mở tệp và lưu lại dưới dạng UTF-8 (Excel: Lưu thành → CSV UTF-8; Notepad: Lưu thành… → Mã hóa: UTF-8)",
    "open the file and save it again as UTF-8 (Excel: Save as → CSV UTF-8; Notepad: Save as… → Encoding: UTF-8)"};
inline constexpr Message kYamlSyntax{"data.yaml_syntax", "cú pháp YAML sai: {}", "YAML syntax error: {}"};
inline constexpr Message kYamlTab{"data.yaml_tab",
                                  "ký tự Tab ở đầu dòng: YAML chỉ cho phép thụt lề bằng dấu cách",
                                  "a tab at the start of a line: YAML indents with spaces only"};
inline constexpr Message kYamlTabHint{"data.yaml_tab_hint", "thay Tab bằng 2 dấu cách",
                                      "replace the tab with 2 spaces"};
inline constexpr Message kDuplicateKey{"data.duplicate_key", "khóa `{}` lặp lại trong cùng một bảng",
                                       "key `{}` appears twice in the same mapping"};
inline constexpr Message kFirstKeyHere{"data.first_key_here", "lần đầu ở dòng {}",
                                       "first defined on line {}"};
inline constexpr Message kNonScalarKey{"data.non_scalar_key", "khóa phải là một chuỗi, không phải {}",
                                       "a key must be text, not a {}"};
inline constexpr Message kUnknownAnchor{"data.unknown_anchor", "không có neo `{}` (tham chiếu *{} trước khi đặt &{})",
                                        "anchor `{}` is not defined (*{} used before &{})"};
inline constexpr Message kSeveralDocuments{"data.several_documents",
                                           "tệp chứa nhiều tài liệu YAML (`---`); mỗi tệp chỉ một",
                                           "the file holds several YAML documents (`---`); one per file"};
inline constexpr Message kTopNotMap{"data.top_not_map",
                                    "tệp dữ liệu phải là các cặp `khóa: giá trị` ở cấp ngoài cùng, không phải {}",
                                    "a data file must hold `key: value` pairs at the top level, not a {}"};
inline constexpr Message kYamlMergeKey{
    "data.yaml_merge_key", "khóa gộp `<<` không được hỗ trợ: vanban không chép khóa từ bảng khác vào đây",
    "the merge key `<<` is not supported: vanban does not copy keys from another mapping"};
inline constexpr Message kYamlMergeKeyHint{
    "data.yaml_merge_key_hint", "viết lại các khóa cần thiết ngay trong bảng này, hoặc ghi `\"<<\"` nếu đó là một khóa thật",
    "write the keys this mapping needs in it, or write `\"<<\"` if it is a real key"};
inline constexpr Message kNumberTooBig{
    "data.number_too_big", "`{}` là một số nhưng quá lớn hoặc quá nhiều chữ số để tính chính xác",
    "`{}` is a number, but too large or too long to compute exactly"};
inline constexpr Message kNumberTooBigHint{
    "data.number_too_big_hint",
    "một số có tối đa 38 chữ số, trong đó tối đa 30 chữ số sau dấu thập phân; nếu đây là một mã, hãy ghi nó là chữ",
    "a number has at most 38 digits, at most 30 of them after the decimal point; if this is a code, write it as text"};
inline constexpr Message kDataFileEmpty{"data.empty_file", "tệp dữ liệu `{}` trống", "data file `{}` is empty"};
inline constexpr Message kUnknownFormat{"data.unknown_format",
                                        "không biết đọc tệp `{}`: cần đuôi .yaml, .yml, .json, .csv hoặc .xlsx",
                                        "cannot read `{}`: expected .yaml, .yml, .json, .csv or .xlsx"};

inline constexpr Message kXlsxNotZip{"data.xlsx_not_zip",
                                     "không đọc được tệp Excel: tệp không phải .xlsx (có thể là .xls cũ hoặc bị hỏng)",
                                     "cannot read the workbook: not an .xlsx file (an old .xls, or damaged)"};
inline constexpr Message kXlsxTooBig{"data.xlsx_too_big", "tệp Excel giải nén ra quá {} MiB",
                                     "the workbook unpacks to more than {} MiB"};
inline constexpr Message kXlsxBadPart{"data.xlsx_bad_part", "tệp Excel hỏng: thiếu hoặc sai phần `{}`",
                                      "damaged workbook: part `{}` is missing or malformed"};
inline constexpr Message kXlsxNoSheet{"data.xlsx_no_sheet", "tệp Excel không có trang tính `{}`",
                                      "the workbook has no sheet `{}`"};
inline constexpr Message kXlsxSheets{"data.xlsx_sheets", "các trang tính: {}", "its sheets: {}"};
inline constexpr Message kXlsxErrorCell{"data.xlsx_error_cell", "ô {} chứa lỗi công thức `{}`",
                                        "cell {} holds the formula error `{}`"};
inline constexpr Message kXlsxBadNumber{"data.xlsx_bad_number", "ô {} có số không đọc được: `{}`",
                                        "cell {} holds an unreadable number: `{}`"};
inline constexpr Message kXlsxBadText{"data.xlsx_bad_text", "ô {} có chữ không phải UTF-8",
                                      "cell {} holds text that is not UTF-8"};
inline constexpr Message kXlsxSharedString{
    "data.xlsx_shared_string", "ô {} trỏ đến chuỗi số {} nhưng bảng chuỗi của tệp chỉ có {} chuỗi (tệp hỏng)",
    "cell {} refers to shared string {} but the file's string table holds only {} (damaged workbook)"};
inline constexpr Message kXlsxBadRef{
    "data.xlsx_bad_ref", "ô có địa chỉ `{}` nằm ngoài trang tính của Excel (cột đến XFD, dòng đến 1048576) (tệp hỏng)",
    "cell reference `{}` is outside Excel's grid (columns to XFD, rows to 1048576) (damaged workbook)"};
inline constexpr Message kXlsxUncalculated{
    "data.xlsx_uncalculated", "ô {} có công thức `{}` chưa được tính: tệp không lưu kết quả của nó",
    "cell {} holds the formula `{}`, never calculated: the file stores no result for it"};
inline constexpr Message kXlsxUncalculatedHint{
    "data.xlsx_uncalculated_hint",
    "tệp do một chương trình khác tạo ra; hãy mở nó bằng Excel hoặc LibreOffice rồi lưu lại để các công thức được tính",
    "a program other than Excel wrote the file; open it in Excel or LibreOffice and save it, so the formulas are calculated"};
inline constexpr Message kXlsxNoHeader{"data.xlsx_no_header", "ô {} có dữ liệu nhưng cột của nó không có tiêu đề",
                                       "cell {} holds data but its column has no header"};
inline constexpr Message kXlsxEmpty{"data.xlsx_empty", "trang tính `{}` trống: cần một dòng tiêu đề",
                                    "sheet `{}` is empty: a header row is needed"};
inline constexpr Message kTooDeep{"data.too_deep", "dữ liệu lồng nhau quá {} cấp",
                                  "data is nested more than {} levels deep"};
inline constexpr Message kTooManyValues{
    "data.too_many_values", "tệp sinh ra quá nhiều giá trị (các tham chiếu `*` lồng nhau nhân bản dữ liệu)",
    "the file expands to too many values (nested `*` aliases copy data)"};

inline constexpr Message kCsvFieldCount{"data.csv_field_count", "dòng có {} ô, tiêu đề có {} cột",
                                        "the row has {} fields, the header has {} columns"};
inline constexpr Message kCsvQuote{"data.csv_quote", "dấu ngoặc kép `\"` mở ở đây không được đóng",
                                   "the quote `\"` opened here is never closed"};
inline constexpr Message kCsvStrayQuote{"data.csv_stray_quote",
                                        "dấu ngoặc kép `\"` giữa ô; trong ô có ngoặc kép, viết `\"\"`",
                                        "a quote `\"` inside an unquoted field; write `\"\"` inside quotes"};
inline constexpr Message kCsvAfterQuote{
    "data.csv_after_quote", "chữ `{}` sau dấu ngoặc kép đóng ô; cả ô phải nằm trong ngoặc kép",
    "text `{}` after the quote that closes the field; the whole field must be inside the quotes"};
inline constexpr Message kCsvEmptyHeader{"data.csv_empty_header", "cột {} không có tiêu đề",
                                         "column {} has no header"};
inline constexpr Message kCsvDuplicateHeader{"data.csv_duplicate_header", "tiêu đề cột `{}` lặp lại",
                                             "column header `{}` appears twice"};
inline constexpr Message kCsvEmpty{"data.csv_empty", "tệp CSV trống: cần một dòng tiêu đề",
                                   "the CSV file is empty: a header row is needed"};
inline constexpr Message kCsvNotNumber{"data.csv_not_number", "`{}` không phải là số (cột `{}` là cột số)",
                                       "`{}` is not a number (column `{}` is numeric)"};
inline constexpr Message kCsvNumberHint{"data.csv_number_hint",
                                        "viết số như Excel tiếng Việt: 218.703 hoặc 69,5",
                                        "write numbers as Vietnamese Excel does: 218.703 or 69,5"};
inline constexpr Message kCsvNumberHintDot{"data.csv_number_hint_dot",
                                           "viết số với dấu chấm thập phân, không nhóm: 218703 hoặc 69.5",
                                           "write numbers with a decimal point, no grouping: 218703 or 69.5"};
inline constexpr Message kCsvPercent{
    "data.csv_percent", "`{}` có dấu `%` (cột `{}` là cột số)", "`{}` has a `%` sign (column `{}` is numeric)"};
inline constexpr Message kCsvPercentHint{
    "data.csv_percent_hint", "ghi số phần trăm không có dấu `%` (12 cho 12%); mẫu in nó bằng bộ lọc `percent`",
    "write the percentage without `%` (12 for 12%); the template prints it with the `percent` filter"};

}  // namespace vanban::msg
