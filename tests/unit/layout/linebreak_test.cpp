// Knuth–Plass on synthetic boxes and glue: no fonts involved.
#include "layout/linebreak.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace vanban::layout;

namespace {

// "Words" of the given widths separated by glue of width 3 (stretch 1.5,
// shrink 1), ended as a paragraph: fill glue and a forced break.
std::vector<Item> paragraph(const std::vector<double>& words, double space = 3) {
  std::vector<Item> items;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) items.push_back(Item::glue(space, space / 2, space / 3));
    items.push_back(Item::box(words[i]));
  }
  items.push_back(Item::make_penalty(kInfinity));
  items.push_back(Item::glue(0, 1e5, 0));
  items.push_back(Item::make_penalty(-kInfinity));
  return items;
}

double natural_width(const std::vector<Item>& items, const Line& line) {
  double w = 0;
  for (size_t i = line.start; i < line.end; ++i) {
    if (items[i].type != Item::Type::penalty && items[i].stretch < 1e5) w += items[i].width;
  }
  return w;
}

}  // namespace

TEST_CASE("every line of a justified paragraph fills the measure within tolerance", "[linebreak]") {
  std::vector<double> words;
  for (int i = 0; i < 120; ++i) words.push_back(10 + (i * 7) % 23);
  auto items = paragraph(words);
  auto lines = break_lines(items, {400});
  REQUIRE(lines.size() > 3);
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    CHECK(lines[k].ratio >= -1);
    CHECK(lines[k].ratio <= 1.5);
    CHECK_FALSE(lines[k].overfull);
  }
  // Every box appears in exactly one line, in order.
  size_t boxes = 0;
  for (const Line& l : lines) {
    for (size_t i = l.start; i < l.end; ++i) boxes += items[i].type == Item::Type::box;
  }
  CHECK(boxes == words.size());
}

// First fit, as a word processor does it: as many words as fit at natural width.
std::vector<double> greedy_ratios(const std::vector<double>& words, double measure, double space = 3) {
  std::vector<double> ratios;
  double width = 0;
  int glues = 0;
  for (double w : words) {
    if (width > 0 && width + space + w > measure) {
      ratios.push_back((measure - width) / (glues * space / 2));
      width = w;
      glues = 0;
    } else {
      width += (width > 0 ? space : 0) + w;
      glues += width > w ? 1 : 0;
    }
  }
  return ratios;
}

TEST_CASE("total fit spaces lines more evenly than first fit", "[linebreak]") {
  int strictly_better = 0;
  for (unsigned seed = 1; seed <= 30; ++seed) {
    std::vector<double> words;
    unsigned x = seed;
    for (int i = 0; i < 200; ++i) {
      x = x * 1103515245u + 12345u;
      words.push_back(8 + (x >> 16) % 40);
    }
    double greedy_worst = 0;
    for (double r : greedy_ratios(words, 400)) greedy_worst = std::max(greedy_worst, std::fabs(r));
    auto items = paragraph(words);
    auto lines = break_lines(items, {400});
    double kp_worst = 0;
    for (size_t k = 0; k + 1 < lines.size(); ++k) kp_worst = std::max(kp_worst, std::fabs(lines[k].ratio));
    CHECK(kp_worst <= greedy_worst + 1e-9);
    strictly_better += kp_worst < greedy_worst * 0.8;
  }
  CHECK(strictly_better >= 20);
}

TEST_CASE("a forced break ends a line early", "[linebreak]") {
  std::vector<Item> items = {Item::box(20), Item::glue(3, 1.5, 1), Item::box(20), Item::glue(0, 1e5, 0),
                             Item::make_penalty(-kInfinity), Item::box(20), Item::make_penalty(kInfinity),
                             Item::glue(0, 1e5, 0), Item::make_penalty(-kInfinity)};
  auto lines = break_lines(items, {200});
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].end == 4);
  CHECK(lines[1].start == 5);
}

