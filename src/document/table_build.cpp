// Stage: document.
#include "document/table_build.hpp"

#include "core/messages.hpp"
#include "document/build_messages.hpp"
#include "locale/format.hpp"
#include "locale/text.hpp"
#include "template/value_ops.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>

namespace vanban::document {
namespace {

using data::List;
using data::Value;
using tmpl::ColumnKind;
using tmpl::ColumnSpec;

constexpr int kMaxAutoDecimals = 6;

// A value cell that cannot stand in its column, kept until the columns are
// decided so that the messages come column by column, as the reader scans.
struct CellProblem {
  size_t item = 0;
  bool is_list = false;  // a list or a map; otherwise a text in a number column
  SourcePos pos;
  std::string path;      // `xa[3].von`
  std::string text;      // the text found
  data::Kind kind = data::Kind::null;
};

class TableBuilder {
 public:
  TableBuilder(const tmpl::TableSpec& spec, const Value& data, Value* consume, const tmpl::Limits& limits,
               Diagnostics& diags)
      : spec_(spec), data_(data), consume_(consume), limits_(limits), diags_(diags) {}

  std::optional<Table> run() {
    int errors_before = diags_.error_count();
    leaves_ = tmpl::leaf_columns(spec_.columns);
    for (size_t j = 0; j < leaves_.size(); ++j) {
      if (!leaves_[j]->key.empty()) key_index_[leaves_[j]->key] = static_cast<int>(j);
    }
    table_.name = spec_.name;
    table_.pos = spec_.pos;
    table_.placeholder = spec_.placeholder;
    table_.sheet = spec_.sheet;
    if (spec_.title) table_.title = locale::upper(plain(*spec_.title));
    if (spec_.unit) table_.unit = plain(*spec_.unit);
    header();
    if (!evaluate_rows()) return std::nullopt;
    decide_columns();
    if (diags_.error_count() > errors_before) return std::nullopt;
    try {
      arrange_rows();
      fill_rows();
    } catch (const std::overflow_error&) {
      diags_.add(make_error(spec_.pos, msg::kTableNumberTooLarge, spec_.name));
    }
    if (diags_.error_count() > errors_before) return std::nullopt;
    return std::move(table_);
  }

 private:
  std::string plain(const tmpl::Program& p) { return tmpl::expand_plain(p, data_, limits_, diags_); }

  // ── The header grid ──
  static int depth(const std::vector<ColumnSpec>& cols) {
    int d = 0;
    for (const auto& c : cols) d = std::max(d, 1 + (c.children.empty() ? 0 : depth(c.children)));
    return d;
  }

  void place(const std::vector<ColumnSpec>& cols, int row, int& col, int total_depth) {
    for (const auto& c : cols) {
      HeaderCell h;
      h.text = c.header ? plain(*c.header) : std::string();
      h.row = row;
      h.col = col;
      if (c.children.empty()) {
        h.rows = total_depth - row;
        ++col;
        table_.header.push_back(std::move(h));
      } else {
        size_t at = table_.header.size();
        table_.header.push_back(h);
        int start = col;
        place(c.children, row + 1, col, total_depth);
        table_.header[at].cols = col - start;
      }
    }
  }

  void header() {
    table_.header_rows = depth(spec_.columns);
    int col = 0;
    place(spec_.columns, 0, col, table_.header_rows);
    table_.columns.resize(leaves_.size());
    for (const auto& h : table_.header) {
      if (h.row + h.rows == table_.header_rows && h.cols == 1) table_.columns[static_cast<size_t>(h.col)].header = h.text;
    }
  }

