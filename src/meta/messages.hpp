// Stage: meta.
// Message table of the e-office metadata (edXML's field lengths, urgency and secrecy values).
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kMetaTooLong{"meta.too_long",
                                      "`{}` dài {} ký tự, edXML cho trường {} ({}) tối đa {} ký tự"};
inline constexpr Message kMetaTooLongHint{"meta.too_long_hint",
                                          "hệ thống văn bản điện tử sẽ cắt hoặc từ chối văn bản; hãy rút gọn"};
inline constexpr Message kMetaBadValue{"meta.bad_value", "`{}` là `{}`, nhưng chỉ có thể là {}"};
inline constexpr Message kMetaNotText{"meta.not_text", "`{}` phải là chữ"};

}  // namespace vanban::msg
