// Stage: data.
// The first (or a named) sheet of an XLSX workbook as a table: a list of rows keyed by the header row.
#pragma once

#include "core/diagnostic.hpp"
#include "data/text_check.hpp"
#include "data/value.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vanban::data {

struct XlsxOptions {
  std::string sheet;  // empty: the first sheet
  // A workbook whose parts unpack to more than this is refused (zip bombs).
  size_t max_unpacked = 256u << 20;
};

// Reads `bytes` (the whole .xlsx file) with libzip and pugixml. The first row
// with a non-empty cell is the header; each later row with a non-empty cell
// becomes a map header -> cell (number, text, boolean, or null when empty).
// Positions: line = the sheet's row number, column = the column number (A = 1),
// so `B7` is reported as 7:2. Numbers are read from the file's decimal text
// and rounded to 15 significant digits (what Excel shows: 0.30000000000000004
// is 0.3); numbers typed as text stay text. Error cells (#DIV/0!) are
// errors. On any problem adds it to `diags` and returns nullopt.
std::optional<Value> read_xlsx(std::string_view bytes, const FileName& file, const XlsxOptions& options,
                               Diagnostics& diags);

// `B7` -> {7, 2}; {0, 0} when `ref` is not a cell reference.
std::pair<int, int> cell_position(std::string_view ref);

}  // namespace vanban::data