  // ── Row values ──
  // Each item of the data becomes its row's cells at once: a number where the
  // column holds numbers (formatted once the column's decimals are known), a
  // text elsewhere. A column without a declared type takes the kind of its
  // first value, so whether a cell fits is known as it is read. With
  // `consume_`, each item is emptied once read: a large table never holds its
  // data and its cells whole at the same time.
  bool evaluate_rows() {
    int errors_before = diags_.error_count();
    if (!spec_.rows) return false;
    auto rows = tmpl::evaluate(*spec_.rows, data_, {}, limits_, diags_);
    if (!rows) return false;
    const Value& rows_value = rows->value();
    list_path_ = rows->path.empty() ? "rows" : rows->path;
    const std::string& list_path = list_path_;
    if (!rows_value.is_list()) {
      diags_.add(make_error(rows_value.pos().known() ? rows_value.pos() : spec_.pos, msg::kRowsNotList, spec_.name,
                            list_path, data::kind_term(rows_value.kind())));
      return false;
    }
    const auto& items = rows_value.as_list();
    if (items.size() > limits_.max_rows) {
      Diagnostic d = make_error(rows_value.pos().known() ? rows_value.pos() : spec_.pos, msg::kTableTooManyRows,
                                spec_.name, Count{items.size()}, Count{limits_.max_rows});
      diags_.add(with_hint(std::move(d), vanban::msg::kLimitHint, "rows", items.size()));
      return false;
    }
    List* consumed = consume_ == &rows_value && consume_->is_list() ? &consume_->as_list() : nullptr;
    cells_.resize(items.size());
    item_pos_.resize(items.size());
    column_state_.assign(leaves_.size(), -1);
    for (size_t j = 0; j < leaves_.size(); ++j) {
      if (leaves_[j]->type == tmpl::ValueType::number) column_state_[j] = 1;
      if (leaves_[j]->type == tmpl::ValueType::text) column_state_[j] = 0;
    }
    scale_.assign(leaves_.size(), 0);
    problems_.resize(leaves_.size());
    for (size_t i = 0; i < items.size(); ++i) {
      const Value& item = items[i];
      item_pos_[i] = item.pos();
      std::string item_path = fmt::format("{}[{}]", list_path, i);
      if (!item.is_map()) {
        diags_.add(make_error(item.pos(), msg::kRowNotMap, spec_.name, item_path, data::kind_term(item.kind())));
        continue;
      }
      std::vector<tmpl::Binding> names = bindings(item, item_path);
      std::vector<TableCell>& cells = cells_[i];
      cells.resize(leaves_.size());
      for (size_t j = 0; j < leaves_.size(); ++j) {
        const ColumnSpec& c = *leaves_[j];
        if (c.kind != ColumnKind::value || !c.value) continue;
        // A column that fails usually fails on every row: report the first
        // row, named, and not the others.
        Diagnostics local;
        auto ev = tmpl::evaluate(*c.value, data_, names, limits_, local);
        if (!ev) {
          if (failed_columns_.insert(j).second) {
            for (Diagnostic d : local.items()) {
              d.append(msg::kInTableRow, item_path, spec_.name);
              diags_.add(std::move(d));
            }
          }
          continue;
        }
        take_value(i, j, *ev, item_path, cells[j]);
      }
      if (spec_.group) {
        auto g = tmpl::evaluate(*spec_.group, data_, names, limits_, diags_);
        std::string key = g ? locale::nfc(tmpl::to_text(g->value())) : std::string();
        auto it = std::find(group_order_.begin(), group_order_.end(), key);
        group_of_.push_back(static_cast<int>(it - group_order_.begin()));
        if (it == group_order_.end()) group_order_.push_back(std::move(key));
      }
      if (consumed) (*consumed)[i] = Value();  // read: its memory goes back for the cells
    }
    return diags_.error_count() == errors_before;
  }

  // One evaluated value into its cell, or into the problems of its column.
  void take_value(size_t i, size_t j, const tmpl::Evaluated& ev, const std::string& item_path, TableCell& cell) {
    const Value& v = ev.value();
    if (v.is_null()) return;
    if (column_state_[j] < 0) column_state_[j] = v.is_number() ? 1 : 0;
    auto problem = [&](bool is_list) {
      CellProblem p;
      p.item = i;
      p.is_list = is_list;
      p.pos = v.pos().known() ? v.pos() : leaves_[j]->pos;
      p.path = ev.path.empty() ? item_path : ev.path;
      if (!is_list) p.text = tmpl::to_text(v);
      p.kind = v.kind();
      problems_[j].push_back(std::move(p));
    };
    if (v.is_list() || v.is_map()) return problem(true);
    if (column_state_[j] == 1 && !v.is_number()) return problem(false);
    if (v.is_number()) scale_[j] = std::max(scale_[j], v.as_number().normalized().scale());
    if (column_state_[j] == 1) {
      cell.is_number = true;
      cell.value = v.as_number();
    } else {
      cell.text = locale::nfc(tmpl::to_text(v));
    }
  }