TEST_CASE("a box wider than the measure gives an overfull line, not a failure", "[linebreak]") {
  auto items = paragraph({20, 500, 20});
  auto lines = break_lines(items, {100});
  REQUIRE_FALSE(lines.empty());
  bool overfull = false;
  for (const Line& l : lines) overfull = overfull || l.overfull;
  CHECK(overfull);
}

TEST_CASE("a penalty of +infinity is never a break, even when the line is tight", "[linebreak]") {
  // Glue protected by an infinite penalty before it (a non-breaking space).
  std::vector<Item> items = {Item::box(40), Item::make_penalty(kInfinity), Item::glue(3, 1.5, 1), Item::box(40),
                             Item::glue(3, 1.5, 1), Item::box(40)};
  items.push_back(Item::make_penalty(kInfinity));
  items.push_back(Item::glue(0, 1e5, 0));
  items.push_back(Item::make_penalty(-kInfinity));
  auto lines = break_lines(items, {90});
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].end == 4);  // after "40 40", never between them
}

TEST_CASE("the first line may have its own width", "[linebreak]") {
  std::vector<double> words(30, 20);
  auto items = paragraph(words);
  auto lines = break_lines(items, {60, 200});
  REQUIRE(lines.size() >= 2);
  CHECK(natural_width(items, lines[0]) <= 60 * 1.0 + 0.01 + 2 * 1);  // fits 60 with shrink
  CHECK(natural_width(items, lines[1]) > 150);
}

TEST_CASE("ragged centred text comes out balanced", "[linebreak]") {
  // Seven words of 30 on a measure of 200: greedy gives 6 + 1; balanced 4 + 3.
  std::vector<Item> items;
  for (int i = 0; i < 7; ++i) {
    if (i) items.push_back(Item::glue(3, 0, 0));
    items.push_back(Item::box(30));
  }
  items.push_back(Item::make_penalty(kInfinity));
  items.push_back(Item::glue(0, 1e5, 0));
  items.push_back(Item::make_penalty(-kInfinity));
  BreakParams params;
  params.ragged_stretch = 200;
  params.tolerance = params.emergency_tolerance = 1;
  params.balance_last_line = true;
  auto lines = break_lines(items, {200}, params);
  REQUIRE(lines.size() == 2);
  double w0 = natural_width(items, lines[0]);
  double w1 = natural_width(items, lines[1]);
  CHECK(std::fabs(w0 - w1) <= 33);
}

// Font expansion (pdfTeX's, ±2 % of each box): the glyphs give a little width
// so that a line before a long unbreakable token need not be very loose.
namespace {

double adjusted_width(const std::vector<Item>& items, const Line& line) {
  double w = 0;
  for (size_t i = line.start; i < line.end; ++i) {
    const Item& it = items[i];
    if (it.type == Item::Type::box) w += it.width + line.expansion * it.expand;
    if (it.type == Item::Type::glue && it.stretch < 1e5) {
      w += it.width + line.ratio * (line.ratio >= 0 ? it.stretch : it.shrink);
    }
  }
  return w;
}

// An indented first line of ten words of 30, then a protected token of 55
// (`1973/UBND-NL4`) and five more words; spaces of 3 stretch to 4.5 and
// shrink to 1.8, boxes expand by `expansion` of their width.
std::vector<Item> token_paragraph(double expansion) {
  std::vector<Item> items = {Item::box(30)};  // the first-line indent never expands
  auto word = [&](double w) { items.push_back(Item::box(w, w * expansion)); };
  auto space = [&] { items.push_back(Item::glue(3, 1.5, 1.2)); };
  for (int i = 0; i < 10; ++i) {
    if (i) space();
    word(30);
  }
  space();
  word(55);
  for (int i = 0; i < 5; ++i) {
    space();
    word(30);
  }
  items.push_back(Item::make_penalty(kInfinity));
  items.push_back(Item::glue(0, 1e5, 0));
  items.push_back(Item::make_penalty(-kInfinity));
  return items;
}

}  // namespace

