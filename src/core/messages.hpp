// Stage: core.
// Message table of the core stage (file system and output).
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kDidYouMean{"core.did_you_mean", "có phải ý bạn là `{}`?"};
inline constexpr Message kFileMissing{"io.missing", "không tìm thấy tệp `{}`"};
inline constexpr Message kFileIsFolder{"io.is_folder", "`{}` là một thư mục, cần một tệp"};
inline constexpr Message kFileNotRegular{"io.not_regular",
                                        "`{}` không phải là tệp thường (mà là ống dẫn, thiết bị hoặc socket): chỉ đọc tệp thường"};
inline constexpr Message kFileUnreadable{"io.unreadable", "không đọc được tệp `{}`: {}"};
inline constexpr Message kOutputCreate{"io.create", "không tạo được tệp tạm trong thư mục `{}`: {}"};
inline constexpr Message kOutputWrite{"io.write", "không ghi được `{}`: {}; chưa ghi tệp nào"};
inline constexpr Message kOutputRename{"io.rename", "không thay được `{}`: {}; tệp cũ giữ nguyên"};

// The system's reasons (errno) in the I/O messages above.
inline constexpr Message kErrnoEACCES{"io.errno_eacces", "không có quyền truy cập"};
inline constexpr Message kErrnoEPERM{"io.errno_eperm", "không có quyền truy cập"};
inline constexpr Message kErrnoENOSPC{"io.errno_enospc", "ổ đĩa đã đầy"};
inline constexpr Message kErrnoEDQUOT{"io.errno_edquot", "đã hết hạn mức dung lượng"};
inline constexpr Message kErrnoEFBIG{"io.errno_efbig", "tệp quá lớn"};
inline constexpr Message kErrnoEROFS{"io.errno_erofs", "ổ đĩa chỉ cho phép đọc"};
inline constexpr Message kErrnoEIO{"io.errno_eio", "lỗi đọc/ghi thiết bị"};
inline constexpr Message kErrnoENOENT{"io.errno_enoent", "không có thư mục hoặc tệp"};
inline constexpr Message kErrnoENOTDIR{"io.errno_enotdir", "đường dẫn đi qua một tệp, không phải thư mục"};
inline constexpr Message kErrnoEISDIR{"io.errno_eisdir", "là một thư mục"};
inline constexpr Message kErrnoEMFILE{"io.errno_emfile", "mở quá nhiều tệp"};
inline constexpr Message kErrnoENFILE{"io.errno_enfile", "mở quá nhiều tệp"};
inline constexpr Message kErrnoENAMETOOLONG{"io.errno_enametoolong", "tên tệp quá dài"};

// Resource limits (core/limits.hpp)
inline constexpr Message kFileTooLarge{"limit.data_size", "tệp `{}` lớn hơn giới hạn {} MB cho một tệp dữ liệu"};
inline constexpr Message kLimitUnknown{"usage.limit_unknown", "không có giới hạn `{}`; các giới hạn: {}"};
inline constexpr Message kLimitBadValue{"usage.limit_value", "`--limit {}`: cần TÊN=SỐ, số nguyên dương"};
inline constexpr Message kLimitTooHigh{"usage.limit_too_high", "`--limit {}`: `{}` không thể lớn hơn {}"};
inline constexpr Message kLimitHint{"core.limit_hint",
                                    "nếu đúng là cần lớn như vậy, nâng giới hạn: `--limit {}={}`"};

}  // namespace vanban::msg
