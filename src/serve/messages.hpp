// Stage: serve.
// The messages of `vanban serve` and its page's API, in Vietnamese and English.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::serve::msg {

inline constexpr Message kFrontMatterOpen{"serve.front_matter", "phần đầu (---) chưa đóng"};
inline constexpr Message kFrontMatterMap{"serve.front_matter_map", "phần đầu phải là các cặp khóa: giá trị"};
inline constexpr Message kNoExtends{"serve.no_extends", "văn bản thiếu dòng {{% extends \"LOẠI\" %}}"};

inline constexpr Message kBadRequest{"serve.bad_request", "yêu cầu không hợp lệ: {}"};
inline constexpr Message kNotFound{"serve.not_found", "không có trang `{}`"};
inline constexpr Message kMethod{"serve.method", "trang `{}` không nhận yêu cầu {}"};
inline constexpr Message kNeedKey{"serve.need_key",
                                  "cần khóa truy cập: mở đúng địa chỉ (có ?khoa=…) mà vanban serve đã in khi khởi động"};
inline constexpr Message kBadHost{"serve.bad_host", "địa chỉ máy `{}` không được phục vụ"};
inline constexpr Message kNeedCsrf{"serve.need_csrf",
                                   "yêu cầu thiếu mã chống giả mạo (CSRF) hoặc mã sai; tải lại trang rồi thử lại"};
inline constexpr Message kBadOrigin{"serve.bad_origin", "yêu cầu đến từ trang khác (`{}`): bị từ chối"};
inline constexpr Message kBadPath{"serve.bad_path",
                                  "đường dẫn `{}` không hợp lệ: chỉ nhận tệp .vb, .yaml, .yml, .json, .csv, .xlsx "
                                  "trong thư mục làm việc (không có `..`, đường dẫn tuyệt đối, tên bắt đầu bằng dấu chấm)"};
inline constexpr Message kSymlink{"serve.symlink", "`{}` đi qua một liên kết tượng trưng: bị từ chối"};
inline constexpr Message kNoFile{"serve.no_file", "không có tệp `{}`"};
inline constexpr Message kNotAFile{"serve.not_a_file", "`{}` không phải một tệp thường"};
inline constexpr Message kTooBig{"serve.too_big", "`{}` lớn hơn giới hạn {} MB (--limit data-mb)"};
inline constexpr Message kBodyTooBig{"serve.body_too_big", "nội dung gửi lên lớn hơn giới hạn {} MB (--limit data-mb)"};
inline constexpr Message kConflict{"serve.conflict",
                                   "`{}` đã được sửa ở nơi khác (có thể một người khác vừa lưu) kể từ khi bạn mở: "
                                   "không ghi đè. Hãy mở lại tệp để xem bản mới, rồi sửa lại"};
inline constexpr Message kExists{"serve.exists", "đã có tệp `{}`: chọn tên khác"};
inline constexpr Message kIo{"serve.io", "không ghi/đọc được `{}` trên đĩa"};
inline constexpr Message kNotDocument{"serve.not_document", "`{}` không phải văn bản .vb"};
inline constexpr Message kNotData{"serve.not_data", "`{}` không phải tệp dữ liệu (.yaml, .yml, .json, .csv, .xlsx)"};
inline constexpr Message kUnknownType{"serve.unknown_type", "không có loại văn bản `{}`"};
inline constexpr Message kBadFormat{"serve.bad_format", "định dạng `{}` không có: chỉ pdf, xlsx hoặc docx"};
inline constexpr Message kNeedMember{"serve.need_member", "thiếu `{}` trong yêu cầu"};
inline constexpr Message kUnreadable{"serve.unreadable",
                                     "không mở được `{}` trong biểu mẫu; sửa tệp bằng trình soạn thảo rồi mở lại"};

inline constexpr Message kNotSpec{"serve.not_spec", "`{}` không phải bản biên soạn số liệu (khóa `bien_soan`)"};
inline constexpr Message kNotDraft{"serve.not_draft", "`{}` không phải bản thảo Word: chỉ nhận tệp .docx"};
inline constexpr Message kDropNoPattern{
    "serve.drop_no_pattern",
    "tên tệp `{}` không khớp nguồn số liệu nào của bản biên soạn; đặt tên theo mẫu, ví dụ: {}"};
inline constexpr Message kDropOtherYear{"serve.drop_other_year",
                                        "tệp `{}` là số liệu năm {}, còn bản biên soạn tổng hợp năm {}"};
inline constexpr Message kDropOutside{"serve.drop_outside",
                                      "tệp `{}` là số liệu tháng {}, ngoài kỳ báo cáo (tháng 1 đến tháng {})"};
inline constexpr Message kDropUnknownUnit{"serve.drop_unknown_unit",
                                          "tệp `{}` ghi đơn vị `{}`, không có trong danh sách đơn vị của bản biên soạn"};
inline constexpr Message kDropExists{"serve.drop_exists", "đã có `{}`: gửi lại để thay bằng tệp mới"};
inline constexpr Message kNotComplete{"serve.not_complete",
                                      "chưa lập được báo cáo: còn thiếu {} ô số liệu, {} ô có lỗi (xem bảng)"};
inline constexpr Message kNoTables{"serve.no_tables", "văn bản không có bảng nào nên không có tệp XLSX"};
inline constexpr Message kListening{"serve.listening",
                                    "vanban serve: mở {} trong trình duyệt (thư mục làm việc: {}). Dừng: Ctrl+C"};
inline constexpr Message kNoDir{"serve.no_dir", "thư mục làm việc `{}` không có hoặc không phải thư mục"};
inline constexpr Message kCannotBind{"serve.cannot_bind", "không mở được cổng {} trên {} (cổng đang bận hoặc địa chỉ sai)"};
inline constexpr Message kBadKeyFile{"serve.bad_key_file",
                                     "tệp khóa `{}` phải chứa một khóa truy cập dài ít nhất 16 ký tự (chữ, số, - hoặc _)"};
inline constexpr Message kBadListen{"serve.bad_listen", "`{}` không phải địa chỉ IP của máy này (ví dụ 0.0.0.0 hoặc 192.168.1.10)"};
inline constexpr Message kKeyPrinted{"serve.key",
                                     "phục vụ cả các máy khác: mỗi người dùng mở đúng địa chỉ trên (có khóa truy cập)"};

}  // namespace vanban::serve::msg
