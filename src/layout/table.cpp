// Stage: layout.
// Tables are set row by row: every cell is a small ragged paragraph in its
// column; a row is as tall as its tallest cell; the header is a grid of
// merged cells whose rows grow until every label fits. Borders are rules.
#include "layout/table.hpp"

#include "core/parallel.hpp"
#include "layout/messages.hpp"
#include "layout/paragraph.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>

namespace vanban::layout {
namespace {

using document::Align;

constexpr double kMmPerPt = 25.4 / 72.0;
constexpr double kPtPerMm = 72.0 / 25.4;

struct Cell {
  std::vector<SetLine> lines;
  Align align = Align::left;
  bool fresh = false;  // set ahead rather than taken from the memo: to be kept in it
};

}  // namespace

class TableSetter {
 public:
  TableSetter(const document::Table& t, const FontSet& fonts, const TableStyle& s, Diagnostics& diags)
      : t_(t), fonts_(fonts), s_(s), diags_(diags) {}

  bool widths(double x, double measure) {
    double declared = 0;
    int open = 0;
    for (const auto& c : t_.columns) {
      if (c.width_mm > 0) {
        declared += c.width_mm * kPtPerMm;
      } else {
        ++open;
      }
    }
    double need = declared + open * s_.min_column;
    if (need > measure + 0.01) {
      Diagnostic d = make_error(t_.pos, msg::kTableTooWide, t_.name, need * kMmPerPt,
                                term(measure > 500 ? msg::kLandscape : msg::kPortrait), measure * kMmPerPt);
      diags_.add(with_hint(std::move(d), msg::kTableTooWideHint));
      return false;
    }
    double share = open > 0 ? (measure - declared) / open : 0;
    double total = open > 0 ? measure : declared;
    double at = x + (measure - total) / 2;  // a table of declared widths only is centred
    edges_.push_back(at);
    for (const auto& c : t_.columns) {
      at += c.width_mm > 0 ? c.width_mm * kPtPerMm : share;
      edges_.push_back(at);
    }
    return true;
  }

  double edge(int i) const { return edges_[static_cast<size_t>(i)]; }
  double text_width(int col, int cols) const { return edge(col + cols) - edge(col) - 2 * s_.pad_x; }

  // A text set once in a column is set the same way again (a table's
  // figures and names repeat: 19 criteria, the same commune names).
  static std::string cell_key(const std::string& text, int col, int cols, Align align, unsigned bits) {
    std::string key = text;
    key += '\x1f';
    key += std::to_string(col) + ',' + std::to_string(cols) + ',' + std::to_string(static_cast<int>(align)) + ',' +
           std::to_string(bits);
    return key;
  }

  ParagraphStyle cell_style(int col, int cols, Align align, unsigned bits) const {
    ParagraphStyle ps;
    ps.size = s_.size;
    ps.leading = s_.leading;
    ps.width = text_width(col, cols);
    ps.align = align;
    ps.base_style = bits;
    return ps;
  }

  // The first word of `text` wider than its column, and its width.
  std::optional<std::pair<std::string_view, double>> too_wide_word(const std::string& text, int col, int cols,
                                                                  unsigned bits) const {
    const double w = text_width(col, cols);
    const FontStyle fs = font_style(bits);
    for (size_t start = 0; start <= text.size();) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      const std::string_view word = std::string_view(text).substr(start, end - start);
      const double ww = fonts_.width(word, fs, s_.size);
      if (ww > w + 0.01) return std::make_pair(word, ww);
      start = end + 1;
    }
    return std::nullopt;
  }