  // The names a row's expressions see: `row` and each of its keys.
  static std::vector<tmpl::Binding> bindings(const Value& item, const std::string& item_path) {
    std::vector<tmpl::Binding> names;
    names.push_back({"row", &item, item_path});
    for (const auto& m : item.as_map()) names.push_back({m.key, &m.value, item_path + "." + m.key});
    return names;
  }

  bool is_numeric(size_t j) const { return numeric_[j]; }

  void decide_columns() {
    numeric_.assign(leaves_.size(), false);
    for (size_t j = 0; j < leaves_.size(); ++j) {
      const ColumnSpec& c = *leaves_[j];
      TableColumn& col = table_.columns[j];
      col.width_mm = c.width_mm;
      col.pos = c.pos;
      col.percent = c.percent;
      switch (c.kind) {
        case ColumnKind::numbering: numeric_[j] = false; break;
        case ColumnKind::value:
          numeric_[j] = column_state_[j] == 1;
          break;
        default: numeric_[j] = true; break;
      }
      col.numeric = numeric_[j];
      col.align = c.kind == ColumnKind::numbering ? Align::center : numeric_[j] ? Align::right : Align::left;
      if (c.align == "left") col.align = Align::left;
      if (c.align == "center") col.align = Align::center;
      if (c.align == "right") col.align = Align::right;
    }
    // Values: numbers where numbers belong, no lists or maps anywhere.
    for (size_t j = 0; j < leaves_.size(); ++j) {
      if (leaves_[j]->kind != ColumnKind::value) continue;
      for (const CellProblem& p : problems_[j]) {
        if (p.is_list) {
          diags_.add(make_error(p.pos, msg::kCellIsList, p.path, table_.columns[j].header, spec_.name,
                                data::kind_term(p.kind)));
        } else {
          diags_.add(make_error(p.pos, msg::kCellNotNumber, p.path, table_.columns[j].header, spec_.name, p.text));
        }
      }
      table_.columns[j].decimals = leaves_[j]->decimals.value_or(std::min(scale_[j], kMaxAutoDecimals));
    }
    // Derived columns: operands must hold numbers; decimals default from them.
    std::vector<int> state(leaves_.size(), 0);
    std::function<int(size_t)> decimals_of = [&](size_t j) -> int {
      const ColumnSpec& c = *leaves_[j];
      if (c.kind == ColumnKind::value || c.kind == ColumnKind::numbering) return table_.columns[j].decimals;
      if (state[j] == 2) return table_.columns[j].decimals;
      if (state[j] == 1) return 0;  // a cycle; reported with the template
      state[j] = 1;
      int d = 0;
      for (const auto& op : c.operands) {
        auto it = key_index_.find(op);
        if (it == key_index_.end()) continue;
        if (!numeric_[static_cast<size_t>(it->second)]) {
          diags_.add(make_error(c.pos, msg::kOperandNotNumber, c.key.empty() ? table_.columns[j].header : c.key, op));
          continue;
        }
        d = std::max(d, decimals_of(static_cast<size_t>(it->second)));
      }
      table_.columns[j].decimals = c.decimals.value_or(c.kind == ColumnKind::ratio ? 1 : d);
      state[j] = 2;
      return table_.columns[j].decimals;
    };
    for (size_t j = 0; j < leaves_.size(); ++j) decimals_of(j);
  }

