// Stage: layout.
// The unit the paginator works on: a box of positioned runs and rules with its vertical extent and break rules.
#pragma once

#include "core/source.hpp"
#include "layout/page.hpp"

#include <string>
#include <vector>

namespace vanban::layout {

struct FlowBox {
  std::vector<GlyphRun> runs;  // x absolute, y relative to the box's baseline
  std::vector<Rule> rules;     // y relative to the baseline
  std::vector<OutlineEntry> outline;
  double advance = 0;          // previous baseline → this baseline, when not first on a page
  double top = 0;              // top of the text block → baseline, when first on a page
  double depth = 0;            // extent below the baseline
  bool break_after = true;     // a page may end after this box
  bool force_break_after = false;
  std::vector<int> footnotes;
  int section = 0;             // the body (0) or an annex (1, 2, …): each starts a page of its own geometry
  int repeat_header = -1;      // a table row: the header box to repeat when this row starts a page
  SourcePos pos;
  std::string what;
};

}  // namespace vanban::layout
