// Stage: xlsx.
// One sheet: title, header, rows in tones, notes; written through a temporary file (workbook_file.hpp).
#include "xlsx/grid.hpp"
#include "xlsx/messages.hpp"
#include "xlsx/workbook_file.hpp"
#include "xlsx/xlsxwriter_lazy.hpp"

#include "core/libc_time.hpp"
#include "core/utf8.hpp"


#include <algorithm>
#include <mutex>

namespace vanban::xlsx {
namespace {

lxw_format* make_format(lxw_workbook* wb, bool bold, bool border, uint32_t fill) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, "Times New Roman");
  format_set_font_size(f, 12);
  format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  if (bold) format_set_bold(f);
  if (border) format_set_border(f, LXW_BORDER_THIN);
  if (fill != 0) format_set_bg_color(f, fill);
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

std::optional<std::string> write_grid(const Grid& grid, Diagnostics& diags, const std::string& scratch_dir) {
  auto fail = [&](const std::string& why) {
    diags.add(make_error({}, msg::kXlsxFailed, why));
    return std::optional<std::string>();
  };
  const TempWorkbookFile file(scratch_dir);
  if (file.path().empty()) {
    diags.add(file.error());
    return std::nullopt;
  }
  lxw_workbook* wb = workbook_new(file.path().c_str());
  if (!wb) return fail("libxlsxwriter");
  lxw_doc_properties props{};
  std::string title = grid.title;
  props.title = title.data();
  props.created = 946728000;  // 2000-01-01 12:00 UTC: fixed, for reproducible files
  workbook_set_properties(wb, &props);

  lxw_worksheet* ws = workbook_add_worksheet(wb, grid.sheet.c_str());
  if (!ws) {
    std::lock_guard<std::mutex> lock(libc_time_mutex());
    workbook_close(wb);
    return fail("trang tính `" + grid.sheet + "`");
  }
  lxw_format* title_f = make_format(wb, true, false, 0);
  lxw_format* head_f = make_format(wb, true, true, 0xD9D9D9);
  lxw_format* plain_f = make_format(wb, false, true, 0);
  lxw_format* good_f = make_format(wb, false, true, 0xC6EFCE);
  lxw_format* bad_f = make_format(wb, false, true, 0xFFC7CE);
  lxw_format* muted_f = make_format(wb, false, true, 0xEDEDED);
  lxw_format* note_f = make_format(wb, false, false, 0);
  format_set_text_wrap(note_f);

  const auto ncols = static_cast<lxw_col_t>(std::max<size_t>(grid.header.size(), 1));
  worksheet_merge_range(ws, 0, 0, 0, ncols - 1, grid.title.c_str(), title_f);
  worksheet_set_row(ws, 0, 32, nullptr);
  std::vector<size_t> widths(ncols, 6);
  for (size_t c = 0; c < grid.header.size(); ++c) {
    worksheet_write_string(ws, 2, static_cast<lxw_col_t>(c), grid.header[c].c_str(), head_f);
    widths[c] = std::max(widths[c], longest_line(grid.header[c]));
  }
  lxw_row_t r = 3;
  for (const auto& row : grid.rows) {
    for (size_t c = 0; c < row.size() && c < ncols; ++c) {
      lxw_format* f = plain_f;
      switch (row[c].tone) {
        case GridCell::Tone::good: f = good_f; break;
        case GridCell::Tone::bad: f = bad_f; break;
        case GridCell::Tone::muted: f = muted_f; break;
        case GridCell::Tone::plain: break;
      }
      worksheet_write_string(ws, r, static_cast<lxw_col_t>(c), row[c].text.c_str(), f);
      widths[c] = std::max(widths[c], std::min<size_t>(longest_line(row[c].text), 40));
    }
    ++r;
  }
  ++r;
  for (const auto& note : grid.notes) worksheet_write_string(ws, r++, 0, note.c_str(), note_f);
  for (lxw_col_t c = 0; c < ncols; ++c) worksheet_set_column(ws, c, c, static_cast<double>(widths[c]) * 1.1 + 2, nullptr);
  worksheet_freeze_panes(ws, 3, 1);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);

  std::string error;
  if (!close_workbook(wb, file, diags)) return {};
  std::optional<std::string> bytes = read_workbook(file, error);
  if (!bytes) return fail(error);
  return bytes;
}

}  // namespace vanban::xlsx
