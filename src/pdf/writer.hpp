// Stage: pdf.
// Writes laid-out pages as PDF 1.7: subset TrueType fonts with ToUnicode, rules, document info, outline.
#pragma once

#include "core/atomic_file.hpp"
#include "core/diagnostic.hpp"
#include "layout/fonts.hpp"
#include "layout/page.hpp"

#include <memory>
#include <optional>
#include <string>

namespace vanban::pdf {

namespace detail {
class Writer;
}

// Writes a PDF page by page, as layout hands pages over: each is numbered
// when added and drawn and compressed on the helper thread while layout makes
// the next (core/parallel.hpp, Behind), so only the output grows (docs/DESIGN.md, "Layout streams"). The fonts are cut
// to the glyphs drawn when the file is finished.
class PageWriter {
 public:
  explicit PageWriter(const layout::FontSet& fonts);
  ~PageWriter();
  PageWriter(const PageWriter&) = delete;
  PageWriter& operator=(const PageWriter&) = delete;

  // A file past `from` bytes goes into `file` as it grows (a long report is
  // not held in memory; a notice stays in memory); finish() then gives an
  // empty string and spilled() is true. Call before add().
  void spill_to(ScratchFile& file, size_t from = size_t{1} << 20);
  bool spilled() const;
  void add(layout::Page page);
  size_t pages() const;
  // The file as bytes, the same as write_pdf gives; a failure is reported as `io.pdf`.
  std::optional<std::string> finish(const layout::Metadata& metadata, Diagnostics& diags);

 private:
  std::unique_ptr<detail::Writer> writer_;
  std::string error_;  // the first failure while adding pages
  ScratchFile* spill_ = nullptr;
  int spill_error_ = 0;  // errno of a failed write into `spill_`
};

// The PDF file as bytes (the caller writes it atomically). The same input
// gives the same bytes: CreationDate comes from the document's date, the
// file identifier is a digest of the file's body, subset tags a digest of
// each face's glyph set. A failure is reported as `io.pdf`.
std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, const layout::FontSet& fonts,
                                     Diagnostics& diags);

}  // namespace vanban::pdf
