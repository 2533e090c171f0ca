// Stage: xlsx.
// libxlsxwriter 1.1.4 notes (docs/DESIGN.md): formulas are cached with
// worksheet_write_formula_num/_str, since LibreOffice does not recalculate on
// load; number formats are locale-neutral codes; the Normal style stays
// Calibri, so every format names Times New Roman. It writes only to a file
// name: we write to a private temporary file and read the bytes back (workbook_file.hpp).
#include "xlsx/writer.hpp"
#include "xlsx/workbook_file.hpp"

#include "core/libc_time.hpp"

#include "core/utf8.hpp"

#include <xlsxwriter.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <sstream>

namespace vanban::xlsx {
namespace {

using document::Align;
using document::Formula;
using document::Table;
using document::TableRow;

inline constexpr Message kXlsxFailed{"io.xlsx", "không tạo được tệp XLSX: {}", "cannot create the XLSX file: {}"};

struct Placement {
  const Table* table = nullptr;
  const document::Annex* annex = nullptr;  // null for a table in the body
};

// Excel's string literal: "a""b".
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

std::string number_format(const document::TableColumn& c) {
  std::string zeros(static_cast<size_t>(std::max(0, c.decimals)), '0');
  if (c.percent) return "0" + (zeros.empty() ? "" : "." + zeros) + "%";
  return "#,##0" + (zeros.empty() ? "" : "." + zeros);
}

class Sheet {
 public:
  Sheet(lxw_workbook* wb, const Placement& p, std::map<std::string, lxw_format*>& formats)
      : wb_(wb), p_(p), t_(*p.table), formats_(formats) {}

  lxw_error write() {
    ws_ = workbook_add_worksheet(wb_, t_.sheet.c_str());
    if (!ws_) return LXW_ERROR_SHEETNAME_ALREADY_USED;
    const int ncols = static_cast<int>(t_.columns.size());
    int row = 0;
    auto banner = [&](const std::string& text, lxw_format* f, double height) {
      if (text.empty()) return;
      if (ncols > 1) {
        worksheet_merge_range(ws_, static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row),
                              static_cast<lxw_col_t>(ncols - 1), text.c_str(), f);
      } else {
        worksheet_write_string(ws_, static_cast<lxw_row_t>(row), 0, text.c_str(), f);
      }
      if (height > 0) worksheet_set_row(ws_, static_cast<lxw_row_t>(row), height, nullptr);
      ++row;
    };
    if (p_.annex) banner(p_.annex->heading, format(true, false, 14, "center", "", false, false), 0);
    // A long title wraps over two lines of the merged row.
    banner(t_.title, format(true, false, 14, "center", "", false, true),
           utf8::length(t_.title) > 80 ? 40 : 0);
    if (p_.annex) banner(p_.annex->attached_to, format(false, true, 14, "center", "", false, false), 0);
    banner(t_.unit, format(false, true, 12, "right", "", false, false), 0);
    header_first_ = row;
    header();
    first_data_ = header_first_ + t_.header_rows;
    for (size_t r = 0; r < t_.rows.size(); ++r) body_row(r);
    layout();
    return LXW_NO_ERROR;
  }

 private:
  lxw_format* format(bool bold, bool italic, double size, const std::string& align, const std::string& num,
                     bool border, bool wrap) {
    std::string key = fmt::format("{}{}{}|{}|{}|{}{}", bold, italic, size, align, num, border, wrap);
    auto it = formats_.find(key);
    if (it != formats_.end()) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, size);
    if (bold) format_set_bold(f);
    if (italic) format_set_italic(f);
    if (align == "center") format_set_align(f, LXW_ALIGN_CENTER);
    if (align == "right") format_set_align(f, LXW_ALIGN_RIGHT);
    if (align == "left") format_set_align(f, LXW_ALIGN_LEFT);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (!num.empty()) format_set_num_format(f, num.c_str());
    if (border) format_set_border(f, LXW_BORDER_THIN);
    if (wrap) format_set_text_wrap(f);
    formats_.emplace(key, f);
    return f;
  }

  static std::string align_name(Align a) {
    switch (a) {
      case Align::center: return "center";
      case Align::right: return "right";
      default: return "left";
    }
  }

