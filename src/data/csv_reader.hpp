// Stage: data.
// CSV tables (RFC 4180; `,`, `;` or tab separated; UTF-8 with or without BOM) into a list of rows.
#pragma once

#include "core/diagnostic.hpp"
#include "data/number_text.hpp"
#include "data/text_check.hpp"
#include "data/value.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::data {

struct CsvOptions {
  char separator = 0;  // 0: the most frequent of `;` `,` tab in the header row
  // unknown: vietnamese when the separator is `;` (what Vietnamese Excel
  // writes), international otherwise.
  NumberStyle numbers = NumberStyle::unknown;
  // Columns whose every non-empty cell must be a number.
  std::vector<std::string> numeric_columns;
  // Columns that stay text even when they look numeric.
  std::vector<std::string> text_columns;
  // Other columns are numeric when at least two thirds of their non-empty
  // cells (and at least two) are numbers; the other cells are then errors
  // (an `#DIV/0!` left in a figures column, a typo).
  bool infer_numeric = true;
};

// Reads a table whose first row is the header. Returns a list with one map
// per row (header -> cell: a number, text, or null when empty); rows with only
// empty cells are skipped. Every cell keeps its line and column. On any error
// adds every problem found to `diags` and returns nullopt.
std::optional<Value> read_csv(std::string_view text, const FileName& file, const CsvOptions& options,
                              Diagnostics& diags);

}  // namespace vanban::data