  // ── Rows: totals, groups, data ──
  void arrange_rows() {
    const size_t n = cells_.size();
    auto add = [&](TableRow::Kind k) {
      TableRow r;
      r.kind = k;  // cells come in fill_row: a data row's evaluated cells go as its cells come
      table_.rows.push_back(std::move(r));
      return static_cast<int>(table_.rows.size()) - 1;
    };
    // Sized once: a vector of 100,000 rows grown by doubling briefly holds two.
    table_.rows.reserve(n + group_order_.size() + 1);
    data_index_.reserve(n + group_order_.size() + 1);
    if (spec_.total_label && spec_.total_above) total_row_ = add(TableRow::Kind::total);
    if (spec_.group) {
      std::vector<std::vector<size_t>> members(group_order_.size());
      for (size_t i = 0; i < n; ++i) members[static_cast<size_t>(group_of_[i])].push_back(i);
      for (size_t k = 0; k < group_order_.size(); ++k) {
        int g = add(TableRow::Kind::group);
        group_label_[g] = group_order_[k];
        group_ordinal_[g] = static_cast<int>(group_ordinal_.size()) + 1;
        sum_of_[g] = {};
        if (total_row_ >= 0 || spec_.total_label) total_parts_.push_back(g);
        for (size_t i : members[k]) {
          int r = add(TableRow::Kind::data);
          set_data_index(r, i);
          sum_of_[g].push_back(r);
        }
      }
    } else {
      for (size_t i = 0; i < n; ++i) {
        int r = add(TableRow::Kind::data);
        set_data_index(r, i);
        total_parts_.push_back(r);
      }
    }
    if (spec_.total_label && !spec_.total_above) total_row_ = add(TableRow::Kind::total);
    if (total_row_ >= 0) sum_of_[total_row_] = total_parts_;
  }

  void set_data_index(int row, size_t item) {
    size_t r = static_cast<size_t>(row);
    if (data_index_.size() <= r) data_index_.resize(r + 1);
    data_index_[r] = item;
    table_.rows[r].pos = item_pos_[item];
  }

  int label_column() const {
    for (size_t j = 0; j < leaves_.size(); ++j) {
      if (leaves_[j]->kind == ColumnKind::value && !numeric_[j]) return static_cast<int>(j);
    }
    for (size_t j = 0; j < leaves_.size(); ++j) {
      if (leaves_[j]->kind == ColumnKind::numbering) return static_cast<int>(j);
    }
    return -1;
  }

  void set_number(TableCell& cell, const Decimal& v, int decimals) {
    cell.is_number = true;
    cell.value = v;
    cell.text = locale::number(v, decimals);
  }

  // Data rows first, then group subtotals, then the totals row: each sums
  // rows the previous pass filled, wherever the rows stand.
  void fill_rows() {
    const int label = label_column();
    std::string total_label = spec_.total_label ? plain(*spec_.total_label) : std::string();
    int item_number = 0;  // TT restarts in each group
    for (TableRow::Kind pass : {TableRow::Kind::data, TableRow::Kind::group, TableRow::Kind::total}) {
      for (size_t r = 0; r < table_.rows.size(); ++r) {
        TableRow& row = table_.rows[r];
        if (pass == TableRow::Kind::data && row.kind == TableRow::Kind::group) item_number = 0;
        if (row.kind != pass) continue;
        // A data row takes the cells its item made.
        if (row.kind == TableRow::Kind::data) row.cells = std::move(cells_[data_index_[r]]);
        fill_row(row, static_cast<int>(r), item_number);
        if (row.kind == TableRow::Kind::group && label >= 0 && row.cells[static_cast<size_t>(label)].text.empty()) {
          row.cells[static_cast<size_t>(label)].text = group_label_.at(static_cast<int>(r));
        }
        if (row.kind == TableRow::Kind::total && label >= 0) row.cells[static_cast<size_t>(label)].text = total_label;
      }
    }
  }

