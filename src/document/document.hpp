// Stage: document.
// The document model every later stage reads: fields drawn by the profile, body blocks, inlines, footnotes, annexes.
#pragma once

#include "core/decimal.hpp"
#include "core/source.hpp"
#include "locale/format.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vanban::document {

// Format rules the page frame, header and closing follow (FORMAT.md).
enum class Profile { unknown = 0, nd30, hd36 };

// Inline styles; they combine (bold | italic).
enum StyleBits : unsigned {
  kPlain = 0,
  kBold = 1u << 0,
  kItalic = 1u << 1,
  kUnderline = 1u << 2,
  kSuperscript = 1u << 3,
};

struct Inline {
  enum class Kind { text = 0, footnote_ref, line_break };
  Kind kind = Kind::text;
  std::string text;     // Kind::text: NFC UTF-8, never empty
  unsigned style = kPlain;
  int footnote = 0;     // Kind::footnote_ref: the 1-based footnote number
};
using Inlines = std::vector<Inline>;

// A footnote, numbered in document order (1, 2, …); its content is inline
// text (no blocks, no nested footnotes).
struct Footnote {
  int number = 0;
  Inlines content;
  SourcePos pos;
};

enum class Align { justify = 0, left, center, right };

struct Block {
  enum class Kind {
    paragraph = 0,  // body text: justified, first-line indent
    heading,        // a paragraph wholly in bold that starts with its numbering: I. / 1. / 1.1. / 1.1.1. / a) / Điều 1.
    list_item,      // `- ` (level 1) or `+ ` (level 2)
    table,          // `{% table "name" %}`: a declared table placed here
    page_break,     // `{% pagebreak %}`
  };
  Kind kind = Kind::paragraph;
  Inlines inlines;             // paragraph, heading, list_item
  Align align = Align::justify;
  bool first_line_indent = true;  // paragraph and heading
  // heading and numbered paragraph: 1 (I.), 2 (1., Điều 1.), 3 (1.1.), 4 (1.1.1.), 5 (a)); 0: not numbered.
  // list_item: 1 (`- `) or 2 (`+ `).
  int level = 0;
  std::string number;          // the numbering as written: "2.1.", "a)", "Điều 3."; empty when none
  bool run_in = false;         // paragraph: a bold numbered lead-in with the text on the same line
  std::string name;            // table: its declared name
  SourcePos pos;               // where the block starts (template or document)
};

enum class Orientation { portrait = 0, landscape };

// ── Tables: evaluated once, drawn by layout and written by xlsx ──

struct TableColumn {
  std::string header;      // the leaf's header text (for messages)
  double width_mm = 0;     // 0: shares the width the others leave
  Align align = Align::left;
  bool numeric = false;    // numbers (values, derived, totals)
  int decimals = 0;        // digits after the decimal comma
  bool percent = false;    // values are fractions shown as `69,5%`
  SourcePos pos;           // the column's declaration
};

// A cell of the merged header: `rows` × `cols` grid cells from (row, col).
struct HeaderCell {
  std::string text;
  int row = 0, col = 0, rows = 1, cols = 1;
};

// How an XLSX cell computes its value from other cells of the table, so that
// it stays right after a clerk edits a figure. `rows` index Table::rows,
// `columns` index Table::columns.
// Fields ordered, and the kind one byte, so that a cell is small: a
// 100,000-row table holds a million cells.
struct Formula {
  // subtotal_rows: the data rows in the span, skipping rows that are
  // subtotals themselves (Excel's SUBTOTAL), so that a row the clerk inserts
  // inside the span is counted: a group's subtotal, and the total of a grouped table.
  enum class Kind : unsigned char { none = 0, sum_rows, ratio, difference, sum_columns, subtotal_rows };
  std::vector<int> rows;     // sum_rows: the rows added (this column); subtotal_rows: {first, last} of the span
  std::vector<int> columns;  // ratio: {numerator, denominator}; difference: {a, b}; sum_columns: all (this row)
  int decimals = 0;          // ratio: ROUND to this many digits (of the percentage)
  Kind kind = Kind::none;
  bool percent = false;      // ratio: a fraction (a / b), else a / b × 100
};

struct TableCell {
  std::string text;       // exactly as printed: `218.703`, `69,5`, `-`, `Cẩm Xuyên`
  Decimal value;          // the number when is_number (a fraction for percent columns)
  // The cell's formula: an index into Table::formulas, -1 when none. Shared:
  // a derived column's cells all use one (64 bytes a cell, not 120: a
  // 100,000-row table holds a million cells).
  int formula = -1;
  bool is_number = false;
};

struct TableRow {
  enum class Kind { data = 0, group, total };
  Kind kind = Kind::data;
  std::vector<TableCell> cells;  // one per column
  SourcePos pos;                 // data rows: the row in the data (a message about a cell names it)
};

// A column without a declared width gets at least this much (mm).
inline constexpr double kMinColumnMm = 20;
// The text block of an A4 portrait page with ND30 margins (210 − 30 − 15 mm).
inline constexpr double kPortraitTextWidthMm = 165;

