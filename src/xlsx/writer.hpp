// Stage: xlsx.
// Tables → one worksheet each (our writer, xlsx/workbook.hpp): merged header, live formulas with cached values, formats, print setup.
#pragma once

#include "core/diagnostic.hpp"
#include "document/document.hpp"
#include "xlsx/workbook.hpp"

#include <optional>
#include <string>

namespace vanban::xlsx {

struct XlsxOptions {
  std::string creator;  // "vanban 0.1.0"
};

// The workbook as bytes (the caller writes it atomically): one sheet per
// table — the body's tables in order, then the annexes — with the title and
// `(Kèm theo …)` rows, the merged header, Times New Roman everywhere,
// numbers as numbers with locale-neutral formats, derived cells and totals
// as formulas carrying the values the PDF prints, column widths fitted to the
// content, a frozen header and A4 print setup. The same document gives the
// same bytes. Returns nullopt when the document has no table, or when a
// table does not fit in Excel (every such problem reported in `diags`).
// With `spill`, a workbook past 1 MB goes on into that scratch file (render:
// a 100,000-row table's) and the string returned is empty; `spill->size()`
// then says it is there.
std::optional<std::string> write_xlsx(const document::Document& doc, const XlsxOptions& options,
                                      Diagnostics& diags, ScratchFile* spill = nullptr);

}  // namespace vanban::xlsx
