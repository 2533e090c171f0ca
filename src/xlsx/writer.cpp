// Stage: xlsx.
// Tables → sheets on our own workbook writer (xlsx/workbook.hpp): formulas
// carry their values cached, since LibreOffice does not recalculate on load;
// number formats are locale-neutral codes; the Normal style stays Calibri, so
// every format names Times New Roman.
#include "xlsx/writer.hpp"
#include "xlsx/workbook.hpp"

#include "core/utf8.hpp"
#include "xlsx/messages.hpp"

#include <algorithm>
#include <ctime>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace vanban::xlsx {
namespace {

using document::Align;
using document::Formula;
using document::Table;
using document::TableRow;

// A part of a sheet that is not a body cell: a term of xlsx/messages.hpp.
using Part = Message;
using msg::kHeaderPart;
using msg::kTitlePart;

struct Placement {
  const Table* table = nullptr;
  const document::Annex* annex = nullptr;  // null for a table in the body
};

std::string number_format(const document::TableColumn& c) {
  std::string zeros(static_cast<size_t>(std::max(0, c.decimals)), '0');
  if (c.percent) return "0" + (zeros.empty() ? "" : "." + zeros) + "%";
  return "#,##0" + (zeros.empty() ? "" : "." + zeros);
}

// One table as one sheet: the banner rows (annex heading, title, `Kèm theo`,
// unit) merged across the table's width, the header grid with its merges,
// the body with formulas carrying the values the PDF prints, then widths,
// the frozen header and the print setup.
class Sheet {
 public:
  Sheet(Workbook& wb, const Placement& p, Diagnostics& diags) : wb_(wb), p_(p), t_(*p.table), diags_(diags) {}

  // False when anything could not be written; every failure is in `diags`.
  bool write() {
    const int ncols = static_cast<int>(t_.columns.size());
    struct Banner {
      const std::string* text;
      int style;
      double height;
    };
    std::vector<Banner> banners;
    auto banner = [&](const std::string& text, const Style& st, double height) {
      if (text.empty()) return;
      if (utf8::length(text) > kMaxCellChars) {
        text_too_long(kTitlePart, text);
        return;
      }
      banners.push_back({&text, wb_.style(st), height});
    };
    if (p_.annex) banner(p_.annex->heading, format(true, false, 14, Align::center, "", false, false), 0);
    // A long title wraps over two lines of the merged row.
    banner(t_.title, format(true, false, 14, Align::center, "", false, true), utf8::length(t_.title) > 80 ? 40 : 0);
    if (p_.annex) banner(p_.annex->attached_to, format(false, true, 14, Align::center, "", false, false), 0);
    banner(t_.unit, format(false, true, 12, Align::right, "", false, false), 0);
    header_first_ = static_cast<int>(banners.size());
    first_data_ = header_first_ + t_.header_rows;
    const size_t last_row = static_cast<size_t>(first_data_) + t_.rows.size();
    if (last_row > static_cast<size_t>(kMaxRows) || ncols > kMaxColumns) {
      diags_.add(with_hint(make_error(t_.pos, msg::kXlsxSheetTooBig, t_.name, t_.rows.size(), ncols),
                           msg::kXlsxSheetTooBigHint));
      return false;
    }

    SheetSetup setup;
    setup.rows = static_cast<int>(last_row);
    setup.columns = ncols;
    setup.widths = widths();
    setup.frozen_rows = first_data_;
    if (t_.header_rows > 0) {
      setup.repeat_first = header_first_;
      setup.repeat_last = header_first_ + t_.header_rows - 1;
    }
    setup.landscape = p_.annex && p_.annex->orientation == document::Orientation::landscape;
    // ND30 margins: left 30 mm, right 15 mm, top and bottom 20 mm (in inches).
    setup.margin_left = 30 / 25.4;
    setup.margin_right = 15 / 25.4;
    setup.margin_top = setup.margin_bottom = 20 / 25.4;
    setup.footer = "&C&\"Times New Roman,Regular\"&12Trang &P/&N";

    SheetWriter ws(wb_, t_.sheet, setup);
    ws_ = &ws;
    int row = 0;
    for (const Banner& b : banners) {
      ws.row(row, b.height);
      ws.text(0, *b.text, b.style);
      for (int c = 1; c < ncols; ++c) ws.blank(c, b.style);
      if (ncols > 1) ws.merge(row, 0, row, ncols - 1);
      ++row;
    }
    header();
    for (size_t r = 0; r < t_.rows.size(); ++r) body_row(r);
    ws.end();
    ws_ = nullptr;
    return ok_;
  }

