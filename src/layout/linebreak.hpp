// Stage: layout.
// Knuth–Plass total-fit line breaking over boxes, glue and penalties.
#pragma once

#include <limits>
#include <optional>
#include <vector>

namespace vanban::layout {

inline constexpr double kInfinity = 10000;  // a penalty of ±kInfinity forbids / forces a break

// One item of a paragraph (Knuth & Plass 1981): a box is material of fixed
// width (a word or part of one), glue is a space that may stretch or shrink
// and where a line may end if a box precedes it, a penalty is a possible
// break with a cost (a width when the line ends there, e.g. a hyphen; we never
// hyphenate, so it is 0 for us).
//
// A box may also carry `expand`: how many points its glyphs may widen or
// narrow at most (font expansion, Hàn Thế Thành 2000, as pdfTeX does it: a
// line's glyph advances are scaled by one factor). It adds to the line's
// stretch and shrink; see `Line::expansion`.
struct Item {
  enum class Type { box = 0, glue, penalty };
  Type type = Type::box;
  double width = 0;
  double stretch = 0;  // glue
  double shrink = 0;   // glue
  double penalty = 0;  // penalty: kInfinity = never break here, -kInfinity = always
  bool flagged = false;
  double expand = 0;   // box: the most its width may change either way, pt

  static Item box(double w, double expand = 0) { return {Type::box, w, 0, 0, 0, false, expand}; }
  static Item glue(double w, double stretch, double shrink) { return {Type::glue, w, stretch, shrink, 0, false, 0}; }
  static Item make_penalty(double cost, double w = 0, bool flagged = false) {
    return {Type::penalty, w, 0, 0, cost, flagged, 0};
  }
};

struct BreakParams {
  // Largest adjustment ratio a line may have in the first pass (1 = every
  // space stretched by its full stretchability). A second pass with
  // `emergency_tolerance` runs when the first finds no solution; if that
  // fails too, the breaker accepts overfull or very loose lines rather than
  // give up.
  double tolerance = 1.5;
  double emergency_tolerance = 4;
  double line_penalty = 10;
  double flagged_demerits = 3000;
  double fitness_demerits = 3000;  // adjacent lines of very different tightness
  // Ragged (left, centred or right) text: every line stretches by this fixed
  // amount, spaces keep their natural width; lines then come out balanced
  // instead of greedy. 0 = justified.
  double ragged_stretch = 0;
  // Ragged text only: the last line counts like the others (centred titles
  // come out as balanced lines instead of full lines and a short last one).
  bool balance_last_line = false;
};

// How a line is filled. The difference between the measure and the natural
// width is shared between the glue and the boxes' `expand` in proportion to
// what each can give (pdfTeX's rule), so both get the same ratio while it is
// within ±1; beyond 1 the glyphs stay at their full expansion and the glue
// alone stretches further. A box is drawn `width + expansion * expand` wide,
// a glue `width + ratio * stretch` (or `* shrink` when ratio < 0).
struct Line {
  size_t start = 0;  // first item of the line (after discarding glue/penalties at a break)
  size_t end = 0;    // the break item: the line holds items [start, end)
  double ratio = 0;  // glue adjustment ratio: >0 stretched, <0 shrunk
  double expansion = 0;  // font expansion ratio of the boxes, within [-1, 1]
  bool overfull = false;
};

// Breaks `items` into lines of `widths[k]` (the last width repeats for all
// further lines). The paragraph must end with a forced break (penalty
// -kInfinity), normally preceded by a glue of infinite stretch (`fill`).
std::vector<Line> break_lines(const std::vector<Item>& items, const std::vector<double>& widths,
                              const BreakParams& params = {});

}  // namespace vanban::layout
