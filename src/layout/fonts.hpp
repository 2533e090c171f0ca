// Stage: layout.
// The four faces of the body font (fonts/fonts.yaml), with the advance widths every measurement uses.
#pragma once

#include "core/diagnostic.hpp"
#include "layout/page.hpp"
#include "layout/truetype.hpp"

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace vanban::layout {

// One font file, read once: its advance widths by code point, in font units,
// and its tables for the PDF writer to embed a subset from.
struct Face {
  std::filesystem::path path;
  int units_per_em = 2048;
  int ascender = 0;   // font units, positive up
  int descender = 0;  // font units, negative down
  std::shared_ptr<const TrueType> font;
};

// Regular, bold, italic and bold italic of one family. Immutable after
// loading, so one FontSet serves every thread of a batch.
class FontSet {
 public:
  // Reads fonts.yaml and the four font files it names. Every problem (a
  // missing file, a file that is not a font) goes to `diags`.
  // `home` is what a search folder `~/…` starts with (the CLI passes $HOME; library code reads no
  // environment); when it is empty such a folder is not searched.
  static std::optional<FontSet> load(const std::filesystem::path& fonts_yaml, Diagnostics& diags,
                                     const std::filesystem::path& home = {});
  // Loads the four files directly (tests).
  static std::optional<FontSet> from_files(std::string family, const std::array<std::filesystem::path, 4>& files,
                                           Diagnostics& diags);

  const std::string& family() const { return family_; }
  const Face& face(FontStyle style) const { return faces_[static_cast<size_t>(style)]; }

  bool has_glyph(char32_t c, FontStyle style) const;
  // Advance width of UTF-8 text at `size` pt. Characters without a glyph
  // count as zero (callers check has_glyph first).
  double width(std::string_view utf8, FontStyle style, double size) const;
  double ascent(FontStyle style, double size) const;   // positive
  double descent(FontStyle style, double size) const;  // positive

  // Distinct for every set loaded in this process (copies share it): what
  // the memo of set paragraphs keys on (layout/paragraph.cpp), with no risk
  // of a freed set's address coming back with other fonts.
  uint64_t id() const { return id_; }

 private:
  uint64_t id_ = 0;
  std::string family_;
  std::array<Face, 4> faces_;
};

// The source tree's fonts/fonts.yaml (the CLI looks at $VANBAN_FONTS first).
std::filesystem::path default_fonts_file();

// The first character of `text` that `style` has no glyph for.
std::optional<char32_t> first_missing_glyph(const FontSet& fonts, std::string_view text, FontStyle style);

}  // namespace vanban::layout
