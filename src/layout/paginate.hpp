// Stage: layout.
// Pagination on boxes alone: where each page ends and how many footnote lines it holds — no fonts, no drawing.
#pragma once

#include "layout/flow.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <vector>

namespace vanban::layout {

// The vertical room of a section's pages and the footnote area's metrics, in pt.
struct PageRoom {
  double top = 0;      // the text block's top (the margin)
  double bottom = 0;   // the text block's bottom
};

struct FootnoteMetrics {
  double overhead = 0;  // the rule and the gap above the first note line
  double leading = 0;   // one note line
  double gap = 6;       // at least this much between the body's last line and the notes' area
};

// Where the boxes come from: made on demand (a table's rows are set only when
// the paginator reaches them) and forgotten once on a page.
class BoxSource {
 public:
  virtual ~BoxSource() = default;
  // Makes box k if the flow has that many; false when it has not.
  virtual bool has(size_t k) = 0;
  virtual const FlowBox& box(size_t k) = 0;
  // The boxes before k are on pages: they may be dropped.
  virtual void done_before(size_t k) = 0;
};

// One page: boxes [from, to) (from == to: a page of carried footnotes only),
// the number of pending footnote lines set at its foot, its section, and the
// index of its section's first page (for page numbers restarting per annex).
struct PagePlan {
  size_t from = 0, to = 0;
  size_t footnote_lines = 0;
  int section = 0;
  size_t section_first_page = 0;
};

// Fills pages in order, as far as the rules allow (FORMAT.md; ARCHITECTURE.md
// "Layout"): a page ends only after a box with break_after (or at a section's
// end; force_break_after ends it there); a footnote goes on the page that
// cites it, only the last note cited may run on to the next page with at
// least two of its lines on this one; a table row starting a page gets its
// repeated header's height above it. A box too tall for any page is set alone
// and reported through `too_tall`.
class Paginator {
 public:
  Paginator(std::vector<PageRoom> sections, FootnoteMetrics notes, std::map<int, size_t> note_lines,
            std::vector<double> header_tops)
      : sections_(std::move(sections)), notes_(notes), note_lines_(std::move(note_lines)),
        header_tops_(std::move(header_tops)) {}

  void run(BoxSource& source, const std::function<void(const PagePlan&)>& page,
           const std::function<void(const FlowBox&)>& too_tall);

 private:
  double lead_in(const FlowBox& b) const;
  double notes_height(size_t lines) const;
  size_t notes_capacity(double room) const;
  size_t lines_of(int note) const;

  std::vector<PageRoom> sections_;
  FootnoteMetrics notes_;
  std::map<int, size_t> note_lines_;  // note number -> its set lines
  std::vector<double> header_tops_;   // repeated table headers' heights above their rows
};

}  // namespace vanban::layout
