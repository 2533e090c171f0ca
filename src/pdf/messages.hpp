// Stage: pdf.
// Message table of the PDF writer.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kPdfFailed{"io.pdf", "không tạo được tệp PDF: {}", "cannot create the PDF: {}"};
inline constexpr Message kPdfMissingGlyph{
    "pdf.missing_glyph", "phông `{}` không có ký tự `{}` (U+{:04X}), trang {}: ký tự sẽ không được in",
    "font `{}` has no glyph for `{}` (U+{:04X}), page {}: the character would not be printed"};
inline constexpr Message kPdfMissingGlyphHint{
    "pdf.missing_glyph_hint", "sửa ký tự trong dữ liệu, hoặc chọn phông có ký tự này trong fonts.yaml",
    "fix the character in the data, or choose a font that has it in fonts.yaml"};
inline constexpr Message kPdfTooManyGlyphs{
    "pdf.too_many_glyphs", "văn bản dùng quá {} hình chữ khác nhau của phông `{}` (trang {}): PDF không ghi được thêm",
    "the document draws more than {} different glyphs of font `{}` (page {}): a PDF font cannot hold more"};

}  // namespace vanban::msg