  void fill_row(TableRow& row, int ri, int& item_number) {
    row.cells.resize(leaves_.size());
    for (size_t j = 0; j < leaves_.size(); ++j) {
      const ColumnSpec& c = *leaves_[j];
      TableCell& cell = row.cells[j];
      if (c.kind == ColumnKind::numbering) {
        if (row.kind == TableRow::Kind::data) {
          set_number(cell, Decimal(static_cast<long long>(++item_number)), 0);
        } else if (row.kind == TableRow::Kind::group) {
          cell.text = locale::roman(group_ordinal_.at(ri));
        }
      } else if (c.kind == ColumnKind::value) {
        if (row.kind == TableRow::Kind::data) {
          if (cell.is_number) cell.text = locale::number(cell.value, table_.columns[j].decimals);
        } else if (numeric_[j] && c.total) {
          Decimal sum;
          for (int part : sum_of_.at(ri)) {
            const TableRow& summed = table_.rows[static_cast<size_t>(part)];
            if (summed.cells[j].is_number) sum += summed.cells[j].value;
          }
          set_number(cell, sum, table_.columns[j].decimals);
          Formula f;
          if (spec_.group) {
            // A span of rows, subtotals inside it skipped: a row inserted in a group counts.
            f.kind = Formula::Kind::subtotal_rows;
            f.rows = span_of(ri);
          } else {
            f.kind = Formula::Kind::sum_rows;
            f.rows = sum_of_.at(ri);
          }
          cell.formula = static_cast<int>(table_.formulas.size());
          table_.formulas.push_back(std::move(f));
        }
      }
    }
    // Derived cells, in dependency order.
    std::vector<int> state(leaves_.size(), 0);
    for (size_t j = 0; j < leaves_.size(); ++j) derive(row, j, state);
  }

  // The rows a grouped table's subtotal or total spans: a group's data rows,
  // or every row but the totals row.
  std::vector<int> span_of(int ri) const {
    if (ri == total_row_) {
      const int last = static_cast<int>(table_.rows.size()) - 1;
      return spec_.total_above ? std::vector<int>{ri + 1, last} : std::vector<int>{0, ri - 1};
    }
    const auto& parts = sum_of_.at(ri);
    if (parts.empty()) return {};
    return {parts.front(), parts.back()};
  }

  void derive(TableRow& row, size_t j, std::vector<int>& state) {
    const ColumnSpec& c = *leaves_[j];
    if (c.kind == ColumnKind::value || c.kind == ColumnKind::numbering || state[j] != 0) return;
    state[j] = 1;
    std::vector<int> cols;
    std::vector<Decimal> vals;
    for (const auto& op : c.operands) {
      int k = key_index_.at(op);
      derive(row, static_cast<size_t>(k), state);
      cols.push_back(k);
      const TableCell& o = row.cells[static_cast<size_t>(k)];
      vals.push_back(o.is_number ? o.value : Decimal());
    }
    state[j] = 2;
    if (row.kind != TableRow::Kind::data && !c.total) return;
    TableCell& cell = row.cells[j];
    const int d = table_.columns[j].decimals;
    // One formula for the whole column: the same operands on every row.
    if (derived_formula_.size() < leaves_.size()) derived_formula_.resize(leaves_.size(), -1);
    if (derived_formula_[j] < 0) {
      Formula f;
      f.columns = cols;
      f.decimals = d;
      f.percent = c.kind == ColumnKind::ratio && c.percent;
      f.kind = c.kind == ColumnKind::ratio        ? Formula::Kind::ratio
               : c.kind == ColumnKind::difference ? Formula::Kind::difference
                                                  : Formula::Kind::sum_columns;
      derived_formula_[j] = static_cast<int>(table_.formulas.size());
      table_.formulas.push_back(std::move(f));
    }
    cell.formula = derived_formula_[j];
    switch (c.kind) {
      case ColumnKind::ratio:
        if (vals[1].is_zero()) {
          cell.text = table_.placeholder;
        } else if (c.percent) {
          Decimal f = Decimal::divide(vals[0], vals[1], d + 2);
          cell.is_number = true;
          cell.value = f;
          cell.text = locale::percent(f * Decimal(100), d);
        } else {
          set_number(cell, locale::ratio_value(vals[0], vals[1], d), d);
        }
        break;
      case ColumnKind::difference:
        set_number(cell, vals[0] - vals[1], d);
        break;
      case ColumnKind::sum: {
        Decimal s;
        for (const auto& v : vals) s += v;
        set_number(cell, s, d);
        break;
      }
      default: break;
    }
  }

