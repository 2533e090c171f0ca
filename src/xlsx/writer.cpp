// Stage: xlsx.
// libxlsxwriter 1.1.4 notes (docs/DESIGN.md): formulas are cached with
// worksheet_write_formula_num/_str, since LibreOffice does not recalculate on
// load; number formats are locale-neutral codes; the Normal style stays
// Calibri, so every format names Times New Roman. It writes only to a file
// name: we write to a private temporary file and read the bytes back (workbook_file.hpp).
#include "xlsx/writer.hpp"
#include "xlsx/workbook_file.hpp"
#include "xlsx/xlsxwriter_lazy.hpp"

#include "core/libc_time.hpp"

#include "core/utf8.hpp"
#include "xlsx/messages.hpp"


#include <fcntl.h>
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
#include <vector>

namespace vanban::xlsx {
namespace {

using document::Align;
using document::Formula;
using document::Table;
using document::TableRow;

using msg::kXlsxFailed;

// A part of a sheet that is not a body cell: a term of xlsx/messages.hpp.
using Part = Message;
using msg::kHeaderPart;
using msg::kLayoutPart;
using msg::kSheetPart;
using msg::kTitlePart;

// Excel's limit on the text of one cell (libxlsxwriter's LXW_STR_MAX).
constexpr size_t kMaxCellChars = 32767;

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
  Sheet(lxw_workbook* wb, const Placement& p, std::map<std::string, lxw_format*>& formats, Diagnostics& diags)
      : wb_(wb), p_(p), t_(*p.table), formats_(formats), diags_(diags) {}

  // False when anything could not be written; every failure is in `diags`.
  bool write() {
    ws_ = workbook_add_worksheet(wb_, t_.sheet.c_str());
    if (!ws_) return part_failed(kSheetPart, LXW_ERROR_SHEETNAME_ALREADY_USED);
    const int ncols = static_cast<int>(t_.columns.size());
    int row = 0;
    auto banner = [&](const std::string& text, lxw_format* f, double height) {
      if (text.empty()) return;
      lxw_error e = ncols > 1 ? merge_range(static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row),
                                            static_cast<lxw_col_t>(ncols - 1), text, f)
                              : worksheet_write_string(ws_, static_cast<lxw_row_t>(row), 0, text.c_str(), f);
      check_part(kTitlePart, e, text);
      if (height > 0) check_part(kTitlePart, worksheet_set_row(ws_, static_cast<lxw_row_t>(row), height, nullptr));
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
    return ok_;
  }

 private:
  // worksheet_merge_range drops the return code of the string it writes
  // (libxlsxwriter 1.1.4): a text too long for a cell would vanish.
  lxw_error merge_range(lxw_row_t r1, lxw_col_t c1, lxw_row_t r2, lxw_col_t c2, const std::string& text,
                        lxw_format* f) {
    if (utf8::length(text) > kMaxCellChars) return LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED;
    return worksheet_merge_range(ws_, r1, c1, r2, c2, text.c_str(), f);
  }

  // A Diagnostic for a failed call on a part of the sheet; false.
  bool part_failed(const Part& part, lxw_error e, const std::string& text = {}) {
    const SourcePos& at = t_.pos;
    Diagnostic d;
    if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
      const size_t n = utf8::length(text);
      d = make_error(at, msg::kXlsxTextTooLong, term(part), t_.name, n);
    } else {
      d = make_error(at, msg::kXlsxSheetFailed, term(part), t_.name, t_.sheet, lxw_strerror(e));
    }
    diags_.add(std::move(d));
    ok_ = false;
    return false;
  }
  void check_part(const Part& part, lxw_error e, const std::string& text = {}) {
    if (e != LXW_NO_ERROR) part_failed(part, e, text);
  }