 private:
  void text_too_long(const Part& part, const std::string& text) {
    diags_.add(make_error(t_.pos, msg::kXlsxTextTooLong, term(part), t_.name, utf8::length(text)));
    ok_ = false;
  }

  // A cell Excel cannot hold, named by its row in the table (1-based) and its column.
  bool cell_fits(size_t r, size_t c, const std::string& text) {
    if (text.size() <= kMaxCellChars || utf8::length(text) <= kMaxCellChars) return true;
    const document::TableColumn& col = t_.columns[c];
    const SourcePos& at = col.pos.known() ? col.pos : t_.pos;
    diags_.add(with_hint(make_error(at, msg::kXlsxCellTooLong, r + 1, col.header, t_.name, utf8::length(text)),
                         msg::kXlsxCellTooLongHint));
    ok_ = false;
    return false;
  }

  static Style format(bool bold, bool italic, double size, Align align, const std::string& num, bool border,
                      bool wrap) {
    Style f;
    f.bold = bold;
    f.italic = italic;
    f.size = size;
    f.horizontal = align == Align::center ? Style::Horizontal::center
                   : align == Align::right ? Style::Horizontal::right
                                           : Style::Horizontal::left;
    f.vertical = Style::Vertical::center;
    f.number_format = num;
    f.border = border;
    f.wrap = wrap;
    return f;
  }

  // The header grid row by row: in each row the text where a header cell
  // starts and a bordered blank where a merged one covers it, in column
  // order; the merges after.
  void header() {
    const int f = wb_.style(format(true, false, 12, Align::center, "", true, true));
    std::vector<std::pair<int, const std::string*>> cells;
    for (int hr = 0; hr < t_.header_rows; ++hr) {
      cells.clear();
      for (const auto& h : t_.header) {
        if (hr < h.row || hr >= h.row + h.rows) continue;
        for (int c = h.col; c < h.col + h.cols; ++c) {
          const bool origin = hr == h.row && c == h.col;
          cells.emplace_back(c, origin ? &h.text : nullptr);
        }
      }
      std::sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      ws_->row(header_first_ + hr);
      int last = -1;
      for (const auto& [c, text] : cells) {
        if (c == last) continue;  // two header cells over one place: the first is kept
        last = c;
        if (text && utf8::length(*text) > kMaxCellChars) {
          text_too_long(kHeaderPart, *text);
          ws_->blank(c, f);
        } else if (text && !text->empty()) {
          ws_->text(c, *text, f);
        } else {
          ws_->blank(c, f);
        }
      }
    }
    for (const auto& h : t_.header) {
      if (h.rows == 1 && h.cols == 1) continue;
      ws_->merge(header_first_ + h.row, h.col, header_first_ + h.row + h.rows - 1, h.col + h.cols - 1);
    }
  }

  std::string ref(int row, int col) const {
    return column_letters(col) + std::to_string(first_data_ + row + 1);
  }

  // A formula, without its leading `=`.
  std::string formula(const Formula& f, int row, int col) const {
    switch (f.kind) {
      case Formula::Kind::sum_rows: {
        // Consecutive rows as ranges: SUM(C6:C18) or SUM(C6,C11,C20:C22).
        std::string args;
        for (size_t i = 0; i < f.rows.size();) {
          size_t j = i;
          while (j + 1 < f.rows.size() && f.rows[j + 1] == f.rows[j] + 1) ++j;
          std::string part = j > i ? ref(f.rows[i], col) + ":" + ref(f.rows[j], col) : ref(f.rows[i], col);
          args += (args.empty() ? "" : ",") + part;
          i = j + 1;
        }
        return args.empty() ? "0" : "SUM(" + args + ")";
      }
      case Formula::Kind::subtotal_rows:
        // SUBTOTAL(9,C6:C18): sums the span, leaving out the subtotals inside
        // it, and grows when a row is inserted inside the span.
        if (f.rows.size() != 2) return "0";
        return "SUBTOTAL(9," + ref(f.rows[0], col) + ":" + ref(f.rows[1], col) + ")";
      case Formula::Kind::ratio: {
        std::string a = ref(row, f.columns[0]), b = ref(row, f.columns[1]);
        std::string value = f.percent ? fmt::format("ROUND({}/{},{})", a, b, f.decimals + 2)
                                      : fmt::format("ROUND({}/{}*100,{})", a, b, f.decimals);
        return fmt::format("IF({}=0,{},{})", b, excel_quoted(t_.placeholder, '"'), value);
      }
      case Formula::Kind::difference: return ref(row, f.columns[0]) + "-" + ref(row, f.columns[1]);
      case Formula::Kind::sum_columns: {
        std::string s;
        for (size_t i = 0; i < f.columns.size(); ++i) s += (i ? "+" : "") + ref(row, f.columns[i]);
        return s;
      }
      default: return {};
    }
  }

