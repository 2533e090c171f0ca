// Stage: xlsx.
// A plain grid of text cells as a one-sheet workbook (the arrivals grid of `compile --status`).
#pragma once

#include "core/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vanban::xlsx {

struct GridCell {
  enum class Tone { plain = 0, good, bad, muted };  // no fill, green, red, grey
  std::string text;
  Tone tone = Tone::plain;
};

struct Grid {
  std::string sheet;                          // ≤ 31 characters, none of []:*?/\ (Excel's rules)
  std::string title;                          // merged over the grid's width, bold
  std::vector<std::string> header;            // bold, bordered, frozen
  std::vector<std::vector<GridCell>> rows;    // bordered
  std::vector<std::string> notes;             // lines under the grid
};

// The workbook as bytes: title, header, rows, notes; Times New Roman, column
// widths fitted to the text, A4 landscape. The same grid gives the same
// bytes (a fixed creation date). Returns nullopt on failure (`io.xlsx`).
std::optional<std::string> write_grid(const Grid& grid, Diagnostics& diags);

}  // namespace vanban::xlsx
