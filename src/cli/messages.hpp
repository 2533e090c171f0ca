// Stage: cli.
// Message table of the command line.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kNotASpec{"cli.not_a_spec",
                                   "`{}` không phải bản biên soạn: cần khóa `bien_soan` ở cấp ngoài cùng (xem docs/COMPILE.md)"};
inline constexpr Message kBatchProgress{"cli.batch_progress", "{}/{} văn bản, {:.0f} văn bản/giây, còn khoảng {} giây"};
inline constexpr Message kBatchDone{"cli.batch_done", "đã tạo {}/{} văn bản trong {:.1f} giây ({:.0f} văn bản/giây) vào {}"};
inline constexpr Message kBatchFailed{"cli.batch_failed", "{} tệp dữ liệu lỗi, không tạo văn bản: {}"};
inline constexpr Message kBatchMemory{"limit.memory",
                                     "bộ nhớ dùng {} MB, vượt giới hạn {} MB: dừng sau {}/{} văn bản, {} tệp chưa làm"};
inline constexpr Message kBatchStopped{"cli.batch_stopped",
                                       "đã dừng theo yêu cầu: {}/{} văn bản xong, không để lại tệp dở dang"};
inline constexpr Message kBatchNameTaken{"cli.batch_name_taken", "tên tệp kết quả `{}` trùng với của `{}`"};
inline constexpr Message kBatchBadShard{"cli.batch_bad_shard", "`--shard {}`: cần I/N với 0 ≤ I < N, ví dụ 0/4"};
inline constexpr Message kBatchNoName{"cli.batch_no_name", "không có trường `{}` để đặt tên tệp kết quả"};
inline constexpr Message kNewUnknownType{"cli.new_unknown_type",
                                        "không có loại văn bản `{}`; xem danh sách bằng `vanban templates`"};
inline constexpr Message kNewExists{"cli.new_exists", "`{}` đã có: chọn tên khác, hoặc xóa tệp cũ nếu muốn viết lại"};
inline constexpr Message kNewWritten{"cli.new_written",
                                     "đã tạo {}: sửa phần đầu và viết nội dung, rồi chạy `vanban render {}`"};
inline constexpr Message kTemplatesUnknown{"cli.templates_unknown", "không có mẫu hoặc loại văn bản `{}`"};
inline constexpr Message kInternalError{"internal.error",
                                        "lỗi nội bộ ({}): đây là lỗi của vanban, không phải của dữ liệu; không ghi tệp nào"};
inline constexpr Message kInternalHint{"internal.hint",
                                       "xin báo lỗi kèm lệnh đã chạy và tệp gây lỗi (docs/SECURITY.md, \"Reporting a problem\")"};
inline constexpr Message kUsage{"cli.usage", "{}"};
inline constexpr Message kSeeHelp{"cli.see_help", "Xem `vanban --help`."};
inline constexpr Message kCheckTemplateOk{"cli.check_template_ok", "mẫu `{}` và dữ liệu ({} tệp) hợp lệ"};
inline constexpr Message kCheckOk{"cli.check_ok", "dữ liệu hợp lệ: {} tệp"};

inline constexpr Message kWrote{"cli.wrote", "đã ghi {} ({} trang)"};
inline constexpr Message kWroteXlsx{"cli.wrote_xlsx", "đã ghi {} ({} trang tính)"};
inline constexpr Message kWroteDocx{"cli.wrote_docx", "đã ghi {} (Word, sửa được)"};
inline constexpr Message kNoTables{"cli.no_tables", "văn bản không có bảng nào nên không tạo được XLSX (bỏ `--format xlsx`)"};
inline constexpr Message kNotWritten{"cli.not_written", "không ghi tệp nào vì có lỗi"};
inline constexpr Message kBadOutputName{"cli.bad_name",
                                        "tên tệp kết quả `{}` không hợp lệ: cần ít nhất một ký tự, không có `/` hay ký tự "
                                        "điều khiển (xuống dòng, tab…), không phải `.` hay `..`"};
inline constexpr Message kTemplatesUnreadable{"io.templates_folder", "không đọc được thư mục các mẫu có sẵn `{}`: {}"};
inline constexpr Message kServeMissing{
    "io.serve_program", "không chạy được `{}` (chương trình của lệnh serve, đặt cạnh vanban): {}"};
inline constexpr Message kServeMissingHint{
    "io.serve_program_hint", "cài lại vanban, hoặc dựng lại cả hai chương trình: cmake --build build"};
inline constexpr Message kCannotMakeDir{"io.mkdir", "không tạo được thư mục kết quả `{}`: {}"};

}  // namespace vanban::msg
