// Stage: docx.
// The built document → an editable Word file (WordprocessingML) laid out as a clerk would build it by hand.
#pragma once

#include "core/diagnostic.hpp"
#include "document/document.hpp"
#include "layout/fonts.hpp"

#include <optional>
#include <string>

namespace vanban::docx {

struct DocxOptions {
  std::string creator;  // "vanban 0.1.0"
};

// The .docx as bytes (the caller writes it atomically), from the document
// the PDF is made of and the frame's measures (layout::Frame, the profile's
// Geometry): A4 with the profile's margins; the header as a borderless
// two-column table, the rules under the issuer, the motto and the summary as
// paragraph borders as long as the PDF draws them; Word numbering for
// numbered paragraphs whose numbers run in sequence (others keep their number
// as text); Word footnotes; a PAGE field centred in the top margin from page
// 2 (a different first page); each annex a section of its own orientation,
// numbered from 1; table header rows repeated on every page; fonts named
// "Times New Roman". The same document gives the same bytes. nullopt on
// failure (reported as `io.docx`).
std::optional<std::string> write_docx(const document::Document& doc, const layout::FontSet& fonts,
                                      const DocxOptions& options, Diagnostics& diags);

}  // namespace vanban::docx
