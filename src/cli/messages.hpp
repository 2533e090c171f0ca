// Stage: cli.
// Message table of the command line.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kNotASpec{"cli.not_a_spec",
                                   "`{}` không phải bản biên soạn: cần khóa `bien_soan` ở cấp ngoài cùng (xem docs/COMPILE.md)",
                                   "`{}` is not a compile spec: it needs a top-level `bien_soan` (see docs/COMPILE.md)"};
inline constexpr Message kBatchProgress{"cli.batch_progress", "{}/{} văn bản, {:.0f} văn bản/giây, còn khoảng {} giây",
                                        "{}/{} documents, {:.0f} documents/s, about {} s left"};
inline constexpr Message kBatchDone{"cli.batch_done", "đã tạo {}/{} văn bản trong {:.1f} giây ({:.0f} văn bản/giây) vào {}",
                                    "made {}/{} documents in {:.1f} s ({:.0f} documents/s) in {}"};
inline constexpr Message kBatchFailed{"cli.batch_failed", "{} tệp dữ liệu lỗi, không tạo văn bản: {}",
                                      "{} data file(s) failed, no document made: {}"};
inline constexpr Message kBatchMemory{"limit.memory",
                                     "bộ nhớ dùng {} MB, vượt giới hạn {} MB: dừng sau {}/{} văn bản, {} tệp chưa làm",
                                     "memory use {} MB is over the limit of {} MB: stopped after {}/{} documents, {} files not done"};
inline constexpr Message kBatchStopped{"cli.batch_stopped",
                                       "đã dừng theo yêu cầu: {}/{} văn bản xong, không để lại tệp dở dang",
                                       "stopped on request: {}/{} documents done, no partial file left"};
inline constexpr Message kBatchNameTaken{"cli.batch_name_taken", "tên tệp kết quả `{}` trùng với của `{}`",
                                         "output name `{}` is also that of `{}`"};
inline constexpr Message kBatchBadShard{"cli.batch_bad_shard", "`--shard {}`: cần I/N với 0 ≤ I < N, ví dụ 0/4",
                                        "`--shard {}`: expected I/N with 0 <= I < N, e.g. 0/4"};
inline constexpr Message kBatchNoName{"cli.batch_no_name", "không có trường `{}` để đặt tên tệp kết quả",
                                      "no field `{}` to name the output after"};
inline constexpr Message kNewUnknownType{"cli.new_unknown_type",
                                        "không có loại văn bản `{}`; xem danh sách bằng `vanban templates`",
                                        "there is no document type `{}`; see the list with `vanban templates`"};
inline constexpr Message kNewExists{"cli.new_exists", "`{}` đã có: chọn tên khác, hoặc xóa tệp cũ nếu muốn viết lại",
                                    "`{}` already exists: choose another name, or delete the old file to start over"};
inline constexpr Message kNewWritten{"cli.new_written",
                                     "đã tạo {}: sửa phần đầu và viết nội dung, rồi chạy `vanban render {}`",
                                     "wrote {}: edit the front matter and write the body, then run `vanban render {}`"};
inline constexpr Message kTemplatesUnknown{"cli.templates_unknown", "không có mẫu hoặc loại văn bản `{}`",
                                           "there is no template or document type `{}`"};
inline constexpr Message kInternalError{"internal.error",
                                        "lỗi nội bộ ({}): đây là lỗi của vanban, không phải của dữ liệu; không ghi tệp nào",
                                        "internal error ({}): a fault of vanban, not of the data; nothing was written"};
inline constexpr Message kInternalHint{"internal.hint",
                                       "xin báo lỗi kèm lệnh đã chạy và tệp gây lỗi (docs/SECURITY.md, \"Reporting a problem\")",
                                       "please report it with the command and the file that caused it (docs/SECURITY.md, \"Reporting a problem\")"};
inline constexpr Message kUsage{"cli.usage", "{}", "{}"};
inline constexpr Message kSeeHelp{"cli.see_help", "Xem `vanban --help`.", "See `vanban --help`."};
inline constexpr Message kNoData{"cli.no_data", "cần ít nhất một tệp dữ liệu", "at least one data file is needed"};
inline constexpr Message kCheckTemplateOk{"cli.check_template_ok", "mẫu `{}` và dữ liệu ({} tệp) hợp lệ",
                                          "template `{}` and data ({} file(s)) are valid"};
inline constexpr Message kCheckOk{"cli.check_ok", "dữ liệu hợp lệ: {} tệp", "data is valid: {} file(s)"};

inline constexpr Message kWrote{"cli.wrote", "đã ghi {} ({} trang)", "wrote {} ({} page(s))"};
inline constexpr Message kWroteXlsx{"cli.wrote_xlsx", "đã ghi {} ({} trang tính)", "wrote {} ({} sheet(s))"};
inline constexpr Message kWroteDocx{"cli.wrote_docx", "đã ghi {} (Word, sửa được)", "wrote {} (Word, editable)"};
inline constexpr Message kNoTables{"cli.no_tables", "văn bản không có bảng nào nên không tạo được XLSX (bỏ `--format xlsx`)",
                                   "the document has no table, so there is no XLSX to write (drop `--format xlsx`)"};
inline constexpr Message kNotWritten{"cli.not_written", "không ghi tệp nào vì có lỗi", "nothing written because of the errors"};
inline constexpr Message kBadOutputName{"cli.bad_name",
                                        "tên tệp kết quả `{}` không hợp lệ: cần ít nhất một ký tự, không có `/` hay ký tự "
                                        "điều khiển (xuống dòng, tab…), không phải `.` hay `..`",
                                        "invalid output name `{}`: it needs at least one character, no `/` or control "
                                        "character (newline, tab…), and cannot be `.` or `..`"};
inline constexpr Message kTemplatesUnreadable{"io.templates_folder", "không đọc được thư mục các mẫu có sẵn `{}`: {}",
                                              "cannot read the built-in templates folder `{}`: {}"};
inline constexpr Message kCannotMakeDir{"io.mkdir", "không tạo được thư mục kết quả `{}`: {}",
                                        "cannot create the output folder `{}`: {}"};

}  // namespace vanban::msg
