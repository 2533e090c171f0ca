// Stage: core.
// Message table of the core stage (file system and output).
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kDidYouMean{"core.did_you_mean", "có phải ý bạn là `{}`?", "did you mean `{}`?"};
inline constexpr Message kFileMissing{"io.missing", "không tìm thấy tệp `{}`", "file `{}` not found"};
inline constexpr Message kFileIsFolder{"io.is_folder", "`{}` là một thư mục, cần một tệp",
                                       "`{}` is a folder, not a file"};
inline constexpr Message kFileNotRegular{"io.not_regular",
                                        "`{}` không phải là tệp thường (mà là ống dẫn, thiết bị hoặc socket): chỉ đọc tệp thường",
                                        "`{}` is not a regular file (but a pipe, device or socket): only regular files are read"};
inline constexpr Message kFileUnreadable{"io.unreadable", "không đọc được tệp `{}`: {}",
                                         "cannot read `{}`: {}"};
inline constexpr Message kOutputCreate{"io.create", "không tạo được tệp tạm trong thư mục `{}`: {}",
                                       "cannot create a temporary file in `{}`: {}"};
inline constexpr Message kOutputWrite{"io.write", "không ghi được `{}`: {}; chưa ghi tệp nào",
                                      "cannot write `{}`: {}; no file was written"};
inline constexpr Message kOutputRename{"io.rename", "không thay được `{}`: {}; tệp cũ giữ nguyên",
                                       "cannot put `{}` in place: {}; the old file is unchanged"};


// Resource limits (core/limits.hpp)
inline constexpr Message kFileTooLarge{"limit.data_size", "tệp `{}` lớn hơn giới hạn {} MB cho một tệp dữ liệu",
                                       "`{}` is larger than the limit of {} MB for a data file"};
inline constexpr Message kLimitUnknown{"usage.limit_unknown", "không có giới hạn `{}`; các giới hạn: {}",
                                       "there is no limit `{}`; the limits: {}"};
inline constexpr Message kLimitBadValue{"usage.limit_value", "`--limit {}`: cần TÊN=SỐ, số nguyên dương",
                                        "`--limit {}`: NAME=NUMBER, a positive whole number, is needed"};
inline constexpr Message kLimitTooHigh{"usage.limit_too_high", "`--limit {}`: `{}` không thể lớn hơn {}",
                                       "`--limit {}`: `{}` cannot be more than {}"};
inline constexpr Message kLimitHint{"core.limit_hint",
                                    "nếu đúng là cần lớn như vậy, nâng giới hạn: `--limit {}={}`",
                                    "if it really must be this big, raise the limit: `--limit {}={}`"};

}  // namespace vanban::msg