  // A failed body cell, named by its row in the table (1-based) and its column.
  void check_cell(lxw_error e, size_t r, size_t c, const std::string& text) {
    if (e == LXW_NO_ERROR) return;
    const document::TableColumn& col = t_.columns[c];
    const SourcePos& at = col.pos.known() ? col.pos : t_.pos;
    if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
      diags_.add(with_hint(make_error(at, msg::kXlsxCellTooLong, r + 1, col.header, t_.name, utf8::length(text)),
                           msg::kXlsxCellTooLongHint));
    } else {
      diags_.add(make_error(at, msg::kXlsxCellFailed, r + 1, col.header, t_.name, lxw_strerror(e)));
    }
    ok_ = false;
  }

  lxw_format* format(bool bold, bool italic, double size, const std::string& align, const std::string& num,
                     bool border, bool wrap) {
    std::string key = fmt::format("{}{}{}|{}|{}|{}{}", bold, italic, size, align, num, border, wrap);
    auto it = formats_.find(key);
    if (it != formats_.end()) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    if (!f) {  // out of memory
      part_failed(kLayoutPart, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return nullptr;
    }
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

  // The header grid row by row (the workbook keeps one row in memory: a row
  // once left cannot be written again): every cell of a row, the text where a
  // header cell starts and a bordered blank where a merged one covers it; a
  // merge is declared on its last row, when libxlsxwriter still accepts its
  // range (its own writes of the cells of earlier rows are refused there,
  // harmlessly: they were written above).
  void header() {
    lxw_format* f = format(true, false, 12, "center", "", true, true);
    for (int hr = 0; hr < t_.header_rows; ++hr) {
      const auto xr = static_cast<lxw_row_t>(header_first_ + hr);
      for (const auto& h : t_.header) {
        if (hr < h.row || hr >= h.row + h.rows) continue;
        for (int c = h.col; c < h.col + h.cols; ++c) {
          const auto xc = static_cast<lxw_col_t>(c);
          const bool origin = hr == h.row && c == h.col;
          if (origin && utf8::length(h.text) > kMaxCellChars) {
            check_part(kHeaderPart, LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, h.text);
            continue;
          }
          check_part(kHeaderPart, origin ? worksheet_write_string(ws_, xr, xc, h.text.c_str(), f)
                                         : worksheet_write_blank(ws_, xr, xc, f),
                     h.text);
        }
      }
      for (const auto& h : t_.header) {
        if (h.row + h.rows - 1 != hr || (h.rows == 1 && h.cols == 1)) continue;
        check_part(kHeaderPart, merge_range(static_cast<lxw_row_t>(header_first_ + h.row), static_cast<lxw_col_t>(h.col), xr,
                                            static_cast<lxw_col_t>(h.col + h.cols - 1), h.text, f),
                   h.text);
      }
    }
  }

  std::string ref(int row, int col) const {
    return column_letters(col) + std::to_string(first_data_ + row + 1);
  }

  std::string formula(const Formula& f, int row, int col) const {
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
      case Formula::Kind::subtotal_rows:
        // =SUBTOTAL(9,C6:C18): sums the span, leaving out the subtotals inside
        // it, and grows when a row is inserted inside the span.
        if (f.rows.size() != 2) return "=0";
        return "=SUBTOTAL(9," + ref(f.rows[0], col) + ":" + ref(f.rows[1], col) + ")";
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
      const auto xc = static_cast<lxw_col_t>(c);
      lxw_format* f = cell_format(c, strong, cell.is_number);
      lxw_error e;
      if (const Formula* fo = t_.formula_of(cell); fo && fo->kind != Formula::Kind::none) {
        std::string fx = formula(*fo, static_cast<int>(r), static_cast<int>(c));
        if (cell.is_number) {
          e = worksheet_write_formula_num(ws_, xr, xc, fx.c_str(), f, cell.value.to_double());
        } else if (utf8::length(cell.text) > kMaxCellChars) {
          e = LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED;  // libxlsxwriter would store the cached text cut or whole
        } else {
          e = worksheet_write_formula_str(ws_, xr, xc, fx.c_str(), f, cell.text.c_str());
        }
      } else if (cell.is_number) {
        e = worksheet_write_number(ws_, xr, xc, cell.value.to_double(), f);
      } else if (!cell.text.empty()) {
        e = worksheet_write_string(ws_, xr, xc, cell.text.c_str(), f);
      } else {
        e = worksheet_write_blank(ws_, xr, xc, f);
      }
      check_cell(e, r, c, cell.text);
    }
  }

  // A body cell's format: one lookup per column and kind of cell, not per cell.
  lxw_format* cell_format(size_t c, bool strong, bool is_number) {
    if (cell_formats_.size() < t_.columns.size() * 4) cell_formats_.assign(t_.columns.size() * 4, nullptr);
    lxw_format*& slot = cell_formats_[c * 4 + (strong ? 2 : 0) + (is_number ? 1 : 0)];
    if (!slot) {
      const auto& col = t_.columns[c];
      std::string num = col.numeric ? number_format(col) : is_number ? "0" : "";
      slot = format(strong, false, 12, align_name(col.align), num, true, !col.numeric && !is_number);
    }
    return slot;
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
      const auto xc = static_cast<lxw_col_t>(c);
      check_part(kLayoutPart, worksheet_set_column(ws_, xc, xc, width, nullptr));
    }
    worksheet_freeze_panes(ws_, static_cast<lxw_row_t>(first_data_), 0);
    worksheet_set_paper(ws_, 9);  // A4
    bool landscape = p_.annex && p_.annex->orientation == document::Orientation::landscape;
    if (landscape) {
      worksheet_set_landscape(ws_);
    } else {
      worksheet_set_portrait(ws_);
    }
    check_part(kLayoutPart, worksheet_repeat_rows(ws_, static_cast<lxw_row_t>(header_first_),
                                                  static_cast<lxw_row_t>(header_first_ + t_.header_rows - 1)));
    worksheet_fit_to_pages(ws_, 1, 0);
    // ND30 margins: left 30 mm, right 15 mm, top and bottom 20 mm (in inches).
    worksheet_set_margins(ws_, 30 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4);
    check_part(kLayoutPart, worksheet_set_footer(ws_, "&C&\"Times New Roman,Regular\"&12Trang &P/&N"));
  }

  lxw_workbook* wb_;
  const Placement& p_;
  const Table& t_;
  std::map<std::string, lxw_format*>& formats_;
  Diagnostics& diags_;
  bool ok_ = true;
  lxw_worksheet* ws_ = nullptr;
  int header_first_ = 0;
  int first_data_ = 0;
  std::vector<lxw_format*> cell_formats_;  // column × (strong, number) → format
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

