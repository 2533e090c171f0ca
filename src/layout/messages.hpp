// Stage: layout.
// Messages of the layout stage (fonts, glyphs, things that do not fit).
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::layout::msg {

inline constexpr Message kFontsFileBad{"layout.fonts_file",
                                       "tệp cấu hình phông chữ không đúng: {}",
                                       "the fonts file is wrong: {}"};
inline constexpr Message kFontMissing{"io.font_missing",
                                      "không tìm thấy tệp phông chữ `{}` (kiểu {}) trong: {}",
                                      "font file `{}` ({} style) not found in: {}"};
inline constexpr Message kFontMissingHint{"io.font_missing",
                                          "cài gói `fonts-liberation2` (sudo apt-get install fonts-liberation2) hoặc sửa `search` trong tệp phông",
                                          "install `fonts-liberation2` (sudo apt-get install fonts-liberation2) or fix `search` in the fonts file"};
inline constexpr Message kFontUnreadable{"io.font_unreadable",
                                         "không đọc được tệp phông chữ `{}`: không phải phông TrueType (.ttf)",
                                         "cannot read font file `{}`: not a TrueType (.ttf) font"};
inline constexpr Message kMissingGlyph{"layout.missing_glyph",
                                       "phông {} ({}) không có ký tự `{}` (U+{:04X}) trong {}",
                                       "font {} ({}) has no glyph for `{}` (U+{:04X}) in {}"};
inline constexpr Message kMissingGlyphHint{"layout.missing_glyph",
                                           "sửa ký tự trong dữ liệu, hoặc chọn phông có ký tự này trong fonts.yaml",
                                           "fix the character in the data, or choose a font that has it in fonts.yaml"};
inline constexpr Message kWordTooWide{"layout.word_too_wide",
                                      "từ `{}` rộng {:.1f} mm, vượt khổ chữ {:.1f} mm: không thể xuống dòng",
                                      "the word `{}` is {:.1f} mm wide, wider than the text block ({:.1f} mm): it cannot be broken"};
inline constexpr Message kFootnoteTooLong{"layout.footnote_too_long",
                                          "chú thích {} dài hơn một trang ({:.0f} mm so với {:.0f} mm cho phép)",
                                          "footnote {} is longer than a page ({:.0f} mm against {:.0f} mm available)"};
inline constexpr Message kTableTooWide{"layout.table_too_wide",
                                       "bảng `{}` cần rộng ít nhất {:.0f} mm, nhưng khổ chữ {} chỉ rộng {:.0f} mm",
                                       "table `{}` needs at least {:.0f} mm, but the {} text block is {:.0f} mm wide"};
inline constexpr Message kTableTooWideHint{"layout.table_too_wide",
                                           "giảm `width` của các cột, hoặc đưa bảng thành phụ lục khổ ngang (`annexes:` với `orientation: landscape`)",
                                           "reduce the columns' `width`, or make the table an annex on landscape pages (`annexes:` with `orientation: landscape`)"};
inline constexpr Message kCellTooWide{"layout.cell_too_wide",
                                      "`{}` ở bảng `{}`, cột `{}` rộng {:.1f} mm, vượt độ rộng cột ({:.1f} mm cho chữ)",
                                      "`{}` in table `{}`, column `{}` is {:.1f} mm wide, wider than the column ({:.1f} mm for text)"};
inline constexpr Message kCellTooWideHint{"layout.cell_too_wide", "tăng `width` của cột này trong template.yaml",
                                          "increase this column's `width` in template.yaml"};
inline constexpr Message kBlockTooTall{"layout.block_too_tall",
                                       "{} cao hơn một trang, không thể dàn trang",
                                       "{} is taller than a page and cannot be laid out"};

inline constexpr Message kTooManyPages{"limit.pages", "văn bản dài hơn giới hạn {} trang; không ghi tệp nào",
                                       "the document is longer than the limit of {} pages; nothing was written"};

}  // namespace vanban::layout::msg
