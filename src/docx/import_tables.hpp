// Stage: docx (import).
// A draft's table as a vanban table: a header tree from the merged header cells, rows as data, TT and totals recognised.
#pragma once

#include "core/diagnostic.hpp"
#include "docx/import.hpp"
#include "docx/import_model.hpp"

#include <optional>
#include <set>
#include <string>

namespace vanban::docx {

struct TableNamer {
  int count = 0;
  std::set<std::string> used;  // names given so far
};

// nullopt when the table is no grid of data (rows of differing widths): the
// caller keeps its text as paragraphs.
// `annex`: the table stands on a page of its own after the signature; a grid wider than a portrait page's
// text keeps its widths (the annex is then set landscape, as in the draft).
std::optional<ImportedTable> import_table(const Table& t, TableNamer& namer, Diagnostics& diags, const SourcePos& at,
                                          bool annex = false);

}  // namespace vanban::docx
