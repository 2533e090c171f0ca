// Stage: document.
// Body markup (ARCHITECTURE.md "Body markup") → blocks, inlines and footnotes.
#pragma once

#include "core/diagnostic.hpp"
#include "core/source_map.hpp"
#include "document/document.hpp"

#include <string_view>

namespace vanban::document {

struct Body {
  std::vector<Block> blocks;
  std::vector<Footnote> footnotes;
};

// Parses the text a template expanded to. Literal runs (core/markup_protocol.hpp)
// are plain text whatever they contain; directives become table and page-break
// blocks. Footnotes are numbered from `first_footnote`. Errors (an unclosed
// `**`, `*` or `^[`, an unknown directive) are reported at the position
// `where` gives for their offset; parsing goes on after each.
Body parse_markup(std::string_view text, const SourceMap& where, Diagnostics& diags, int first_footnote = 1);

}  // namespace vanban::document
