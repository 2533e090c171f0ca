// Stage: layout.
// Knuth & Plass, "Breaking paragraphs into lines" (1981), with the usual
// fitness classes, plus a final pass that never fails; font expansion as in
// pdfTeX (Hàn Thế Thành, "Micro-typographic extensions to the TeX
// typesetting system", 2000): the boxes' `expand` is stretch and shrink too.
#include "layout/linebreak.hpp"

#include <algorithm>
#include <deque>
#include <cmath>
#include <memory>

namespace vanban::layout {
namespace {

struct Totals {
  double width = 0, stretch = 0, shrink = 0, expand = 0;
};

struct Fill {
  double ratio = 0;      // of the glue
  double expansion = 0;  // of the boxes
};

// Shares `excess` (measure - natural width; <0: too wide) between glue and
// font expansion in proportion to what each can give; once the glyphs are at
// their full expansion only the glue goes further (see Line).
Fill fill(double excess, double stretch, double shrink, double expand) {
  if (excess > 0) {
    if (stretch + expand <= 0) return {kInfinity, 0};
    double r = excess / (stretch + expand);
    if (r <= 1) return {r, r};
    return {stretch > 0 ? (excess - expand) / stretch : kInfinity, expand > 0 ? 1.0 : 0.0};
  }
  if (excess < 0) {
    if (shrink + expand <= 0) return {-kInfinity, 0};
    double r = excess / (shrink + expand);
    return {r, std::max(r, -1.0)};
  }
  return {};
}

struct Node {
  size_t position = 0;  // the break item
  size_t line = 0;      // number of the line ending here
  int fitness = 1;
  Totals totals;        // sums from the start of the paragraph to after the break
  double demerits = 0;
  double ratio = 0;
  double expansion = 0;
  const Node* previous = nullptr;
};

int fitness_class(double r) {
  if (r < -0.5) return 0;  // tight
  if (r <= 0.5) return 1;  // decent
  if (r <= 1) return 2;    // loose
  return 3;                // very loose
}

bool is_legal_break(const std::vector<Item>& items, size_t i) {
  const Item& it = items[i];
  if (it.type == Item::Type::penalty) return it.penalty < kInfinity;
  if (it.type == Item::Type::glue) return i > 0 && items[i - 1].type == Item::Type::box;
  return false;
}

class Breaker {
 public:
  Breaker(const std::vector<Item>& items, const std::vector<double>& widths, const BreakParams& params)
      : items_(items), widths_(widths), params_(params) {}

