// Stage: document.
// Message table of the body markup parser.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kMarkupUnclosed{"markup.unclosed", "`{}` mở ở đây không được đóng",
                                         "`{}` opened here is never closed"};
inline constexpr Message kMarkupUnclosedHint{"markup.unclosed_hint", "nếu muốn in chính ký tự đó, viết `\\{}`",
                                             "to print the character itself, write `\\{}`"};
inline constexpr Message kMarkupNestedFootnote{"markup.nested_footnote", "chú thích nằm trong một chú thích khác",
                                               "a footnote inside another footnote"};
inline constexpr Message kMarkupTooDeep{"markup.too_deep", "kiểu chữ (`**`, `*`, `__`, `^`) lồng nhau quá {} cấp",
                                        "styles (`**`, `*`, `__`, `^`) are nested more than {} levels deep"};
inline constexpr Message kMarkupEmptyFootnote{"markup.empty_footnote", "chú thích `^[]` trống",
                                              "the footnote `^[]` is empty"};
inline constexpr Message kMarkupUnknownDirective{"markup.unknown_directive", "không hiểu chỉ thị `{}`",
                                                 "unknown directive `{}`"};
inline constexpr Message kMarkupDirectiveInline{"markup.directive_inline",
                                                "`{{% {} %}}` phải đứng riêng một dòng",
                                                "`{{% {} %}}` must stand on a line of its own"};
inline constexpr Message kMarkupProtocol{"markup.protocol", "lỗi nội bộ: đoạn văn bản nguyên văn không khép",
                                         "internal error: an unbalanced literal run"};

}  // namespace vanban::msg
