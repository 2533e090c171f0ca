// Stage: document.
// Evaluates a declared table over the data: header grid, rows, groups and subtotals, derived cells and totals.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"
#include "document/document.hpp"
#include "template/evaluator.hpp"
#include "template/table_spec.hpp"

#include <optional>

namespace vanban::document {

// Every figure is computed exactly (decimal arithmetic) and formatted the
// Vietnamese way; each derived cell also records the formula the XLSX writes,
// so both outputs show the same digits. A missing field, a text where a
// number belongs (named by its data path, `huyen[4].ke_hoach`) or a list that
// is not a list of rows is reported; returns nullopt after any problem.
//
// `consume`, when given, is the rows' list inside `data`: each item is emptied
// once its cells are made, so that a 100,000-row table does not hold its data
// and its cells at the same time (see rows_to_consume).
std::optional<Table> build_table(const tmpl::TableSpec& spec, const data::Value& data, const tmpl::Limits& limits,
                                 Diagnostics& diags, data::Value* consume = nullptr);

// The list a table may empty as it reads it: its `rows:` is a plain data path
// (`xa`, `bao_cao.xa`) whose first name nothing else among the template's
// tables and annexes reads (no column, group, title, unit, header or total
// label of any table, no other table's rows, no annex's `when:`). Null when
// the data must stay whole. Call it once the body has been expanded: the
// body's own reading of the data is over by then.
data::Value* rows_to_consume(const tmpl::TableSpec& spec, const std::vector<tmpl::TableSpec>& tables,
                             const std::vector<tmpl::AnnexSpec>& annexes, data::Value& data);

}  // namespace vanban::document
