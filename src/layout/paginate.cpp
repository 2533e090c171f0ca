// Stage: layout.
#include "layout/paginate.hpp"

#include <algorithm>
#include <cmath>

namespace vanban::layout {

double Paginator::lead_in(const FlowBox& b) const {
  if (b.repeat_header < 0 || static_cast<size_t>(b.repeat_header) >= header_tops_.size()) return 0;
  return header_tops_[static_cast<size_t>(b.repeat_header)];
}

double Paginator::notes_height(size_t lines) const {
  return lines == 0 ? 0 : notes_.overhead + static_cast<double>(lines) * notes_.leading;
}

size_t Paginator::notes_capacity(double room) const {
  if (room < notes_.overhead + notes_.leading) return 0;
  return static_cast<size_t>(std::floor((room - notes_.overhead) / notes_.leading + 1e-9));
}

size_t Paginator::lines_of(int note) const {
  auto it = note_lines_.find(note);
  return it == note_lines_.end() ? 0 : it->second;
}

void Paginator::run(BoxSource& src, const std::function<void(const PagePlan&)>& page,
                    const std::function<void(const FlowBox&)>& too_tall) {
  size_t carry = 0;  // footnote lines cited on pages already made and not yet set
  size_t pages = 0;
  size_t i = 0;
  int section = -1;
  size_t section_first_page = 0;
  auto emit = [&](size_t from, size_t to, size_t fn_count) {
    for (size_t e = from; e < to; ++e) {
      for (int n : src.box(e).footnotes) carry += lines_of(n);
    }
    PagePlan plan{from, to, std::min(fn_count, carry), std::max(0, section), section_first_page};
    carry -= plan.footnote_lines;
    page(plan);
    ++pages;
  };
  while (src.has(i)) {
    if (src.box(i).section != section) {
      // Footnotes still pending go on pages of their own before a new section.
      while (carry > 0) emit(i, i, carry);
      section = src.box(i).section;
      section_first_page = pages;
    }
    const PageRoom& room = sections_[std::min(static_cast<size_t>(section), sections_.size() - 1)];
    // Find the best end (exclusive) for the page starting at i.
    size_t best_end = 0, best_fn = 0, fit_end = 0, fit_fn = 0;
    size_t note_lines = 0;
    size_t last_note_lines = 0;  // of the last note cited on this page
    double baseline = 0;
    for (size_t e = i; src.has(e) && src.box(e).section == section; ++e) {
      const FlowBox& b = src.box(e);
      baseline = e == i ? room.top + lead_in(b) + b.top : baseline + b.advance;
      for (int n : b.footnotes) {
        last_note_lines = lines_of(n);
        note_lines += last_note_lines;
      }
      const double body_bottom = baseline + b.depth;
      if (body_bottom > room.bottom + 0.01) break;
      const size_t total = carry + note_lines;
      const size_t cap = notes_capacity(room.bottom - body_bottom - notes_.gap);
      size_t placed = total;
      bool ok = total <= cap;
      if (!ok) {
        // Only the last note (or the carried part, when no note is cited
        // here) may run on to the next page, and at least two of its lines
        // start here.
        const size_t tail = last_note_lines > 0 ? last_note_lines : carry;
        const size_t need = total - tail + std::min<size_t>(2, tail);
        ok = cap >= need;
        placed = cap;
      }
      if (!ok) break;
      fit_end = e + 1;
      fit_fn = placed;
      const bool section_ends = !src.has(e + 1) || src.box(e + 1).section != section;
      if (b.break_after || section_ends) {
        best_end = e + 1;
        best_fn = placed;
      }
      if (b.force_break_after) break;
    }
    size_t end = best_end;
    size_t fn_count = best_fn;
    if (end <= i) {  // no legal break: break where it fits, or take one box
      end = fit_end > i ? fit_end : i + 1;
      fn_count = fit_end > i ? fit_fn : carry;
      if (fit_end <= i) too_tall(src.box(i));
    }
    emit(i, end, fn_count);
    src.done_before(end);
    i = end;
  }
  // Carried note lines with no body left: pages of notes only.
  while (carry > 0) emit(i, i, carry);
}

}  // namespace vanban::layout
