// Stage: layout.
// A TrueType font file read once: the tables layout measures with (cmap, hmtx, hhea) and the PDF writer
// embeds from (glyf, loca, head, maxp, post, OS/2, name), and a glyph subset that keeps glyph ids.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vanban::layout {

class TrueType {
 public:
  // Parses a .ttf file (TrueType outlines; not CFF/.otf, not collections).
  // On failure returns nullopt and says why in `error` (English, for logs).
  static std::optional<TrueType> parse(std::string bytes, std::string& error);

  uint16_t glyph(char32_t c) const {  // 0 (.notdef) when the font has none
    auto it = cmap_.find(c);
    return it == cmap_.end() ? 0 : it->second;
  }
  const std::unordered_map<char32_t, uint16_t>& cmap() const { return cmap_; }
  int advance(uint16_t gid) const;  // font units
  int glyph_count() const { return glyph_count_; }

  int units_per_em = 2048;
  int ascender = 0, descender = 0;  // hhea, font units (descender negative)
  int cap_height = 0;               // OS/2 (ascender when the table lacks it)
  int x_min = 0, y_min = 0, x_max = 0, y_max = 0;
  double italic_angle = 0;
  int underline_position = 0, underline_thickness = 0;  // post
  bool fixed_pitch = false, serif = true, italic = false, bold = false;
  std::string postscript_name;  // name ID 6, e.g. LiberationSerif-Bold

  // The font with only `glyphs` (plus .notdef and the components of
  // composite glyphs) kept in glyf; every other glyph is empty, so glyph ids
  // stay the same (the PDF maps CIDs to glyph ids one to one). Tables the
  // PDF needs only: head, hhea, maxp, hmtx, loca, glyf, cvt, fpgm, prep.
  std::string subset(const std::vector<uint16_t>& glyphs) const;

 private:
  struct Table {
    uint32_t offset = 0, length = 0;
  };
  std::string_view table(const char* tag) const;
  std::pair<uint32_t, uint32_t> glyph_extent(uint16_t gid) const;  // offset, length in glyf

  std::string bytes_;
  std::map<std::string, Table> tables_;
  Table glyf_, loca_, hmtx_;  // looked up once: read for every glyph
  std::string_view view(Table t) const { return std::string_view(bytes_).substr(t.offset, t.length); }
  std::unordered_map<char32_t, uint16_t> cmap_;
  std::vector<uint16_t> advances_;  // hmtx, one per long metric
  int glyph_count_ = 0;
  bool long_loca_ = false;
};

}  // namespace vanban::layout
