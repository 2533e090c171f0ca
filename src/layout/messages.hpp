// Stage: layout.
// Messages of the layout stage (fonts, glyphs, things that do not fit).
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::layout::msg {

inline constexpr Message kFontsFileBad{"layout.fonts_file",
                                       "tệp cấu hình phông chữ không đúng: {}"};
inline constexpr Message kFontMissing{"io.font_missing",
                                      "không tìm thấy tệp phông chữ `{}` (kiểu {}) trong: {}"};
inline constexpr Message kFontMissingHint{"io.font_missing",
                                          "cài gói `fonts-liberation2` (sudo apt-get install fonts-liberation2) hoặc sửa `search` trong tệp phông"};
inline constexpr Message kFontUnreadable{"io.font_unreadable",
                                         "không đọc được tệp phông chữ `{}`: không phải phông TrueType (.ttf)"};
inline constexpr Message kMissingGlyph{"layout.missing_glyph",
                                       "phông {} ({}) không có ký tự `{}` (U+{:04X}) trong {}"};
inline constexpr Message kMissingGlyphHint{"layout.missing_glyph",
                                           "sửa ký tự trong dữ liệu, hoặc chọn phông có ký tự này trong fonts.yaml"};
inline constexpr Message kWordTooWide{"layout.word_too_wide",
                                      "từ `{}` rộng {:.1f} mm, vượt khổ chữ {:.1f} mm: không thể xuống dòng"};
inline constexpr Message kFootnoteTooLong{"layout.footnote_too_long",
                                          "chú thích {} dài hơn một trang ({:.0f} mm so với {:.0f} mm cho phép)"};
inline constexpr Message kTableTooWide{"layout.table_too_wide",
                                       "bảng `{}` cần rộng ít nhất {:.0f} mm, nhưng khổ chữ {} chỉ rộng {:.0f} mm"};
inline constexpr Message kTableTooWideHint{"layout.table_too_wide",
                                           "giảm `width` của các cột, hoặc đưa bảng thành phụ lục khổ ngang (`annexes:` với `orientation: landscape`)"};
inline constexpr Message kCellTooWide{"layout.cell_too_wide",
                                      "`{}` ở bảng `{}`, cột `{}` rộng {:.1f} mm, vượt độ rộng cột ({:.1f} mm cho chữ)"};
inline constexpr Message kCellTooWideHint{"layout.cell_too_wide", "tăng `width` của cột này trong template.yaml"};
inline constexpr Message kBlockTooTall{"layout.block_too_tall",
                                       "{} cao hơn một trang, không thể dàn trang"};

inline constexpr Message kTooManyPages{"limit.pages", "văn bản dài hơn giới hạn {} trang; không ghi tệp nào"};

// Page orientations, as words in messages.
inline constexpr Message kLandscape{"layout.landscape", "trang ngang"};
inline constexpr Message kPortrait{"layout.portrait", "trang dọc"};

// Font styles, as words in messages.
inline constexpr Message kStyleRegular{"layout.style_regular", "thường"};
inline constexpr Message kStyleBold{"layout.style_bold", "đậm"};
inline constexpr Message kStyleItalic{"layout.style_italic", "nghiêng"};
inline constexpr Message kStyleBoldItalic{"layout.style_bold_italic", "đậm nghiêng"};

// What a text is, in messages about it (where_arg).
inline constexpr Message kWhereIssuer{"layout.where_issuer", "cơ quan ban hành"};
inline constexpr Message kWhereStar{"layout.where_star", "dấu sao"};
inline constexpr Message kWhereMotto{"layout.where_motto", "quốc hiệu"};
inline constexpr Message kWhereSlogan{"layout.where_slogan", "tiêu ngữ"};
inline constexpr Message kWhereAddressee{"layout.where_addressee", "kính gửi"};
inline constexpr Message kWhereSender{"layout.where_sender", "bên gửi điện"};
inline constexpr Message kWhereUrgency{"layout.where_urgency", "độ khẩn"};
inline constexpr Message kWhereHeader{"layout.where_header", "phần đầu văn bản"};
inline constexpr Message kWhereParentBody{"layout.where_parent_body", "cơ quan chủ quản"};
inline constexpr Message kWhereNumber{"layout.where_number", "số và ký hiệu"};
inline constexpr Message kWhereSummary{"layout.where_summary", "trích yếu"};
inline constexpr Message kWherePlaceDate{"layout.where_place_date", "địa danh và ngày tháng"};
inline constexpr Message kWhereType{"layout.where_type", "loại văn bản"};
inline constexpr Message kWhereAuthorityLine{"layout.where_authority_line", "thẩm quyền ban hành"};
inline constexpr Message kWhereAuthority{"layout.where_authority", "thẩm quyền ký"};
inline constexpr Message kWhereSignerPosition{"layout.where_signer_position", "chức vụ người ký"};
inline constexpr Message kWhereSignerName{"layout.where_signer_name", "họ tên người ký"};
inline constexpr Message kWhereSignerTitle{"layout.where_signer_title", "chức danh người ký"};
inline constexpr Message kWhereClosing{"layout.where_closing", "phần kết (nơi nhận, chữ ký)"};
inline constexpr Message kWhereRecipients{"layout.where_recipients", "nơi nhận"};
inline constexpr Message kWhereHeading{"layout.where_heading", "đề mục"};
inline constexpr Message kWhereParagraph{"layout.where_paragraph", "đoạn văn"};
inline constexpr Message kWhereFootnote{"layout.where_footnote", "chú thích"};
inline constexpr Message kWhereBlock{"layout.where_block", "khối"};
inline constexpr Message kWhereTableCell{"layout.where_table_cell", "ô bảng {}"};
inline constexpr Message kWhereTableHead{"layout.where_table_head", "đầu bảng {}"};
inline constexpr Message kWhereTableRow{"layout.where_table_row", "dòng bảng {}"};
inline constexpr Message kWhereAnnexHead{"layout.where_annex_head", "đầu phụ lục {}"};

}  // namespace vanban::layout::msg