TEST_CASE("expansion lets a long token join a line that would otherwise stretch past 2", "[linebreak]") {
  // Without expansion the token fits neither line 1 (-1.25, overfull) nor
  // leaves it decent: line 1 stretches its spaces 3.2 times their stretch.
  auto rigid = token_paragraph(0);
  auto before = break_lines(rigid, {400});
  REQUIRE(before.size() == 2);
  CHECK(before[0].ratio > 2);
  // With ±2 % the token joins line 1, which shrinks within its limits.
  auto items = token_paragraph(0.02);
  auto lines = break_lines(items, {400});
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].end == 22);  // the glue after the token
  CHECK(lines[0].ratio >= -1);
  CHECK(lines[0].ratio <= 0);
  CHECK(lines[0].expansion == Approx(lines[0].ratio));
  CHECK(adjusted_width(items, lines[0]) == Approx(400));
  CHECK_FALSE(lines[0].overfull);
}

TEST_CASE("expansion never passes its bound, the glue takes what is left", "[linebreak]") {
  // Two words and a box of 300 that fits nowhere else: line 1 is hopelessly loose.
  std::vector<Item> items = {Item::box(100, 2), Item::glue(3, 1.5, 1), Item::box(100, 2), Item::glue(3, 1.5, 1),
                             Item::box(240, 4.8), Item::make_penalty(kInfinity), Item::glue(0, 1e5, 0),
                             Item::make_penalty(-kInfinity)};
  auto lines = break_lines(items, {250});
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].expansion == 1);                         // 2 % wider, no more
  CHECK(lines[0].ratio == Approx((250 - 203 - 4) / 1.5));  // the rest is the space's
  CHECK(adjusted_width(items, lines[0]) == Approx(250));
}

TEST_CASE("expanded lines fill the measure, share the slack in proportion, stay within ±1", "[linebreak]") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    std::vector<Item> items;
    unsigned x = seed;
    for (int i = 0; i < 150; ++i) {
      x = x * 1103515245u + 12345u;
      double w = 8 + (x >> 16) % 60;
      if (i) items.push_back(Item::glue(3, 1.5, 1.2));
      items.push_back(Item::box(w, w * 0.02));
    }
    items.push_back(Item::make_penalty(kInfinity));
    items.push_back(Item::glue(0, 1e5, 0));
    items.push_back(Item::make_penalty(-kInfinity));
    auto lines = break_lines(items, {300});
    REQUIRE(lines.size() > 5);
    for (size_t k = 0; k + 1 < lines.size(); ++k) {
      CHECK(std::fabs(lines[k].expansion) <= 1);
      if (std::fabs(lines[k].ratio) <= 1) CHECK(lines[k].expansion == Approx(lines[k].ratio));
      else CHECK(std::fabs(lines[k].expansion) == 1);
      CHECK(adjusted_width(items, lines[k]) == Approx(300));
    }
  }
}

TEST_CASE("a protected token wider than the line stays whole, even in the last pass", "[linebreak]") {
  // `1973/` and `UBND-NL4` joined by an infinite penalty: the only way to
  // avoid the overfull line would be to break between them.
  std::vector<Item> items = {Item::box(40, 0.8), Item::glue(3, 1.5, 1.2), Item::box(60, 1.2),
                             Item::make_penalty(kInfinity), Item::box(80, 1.6), Item::glue(3, 1.5, 1.2),
                             Item::box(40, 0.8), Item::make_penalty(kInfinity), Item::glue(0, 1e5, 0),
                             Item::make_penalty(-kInfinity)};
  auto lines = break_lines(items, {100});
  REQUIRE_FALSE(lines.empty());
  bool overfull = false;
  for (const Line& l : lines) {
    CHECK(l.end != 3);
    CHECK(std::fabs(l.expansion) <= 1);
    overfull = overfull || l.overfull;
  }
  CHECK(overfull);
}