  // A cell's lines; a word wider than the column is reported with the table and column.
  Cell cell(const std::string& text, int col, int cols, Align align, unsigned bits, const SourcePos& pos = {}) {
    Cell c;
    c.align = align;
    if (text.empty()) return c;
    std::string key = cell_key(text, col, cols, align, bits);
    if (auto it = set_cells_.find(key); it != set_cells_.end()) {
      c.lines = it->second;
      return c;
    }
    if (const auto wide = too_wide_word(text, col, cols, bits)) {
      if (!too_wide_.insert(col).second) return c;  // one report per column
      const std::string& column = t_.columns[static_cast<size_t>(col)].header;
      const SourcePos& at = t_.columns[static_cast<size_t>(col)].pos.known() ? t_.columns[static_cast<size_t>(col)].pos : t_.pos;
      diags_.add(with_hint(make_error(at, msg::kCellTooWide, std::string(wide->first), t_.name, column,
                                      wide->second * kMmPerPt, text_width(col, cols) * kMmPerPt),
                           msg::kCellTooWideHint));
      return c;
    }
    const size_t problems = diags_.items().size();
    c.lines = set_text(text, cell_style(col, cols, align, bits), fonts_, "ô bảng " + t_.name, diags_, pos);
    // Only what set cleanly is kept: a problem is reported for every cell that has it.
    if (diags_.items().size() == problems && set_cells_.size() < kMaxSetCells) set_cells_.emplace(std::move(key), c.lines);
    return c;
  }

  double content_height(const Cell& c) const { return static_cast<double>(c.lines.size()) * s_.leading; }

  // Baseline of the first line when `lines` lines sit vertically centred in [top, top + h).
  double first_baseline(double top, double h, size_t lines, FontStyle fs) const {
    double content = static_cast<double>(lines) * s_.leading;
    double asc = fonts_.ascent(fs, s_.size), desc = fonts_.descent(fs, s_.size);
    return top + (h - content) / 2 + (s_.leading - (asc + desc)) / 2 + asc;
  }

  void draw(FlowBox& box, const Cell& c, size_t from, size_t to, int col, int cols, double top, double h,
            bool centre, FontStyle fs) {
    if (from >= to) return;
    double y = centre ? first_baseline(top, h, to - from, fs)
                      : top + s_.pad_y + (s_.leading - (fonts_.ascent(fs, s_.size) + fonts_.descent(fs, s_.size))) / 2 +
                            fonts_.ascent(fs, s_.size);
    for (size_t k = from; k < to; ++k) {
      for (GlyphRun r : c.lines[k].runs) {
        r.x += edge(col) + s_.pad_x;
        r.y += y;
        box.runs.push_back(std::move(r));
      }
      y += s_.leading;
    }
    (void)cols;
  }

  void vertical(FlowBox& box, double x, double y1, double y2) { box.rules.push_back({x, y1, x, y2, s_.rule}); }
  void horizontal(FlowBox& box, double x1, double x2, double y) { box.rules.push_back({x1, y, x2, y, s_.rule}); }

  // ── The header: merged cells, bold, centred ──
  FlowBox header() {
    const int n = t_.header_rows;
    std::vector<Cell> cells;
    std::vector<double> heights(static_cast<size_t>(n), s_.leading + 2 * s_.pad_y);
    for (const auto& h : t_.header) {
      cells.push_back(cell(h.text, h.col, h.cols, Align::center, document::kBold));
      if (h.rows == 1) {
        auto& row_h = heights[static_cast<size_t>(h.row)];
        row_h = std::max(row_h, content_height(cells.back()) + 2 * s_.pad_y);
      }
    }
    for (size_t i = 0; i < t_.header.size(); ++i) {
      const auto& h = t_.header[i];
      if (h.rows == 1) continue;
      double have = 0;
      for (int r = h.row; r < h.row + h.rows; ++r) have += heights[static_cast<size_t>(r)];
      double need = content_height(cells[i]) + 2 * s_.pad_y;
      if (need > have) heights[static_cast<size_t>(h.row + h.rows - 1)] += need - have;
    }
    std::vector<double> row_top(static_cast<size_t>(n) + 1, 0);
    for (int r = 0; r < n; ++r) row_top[static_cast<size_t>(r) + 1] = row_top[static_cast<size_t>(r)] + heights[static_cast<size_t>(r)];
    const double total = row_top.back();
    FlowBox box;
    box.what = "đầu bảng " + t_.name;
    box.top = total;
    box.depth = 0;
    box.break_after = false;  // never alone at the foot of a page
    // Coordinates relative to the bottom edge (the baseline): top edge at -total.
    horizontal(box, edges_.front(), edges_.back(), -total);
    vertical(box, edges_.front(), -total, 0);
    for (size_t i = 0; i < t_.header.size(); ++i) {
      const auto& h = t_.header[i];
      double top = row_top[static_cast<size_t>(h.row)] - total;
      double bottom = row_top[static_cast<size_t>(h.row + h.rows)] - total;
      draw(box, cells[i], 0, cells[i].lines.size(), h.col, h.cols, top, bottom - top, true, FontStyle::bold);
      horizontal(box, edge(h.col), edge(h.col + h.cols), bottom);
      vertical(box, edge(h.col + h.cols), top, bottom);
    }
    return box;
  }

