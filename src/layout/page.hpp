// Stage: layout.
// The output of layout: pages of positioned glyph runs and rules, which the PDF writer only draws.
#pragma once

#include <string>
#include <vector>

namespace vanban::layout {

// Coordinates in PostScript points (1/72 in), origin at the TOP-LEFT of the
// page, y growing downwards (the PDF writer flips them). A run's y is its
// baseline.
enum class FontStyle { regular = 0, bold, italic, bold_italic };

struct GlyphRun {
  double x = 0;
  double y = 0;              // baseline
  FontStyle style = FontStyle::regular;
  double size = 14;          // pt
  std::string text;          // NFC UTF-8; one run never contains a line break
  double width = 0;          // advance width of text at size and scale, pt
  bool underline = false;
  double scale = 1;          // the glyphs' advances scaled by this (font expansion of a justified line)
};

struct Rule {  // a solid line
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double thickness = 0.5;
};

struct OutlineEntry {  // a bookmark: a heading and where it is
  int level = 1;
  std::string title;
  double y = 0;
};

struct Page {
  double width = 595.28;   // A4 portrait
  double height = 841.89;
  std::vector<GlyphRun> runs;
  std::vector<Rule> rules;
  std::vector<OutlineEntry> outline;
};

struct Metadata {
  std::string title;      // trích yếu
  std::string author;     // cơ quan ban hành
  std::string subject;    // loại văn bản
  std::string keywords;   // số và ký hiệu
  std::string creator;    // "vanban 0.1.0"
  std::string date;       // document date "2023-03-28" → CreationDate
};

struct LaidOutDocument {
  std::vector<Page> pages;
  Metadata metadata;
};

}  // namespace vanban::layout
