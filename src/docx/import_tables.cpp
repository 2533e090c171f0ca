// Stage: docx (import).
// Header rows: the rows marked as repeating headers, else the first row and the rows its merges reach into.
#include "docx/import_tables.hpp"

#include "data/number_text.hpp"
#include "docx/import_messages.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace vanban::docx {
namespace {

constexpr int kTextWidthMm = 160;  // A4 portrait's text width less a margin for rounding (FORMAT.md: 165 mm)
constexpr int kMinColumnMm = 10;
constexpr double kPortraitTextWidthMm = 165;  // FORMAT.md: A4 portrait, 30 mm and 15 mm margins
constexpr double kTwipsPerMm = 1440 / 25.4;

using data::Member;
using data::Value;

// A cell placed on the grid: its row, first column and extent.
struct Placed {
  int row = 0, col = 0, span = 1, rows = 1;
  std::string text;
  bool centred = false;  // every paragraph of the cell centred
};

// The grid of a table: every cell at its columns, vertical merges joined into the cell that starts them.
std::vector<std::vector<Placed>> place(const Table& t, int& width) {
  std::vector<std::vector<Placed>> grid;
  width = 0;
  std::vector<Placed*> above;  // per column: the cell a continuing vMerge joins
  for (size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<Placed> row;
    int col = 0;
    for (const auto& c : t.rows[r]) {
      Placed p;
      p.row = static_cast<int>(r);
      p.col = col;
      p.span = c.span;
      p.text = tidy(c.text());
      p.centred = !c.paragraphs.empty() &&
                  std::all_of(c.paragraphs.begin(), c.paragraphs.end(), [](const Paragraph& q) { return q.centred; });
      if (c.vmerge == VMerge::cont) p.rows = 0;  // joined to the cell above
      row.push_back(std::move(p));
      col += c.span;
    }
    width = std::max(width, col);
    grid.push_back(std::move(row));
  }
  // Count each restart's rows.
  for (size_t r = 0; r < grid.size(); ++r) {
    for (auto& p : grid[r]) {
      if (p.rows == 0) continue;
      int n = 1;
      for (size_t k = r + 1; k < grid.size(); ++k) {
        auto it = std::find_if(grid[k].begin(), grid[k].end(), [&](const Placed& q) { return q.col == p.col; });
        if (it == grid[k].end() || it->rows != 0) break;
        ++n;
      }
      p.rows = n;
    }
  }
  return grid;
}

std::string key_of(const std::string& header, std::set<std::string>& used, int column) {
  std::string key;
  size_t start = 0;
  while (start < header.size() && key.size() < 24) {
    size_t e = header.find(' ', start);
    std::string word = locale::ascii_key(header.substr(start, e == std::string::npos ? std::string::npos : e - start));
    if (!word.empty()) key += (key.empty() ? "" : "_") + word;
    if (e == std::string::npos) break;
    start = e + 1;
  }
  if (key.empty() || (key[0] >= '0' && key[0] <= '9')) key = "cot_" + std::to_string(column + 1);
  std::string k = key;
  for (int n = 2; used.count(k); ++n) k = key + "_" + std::to_string(n);
  used.insert(k);
  return k;
}

// Header tree of the columns [from, to) starting at header row `row`.
Value header_nodes(const std::vector<std::vector<Placed>>& grid, int header_rows, int row, int from, int to,
                   std::vector<std::string>& leaf_headers, std::vector<int>& leaf_cols) {
  data::List out;
  if (row >= header_rows) return Value::list(std::move(out));
  for (const auto& p : grid[static_cast<size_t>(row)]) {
    if (p.rows == 0 || p.col < from || p.col >= to) continue;
    data::Map node;
    node.push_back(Member{"header", {}, Value::string(p.text)});
    if (row + p.rows >= header_rows) {
      for (int c = p.col; c < p.col + p.span; ++c) {
        leaf_headers.push_back(p.text);
        leaf_cols.push_back(c);
      }
      node.push_back(Member{"@leaf", {}, Value::number(Decimal(p.col))});
      if (p.span > 1) node.push_back(Member{"@span", {}, Value::number(Decimal(p.span))});
    } else {
      node.push_back(Member{"columns", {},
                            header_nodes(grid, header_rows, row + p.rows, p.col, p.col + p.span, leaf_headers, leaf_cols)});
    }
    out.push_back(Value::map(std::move(node)));
  }
  return Value::list(std::move(out));
}

bool is_total_label(const std::string& s) {
  std::string l = locale::lower(s);
  return l == "tổng cộng" || l == "tổng số" || l == "cộng" || l == "tổng" || l == "toàn tỉnh" || l == "tổng cộng:" ||
         l == "cộng:";
}

// `(1)`, `1`, `A`, `(A)`: the column-number row some forms put under the header.
bool is_index_row(const std::vector<Placed>& row) {
  int n = 0;
  for (const auto& p : row) {
    std::string t = p.text;
    if (t.empty()) continue;
    if (t.front() == '(' && t.back() == ')') t = t.substr(1, t.size() - 2);
    if (t.size() > 2 || t.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) return false;
    ++n;
  }
  return n >= 2;
}

}  // namespace

