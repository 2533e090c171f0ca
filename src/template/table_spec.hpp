// Stage: template.
// Table and annex declarations of template.yaml: header trees, row sources, value expressions, derived columns, totals.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"
#include "template/ast.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vanban::tmpl {

enum class ColumnKind {
  value = 0,   // `value: EXPR` per row: a number or a text (declared with `type:` or seen in the data)
  numbering,   // `numbering: true`: TT — 1, 2, … per row; I, II, … for groups
  ratio,       // `ratio: [a, b]`: a / b × 100 (or a / b shown as a percentage with `percent: true`)
  difference,  // `difference: [a, b]`: a − b
  sum,         // `sum: [a, b, …]`: a + b + …
};

enum class ValueType { infer = 0, number, text };

// One node of the header tree. A node with `children` is a merged group
// header; a leaf is a column of the table.
struct ColumnSpec {
  std::string key;                        // what derived columns call it; empty when nothing does
  std::shared_ptr<const Program> header;  // header text, a short template
  std::vector<ColumnSpec> children;
  ColumnKind kind = ColumnKind::value;
  ValueType type = ValueType::infer;      // kind value only
  std::shared_ptr<const Expr> value;      // kind value
  std::vector<std::string> operands;      // ratio, difference, sum: keys of other columns
  std::optional<int> decimals;            // digits after the decimal comma; default from the data (ratio: 1)
  bool percent = false;                   // ratio shown as `69,5%`
  bool total = true;                      // totals and subtotals fill this column
  double width_mm = 0;                    // 0: share the width the other columns leave
  std::string align;                      // "", "left", "center", "right"
  SourcePos pos;
};

struct TableSpec {
  std::string name;                            // `bieu-1`, as `{% table "bieu-1" %}` and annexes name it
  std::shared_ptr<const Program> title;        // CAPS title line (annex heading block, XLSX)
  std::shared_ptr<const Program> unit;         // `ĐVT: triệu đồng`
  std::shared_ptr<const Expr> rows;            // a list in the data
  std::shared_ptr<const Expr> group;           // optional: rows with the same value form a group
  std::shared_ptr<const Program> total_label;  // `Tổng cộng`, `Toàn tỉnh`; null: no totals row
  bool total_above = false;                    // the totals row comes before the rows
  std::string placeholder = "-";               // shown where a ratio's denominator is 0
  std::string sheet;                           // XLSX sheet name; default the annex heading or `name`
  std::vector<ColumnSpec> columns;             // the header tree
  SourcePos pos;
};

enum class AnnexOrientation { automatic = 0, portrait, landscape };

struct AnnexSpec {
  std::string table;
  std::string heading;  // `Biểu 1`; default `Biểu N` in order
  AnnexOrientation orientation = AnnexOrientation::automatic;
  bool attached_line = true;  // the `(Kèm theo …)` line
  std::string when;           // a data key: the annex is placed only when it holds something
  SourcePos pos;
};

// Reads `tables:` (a map name → table) of template.yaml.
void parse_tables(const data::Value& tables, std::vector<TableSpec>& out, Diagnostics& diags);
// Reads `annexes:` (a list); each must name a declared table.
void parse_annexes(const data::Value& annexes, const std::vector<TableSpec>& tables, std::vector<AnnexSpec>& out,
                   Diagnostics& diags);

// Leaves of the header tree, left to right.
std::vector<const ColumnSpec*> leaf_columns(const std::vector<ColumnSpec>& columns);

// Excel's rules for a sheet name: 1–31 characters, none of `[ ] : * ? / \`,
// not starting or ending with `'`. Returns the broken rule ("" when valid).
std::string sheet_name_problem(std::string_view name, bool vietnamese);

}  // namespace vanban::tmpl