  const tmpl::TableSpec& spec_;
  const Value& data_;
  Value* consume_;  // the rows' list, emptied as read; null: the data stay whole
  const tmpl::Limits& limits_;
  Diagnostics& diags_;
  std::vector<const ColumnSpec*> leaves_;
  std::map<std::string, int> key_index_;
  std::string list_path_;  // the rows' data path, `xa`
  std::vector<std::vector<TableCell>> cells_;  // item of the data → its value cells, until placed in a row
  std::vector<signed char> column_state_;      // column → -1 not known yet, 0 text, 1 numbers
  std::vector<int> scale_;                     // column → most digits after the comma in its numbers
  std::vector<std::vector<CellProblem>> problems_;  // column → its cells that do not fit, in data order
  std::vector<int> group_of_;                  // item of the data → its group in group_order_
  std::vector<std::string> group_order_;       // group keys in order of first appearance
  std::vector<bool> numeric_;
  std::set<size_t> failed_columns_;
  Table table_;
  int total_row_ = -1;
  std::vector<int> total_parts_;
  std::vector<size_t> data_index_;  // table row → item of the data, for data rows
  std::vector<SourcePos> item_pos_;  // item of the data → where it is
  std::vector<int> derived_formula_;  // derived column → its formula in table_.formulas
  std::map<int, std::vector<int>> sum_of_;
  std::map<int, std::string> group_label_;
  std::map<int, int> group_ordinal_;
};

// Whether an expression or a short template reads the name `name`.
bool reads(const tmpl::Expr* e, const std::string& name) {
  if (!e) return false;
  if (e->kind == tmpl::Expr::Kind::name && e->text == name) return true;
  for (const auto& o : e->operands) {
    if (reads(o.get(), name)) return true;
  }
  for (const auto& a : e->args) {
    if (reads(a.value.get(), name)) return true;
  }
  return false;
}

bool reads(const tmpl::Nodes& nodes, const std::string& name) {
  for (const auto& n : nodes) {
    if (std::find(n->targets.begin(), n->targets.end(), name) != n->targets.end()) return true;
    for (const auto& c : n->conditions) {
      if (reads(c.get(), name)) return true;
    }
    for (const auto& b : n->bodies) {
      if (reads(b, name)) return true;
    }
  }
  return false;
}

bool reads(const std::shared_ptr<const tmpl::Program>& p, const std::string& name) {
  return p && reads(p->nodes, name);
}

bool reads(const std::vector<ColumnSpec>& columns, const std::string& name) {
  for (const auto& c : columns) {
    if (reads(c.header, name) || reads(c.value.get(), name) || reads(c.children, name)) return true;
  }
  return false;
}

}  // namespace

Value* rows_to_consume(const tmpl::TableSpec& spec, const std::vector<tmpl::TableSpec>& tables,
                       const std::vector<tmpl::AnnexSpec>& annexes, Value& data) {
  // The path's names, root first: `a.b.c` is member(member(name a, b), c).
  std::vector<std::string> path;
  const tmpl::Expr* e = spec.rows.get();
  while (e && e->kind == tmpl::Expr::Kind::member && e->operands.size() == 1) {
    path.insert(path.begin(), e->text);
    e = e->operands[0].get();
  }
  if (!e || e->kind != tmpl::Expr::Kind::name) return nullptr;
  const std::string& root = e->text;
  for (const auto& t : tables) {
    if (&t != &spec && reads(t.rows.get(), root)) return nullptr;
    if (reads(t.title, root) || reads(t.unit, root) || reads(t.total_label, root) || reads(t.group.get(), root) ||
        reads(t.columns, root)) {
      return nullptr;
    }
  }
  for (const auto& a : annexes) {
    if (a.when == root) return nullptr;
  }
  path.insert(path.begin(), root);
  Value* v = &data;
  for (const auto& key : path) {
    if (!v->is_map()) return nullptr;
    Value* next = nullptr;
    for (auto& m : v->as_map()) {
      if (m.key == key) {
        next = &m.value;
        break;
      }
    }
    if (!next) return nullptr;
    v = next;
  }
  return v->is_list() ? v : nullptr;
}

std::optional<Table> build_table(const tmpl::TableSpec& spec, const Value& data, const tmpl::Limits& limits,
                                 Diagnostics& diags, Value* consume) {
  return TableBuilder(spec, data, consume, limits, diags).run();
}

}  // namespace vanban::document
