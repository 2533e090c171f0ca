// Stage: layout.
// Setting one paragraph: inline runs → boxes, glue and penalties → Knuth–Plass lines → positioned glyph runs.
#pragma once

#include "core/diagnostic.hpp"
#include "document/document.hpp"
#include "layout/fonts.hpp"
#include "layout/linebreak.hpp"
#include "layout/page.hpp"

#include <string>
#include <vector>

namespace vanban::layout {

struct ParagraphStyle {
  double size = 14;             // pt
  double leading = 18.5;        // baseline to baseline, pt
  double width = 0;             // the measure, pt
  double first_indent = 0;      // pt, added before the first line
  double hanging = 0;           // pt, lines after the first start this far in (a wrapped "- " item)
  document::Align align = document::Align::justify;
  unsigned base_style = document::kPlain;  // bits every run gets (a bold title)
  std::string prefix;           // text set before the first inline ("- ", "+ "); no break after it
};

// One set line: runs with x from the left edge of the measure and y relative
// to the line's baseline (0, or negative for raised superscripts).
struct SetLine {
  std::vector<GlyphRun> runs;
  std::vector<int> footnotes;  // numbers of the footnotes whose marks are on this line
  double natural_width = 0;    // width of the material without stretching
  double ratio = 0;            // Knuth–Plass adjustment ratio of the spaces (justified lines)
  double scale = 1;            // the glyphs' advances scaled by this (font expansion), within 1 ± kMaxExpansion
  bool justified = false;      // spaces were stretched or shrunk to fill the measure
};

// The most a justified line's glyph advances are widened or narrowed
// (pdfTeX's font expansion; ±2 % is below what a reader notices, Hàn Thế
// Thành 2000). The PDF writer draws it as TJ adjustments, see docs/DESIGN.md.
inline constexpr double kMaxExpansion = 0.02;

// Sets `inlines`. Characters the font lacks and words wider than the measure
// are reported at `where` (what the text is: "đoạn văn", "trích yếu", …).
std::vector<SetLine> set_paragraph(const document::Inlines& inlines, const ParagraphStyle& style,
                                   const FontSet& fonts, const SourcePos& pos, std::string_view where,
                                   Diagnostics& diags);

// Convenience for fixed texts (headers, closing lines, cells): one style, no
// footnotes; `pos`, where the text came from, is named by its messages.
std::vector<SetLine> set_text(std::string_view text, const ParagraphStyle& style, const FontSet& fonts,
                              std::string_view where, Diagnostics& diags, const SourcePos& pos = {});

FontStyle font_style(unsigned style_bits);

// Warm re-renders (cli::Renderer: `vanban serve`, bench/driver/warm.cpp) and
// a batch keep, process-wide, what the next render of a like document can
// reuse: set paragraphs here, subset font programs in the PDF writer. Off by
// default: one render gains nothing from them. Both are bounded and
// thread-safe, and change no byte of the output.
void set_warm_caches(bool on);
bool warm_caches();

// `where` ("trích yếu", "ô bảng Biểu 1") as a message argument: a term of
// layout/messages.hpp, translated when the message is printed.
MessageArg where_arg(std::string_view where);

}  // namespace vanban::layout
