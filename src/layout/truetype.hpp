// Stage: layout.
// A TrueType font file read once: the tables layout measures with (cmap, hmtx, hhea) and the PDF writer
// embeds from (glyf, loca, head, maxp, post, OS/2, name), and a glyph subset numbered as the PDF draws.
#pragma once

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::layout {

class TrueType {
 public:
  // Parses a .ttf file (TrueType outlines; not CFF/.otf, not collections).
  // On failure returns nullopt and says why in `error` (English, for logs).
  static std::optional<TrueType> parse(std::string bytes, std::string& error);
  // The same from a file, mapped rather than read: a process touches only
  // the tables it uses (cmap, hmtx, and the glyphs a subset keeps).
  static std::optional<TrueType> parse_file(const std::filesystem::path& path, std::string& error);

  uint16_t glyph(char32_t c) const {  // 0 (.notdef) when the font has none
    if (c < kDirect) return direct_[c];
    auto it = std::lower_bound(high_.begin(), high_.end(), c, [](const auto& m, char32_t k) { return m.first < k; });
    return it != high_.end() && it->first == c ? it->second : 0;
  }
  size_t mapped() const { return mapped_; }  // code points with a glyph
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

  // A font of exactly the glyphs in `order`, renumbered: its glyph k is
  // glyph order[k] of this font (order[0] should be 0, .notdef), and the
  // parts of composite glyphs follow, their references rewritten. The PDF
  // numbers glyphs as it first draws them, so the subset holds no empty
  // slots. Tables the PDF needs only: head, hhea, maxp, hmtx, loca, glyf,
  // cvt, fpgm, prep. An id past the last glyph is kept as an empty glyph.
  std::string subset(const std::vector<uint16_t>& order) const;

 private:
  struct Table {
    uint32_t offset = 0, length = 0;
  };
  std::string_view table(const char* tag) const;
  std::pair<uint32_t, uint32_t> glyph_extent(uint16_t gid) const;  // offset, length in glyf

  static std::optional<TrueType> parse_bytes(std::shared_ptr<const void> owner, std::string_view bytes,
                                             std::string& error);
  void map(uint32_t code, uint32_t gid);

  std::shared_ptr<const void> owner_;  // the file's bytes: a std::string or a mapping
  std::string_view bytes_;
  std::map<std::string, Table> tables_;
  Table glyf_, loca_, hmtx_;  // looked up once: read for every glyph
  std::string_view view(Table t) const { return bytes_.substr(t.offset, t.length); }
  // cmap: code points below kDirect (Latin, Vietnamese, punctuation) by
  // index; the rest sorted, by binary search.
  static constexpr char32_t kDirect = 0x2200;
  std::vector<uint16_t> direct_ = std::vector<uint16_t>(kDirect, 0);
  std::vector<std::pair<char32_t, uint16_t>> high_;
  size_t mapped_ = 0;
  std::vector<uint16_t> advances_;  // hmtx, one per long metric
  int glyph_count_ = 0;
  bool long_loca_ = false;
};

}  // namespace vanban::layout
