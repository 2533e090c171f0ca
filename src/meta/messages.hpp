// Stage: meta.
// Message table of the e-office metadata (edXML's field lengths, urgency and secrecy values).
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kMetaTooLong{"meta.too_long",
                                      "`{}` dài {} ký tự, edXML cho trường {} ({}) tối đa {} ký tự",
                                      "`{0}` is {1} characters long; edXML allows at most {4} in {2} ({3})"};
inline constexpr Message kMetaTooLongHint{"meta.too_long_hint",
                                          "hệ thống văn bản điện tử sẽ cắt hoặc từ chối văn bản; hãy rút gọn",
                                          "the e-office system would cut or refuse the document; shorten it"};
inline constexpr Message kMetaBadValue{"meta.bad_value", "`{}` là `{}`, nhưng chỉ có thể là {}",
                                       "`{}` is `{}`, but it can only be {}"};
inline constexpr Message kMetaNotText{"meta.not_text", "`{}` phải là chữ", "`{}` must be text"};

}  // namespace vanban::msg
