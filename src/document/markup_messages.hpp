// Stage: document.
// Message table of the body markup parser.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kMarkupUnclosed{"markup.unclosed", "`{}` mở ở đây không được đóng"};
inline constexpr Message kMarkupUnclosedHint{"markup.unclosed_hint", "nếu muốn in chính ký tự đó, viết `\\{}`"};
inline constexpr Message kMarkupNestedFootnote{"markup.nested_footnote", "chú thích nằm trong một chú thích khác"};
inline constexpr Message kMarkupTooDeep{"markup.too_deep", "kiểu chữ (`**`, `*`, `__`, `^`) lồng nhau quá {} cấp"};
inline constexpr Message kMarkupEmptyFootnote{"markup.empty_footnote", "chú thích `^[]` trống"};
inline constexpr Message kMarkupProtocol{"markup.protocol",
                                        "lỗi nội bộ: các dấu riêng (U+E000–U+E003) mẫu gửi sang phần trình bày không khớp"};

}  // namespace vanban::msg
