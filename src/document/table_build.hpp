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
std::optional<Table> build_table(const tmpl::TableSpec& spec, const data::Value& data, const tmpl::Limits& limits,
                                 Diagnostics& diags);

}  // namespace vanban::document