  // ── Rows ──
 public:
  const document::Table& table() const { return t_; }
  double table_width() const { return edges_.back() - edges_.front(); }

  static unsigned row_bits(const document::TableRow& row) {
    return row.kind != document::TableRow::Kind::data ? document::kBold : document::kPlain;
  }

  // Sets the cells of rows [from, to) on both cores (core/parallel.hpp): a
  // large table's time is its cells. A row is kept only when every cell set
  // cleanly; a row with a problem is left to add_row, which sets and reports
  // it in order as before. Reads the memo of set texts and adds to it after.
  void set_ahead(size_t from, size_t to) {
    ahead_.assign(to - from, {});
    ahead_from_ = from;
    parallel_for(to - from, [&](size_t k) {
      const document::TableRow& row = t_.rows[from + k];
      const unsigned bits = row_bits(row);
      std::vector<Cell> cells(row.cells.size());
      for (size_t j = 0; j < row.cells.size(); ++j) {
        if (!clean_cell(row.cells[j].text, static_cast<int>(j), t_.columns[j].align, bits, row.pos, cells[j])) return;
      }
      ahead_[k] = std::move(cells);
    });
    for (size_t k = 0; k < ahead_.size() && set_cells_.size() < kMaxSetCells; ++k) {
      if (!ahead_[k]) continue;
      const document::TableRow& row = t_.rows[from + k];
      for (size_t j = 0; j < row.cells.size(); ++j) {
        const Cell& c = (*ahead_[k])[j];
        if (!c.fresh || set_cells_.size() >= kMaxSetCells) continue;
        set_cells_.try_emplace(cell_key(row.cells[j].text, static_cast<int>(j), 1, c.align, row_bits(row)), c.lines);
      }
    }
  }

  // A cell as cell() sets it, when that is without any problem; false otherwise.
  // Only reads the table's state, so rows are set side by side.
  bool clean_cell(const std::string& text, int col, Align align, unsigned bits, const SourcePos& pos, Cell& c) const {
    c.align = align;
    if (text.empty()) return true;
    if (auto it = set_cells_.find(cell_key(text, col, 1, align, bits)); it != set_cells_.end()) {
      c.lines = it->second;
      return true;
    }
    if (too_wide_word(text, col, 1, bits)) return false;
    Diagnostics problems;
    c.lines = set_text(text, cell_style(col, 1, align, bits), fonts_, "ô bảng " + t_.name, problems, pos);
    c.fresh = true;
    return problems.items().empty();
  }

