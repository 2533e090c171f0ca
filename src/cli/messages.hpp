// Stage: cli.
// Message table of the command line.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kUsage{"cli.usage", "{}\nXem `vanban --help`.", "{}\nSee `vanban --help`."};
inline constexpr Message kNoData{"cli.no_data", "cần ít nhất một tệp dữ liệu", "at least one data file is needed"};
inline constexpr Message kCheckTemplateOk{"cli.check_template_ok", "mẫu `{}` và dữ liệu ({} tệp) hợp lệ",
                                          "template `{}` and data ({} file(s)) are valid"};
inline constexpr Message kCheckOk{"cli.check_ok", "dữ liệu hợp lệ: {} tệp", "data is valid: {} file(s)"};

}  // namespace vanban::msg