  // nullopt when no break sequence keeps every line within `tolerance`
  // (unless `final` is set: then the best of the bad ones is taken).
  std::optional<std::vector<Line>> run(double tolerance, bool final) {
    nodes_.clear();
    std::vector<const Node*> active;
    nodes_.emplace_back();
    active.push_back(&nodes_.back());
    Totals sum;
    for (size_t i = 0; i < items_.size(); ++i) {
      const Item& it = items_[i];
      if (it.type == Item::Type::box) {
        sum.width += it.width;
        sum.expand += it.expand;
      } else if (it.type == Item::Type::glue) {
        if (is_legal_break(items_, i)) consider(i, sum, active, tolerance, final);
        sum.width += it.width;
        sum.stretch += it.stretch;
        sum.shrink += it.shrink;
      } else if (it.penalty < kInfinity) {
        consider(i, sum, active, tolerance, final);
      }
      if (active.empty()) return std::nullopt;
    }
    // The paragraph ends with a forced break, so the survivors end there.
    const Node* best = nullptr;
    for (const Node* n : active) {
      if (n->position == items_.size() - 1 && (!best || n->demerits < best->demerits)) best = n;
    }
    if (!best) return std::nullopt;
    std::vector<Line> lines;
    for (const Node* n = best; n->previous; n = n->previous) {
      Line line;
      line.end = n->position;
      line.start = start_after(n->previous->position, n->previous->previous == nullptr);
      line.ratio = n->ratio;
      line.expansion = n->expansion;
      line.overfull = n->ratio < -1;
      lines.push_back(line);
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
  }

 private:
  double line_width(size_t line) const {
    if (widths_.empty()) return 0;
    return line < widths_.size() ? widths_[line] : widths_.back();
  }

  // The first item of a line that starts after a break at `position`:
  // glue and penalties after a break disappear.
  size_t start_after(size_t position, bool paragraph_start) const {
    if (paragraph_start) return 0;
    size_t i = position + 1;
    while (i < items_.size() && items_[i].type != Item::Type::box) {
      if (items_[i].type == Item::Type::penalty && items_[i].penalty <= -kInfinity) break;
      ++i;
    }
    return i;
  }

  // Totals after a break at `i`: as at `i`, plus the glue/penalties skipped.
  Totals totals_after(size_t i, const Totals& sum) const {
    Totals t = sum;
    for (size_t k = i; k < items_.size(); ++k) {
      const Item& it = items_[k];
      if (it.type == Item::Type::box) break;
      if (it.type == Item::Type::glue) {
        t.width += it.width;
        t.stretch += it.stretch;
        t.shrink += it.shrink;
      } else if (it.penalty <= -kInfinity && k > i) {
        break;
      }
    }
    return t;
  }

  void consider(size_t i, const Totals& sum, std::vector<const Node*>& active, double tolerance, bool final) {
    const Item& brk = items_[i];
    const bool forced = brk.type == Item::Type::penalty && brk.penalty <= -kInfinity;
    struct Candidate {
      double demerits = std::numeric_limits<double>::infinity();
      const Node* from = nullptr;
      Fill fill;
    };
    Candidate best[4];
    // In the final pass a line that cannot fit at all is still allowed,
    // from the one node that would otherwise leave the paragraph stranded.
    const Node* fallback = nullptr;
    Fill fallback_fill;
    for (size_t a = 0; a < active.size();) {
      const Node* node = active[a];
      double width = sum.width - node->totals.width;
      if (brk.type == Item::Type::penalty) width += brk.width;
      double target = line_width(node->line);
      Fill line_fill;
      if (params_.ragged_stretch > 0) {
        if (width < target) line_fill.ratio = (target - width) / params_.ragged_stretch;
        else if (width > target) line_fill.ratio = -kInfinity;
        // the last line of ragged text may be as short as it likes
        if (forced && width <= target && !params_.balance_last_line) line_fill.ratio = 0;
      } else {
        line_fill = fill(target - width, sum.stretch - node->totals.stretch, sum.shrink - node->totals.shrink,
                         sum.expand - node->totals.expand);
      }
      const double ratio = line_fill.ratio;
      if (ratio < -1 || forced) {
        // This node can start no further line that ends here or later.
        active.erase(active.begin() + static_cast<std::ptrdiff_t>(a));
        if (ratio < -1 && !fallback) {
          fallback = node;
          fallback_fill = line_fill;
        }
      } else {
        ++a;
      }
      if ((ratio >= -1 && ratio <= tolerance) || (final && ratio > tolerance && ratio >= -1)) {
        const double r = std::fabs(ratio);
        double badness = 100 * (r * r * r);  // a cube, without pow (1 % of setting a report)
        double d = params_.line_penalty + badness;
        d = d * d;
        if (brk.type == Item::Type::penalty) {
          if (brk.penalty >= 0) d += brk.penalty * brk.penalty;
          else if (brk.penalty > -kInfinity) d -= brk.penalty * brk.penalty;
          if (brk.flagged && items_[node->position].flagged) d += params_.flagged_demerits;
        }
        int fitness = fitness_class(ratio);
        if (node->previous && std::abs(fitness - node->fitness) > 1) d += params_.fitness_demerits;
        d += node->demerits;
        if (d < best[fitness].demerits) best[fitness] = {d, node, line_fill};
      }
    }
    bool any = false;
    Totals after = totals_after(i, sum);
    for (int f = 0; f < 4; ++f) {
      if (!best[f].from) continue;
      any = true;
      add_node(i, f, after, best[f].demerits, best[f].fill, best[f].from, active);
    }
    if (!any && final && active.empty() && fallback) {
      // Overfull line: a box wider than the measure. Take it and go on.
      add_node(i, 0, after, fallback->demerits + 1e9, fallback_fill, fallback, active);
    }
  }

  void add_node(size_t i, int fitness, const Totals& after, double demerits, const Fill& line_fill,
                const Node* from, std::vector<const Node*>& active) {
    Node& node = nodes_.emplace_back();
    node.position = i;
    node.line = from->line + 1;
    node.fitness = fitness;
    node.totals = after;
    node.demerits = demerits;
    node.ratio = line_fill.ratio;
    node.expansion = line_fill.expansion;
    node.previous = from;
    active.push_back(&node);
  }

  const std::vector<Item>& items_;
  const std::vector<double>& widths_;
  const BreakParams& params_;
  std::deque<Node> nodes_;  // every node made, at fixed addresses (nodes point back), in blocks
};

}  // namespace

std::vector<Line> break_lines(const std::vector<Item>& items, const std::vector<double>& widths,
                              const BreakParams& params) {
  if (items.empty()) return {};
  Breaker breaker(items, widths, params);
  if (auto lines = breaker.run(params.tolerance, false)) return *lines;
  if (auto lines = breaker.run(params.emergency_tolerance, false)) return *lines;
  if (auto lines = breaker.run(params.emergency_tolerance, true)) return *lines;
  return {};
}

}  // namespace vanban::layout
