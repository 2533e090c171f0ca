// Stage: layout.
// Setting a table: column widths, wrapped cells, the merged header grid, borders; rows as flow boxes.
#pragma once

#include "core/diagnostic.hpp"
#include "document/document.hpp"
#include "layout/flow.hpp"
#include "layout/fonts.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace vanban::layout {

struct TableStyle {
  double size = 12;       // cell text, pt (FORMAT.md "Annexes": 12–13 [12])
  double leading = 14;    // baseline to baseline inside a cell
  double pad_x = 3;       // cell padding, pt
  double pad_y = 2.5;
  double rule = 0.5;      // border thickness
  double min_column = document::kMinColumnMm * 72 / 25.4;  // the least a column without a declared width gets
};

// A set table: the header (baseline at its bottom edge) and one box per row
// (baseline at the row's bottom edge; a row taller than `max_row_height` is
// cut into several boxes). Boxes carry no section or advance yet.
struct SetTable {
  FlowBox header;
  std::vector<FlowBox> rows;
  double width = 0;
};

class TableSetter;

// A table being set: the header at once, the rows one at a time, as the
// paginator reaches them, so that a long table is never held as boxes all at
// once (docs/DESIGN.md, "Layout streams").
class TableRows {
 public:
  // Sets the header; nullptr when the table is wider than the measure (reported).
  static std::unique_ptr<TableRows> start(const document::Table& table, const FontSet& fonts, const TableStyle& style,
                                          double x, double measure, double max_row_height, Diagnostics& diags);
  ~TableRows();
  const FlowBox& header() const { return header_; }
  double width() const { return width_; }
  size_t rows_left() const;
  // Appends the boxes of the next row (more than one when it is cut); false when none is left.
  bool next(std::vector<FlowBox>& out);

 private:
  TableRows() = default;
  std::unique_ptr<TableSetter> setter_;
  FlowBox header_;
  double width_ = 0;
  double room_ = 0;
  size_t next_row_ = 0;
};

// Sets `table` in [x, x + measure), every row at once. A table wider than the measure, or a
// cell word wider than its column, is reported (naming the table and column);
// then nullopt.
std::optional<SetTable> set_table(const document::Table& table, const FontSet& fonts, const TableStyle& style,
                                  double x, double measure, double max_row_height, Diagnostics& diags);

}  // namespace vanban::layout