  void header() {
    lxw_format* f = format(true, false, 12, "center", "", true, true);
    for (const auto& h : t_.header) {
      auto r1 = static_cast<lxw_row_t>(header_first_ + h.row), r2 = static_cast<lxw_row_t>(header_first_ + h.row + h.rows - 1);
      auto c1 = static_cast<lxw_col_t>(h.col), c2 = static_cast<lxw_col_t>(h.col + h.cols - 1);
      if (r1 != r2 || c1 != c2) {
        worksheet_merge_range(ws_, r1, c1, r2, c2, h.text.c_str(), f);
      } else {
        worksheet_write_string(ws_, r1, c1, h.text.c_str(), f);
      }
    }
  }

  std::string ref(int row, int col) const {
    return column_letters(col) + std::to_string(first_data_ + row + 1);
  }

  std::string formula(const document::TableCell& cell, int row, int col) const {
    const Formula& f = cell.formula;
    switch (f.kind) {
      case Formula::Kind::sum_rows: {
        // Consecutive rows as ranges: =SUM(C6:C18) or =SUM(C6,C11,C20:C22).
        std::string args;
        for (size_t i = 0; i < f.rows.size();) {
          size_t j = i;
          while (j + 1 < f.rows.size() && f.rows[j + 1] == f.rows[j] + 1) ++j;
          std::string part = j > i ? ref(f.rows[i], col) + ":" + ref(f.rows[j], col) : ref(f.rows[i], col);
          args += (args.empty() ? "" : ",") + part;
          i = j + 1;
        }
        return args.empty() ? "=0" : "=SUM(" + args + ")";
      }
      case Formula::Kind::ratio: {
        std::string a = ref(row, f.columns[0]), b = ref(row, f.columns[1]);
        std::string value = f.percent ? fmt::format("ROUND({}/{},{})", a, b, f.decimals + 2)
                                      : fmt::format("ROUND({}/{}*100,{})", a, b, f.decimals);
        return fmt::format("=IF({}=0,{},{})", b, quoted(t_.placeholder), value);
      }
      case Formula::Kind::difference: return "=" + ref(row, f.columns[0]) + "-" + ref(row, f.columns[1]);
      case Formula::Kind::sum_columns: {
        std::string s = "=";
        for (size_t i = 0; i < f.columns.size(); ++i) s += (i ? "+" : "") + ref(row, f.columns[i]);
        return s;
      }
      default: return {};
    }
  }

  void body_row(size_t r) {
    const TableRow& row = t_.rows[r];
    const bool strong = row.kind != TableRow::Kind::data;
    const auto xr = static_cast<lxw_row_t>(first_data_ + static_cast<int>(r));
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const auto& cell = row.cells[c];
      const auto& col = t_.columns[c];
      const auto xc = static_cast<lxw_col_t>(c);
      std::string num = col.numeric ? number_format(col) : cell.is_number ? "0" : "";
      lxw_format* f = format(strong, false, 12, align_name(col.align), num, true, !col.numeric && !cell.is_number);
      if (cell.formula.kind != Formula::Kind::none) {
        std::string fx = formula(cell, static_cast<int>(r), static_cast<int>(c));
        if (cell.is_number) {
          worksheet_write_formula_num(ws_, xr, xc, fx.c_str(), f, cell.value.to_double());
        } else {
          worksheet_write_formula_str(ws_, xr, xc, fx.c_str(), f, cell.text.c_str());
        }
      } else if (cell.is_number) {
        worksheet_write_number(ws_, xr, xc, cell.value.to_double(), f);
      } else if (!cell.text.empty()) {
        worksheet_write_string(ws_, xr, xc, cell.text.c_str(), f);
      } else {
        worksheet_write_blank(ws_, xr, xc, f);
      }
    }
  }

  // Column widths fitted to the content (header words, cell texts), frozen
  // header, print setup.
  void layout() {
    for (size_t c = 0; c < t_.columns.size(); ++c) {
      size_t widest = 4;
      for (const auto& h : t_.header) {
        if (h.col != static_cast<int>(c) || h.cols != 1) continue;
        std::istringstream words(h.text);
        std::string w;
        while (words >> w) widest = std::max(widest, utf8::length(w));
      }
      for (const auto& row : t_.rows) widest = std::max(widest, utf8::length(row.cells[c].text));
      double width = std::min(60.0, static_cast<double>(widest) * 1.15 + 2);
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
    worksheet_freeze_panes(ws_, static_cast<lxw_row_t>(first_data_), 0);
    worksheet_set_paper(ws_, 9);  // A4
    bool landscape = p_.annex && p_.annex->orientation == document::Orientation::landscape;
    if (landscape) {
      worksheet_set_landscape(ws_);
    } else {
      worksheet_set_portrait(ws_);
    }
    worksheet_repeat_rows(ws_, static_cast<lxw_row_t>(header_first_),
                          static_cast<lxw_row_t>(header_first_ + t_.header_rows - 1));
    worksheet_fit_to_pages(ws_, 1, 0);
    // ND30 margins: left 30 mm, right 15 mm, top and bottom 20 mm (in inches).
    worksheet_set_margins(ws_, 30 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4);
    worksheet_set_footer(ws_, "&C&\"Times New Roman,Regular\"&12Trang &P/&N");
  }

  lxw_workbook* wb_;
  const Placement& p_;
  const Table& t_;
  std::map<std::string, lxw_format*>& formats_;
  lxw_worksheet* ws_ = nullptr;
  int header_first_ = 0;
  int first_data_ = 0;
};