  void body_row(size_t r) {
    const TableRow& row = t_.rows[r];
    const bool strong = row.kind != TableRow::Kind::data;
    ws_->row(first_data_ + static_cast<int>(r));
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const auto& cell = row.cells[c];
      const int xc = static_cast<int>(c);
      const int f = cell_format(c, strong, cell.is_number);
      if (const Formula* fo = t_.formula_of(cell); fo && fo->kind != Formula::Kind::none) {
        std::string fx = formula(*fo, static_cast<int>(r), xc);
        if (cell.is_number) {
          ws_->formula(xc, fx, cell.value.to_double(), f);
        } else if (cell_fits(r, c, cell.text)) {
          ws_->formula(xc, fx, cell.text, f);
        } else {
          ws_->blank(xc, f);
        }
      } else if (cell.is_number) {
        ws_->number(xc, cell.value.to_double(), f);
      } else if (!cell.text.empty() && cell_fits(r, c, cell.text)) {
        ws_->text(xc, cell.text, f);
      } else {
        ws_->blank(xc, f);
      }
    }
  }

  // A body cell's format: one lookup per column and kind of cell, not per cell.
  int cell_format(size_t c, bool strong, bool is_number) {
    if (cell_formats_.size() < t_.columns.size() * 4) cell_formats_.assign(t_.columns.size() * 4, -1);
    int& slot = cell_formats_[c * 4 + (strong ? 2 : 0) + (is_number ? 1 : 0)];
    if (slot < 0) {
      const auto& col = t_.columns[c];
      std::string num = col.numeric ? number_format(col) : is_number ? "0" : "";
      slot = wb_.style(format(strong, false, 12, col.align, num, true, !col.numeric && !is_number));
    }
    return slot;
  }

  // Column widths fitted to the content: the longest word of the column's
  // own header cell, the longest cell text.
  std::vector<double> widths() const {
    std::vector<double> out;
    for (size_t c = 0; c < t_.columns.size(); ++c) {
      size_t widest = 4;
      for (const auto& h : t_.header) {
        if (h.col != static_cast<int>(c) || h.cols != 1) continue;
        std::istringstream words(h.text);
        std::string w;
        while (words >> w) widest = std::max(widest, utf8::length(w));
      }
      for (const auto& row : t_.rows) widest = std::max(widest, utf8::length(row.cells[c].text));
      out.push_back(std::min(60.0, static_cast<double>(widest) * 1.15 + 2));
    }
    return out;
  }

  Workbook& wb_;
  const Placement& p_;
  const Table& t_;
  Diagnostics& diags_;
  bool ok_ = true;
  SheetWriter* ws_ = nullptr;
  int header_first_ = 0;
  int first_data_ = 0;
  std::vector<int> cell_formats_;  // column × (strong, number) → format
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

std::optional<std::string> write_xlsx(const document::Document& doc, const XlsxOptions& options,
                                      Diagnostics& diags, ScratchFile* spill) {
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
  try {
    Workbook wb(sheets.size(), spill);
    // Every sheet is written, so that one run reports every cell Excel cannot hold.
    bool written = true;
    for (const auto& p : sheets) {
      Sheet sheet(wb, p, diags);
      written = sheet.write() && written;
    }
    if (!written) return std::nullopt;
    Properties props;
    props.title = doc.fields.summary;
    props.author = doc.fields.issuer;
    props.subject = doc.fields.type;
    props.comments = options.creator;
    props.created = document_time(doc);
    return wb.finish(props);
  } catch (const std::length_error&) {
    diags.add(make_error({}, msg::kXlsxOver4GB));
  } catch (const SpillError& e) {
    // The folder is named in the message: no `FILE:` before it.
    Diagnostic d = io_error(spill->folder(), msg::kXlsxScratchWrite, spill->folder().string(), e.error);
    d.pos = {};
    diags.add(with_hint(std::move(d), msg::kXlsxScratchHint));
  }
  return std::nullopt;
}

}  // namespace vanban::xlsx
