// Stage: pdf.
// Message table of the PDF writer.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kPdfFailed{"io.pdf", "không tạo được tệp PDF: {}"};
inline constexpr Message kPdfScratchWrite{
    "io.pdf_scratch", "không ghi được tệp PDF đang tạo vào thư mục tạm `{}`: {}"};
inline constexpr Message kPdfMissingGlyph{
    "pdf.missing_glyph", "phông `{}` không có ký tự `{}` (U+{:04X}), trang {}: ký tự sẽ không được in"};
inline constexpr Message kPdfMissingGlyphHint{
    "pdf.missing_glyph_hint", "sửa ký tự trong dữ liệu, hoặc chọn phông có ký tự này trong fonts.yaml"};

}  // namespace vanban::msg