std::optional<ImportedTable> import_table(const Table& t, TableNamer& namer, Diagnostics& diags, const SourcePos& at,
                                          bool annex) {
  if (t.rows.size() < 2) return std::nullopt;
  int width = 0;
  auto grid = place(t, width);
  ++namer.count;
  // Header rows: marked ones, else row 0 plus the rows its vertical merges and group headers reach.
  int header_rows = 0;
  while (header_rows < static_cast<int>(t.header_rows.size()) && t.header_rows[static_cast<size_t>(header_rows)]) {
    ++header_rows;
  }
  if (header_rows == 0) {
    header_rows = 1;
    for (int r = 0; r < header_rows && r < static_cast<int>(grid.size()); ++r) {
      for (const auto& p : grid[static_cast<size_t>(r)]) {
        if (p.rows > 0) header_rows = std::max(header_rows, r + p.rows);
        if (p.span > 1 && p.rows > 0) header_rows = std::max(header_rows, r + p.rows + 1);
      }
    }
  }
  if (header_rows >= static_cast<int>(grid.size())) return std::nullopt;
  for (size_t r = 0; r < grid.size(); ++r) {
    int w = 0;
    for (const auto& p : grid[r]) w += p.span;
    if (w != width) {
      diags.add(make_warning(at, msg::kDocxRaggedTable, namer.count, r + 1, w, width));
      return std::nullopt;
    }
  }
  std::vector<std::string> leaf_headers;
  std::vector<int> leaf_cols;
  Value tree = header_nodes(grid, header_rows, 0, 0, width, leaf_headers, leaf_cols);
  if (static_cast<int>(leaf_cols.size()) != width) return std::nullopt;

  // Data rows: each grid column's text; a total row recognised by its label.
  size_t first = static_cast<size_t>(header_rows);
  if (first < grid.size() && is_index_row(grid[first])) ++first;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<bool>> row_centred;
  std::string total_label;
  std::vector<std::string> total_row;
  bool total_above = false;
  for (size_t r = first; r < grid.size(); ++r) {
    std::vector<std::string> cells(static_cast<size_t>(width));
    std::vector<bool> centred(static_cast<size_t>(width), false);
    for (const auto& p : grid[r]) {
      cells[static_cast<size_t>(p.col)] = p.text;
      centred[static_cast<size_t>(p.col)] = p.centred;
    }
    bool empty = std::all_of(cells.begin(), cells.end(), [](const std::string& s) { return s.empty(); });
    if (empty) continue;
    std::string label;
    for (const auto& c : cells) {
      if (!c.empty()) {
        label = c;
        break;
      }
    }
    if (total_label.empty() && is_total_label(label)) {
      total_label = label;
      total_row = cells;
      total_above = rows.empty();
      continue;
    }
    rows.push_back(std::move(cells));
    row_centred.push_back(std::move(centred));
  }
  if (rows.empty()) return std::nullopt;

  // Groups: rows led by a Roman numeral (`I`, `II` …) whose figures are the sums of the rows under them,
  // up to the next such row (communes under their former district). They become the table's `group:`, each
  // data row naming its group; the engine writes the group rows and their subtotals again.
  std::vector<std::string> group_of;  // per data row, its group's label; empty when the table has no groups
  {
    auto roman = [](const std::string& x) {
      return !x.empty() && x.size() <= 6 && x.find_first_not_of("IVXLC") == std::string::npos;
    };
    auto number = [](const std::string& x) { return data::parse_number_text(x, data::NumberStyle::vietnamese); };
    bool grouped = roman(rows[0][0]);
    std::vector<size_t> heads;
    for (size_t r = 0; grouped && r < rows.size(); ++r) {
      if (!roman(rows[r][0])) continue;
      heads.push_back(r);
      size_t next = r + 1;
      while (next < rows.size() && !roman(rows[next][0])) ++next;
      if (next == r + 1) grouped = false;
      for (size_t c = 1; grouped && c < static_cast<size_t>(width); ++c) {
        auto head = number(rows[r][c]);
        if (!head) continue;
        Decimal sum;
        for (size_t k = r + 1; k < next; ++k) {
          if (auto v = number(rows[k][c])) sum += *v;
        }
        // A `%` column's group figure is a ratio, not a sum: checked when the column is found derived.
        if (!(sum == *head) && leaf_headers[static_cast<size_t>(c)].find('%') == std::string::npos) grouped = false;
      }
    }
    if (grouped && !heads.empty()) {
      std::vector<std::vector<std::string>> kept;
      std::vector<std::vector<bool>> kept_centred;
      std::string label;
      for (size_t r = 0; r < rows.size(); ++r) {
        if (roman(rows[r][0])) {
          label.clear();
          for (size_t c = 1; c < rows[r].size() && label.empty(); ++c) {
            if (!number(rows[r][c])) label = rows[r][c];
          }
          continue;
        }
        kept.push_back(std::move(rows[r]));
        kept_centred.push_back(std::move(row_centred[r]));
        group_of.push_back(label);
      }
      rows = std::move(kept);
      row_centred = std::move(kept_centred);
    }
  }

  // Column kinds: TT (1, 2, 3 …), numbers (all cells numbers in Vietnamese notation), text.
  std::set<std::string> used;
  std::vector<std::string> keys;
  std::vector<int> kind(static_cast<size_t>(width), 0);  // 0 text, 1 number, 2 numbering
  std::vector<int> decimals(static_cast<size_t>(width), 0);
  for (size_t c = 0; c < static_cast<size_t>(width); ++c) {
    keys.push_back(key_of(leaf_headers[c], used, static_cast<int>(c)));
    bool numbering = true, numbers = true, any = false;
    for (size_t r = 0; r < rows.size(); ++r) {
      const std::string& s = rows[r][c];
      // Numbered from 1, again in each group.
      size_t within = r;
      while (!group_of.empty() && within > 0 && group_of[within - 1] == group_of[r]) --within;
      if (s != std::to_string((group_of.empty() ? r : r - within) + 1)) numbering = false;
      if (s.empty()) continue;
      any = true;
      auto n = data::parse_number_text(s, data::NumberStyle::vietnamese);
      if (!n) numbers = false;
      else decimals[c] = std::max(decimals[c], n->scale());
    }
    kind[c] = numbering ? 2 : (numbers && any) ? 1 : 0;
  }
  // Derived columns, recognised from the figures: a column equal in every row to the sum of two others
  // (`Tổng số` of two sources), and a `%` column equal to one column over another, in per cent, rounded
  // as printed. The engine computes them again (and their totals: a ratio's total is the ratio of the
  // totals, not the sum of the column), so they need no data.
  std::vector<std::vector<std::optional<Decimal>>> num(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t c = 0; c < static_cast<size_t>(width); ++c) {
      num[r].push_back(kind[c] == 1 ? data::parse_number_text(rows[r][c], data::NumberStyle::vietnamese)
                                    : std::nullopt);
    }
  }
  const size_t ncols = static_cast<size_t>(width);
  constexpr size_t kNone = static_cast<size_t>(-1);
  std::vector<std::pair<size_t, size_t>> sum_of(ncols, {kNone, kNone}), ratio_of(ncols, {kNone, kNone}),
      difference_of(ncols, {kNone, kNone});
  auto derived = [&](size_t c) {
    return sum_of[c].first != kNone || ratio_of[c].first != kNone || difference_of[c].first != kNone;
  };
  auto every_row = [&](auto&& holds) {
    for (const auto& row : num) {
      if (!holds(row)) return false;
    }
    return true;
  };
  if (rows.size() >= 2) {
    // A difference first, and only under a header that says so (`Chênh lệch`, `Tăng, giảm`, `So sánh`, `+/-`):
    // `Thực hiện` = `Kế hoạch` + `Chênh lệch` would otherwise read as a sum.
    for (size_t c = 0; c < ncols; ++c) {
      const std::string h = locale::lower(leaf_headers[c]);
      const bool says = h.find("chênh lệch") != std::string::npos || h.find("tăng") != std::string::npos ||
                        h.find("giảm") != std::string::npos || h.find("so sánh") != std::string::npos ||
                        h.find("+/-") != std::string::npos || h.find("+/−") != std::string::npos;
      if (kind[c] != 1 || !says || h.find('%') != std::string::npos) continue;
      for (size_t a = c; a-- > 0 && difference_of[c].first == kNone;) {
        for (size_t b = c; b-- > 0;) {
          if (a == b || kind[a] != 1 || kind[b] != 1 || derived(a) || derived(b)) continue;
          if (every_row([&](const auto& row) { return row[a] && row[b] && row[c] && *row[a] - *row[b] == *row[c]; })) {
            difference_of[c] = {a, b};
            break;
          }
        }
      }
    }
    for (size_t c = 0; c < ncols; ++c) {
      if (kind[c] != 1 || derived(c) || leaf_headers[c].find('%') != std::string::npos) continue;
      for (size_t a = 0; a < ncols && sum_of[c].first == kNone; ++a) {
        for (size_t b = a + 1; b < ncols; ++b) {
          if (a == c || b == c || kind[a] != 1 || kind[b] != 1 || derived(a) || derived(b)) continue;
          if (every_row([&](const auto& row) { return row[a] && row[b] && row[c] && *row[a] + *row[b] == *row[c]; })) {
            sum_of[c] = {a, b};
            break;
          }
        }
      }
    }
    for (size_t c = 0; c < ncols; ++c) {
      if (kind[c] != 1 || leaf_headers[c].find('%') == std::string::npos) continue;
      // The nearest columns to the left first: `Thực hiện` over `Kế hoạch` just before `% KH`.
      for (size_t a = c; a-- > 0 && ratio_of[c].first == kNone;) {
        for (size_t b = c; b-- > 0;) {
          if (a == b || kind[a] != 1 || kind[b] != 1 || ratio_of[a].first != kNone || ratio_of[b].first != kNone) {
            continue;
          }
          const int digits = decimals[c];
          if (every_row([&](const auto& row) {
                return row[a] && row[b] && row[c] && !row[b]->is_zero() &&
                       Decimal::divide(*row[a] * Decimal(100), *row[b], digits) == *row[c];
              })) {
            ratio_of[c] = {a, b};
            break;
          }
        }
      }
    }
  }

  ImportedTable out;
  out.name = "bang-" + std::to_string(namer.count);
  // The name the table had when vanban exported it (its alt-text title), when it is one a template accepts.
  const std::string& cap = t.caption;
  if (!cap.empty() && cap.size() <= 40 && cap.front() >= 'a' && cap.front() <= 'z' && !namer.used.count(cap) &&
      cap.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos) {
    out.name = cap;
  }
  namer.used.insert(out.name);
  out.data_key = out.name;
  std::replace(out.data_key.begin(), out.data_key.end(), '-', '_');
  std::string group_key;
  if (!group_of.empty()) group_key = key_of("nhom", used, width);
  data::List data_rows;
  std::vector<Decimal> sums(static_cast<size_t>(width));
  for (size_t r = 0; r < rows.size(); ++r) {
    const auto& cells = rows[r];
    data::Map m;
    if (!group_key.empty()) m.push_back(Member{group_key, {}, Value::string(group_of[r])});
    for (size_t c = 0; c < cells.size(); ++c) {
      if (kind[c] == 2 || derived(c)) continue;
      if (kind[c] == 1) {
        if (cells[c].empty()) {
          m.push_back(Member{keys[c], {}, Value::number(Decimal(0))});
          continue;
        }
        Decimal d = *data::parse_number_text(cells[c], data::NumberStyle::vietnamese);
        sums[c] = sums[c] + d;
        m.push_back(Member{keys[c], {}, Value::number(d)});
      } else {
        m.push_back(Member{keys[c], {}, Value::string(cells[c])});
      }
    }
    data_rows.push_back(Value::map(std::move(m)));
  }
  out.rows = Value::list(std::move(data_rows));

  // Widths in the draft's proportions (w:tblGrid), the table as wide as the text: a draft's table
  // narrower than the page keeps its shape without squeezing its figures. No column under kMinColumnMm.
  std::vector<int> width_mm;
  if (static_cast<int>(t.grid.size()) == width) {
    double twips = 0;
    for (int g : t.grid) twips += g;
    const bool wide = annex && twips > kPortraitTextWidthMm * kTwipsPerMm;
    for (int g : t.grid) {
      int mm = wide ? static_cast<int>(g / kTwipsPerMm + 0.5) : twips > 0 ? static_cast<int>(g / twips * kTextWidthMm) : 0;
      width_mm.push_back(std::max(mm, kMinColumnMm));
    }
    int total = 0;
    for (int w : width_mm) total += w;
    if (!wide && (twips <= 0 || total > kTextWidthMm)) width_mm.clear();  // too many columns to keep the draft's shape
  }
  // The spec: the header tree with each leaf given its source.
  std::function<Value(const Value&)> finish = [&](const Value& nodes) {
    data::List l;
    for (const auto& n : nodes.as_list()) {
      data::Map m;
      const Value* leaf = n.find("@leaf");
      const Value* span = n.find("@span");
      if (!leaf) {
        m.push_back(Member{"header", {}, *n.find("header")});
        m.push_back(Member{"columns", {}, finish(*n.find("columns"))});
        l.push_back(Value::map(std::move(m)));
        continue;
      }
      int col = std::stoi(leaf->as_number().to_string());
      int count = span ? std::stoi(span->as_number().to_string()) : 1;
      for (int k = col; k < col + count; ++k) {
        auto c = static_cast<size_t>(k);
        data::Map lm;
        lm.push_back(Member{"header", {}, *n.find("header")});
        if (!width_mm.empty()) lm.push_back(Member{"width", {}, Value::number(Decimal(width_mm[c]))});
        if (kind[c] == 2) {
          lm.push_back(Member{"numbering", {}, Value::boolean(true)});
        } else if (ratio_of[c].first != kNone) {
          lm.push_back(Member{"ratio", {}, Value::list({Value::string(keys[ratio_of[c].first]),
                                                        Value::string(keys[ratio_of[c].second])})});
          lm.push_back(Member{"decimals", {}, Value::number(Decimal(decimals[c]))});
        } else if (difference_of[c].first != kNone) {
          lm.push_back(Member{"key", {}, Value::string(keys[c])});
          lm.push_back(Member{"difference", {}, Value::list({Value::string(keys[difference_of[c].first]),
                                                             Value::string(keys[difference_of[c].second])})});
          lm.push_back(Member{"decimals", {}, Value::number(Decimal(decimals[c]))});
        } else if (sum_of[c].first != kNone) {
          lm.push_back(Member{"key", {}, Value::string(keys[c])});
          lm.push_back(Member{"sum", {}, Value::list({Value::string(keys[sum_of[c].first]),
                                                      Value::string(keys[sum_of[c].second])})});
          lm.push_back(Member{"decimals", {}, Value::number(Decimal(decimals[c]))});
        } else {
          lm.push_back(Member{"key", {}, Value::string(keys[c])});
          lm.push_back(Member{"value", {}, Value::string(keys[c])});
          if (kind[c] == 1) {
            lm.push_back(Member{"type", {}, Value::string("number")});
            lm.push_back(Member{"decimals", {}, Value::number(Decimal(decimals[c]))});
          } else {
            lm.push_back(Member{"type", {}, Value::string("text")});
            // A text column the draft centres in every row (dates, short codes) stays centred.
            bool all_centred = std::all_of(row_centred.begin(), row_centred.end(),
                                           [&](const std::vector<bool>& r) { return r[c]; });
            if (all_centred) lm.push_back(Member{"align", {}, Value::string("center")});
            if (!total_label.empty()) lm.push_back(Member{"total", {}, Value::boolean(false)});
          }
        }
        l.push_back(Value::map(std::move(lm)));
      }
    }
    return Value::list(std::move(l));
  };
  data::Map spec;
  spec.push_back(Member{"rows", {}, Value::string(out.data_key)});
  if (!group_key.empty()) spec.push_back(Member{"group", {}, Value::string(group_key)});
  if (!total_label.empty()) {
    if (total_above) {
      data::Map tm;
      tm.push_back(Member{"label", {}, Value::string(total_label)});
      tm.push_back(Member{"position", {}, Value::string("top")});
      spec.push_back(Member{"total", {}, Value::map(std::move(tm))});
    } else {
      spec.push_back(Member{"total", {}, Value::string(total_label)});
    }
    // The draft's own total against the rows' sum: vanban prints the sum.
    for (size_t c = 0; c < static_cast<size_t>(width); ++c) {
      if (kind[c] != 1 || derived(c) || total_row[c].empty()) continue;
      auto given = data::parse_number_text(total_row[c], data::NumberStyle::vietnamese);
      if (given && !(*given == sums[c])) {
        diags.add(make_warning(at, msg::kDocxTotalMismatch, out.name, total_label, total_row[c], leaf_headers[c],
                               sums[c].to_string()));
      }
    }
  }
  spec.push_back(Member{"columns", {}, finish(tree)});
  out.spec = Value::map(std::move(spec));
  return out;
}

}  // namespace vanban::docx
