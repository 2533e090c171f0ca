// Stage: docx.
// Message table of the DOCX writer.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kDocxFailed{"io.docx", "không tạo được tệp DOCX: {}"};

}  // namespace vanban::msg
