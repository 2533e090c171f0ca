// Stage: document.
// Message table of document files (.vb) and of building the document model.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kFrontMatterUnclosed{"document.front_matter_unclosed",
                                              "phần đầu `---` mở ở đây thiếu dòng `---` đóng",
                                              "the front matter `---` opened here has no closing `---` line"};
inline constexpr Message kNeedsExtends{"document.needs_extends",
                                       "văn bản .vb phải nêu mẫu của nó: `{{% extends \"bao-cao\" %}}`",
                                       "a .vb document must name its template: `{{% extends \"bao-cao\" %}}`"};
inline constexpr Message kBadSignerAuthority{"document.bad_authority",
                                             "`nguoi_ky.quyen_han` phải là chuỗi hoặc danh sách chuỗi",
                                             "`nguoi_ky.quyen_han` must be text or a list of text"};
inline constexpr Message kBadRecipients{"document.bad_recipients", "`noi_nhan` phải là danh sách chuỗi",
                                        "`noi_nhan` must be a list of text"};

}  // namespace vanban::msg
