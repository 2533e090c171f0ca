// Stage: xlsx.
// Tables → one worksheet each (libxlsxwriter): merged header, live formulas with cached values, formats, print setup.
#pragma once

#include "core/atomic_file.hpp"
#include "core/diagnostic.hpp"
#include "document/document.hpp"

#include <optional>
#include <string>

namespace vanban::xlsx {

struct XlsxOptions {
  std::string creator;  // "vanban 0.1.0"
  // libxlsxwriter writes only to a file: the workbook is made there, read back and removed.
  std::string scratch_dir = "/tmp";
};

// The workbook as bytes (the caller writes it atomically): one sheet per
// table — the body's tables in order, then the annexes — with the title and
// `(Kèm theo …)` rows, the merged header, Times New Roman everywhere,
// numbers as numbers with locale-neutral formats, derived cells and totals
// as formulas carrying the values the PDF prints, column widths fitted to the
// content, a frozen header and A4 print setup. The same document gives the
// same bytes. Returns nullopt when the document has no table or on failure
// (reported as `io.xlsx`).
std::optional<std::string> write_xlsx(const document::Document& doc, const XlsxOptions& options,
                                      Diagnostics& diags);

// The same workbook left in a scratch file in `options.scratch_dir` rather
// than read into memory (render: a 100,000-row workbook is copied from there
// into its output file).
std::optional<ScratchFile> write_xlsx_file(const document::Document& doc, const XlsxOptions& options,
                                           Diagnostics& diags);

// `C`, `AA`: the letters of a 0-based column.
std::string column_letters(int col);

}  // namespace vanban::xlsx