struct Table {
  std::string name;        // declared name
  std::string title;       // CAPS title (annexes, XLSX); may be empty
  std::string unit;        // `ĐVT: triệu đồng`; may be empty
  std::string sheet;       // XLSX sheet name
  std::string placeholder; // shown for a ratio over 0
  std::vector<TableColumn> columns;
  int header_rows = 1;
  std::vector<HeaderCell> header;
  std::vector<TableRow> rows;
  std::vector<Formula> formulas;  // the cells' formulas (TableCell::formula)
  SourcePos pos;           // the declaration in template.yaml

  // The formula of a cell of this table, or null.
  const Formula* formula_of(const TableCell& c) const {
    return c.formula < 0 ? nullptr : &formulas[static_cast<size_t>(c.formula)];
  }

  // The least width the table needs (declared widths, kMinColumnMm for the others).
  double min_width_mm() const {
    double w = 0;
    for (const auto& c : columns) w += c.width_mm > 0 ? c.width_mm : kMinColumnMm;
    return w;
  }
};

// An annex table placed after the body, each starting a new page.
struct Annex {
  std::string table;        // declared table name
  std::string heading;      // "Biểu 1", "Phụ lục I"
  std::string title;        // CAPS title line
  std::string attached_to;  // "(Kèm theo Báo cáo số …)"
  std::string unit;         // "ĐVT: triệu đồng", right-aligned above the table; may be empty
  Orientation orientation = Orientation::portrait;  // `auto` in the template: landscape when too wide for portrait
};

// The signature block: authority lines (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`),
// the signer's title (`PHÓ CHỦ TỊCH`) and name.
struct Signer {
  std::vector<std::string> authority;
  std::string title;
  std::string name;
  // Lines under the name (regular weight), as Party documents give the
  // signer's other offices: "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh".
  std::vector<std::string> offices;
};

// The frame of a document type (FORMAT.md "Document shapes", Phụ lục III).
enum class Shape {
  titled = 0,  // Mẫu 1.4: the type and the summary under the header (Thông báo, Báo cáo, Kế hoạch, Tờ trình, …)
  letter,      // Mẫu 1.5, Công văn: no type line; `V/v …` under the number; `Kính gửi:` before the body
  decision,    // Mẫu 1.1–1.3, Quyết định / Nghị quyết: the authority line under the summary's rule
  minutes,     // Mẫu 1.9, Biên bản: no place-and-date line; secretary and chair sign side by side
  telegram,    // Mẫu 1.6, Công điện: `<SENDER> điện:` and the addressees under the title
};

// The parts of a document that are not markup: drawn by the profile.
struct Fields {
  Shape shape = Shape::titled;
  std::string parent_body;   // cơ quan chủ quản, may be empty
  std::string issuer;        // cơ quan ban hành
  // A joint document (liên tịch): every issuing body, the leading one first;
  // empty for a document of one body (then `issuer`).
  std::vector<std::string> issuers;
  std::string number;        // số, as printed ("90", "07"); empty in e-office mode
  std::string symbol;        // ký hiệu ("TB-UBND", "TB/BCĐ")
  std::string place;         // địa danh ("Hà Tĩnh")
  std::optional<locale::Date> date;  // empty in e-office mode: "ngày   tháng   năm 2026" is left blank
  int year = 0;              // e-office mode: the year printed on the blank date line
  std::string type;          // loại văn bản ("THÔNG BÁO")
  std::string summary;       // trích yếu
  // Decision: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH`, the authority that decides, under the summary's rule.
  std::string authority_line;
  // Độ khẩn (ô 10b): `KHẨN`, `THƯỢNG KHẨN` or `HỎA TỐC`, framed under the number; empty when none.
  std::string urgency;
  // Độ mật (ô 10a): `MẬT`, `TỐI MẬT` or `TUYỆT MẬT`, framed under the number, above the urgency; empty when none.
  std::string secrecy;
  // "Kính gửi" (Công văn, Tờ trình, Báo cáo to a higher body) or "CHỦ TỊCH UBND TỈNH điện" (Công điện),
  // printed with a colon before the addressees; empty when there are none.
  std::string addressee_label;
  std::vector<std::string> addressees;  // without "- " and ";"
  std::vector<std::string> recipients;  // nơi nhận, one per line, without "- " and ";"
  Signer signer;
  // The second signature, in the left column: a joint document's other body,
  // a Biên bản's secretary. Empty title and name when there is none.
  Signer co_signer;
  // Where each field's text came from (the data file or the .vb's front
  // matter), under the name layout gives the text in its messages
  // ("trích yếu"): a message about the text names its file:line:col.
  std::vector<std::pair<std::string, SourcePos>> origins;
  SourcePos origin(std::string_view what) const {
    for (const auto& [name, pos] : origins) {
      if (name == what) return pos;
    }
    return {};
  }
};

struct Document {
  Profile profile = Profile::nd30;
  Fields fields;
  std::vector<Block> body;
  std::vector<Footnote> footnotes;
  std::vector<Annex> annexes;
  std::vector<Table> tables;  // every table the body or an annex places
  const Table* find_table(std::string_view name) const {
    for (const auto& t : tables) {
      if (t.name == name) return &t;
    }
    return nullptr;
  }
};

// A stable, indented text form of the document (`render --dump-document`),
// for golden tests and debugging. One node per line, strings quoted with
// C-style escapes; no positions.
std::string dump(const Document& doc);

}  // namespace vanban::document
