// Stage: docx (import).
// What the importer reads from a WordprocessingML package: paragraphs with their runs and list numbering, tables with merges, footnotes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanban::docx {

struct Run {
  std::string text;        // already NFC and converted from a legacy font
  bool bold = false;
  bool italic = false;
  bool underline = false;
  bool superscript = false;
  bool line_break = false;  // a `w:br` (text empty)
  int footnote = -1;        // index into Package::footnotes, for a footnote reference (text empty)
};

struct Paragraph {
  std::vector<Run> runs;
  std::string label;     // the list label Word draws (`1.`, `a)`, `-`), from numbering.xml; empty when none
  bool bullet = false;   // the label is a bullet (`-`, `+`, `•`)
  bool label_bold = false;  // Word draws the label bold (the level's or the paragraph mark's w:b)
  int list_level = 0;    // w:ilvl of a numbered paragraph
  bool centred = false;  // w:jc center
  bool right = false;    // w:jc right/end
  int index = 0;         // 1-based paragraph number in the document, named by warnings

  std::string text() const;  // label aside, the runs' text (line breaks as spaces)
  bool all_bold() const;     // every non-blank run bold (and at least one)
};

enum class VMerge { none = 0, restart, cont };

struct Cell {
  std::vector<Paragraph> paragraphs;
  int span = 1;  // w:gridSpan
  VMerge vmerge = VMerge::none;

  std::string text() const;  // the paragraphs' text joined by spaces
};

struct Table {
  std::vector<std::vector<Cell>> rows;
  std::vector<bool> header_rows;  // w:tblHeader per row
  std::vector<int> grid;          // w:tblGrid's column widths, twentieths of a point
  int first_paragraph = 0;        // index of the first paragraph in it
  std::string caption;            // w:tblCaption (alternative-text title): vanban's export writes the table's name
};

struct Item {
  bool is_table = false;
  Paragraph paragraph;
  Table table;
};

// `s` without leading and trailing spaces (no-break spaces too), inner runs of spaces and tabs as one space.
std::string tidy(std::string_view s);

struct Package {
  std::vector<Item> body;
  std::vector<std::vector<Paragraph>> footnotes;  // by reference index
};

}  // namespace vanban::docx
