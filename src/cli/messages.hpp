// Stage: cli.
// Message table of the command line.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kNotASpec{"cli.not_a_spec",
                                   "`{}` không phải bản biên soạn: cần khóa `bien_soan` ở cấp ngoài cùng (xem docs/COMPILE.md)",
                                   "`{}` is not a compile spec: it needs a top-level `bien_soan` (see docs/COMPILE.md)"};
inline constexpr Message kUsage{"cli.usage", "{}\nXem `vanban --help`.", "{}\nSee `vanban --help`."};
inline constexpr Message kNoData{"cli.no_data", "cần ít nhất một tệp dữ liệu", "at least one data file is needed"};
inline constexpr Message kCheckTemplateOk{"cli.check_template_ok", "mẫu `{}` và dữ liệu ({} tệp) hợp lệ",
                                          "template `{}` and data ({} file(s)) are valid"};
inline constexpr Message kCheckOk{"cli.check_ok", "dữ liệu hợp lệ: {} tệp", "data is valid: {} file(s)"};

inline constexpr Message kWrote{"cli.wrote", "đã ghi {} ({} trang)", "wrote {} ({} page(s))"};
inline constexpr Message kWroteXlsx{"cli.wrote_xlsx", "đã ghi {} ({} trang tính)", "wrote {} ({} sheet(s))"};
inline constexpr Message kNoTables{"cli.no_tables", "văn bản không có bảng nào nên không tạo được XLSX (bỏ `--format xlsx`)",
                                   "the document has no table, so there is no XLSX to write (drop `--format xlsx`)"};
inline constexpr Message kNotWritten{"cli.not_written", "không ghi tệp nào vì có lỗi", "nothing written because of the errors"};
inline constexpr Message kBadOutputName{"cli.bad_name", "tên tệp kết quả `{}` không hợp lệ (không chứa `/`)",
                                        "invalid output name `{}` (no `/` allowed)"};
inline constexpr Message kCannotMakeDir{"io.mkdir", "không tạo được thư mục kết quả `{}`: {}",
                                        "cannot create the output folder `{}`: {}"};

}  // namespace vanban::msg
