// Stage: xlsx.
// One sheet: title, header, rows in tones, notes (our workbook writer, xlsx/workbook.hpp).
#include "xlsx/grid.hpp"
#include "xlsx/messages.hpp"
#include "xlsx/workbook.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <stdexcept>

namespace vanban::xlsx {
namespace {

Style grid_style(bool bold, bool border, uint32_t fill) {
  Style f;
  f.size = 12;
  f.wrap = true;
  f.vertical = Style::Vertical::top;
  f.bold = bold;
  f.border = border;
  f.fill = fill;
  return f;
}

size_t longest_line(const std::string& s) {
  size_t best = 0, now = 0, i = 0;
  while (i < s.size()) {
    char32_t c = utf8::decode(s, i);
    now = c == '\n' ? 0 : now + 1;
    best = std::max(best, now);
  }
  return best;
}

}  // namespace

std::optional<std::string> write_grid(const Grid& grid, Diagnostics& diags) {
  const int ncols = static_cast<int>(std::max<size_t>(grid.header.size(), 1));
  std::vector<size_t> widths(static_cast<size_t>(ncols), 6);
  for (size_t c = 0; c < grid.header.size(); ++c) widths[c] = std::max(widths[c], longest_line(grid.header[c]));
  for (const auto& row : grid.rows) {
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], std::min<size_t>(longest_line(row[c].text), 40));
    }
  }
  SheetSetup setup;
  setup.rows = static_cast<int>(3 + grid.rows.size() + (grid.notes.empty() ? 0 : 1 + grid.notes.size()));
  setup.columns = ncols;
  for (size_t w : widths) setup.widths.push_back(static_cast<double>(w) * 1.1 + 2);
  setup.frozen_rows = 3;
  setup.frozen_columns = 1;
  setup.landscape = true;
  try {
    Workbook wb(1);
    const int title_f = wb.style(grid_style(true, false, 0));
    const int head_f = wb.style(grid_style(true, true, 0xD9D9D9));
    const int plain_f = wb.style(grid_style(false, true, 0));
    const int good_f = wb.style(grid_style(false, true, 0xC6EFCE));
    const int bad_f = wb.style(grid_style(false, true, 0xFFC7CE));
    const int muted_f = wb.style(grid_style(false, true, 0xEDEDED));
    const int note_f = wb.style(grid_style(false, false, 0));
    SheetWriter ws(wb, grid.sheet, setup);
    ws.row(0, 32);
    ws.text(0, grid.title, title_f);
    for (int c = 1; c < ncols; ++c) ws.blank(c, title_f);
    if (ncols > 1) ws.merge(0, 0, 0, ncols - 1);
    ws.row(2);
    for (size_t c = 0; c < grid.header.size(); ++c) ws.text(static_cast<int>(c), grid.header[c], head_f);
    int r = 3;
    for (const auto& row : grid.rows) {
      ws.row(r++);
      for (size_t c = 0; c < row.size() && c < static_cast<size_t>(ncols); ++c) {
        int f = plain_f;
        switch (row[c].tone) {
          case GridCell::Tone::good: f = good_f; break;
          case GridCell::Tone::bad: f = bad_f; break;
          case GridCell::Tone::muted: f = muted_f; break;
          case GridCell::Tone::plain: break;
        }
        ws.text(static_cast<int>(c), row[c].text, f);
      }
    }
    ++r;
    for (const auto& note : grid.notes) {
      ws.row(r++);
      ws.text(0, note, note_f);
    }
    ws.end();
    Properties props;
    props.title = grid.title;
    props.created = 946728000;  // 2000-01-01 12:00 UTC: fixed, for reproducible files
    return wb.finish(props);
  } catch (const std::length_error&) {
    diags.add(make_error({}, msg::kXlsxOver4GB));
  }
  return std::nullopt;
}

}  // namespace vanban::xlsx