std::time_t document_time(const document::Document& doc) {
  // Noon UTC of the document's date, so that the date shows right in every time zone.
  if (!doc.fields.date) return 946728000;  // 2000-01-01 12:00 UTC: fixed, for reproducible files
  std::tm tm{};
  tm.tm_year = doc.fields.date->year - 1900;
  tm.tm_mon = doc.fields.date->month - 1;
  tm.tm_mday = doc.fields.date->day;
  tm.tm_hour = 12;
  return timegm(&tm);
}

}  // namespace

std::string column_letters(int col) {
  std::string s;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

std::optional<std::string> write_xlsx(const document::Document& doc, const XlsxOptions& options,
                                      Diagnostics& diags) {
  std::vector<Placement> sheets;
  for (const auto& b : doc.body) {
    if (b.kind != document::Block::Kind::table) continue;
    const Table* t = doc.find_table(b.name);
    if (t && std::none_of(sheets.begin(), sheets.end(), [&](const Placement& p) { return p.table == t; })) {
      sheets.push_back({t, nullptr});
    }
  }
  for (const auto& a : doc.annexes) {
    if (const Table* t = doc.find_table(a.table)) sheets.push_back({t, &a});
  }
  if (sheets.empty()) return std::nullopt;

  auto fail = [&](const std::string& why) {
    diags.add(make_error({}, kXlsxFailed, why));
    return std::optional<std::string>();
  };

  const TempWorkbookFile file;
  if (file.path().empty()) return fail(file.error());
  lxw_workbook_options wopts{};
  wopts.constant_memory = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(file.path().c_str(), &wopts);
  if (!wb) return fail("libxlsxwriter");

  std::string title = doc.fields.summary, author = doc.fields.issuer, creator = options.creator;
  std::string subject = doc.fields.type;
  lxw_doc_properties props{};
  props.title = title.data();
  props.author = author.data();
  props.subject = subject.data();
  props.comments = creator.data();
  props.created = document_time(doc);
  workbook_set_properties(wb, &props);

  std::map<std::string, lxw_format*> formats;
  for (const auto& p : sheets) {
    Sheet sheet(wb, p, formats);
    lxw_error e = sheet.write();
    if (e != LXW_NO_ERROR) {
      {
        std::lock_guard<std::mutex> lock(libc_time_mutex());
        workbook_close(wb);
      }
      return fail(fmt::format("{} (trang tính `{}`)", lxw_strerror(e), p.table->sheet));
    }
  }
  std::string error;
  std::optional<std::string> bytes = close_and_read(wb, file, error);
  if (!bytes) return fail(error);
  return bytes;
}

}  // namespace vanban::xlsx
