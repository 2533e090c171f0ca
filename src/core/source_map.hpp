// Stage: core.
// Where each stretch of generated text came from: maps offsets in expanded text back to template or data positions.
#pragma once

#include "core/source.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace vanban {

// A list of marks "from this offset of the generated text on, the text comes
// from this source position". The template evaluator records one mark per
// piece of output and one per line start; the markup parser asks it where an
// error is. After a verbatim mark the text is the source's own, character for
// character to the end of its line, so a position inside it is the mark's
// column moved on by the characters between (a `**` in the middle of a long
// template line is named at its own column, not at the line's start).
class SourceMap {
 public:
  // Marks must be added with non-decreasing offsets.
  void mark(size_t offset, SourcePos pos, bool verbatim = false) {
    if (!marks_.empty() && marks_.back().offset == offset) {
      marks_.back() = {offset, std::move(pos), verbatim};
    } else {
      marks_.push_back({offset, std::move(pos), verbatim});
    }
  }

  // The position of the text at `offset` (unknown before the first mark): the
  // last mark's, its column moved on through `text` (the generated text) when
  // the mark is verbatim.
  SourcePos at(size_t offset, std::string_view text = {}) const {
    auto it = std::upper_bound(marks_.begin(), marks_.end(), offset,
                               [](size_t o, const Mark& m) { return o < m.offset; });
    if (it == marks_.begin()) return {};
    const Mark& m = *std::prev(it);
    SourcePos pos = m.pos;
    if (m.verbatim && pos.known() && offset <= text.size()) {
      pos.column += static_cast<int>(utf8::length(text.substr(m.offset, offset - m.offset)));
    }
    return pos;
  }

  bool empty() const { return marks_.empty(); }

 private:
  struct Mark {
    size_t offset;
    SourcePos pos;
    bool verbatim;
  };
  std::vector<Mark> marks_;
};

}  // namespace vanban
