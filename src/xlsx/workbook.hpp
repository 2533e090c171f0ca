// Stage: xlsx.
// Our own SpreadsheetML writer: a workbook's parts as XML, deflated (zlib) into
// a zip in memory, one sheet written top to bottom at a time (docs/DESIGN.md,
// "XLSX"). It holds what the tables and the arrivals grid use — fonts, borders,
// fills, number formats, alignment, merges, row heights, column widths, a
// frozen pane, print titles, A4 setup fitted to the page width, a footer — and
// nothing else.
#pragma once

#include "core/atomic_file.hpp"

#include <cstdint>
#include <ctime>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::xlsx {

// Excel's limits: characters in a cell, rows and columns in a sheet.
inline constexpr size_t kMaxCellChars = 32767;
inline constexpr int kMaxRows = 1048576;
inline constexpr int kMaxColumns = 16384;

// A cell format: one `xf` of styles.xml. Fonts are Times New Roman.
struct Style {
  enum class Horizontal : uint8_t { general, left, center, right };
  enum class Vertical : uint8_t { bottom, center, top };
  bool bold = false, italic = false;
  double size = 12;
  Horizontal horizontal = Horizontal::general;
  Vertical vertical = Vertical::bottom;
  std::string number_format;  // an Excel format code, locale-neutral ("#,##0.0"); empty = General
  bool border = false;        // thin, all four sides
  bool wrap = false;
  uint32_t fill = 0;          // 0xRRGGBB solid fill; 0 = none
  bool operator<(const Style& o) const;
};

// How a sheet is shown and printed; known before its rows are written.
struct SheetSetup {
  int rows = 0, columns = 0;                 // its extent (for <dimension>)
  std::vector<double> widths;                // column widths in characters, as Excel's column-width box
  int frozen_rows = 0, frozen_columns = 0;   // the panes frozen above and left
  int repeat_first = -1, repeat_last = -1;   // rows printed atop every page (0-based), when ≥ 0
  bool landscape = false;
  double margin_left = 0.7, margin_right = 0.7, margin_top = 0.75, margin_bottom = 0.75;  // inches
  std::string footer;                        // Excel's header/footer codes: "&C&P/&N"
};

struct Properties {
  std::string title, subject, author, comments;
  std::time_t created = 0;
};

class Workbook;

// One sheet, written top to bottom: rows in increasing order, and in each row
// cells in increasing column order. Rows and columns are 0-based.
class SheetWriter {
 public:
  SheetWriter(Workbook& book, const std::string& name, const SheetSetup& setup);
  SheetWriter(const SheetWriter&) = delete;
  SheetWriter& operator=(const SheetWriter&) = delete;
  ~SheetWriter();

  void row(int r, double height = 0);  // starts row r; a height in points, 0 = default
  void text(int c, std::string_view s, int style);
  void number(int c, double v, int style);
  void blank(int c, int style);
  void formula(int c, std::string_view f, double cached, int style);  // f without "="
  void formula(int c, std::string_view f, std::string_view cached, int style);
  void merge(int r1, int c1, int r2, int c2);
  void end();  // closes the sheet (the destructor does, if not called)

 private:
  void cell_start(int c, int style, const char* type);
  void flush(bool all);

  Workbook& book_;
  SheetSetup setup_;
  std::string xml_;
  std::string merges_;
  size_t merge_count_ = 0;
  int row_ = -1;
  bool open_ = true;
};

// Writing to the scratch file failed (a full disk): its errno.
struct SpillError {
  int error;
};

class Workbook {
 public:
  // `sheets`: how many sheets will be added (the package's manifest comes
  // first). With `spill`, once the workbook passes 1 MB its bytes go on into
  // that file (a 100,000-row table's workbook is ~7 MB) and finish() returns
  // an empty string; writing there throws SpillError.
  explicit Workbook(size_t sheets, ScratchFile* spill = nullptr);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  int style(const Style& s);  // its index in cellXfs; the same style, the same index
  // The zip's bytes, with the workbook, styles and properties parts (empty
  // when they went into the spill file). Throws std::length_error past zip's 4 GB.
  std::string finish(const Properties& props);

 private:
  friend class SheetWriter;
  class Zip;

  struct SheetEntry {
    std::string name;
    int repeat_first = -1, repeat_last = -1;
  };

  std::string styles_xml() const;

  Zip* zip_;
  size_t planned_;
  std::vector<SheetEntry> sheets_;
  std::map<Style, int> styles_;
  std::vector<const Style*> style_order_;
};

// A cell reference's column: `C`, `AA` for 0-based columns.
std::string column_letters(int col);

// `s` between two `quote`s, each inner one doubled: a formula's string
// literal ("a""b", quote `"`) or a sheet name in a reference ('Biểu 1', `'`).
std::string excel_quoted(std::string_view s, char quote);

}  // namespace vanban::xlsx