  void add_row(size_t index, double room, std::vector<FlowBox>& out) {
    const document::TableRow& row = t_.rows[index];
    const unsigned bits = row_bits(row);
    const FontStyle fs = bits == document::kBold ? FontStyle::bold : FontStyle::regular;
    if (parallel_enabled() && (index < ahead_from_ || index >= ahead_from_ + ahead_.size())) {
      set_ahead(index, std::min(t_.rows.size(), index + kAhead));
    }
    std::vector<Cell> cells;
    if (index >= ahead_from_ && index < ahead_from_ + ahead_.size() && ahead_[index - ahead_from_]) {
      cells = std::move(*ahead_[index - ahead_from_]);
    } else {
      for (size_t j = 0; j < row.cells.size(); ++j) {
        cells.push_back(cell(row.cells[j].text, static_cast<int>(j), 1, t_.columns[j].align, bits, row.pos));
      }
    }
    size_t most = 1;
    for (const Cell& c : cells) most = std::max(most, c.lines.size());
    // A row taller than a page is cut between lines; otherwise it is one box.
    size_t per_box = most;
    double full = static_cast<double>(most) * s_.leading + 2 * s_.pad_y;
    if (full > room) per_box = std::max<size_t>(1, static_cast<size_t>((room - 2 * s_.pad_y) / s_.leading));
    for (size_t from = 0; from < most; from += per_box) {
      size_t to = std::min(most, from + per_box);
      bool whole = from == 0 && to == most;
      double h = static_cast<double>(to - from) * s_.leading + 2 * s_.pad_y;
      FlowBox box;
      box.what = "dòng bảng " + t_.name;
      box.top = h;
      box.advance = h;
      box.depth = 0;
      box.pos = t_.pos;
      for (size_t j = 0; j < cells.size(); ++j) {
        const Cell& c = cells[j];
        if (whole) {
          draw(box, c, 0, c.lines.size(), static_cast<int>(j), 1, -h, h, true, fs);
        } else {
          draw(box, c, std::min(from, c.lines.size()), std::min(to, c.lines.size()), static_cast<int>(j), 1, -h, h,
               false, fs);
        }
      }
      for (double e : edges_) vertical(box, e, -h, 0);
      horizontal(box, edges_.front(), edges_.back(), 0);
      if (!whole && from > 0) horizontal(box, edges_.front(), edges_.back(), -h);
      out.push_back(std::move(box));
    }
    // A group's heading row (its subtotals) stays with the group's first row.
    if (row.kind == document::TableRow::Kind::group) out.back().break_after = false;
  }

 private:
  const document::Table& t_;
  const FontSet& fonts_;
  const TableStyle& s_;
  Diagnostics& diags_;
  std::vector<double> edges_;  // x of each column boundary, left to right
  std::set<int> too_wide_;     // columns already reported
  // Cell texts already set, by text, columns, alignment and style; bounded.
  static constexpr size_t kMaxSetCells = 1 << 16;
  std::unordered_map<std::string, std::vector<SetLine>> set_cells_;
  // Rows set ahead (set_ahead): rows [ahead_from_, ahead_from_ + ahead_.size()), each unless it had a problem.
  static constexpr size_t kAhead = 64;
  std::vector<std::optional<std::vector<Cell>>> ahead_;
  size_t ahead_from_ = 0;
};

std::unique_ptr<TableRows> TableRows::start(const document::Table& table, const FontSet& fonts,
                                            const TableStyle& style, double x, double measure, double max_row_height,
                                            Diagnostics& diags) {
  auto setter = std::make_unique<TableSetter>(table, fonts, style, diags);
  if (!setter->widths(x, measure)) return nullptr;
  std::unique_ptr<TableRows> rows(new TableRows);
  rows->width_ = setter->table_width();
  rows->header_ = setter->header();
  rows->room_ = max_row_height - (rows->header_.top + rows->header_.depth);
  rows->setter_ = std::move(setter);
  return rows;
}

TableRows::~TableRows() = default;

size_t TableRows::rows_left() const { return setter_->table().rows.size() - next_row_; }

bool TableRows::next(std::vector<FlowBox>& out) {
  const auto& rows = setter_->table().rows;
  if (next_row_ >= rows.size()) return false;
  setter_->add_row(next_row_++, room_, out);
  return true;
}

std::optional<SetTable> set_table(const document::Table& table, const FontSet& fonts, const TableStyle& style,
                                  double x, double measure, double max_row_height, Diagnostics& diags) {
  const int errors_before = diags.error_count();
  auto rows = TableRows::start(table, fonts, style, x, measure, max_row_height, diags);
  if (!rows) return std::nullopt;
  SetTable out;
  out.width = rows->width();
  out.header = rows->header();
  while (rows->next(out.rows)) {
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace vanban::layout
