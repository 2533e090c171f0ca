// Stage: serve.
// The messages of `vanban serve` and its page's API, in Vietnamese and English.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::serve::msg {

inline constexpr Message kBadRequest{"serve.bad_request", "yêu cầu không hợp lệ: {}", "bad request: {}"};
inline constexpr Message kNotFound{"serve.not_found", "không có trang `{}`", "no page `{}`"};
inline constexpr Message kMethod{"serve.method", "trang `{}` không nhận yêu cầu {}", "`{}` does not take {}"};
inline constexpr Message kNeedKey{"serve.need_key",
                                  "cần khóa truy cập: mở đúng địa chỉ (có ?khoa=…) mà vanban serve đã in khi khởi động",
                                  "an access key is needed: open the address (with ?khoa=…) vanban serve printed at start"};
inline constexpr Message kBadHost{"serve.bad_host", "địa chỉ máy `{}` không được phục vụ", "host `{}` is not served"};
inline constexpr Message kNeedCsrf{"serve.need_csrf",
                                   "yêu cầu thiếu mã chống giả mạo (CSRF) hoặc mã sai; tải lại trang rồi thử lại",
                                   "the request lacks the anti-forgery (CSRF) token, or it is wrong; reload the page"};
inline constexpr Message kBadOrigin{"serve.bad_origin", "yêu cầu đến từ trang khác (`{}`): bị từ chối",
                                    "the request comes from another site (`{}`): refused"};
inline constexpr Message kBadPath{"serve.bad_path",
                                  "đường dẫn `{}` không hợp lệ: chỉ nhận tệp .vb, .yaml, .yml, .json, .csv, .xlsx "
                                  "trong thư mục làm việc (không có `..`, đường dẫn tuyệt đối, tên bắt đầu bằng dấu chấm)",
                                  "path `{}` is not valid: only .vb, .yaml, .yml, .json, .csv, .xlsx files inside the "
                                  "workspace (no `..`, no absolute path, no name starting with a dot)"};
inline constexpr Message kSymlink{"serve.symlink", "`{}` đi qua một liên kết tượng trưng: bị từ chối",
                                  "`{}` goes through a symbolic link: refused"};
inline constexpr Message kNoFile{"serve.no_file", "không có tệp `{}`", "no file `{}`"};
inline constexpr Message kNotAFile{"serve.not_a_file", "`{}` không phải một tệp thường", "`{}` is not a regular file"};
inline constexpr Message kTooBig{"serve.too_big", "`{}` lớn hơn giới hạn {} MB (--limit data-mb)",
                                 "`{}` is larger than the {} MB limit (--limit data-mb)"};
inline constexpr Message kBodyTooBig{"serve.body_too_big", "nội dung gửi lên lớn hơn giới hạn {} MB (--limit data-mb)",
                                     "the request body is larger than the {} MB limit (--limit data-mb)"};
inline constexpr Message kConflict{"serve.conflict",
                                   "`{}` đã được sửa ở nơi khác (có thể một người khác vừa lưu) kể từ khi bạn mở: "
                                   "không ghi đè. Hãy mở lại tệp để xem bản mới, rồi sửa lại",
                                   "`{}` was changed elsewhere (perhaps someone else saved it) since you opened it: "
                                   "not overwritten. Open the file again to see the new version, then edit again"};
inline constexpr Message kExists{"serve.exists", "đã có tệp `{}`: chọn tên khác", "`{}` already exists: choose another name"};
inline constexpr Message kIo{"serve.io", "không ghi/đọc được `{}` trên đĩa", "`{}` could not be read or written"};
inline constexpr Message kNotDocument{"serve.not_document", "`{}` không phải văn bản .vb", "`{}` is not a .vb document"};
inline constexpr Message kNotData{"serve.not_data", "`{}` không phải tệp dữ liệu (.yaml, .yml, .json, .csv, .xlsx)",
                                  "`{}` is not a data file (.yaml, .yml, .json, .csv, .xlsx)"};
inline constexpr Message kUnknownType{"serve.unknown_type", "không có loại văn bản `{}`", "no document type `{}`"};
inline constexpr Message kBadFormat{"serve.bad_format", "định dạng `{}` không có: chỉ pdf hoặc xlsx",
                                    "no format `{}`: only pdf or xlsx"};
inline constexpr Message kNeedMember{"serve.need_member", "thiếu `{}` trong yêu cầu", "`{}` is missing from the request"};
inline constexpr Message kUnreadable{"serve.unreadable",
                                     "không mở được `{}` trong biểu mẫu; sửa tệp bằng trình soạn thảo rồi mở lại",
                                     "`{}` cannot be opened in the form; fix the file in an editor and open it again"};

inline constexpr Message kNotSpec{"serve.not_spec", "`{}` không phải bản biên soạn số liệu (khóa `bien_soan`)",
                                  "`{}` is not a compile spec (key `bien_soan`)"};
inline constexpr Message kNoTables{"serve.no_tables", "văn bản không có bảng nào nên không có tệp XLSX",
                                   "the document has no tables, so there is no XLSX"};
inline constexpr Message kListening{"serve.listening",
                                    "vanban serve: mở {} trong trình duyệt (thư mục làm việc: {}). Dừng: Ctrl+C",
                                    "vanban serve: open {} in a browser (workspace: {}). Stop: Ctrl+C"};
inline constexpr Message kNoDir{"serve.no_dir", "thư mục làm việc `{}` không có hoặc không phải thư mục",
                                "the workspace `{}` does not exist or is not a folder"};
inline constexpr Message kCannotBind{"serve.cannot_bind", "không mở được cổng {} trên {} (cổng đang bận hoặc địa chỉ sai)",
                                     "cannot listen on port {} at {} (port busy or wrong address)"};
inline constexpr Message kBadKeyFile{"serve.bad_key_file",
                                     "tệp khóa `{}` phải chứa một khóa truy cập dài ít nhất 16 ký tự (chữ, số, - hoặc _)",
                                     "the key file `{}` must hold one access key of at least 16 characters "
                                     "(letters, digits, - or _)"};
inline constexpr Message kBadListen{"serve.bad_listen", "`{}` không phải địa chỉ IP của máy này (ví dụ 0.0.0.0 hoặc 192.168.1.10)",
                                    "`{}` is not an IP address of this machine (e.g. 0.0.0.0 or 192.168.1.10)"};
inline constexpr Message kKeyPrinted{"serve.key",
                                     "phục vụ cả các máy khác: mỗi người dùng mở đúng địa chỉ trên (có khóa truy cập)",
                                     "serving other PCs too: each user opens the address above (it carries the access key)"};

}  // namespace vanban::serve::msg
