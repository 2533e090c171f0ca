// Pagination on synthetic boxes, without fonts: one behaviour per test.
#include "layout/paginate.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <vector>

using namespace vanban::layout;

namespace {

// A page 100 pt tall from top 0; every box one 10 pt line (top 8, depth 2).
class Boxes : public BoxSource {
 public:
  explicit Boxes(std::vector<FlowBox> boxes) : boxes_(std::move(boxes)) {}
  bool has(size_t k) override { return k < boxes_.size(); }
  const FlowBox& box(size_t k) override { return boxes_.at(k); }
  void done_before(size_t k) override { done_ = k; }
  size_t done() const { return done_; }

 private:
  std::vector<FlowBox> boxes_;
  size_t done_ = 0;
};

FlowBox line(bool break_after = true) {
  FlowBox b;
  b.top = 8;
  b.depth = 2;
  b.advance = 10;
  b.break_after = break_after;
  return b;
}

std::vector<FlowBox> lines(size_t n) { return std::vector<FlowBox>(n, line()); }

struct Run {
  std::vector<PagePlan> pages;
  int too_tall = 0;
};

Run paginate(std::vector<FlowBox> boxes, std::map<int, size_t> notes = {}, std::vector<double> headers = {},
             std::vector<PageRoom> rooms = {{0, 100}}) {
  Boxes source(std::move(boxes));
  Paginator p(std::move(rooms), FootnoteMetrics{4, 5, 0}, std::move(notes), std::move(headers));
  Run r;
  p.run(source, [&](const PagePlan& plan) { r.pages.push_back(plan); }, [&](const FlowBox&) { ++r.too_tall; });
  return r;
}

}  // namespace

TEST_CASE("pages fill up to the bottom and every box is placed once, in order", "[paginate]") {
  // Baselines 8, 18, … 98: ten lines end at 100, the eleventh does not fit.
  auto r = paginate(lines(25));
  REQUIRE(r.pages.size() == 3);
  CHECK(r.pages[0].from == 0);
  CHECK(r.pages[0].to == 10);
  CHECK(r.pages[1].from == 10);
  CHECK(r.pages[1].to == 20);
  CHECK(r.pages[2].to == 25);
}

TEST_CASE("a heading is kept with the next line", "[paginate]") {
  auto boxes = lines(12);
  boxes[9].break_after = false;  // box 9, the last that fits, is a heading
  auto r = paginate(boxes);
  REQUIRE(r.pages.size() == 2);
  CHECK(r.pages[0].to == 9);  // the heading starts the next page with its line
}

TEST_CASE("a forced break ends the page there", "[paginate]") {
  auto boxes = lines(6);
  boxes[2].force_break_after = true;
  auto r = paginate(boxes);
  REQUIRE(r.pages.size() == 2);
  CHECK(r.pages[0].to == 3);
}

TEST_CASE("a footnote goes on the page of the line that cites it, and moves with it", "[paginate]") {
  // Ten lines fit a page; a 6-line note cited by line 8 needs 4 + 30 pt at the foot.
  auto boxes = lines(12);
  boxes[8].footnotes = {1};
  auto r = paginate(boxes, {{1, 6}});
  REQUIRE(r.pages.size() >= 2);
  // Line 8 (baseline 88) leaves 10 pt: the citing line moves on with all 6 note lines.
  size_t cited_on = 0;
  for (size_t p = 0; p < r.pages.size(); ++p) {
    if (r.pages[p].from <= 8 && 8 < r.pages[p].to) cited_on = p;
  }
  CHECK(r.pages[cited_on].footnote_lines == 6);
  size_t total = 0;
  for (const auto& p : r.pages) total += p.footnote_lines;
  CHECK(total == 6);
}

TEST_CASE("only the last note runs on, with at least two lines on the citing page", "[paginate]") {
  auto boxes = lines(8);
  boxes[0].footnotes = {1};
  boxes[1].footnotes = {2};
  // 1 + 20 lines of notes cannot fit under two lines: note 2 runs on to a page of notes.
  auto r = paginate(boxes, {{1, 1}, {2, 20}});
  REQUIRE(r.pages.size() >= 2);
  CHECK(r.pages[0].footnote_lines >= 3);  // note 1 whole, two lines of note 2
  CHECK(r.pages[0].to >= 2);
  size_t total = 0;
  for (const auto& p : r.pages) total += p.footnote_lines;
  CHECK(total == 21);
  CHECK(r.pages.back().from == r.pages.back().to);  // the rest: notes only
}

TEST_CASE("a row starting a page gets its repeated header's height above it", "[paginate]") {
  auto boxes = lines(25);
  for (size_t k = 10; k < 25; ++k) boxes[k].repeat_header = 0;
  auto r = paginate(boxes, {}, {20});
  REQUIRE(r.pages.size() >= 2);
  CHECK(r.pages[0].to == 10);
  CHECK(r.pages[1].to - r.pages[1].from == 8);  // 20 pt of header: two lines fewer
}

TEST_CASE("a new section starts a new page with its own room and page numbers", "[paginate]") {
  auto boxes = lines(6);
  for (size_t k = 3; k < 6; ++k) boxes[k].section = 1;
  auto r = paginate(boxes, {}, {}, {{0, 100}, {0, 200}});
  REQUIRE(r.pages.size() == 2);
  CHECK(r.pages[0].to == 3);
  CHECK(r.pages[1].section == 1);
  CHECK(r.pages[1].section_first_page == 1);
}

TEST_CASE("a box taller than a page is set alone and reported", "[paginate]") {
  auto boxes = lines(3);
  boxes[1].depth = 500;
  auto r = paginate(boxes);
  CHECK(r.too_tall == 1);
  size_t placed = 0;
  for (const auto& p : r.pages) placed += p.to - p.from;
  CHECK(placed == 3);
}
