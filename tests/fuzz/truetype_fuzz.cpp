// libFuzzer target: the TrueType reader and subsetter (fonts named by a user's fonts.yaml) must never
// crash, hang or read outside the file. Seeds: tests/fuzz/corpus/truetype and the system's Liberation fonts.
#include "layout/truetype.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string error;
  auto font = vanban::layout::TrueType::parse(std::string(reinterpret_cast<const char*>(data), size), error);
  if (font.has_value() == !error.empty()) __builtin_trap();
  if (!font) return 0;
  std::vector<uint16_t> glyphs;
  for (char32_t c : {U'A', U'ệ', U'9', U'Ở'}) glyphs.push_back(font->glyph(c));
  glyphs.push_back(static_cast<uint16_t>(size));  // any id, also one past the last glyph
  const std::string sub = font->subset(glyphs);
  if (sub.size() < 12) __builtin_trap();
  for (uint16_t g : glyphs) (void)font->advance(g);
  return 0;
}
