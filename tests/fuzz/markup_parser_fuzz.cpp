// libFuzzer target: the body markup parser must never crash or hang, and its footnotes must be consistent.
#include "document/markup.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto file = std::make_shared<const std::string>("fuzz.vb");
  std::string_view text(reinterpret_cast<const char*>(data), size);
  vanban::SourceMap where;
  where.mark(0, vanban::make_pos(file, 1, 1));
  vanban::Diagnostics diags;
  auto body = vanban::document::parse_markup(text, where, diags, 1);
  // Footnotes are numbered 1, 2, … in order, and every reference has its note.
  for (size_t i = 0; i < body.footnotes.size(); ++i) {
    if (body.footnotes[i].number != static_cast<int>(i) + 1) __builtin_trap();
  }
  for (const auto& b : body.blocks) {
    for (const auto& x : b.inlines) {
      if (x.kind == vanban::document::Inline::Kind::footnote_ref &&
          (x.footnote < 1 || x.footnote > static_cast<int>(body.footnotes.size()))) {
        __builtin_trap();
      }
      if (x.kind == vanban::document::Inline::Kind::text && x.text.empty()) __builtin_trap();
    }
  }
  return 0;
}