namespace {

// Makes the workbook into `file` (closed when this returns true); false after
// a problem reported in `diags`.
bool make_workbook(const document::Document& doc, const XlsxOptions& options, const TempWorkbookFile& file,
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
  if (sheets.empty()) return false;

  auto fail = [&](const std::string& why) {
    diags.add(make_error({}, kXlsxFailed, why));
    return false;
  };

  if (file.path().empty()) {
    diags.add(file.error());
    return false;
  }
  // One row of a sheet in memory at a time, the rest in a scratch file beside
  // the workbook's (a 100,000-row table held ~90 MB of cells otherwise);
  // strings are then written inline rather than shared, which Excel and
  // LibreOffice read alike. Each sheet is therefore written top to bottom.
  std::string tmpdir = options.scratch_dir;
  lxw_workbook_options wopts{};
  wopts.constant_memory = LXW_TRUE;
  wopts.tmpdir = tmpdir.empty() ? nullptr : tmpdir.data();
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
  lxw_error e = workbook_set_properties(wb, &props);
  if (e != LXW_NO_ERROR) {
    std::lock_guard<std::mutex> lock(libc_time_mutex());
    workbook_close(wb);
    return fail(lxw_strerror(e));
  }

  // Every sheet is written, so that one run reports every cell Excel cannot hold.
  std::map<std::string, lxw_format*> formats;
  bool written = true;
  for (const auto& p : sheets) {
    Sheet sheet(wb, p, formats, diags);
    written = sheet.write() && written;
  }
  if (!written) {
    std::lock_guard<std::mutex> lock(libc_time_mutex());
    workbook_close(wb);
    return false;
  }
  return close_workbook(wb, file, diags);
}

}  // namespace

std::optional<std::string> write_xlsx(const document::Document& doc, const XlsxOptions& options,
                                      Diagnostics& diags) {
  const TempWorkbookFile file(options.scratch_dir);
  if (!make_workbook(doc, options, file, diags)) return std::nullopt;
  std::string error;
  std::optional<std::string> bytes = read_workbook(file, error);
  if (!bytes) diags.add(make_error({}, kXlsxFailed, error));
  return bytes;
}

std::optional<ScratchFile> write_xlsx_file(const document::Document& doc, const XlsxOptions& options,
                                           Diagnostics& diags) {
  const TempWorkbookFile file(options.scratch_dir);
  if (!make_workbook(doc, options, file, diags)) return std::nullopt;
  // Opened before `file` removes its name: the descriptor keeps the bytes.
  const int fd = ::open(file.path().c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  if (fd < 0 || ::fstat(fd, &info) != 0) {
    diags.add(make_error({}, kXlsxFailed, std::strerror(errno)));
    if (fd >= 0) ::close(fd);
    return std::nullopt;
  }
  return ScratchFile(fd, static_cast<size_t>(info.st_size));
}


}  // namespace vanban::xlsx
