// Stage: pdf.
// Writes laid-out pages as PDF 1.7: subset TrueType fonts with ToUnicode, rules, document info, outline.
#pragma once

#include "core/diagnostic.hpp"
#include "layout/fonts.hpp"
#include "layout/page.hpp"

#include <optional>
#include <string>

namespace vanban::pdf {

// The PDF file as bytes (the caller writes it atomically). The same input
// gives the same bytes: CreationDate comes from the document's date, the
// file identifier is a digest of the file's body, subset tags a digest of
// each face's glyph set. A failure is reported as `io.pdf`.
std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, const layout::FontSet& fonts,
                                     Diagnostics& diags);

}  // namespace vanban::pdf
